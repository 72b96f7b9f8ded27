// SPDX-License-Identifier: GPL-3.0-or-later
#include "ParticipantDialog.h"

#include "AppContext.h"
#include "ParticipantForm.h"
#include "common/Clock.h"
#include "common/FieldErrors.h"
#include "common/Format.h"
#include "common/MessageBar.h"
#include "common/MessageBox.h"
#include "domain/ParticipantRules.h"
#include "domain/PhaseRules.h"
#include "session/DraftOffer.h"
#include "session/ParticipantJson.h"
#include "storage/ParticipantStore.h"
#include "storage/SettingsStore.h"
#include "storage/StaffStore.h"

#include <QDialogButtonBox>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace stepwise {

ParticipantDialog::ParticipantDialog(AppContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
{
    build();
    setWindowTitle(tr("New Participant"));
    loadCounselors(0);
    m_form->setAdmissionVisible(true);
    m_form->setAdmissionDate(Clock::instance().today());
    auto settings = SettingsStore(m_context.database()).load();
    const PhasePlan plan = settings ? settings->defaultPlan(PhaseKind::Intensive)
                                    : ProgramSettings().defaultPlan(PhaseKind::Intensive);
    m_form->setAdmissionNote(
        tr("Starts in the intensive phase with the program's plan: %1.").arg(Format::plan(plan)));
    m_save->setText(tr("&Add Participant"));
    m_form->markClean();
}

ParticipantDialog::ParticipantDialog(
    AppContext& context, const Participant& participant, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_participantId(participant.id)
{
    build();
    setWindowTitle(tr("Edit Participant"));
    loadCounselors(participant.counselorId);
    m_form->setAdmissionVisible(false);
    m_form->setParticipant(participant);
    m_form->markClean();
    m_subjectName = participant.displayName();
}

ParticipantDialog::~ParticipantDialog()
{
    m_context.unsavedWork().remove(this);
}

void ParticipantDialog::build()
{
    setObjectName(QStringLiteral("ParticipantDialog"));
    setModal(true);
    m_messageBar = new MessageBar(this);
    m_form = new ParticipantForm(this);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setDefault(true);
    // Save runs the checks first; the dialog closes only once the write has succeeded.
    connect(buttons, &QDialogButtonBox::accepted, this, &ParticipantDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    m_draftOffer = new DraftOffer(m_context.database(),
        QString::fromLatin1(isNew() ? NewDraftKind : EditDraftKind), m_participantId, this);
    connect(m_draftOffer, &DraftOffer::resumed, this, &ParticipantDialog::applyDraft);
    layout->addWidget(m_draftOffer);
    layout->addWidget(m_form, 1);
    layout->addWidget(buttons);

    const int ch = fontMetrics().averageCharWidth();
    resize(qMax(sizeHint().width(), ch * 150), qMax(sizeHint().height(), ch * 85));
    m_context.unsavedWork().add(this);
}

QString ParticipantDialog::unsavedTitle() const
{
    // Shown on the lock screen: says which form, never whose record.
    return isNew() ? tr("A new participant not yet added")
                   : tr("Changes to a participant's record");
}

bool ParticipantDialog::isModified() const
{
    return isVisible() && result() != QDialog::Accepted && m_form->isModified();
}

Draft ParticipantDialog::draft() const
{
    Draft d;
    d.kind = QString::fromLatin1(isNew() ? NewDraftKind : EditDraftKind);
    d.subjectId = m_participantId;
    d.title = isNew() ? tr("New participant") : tr("Changes to %1").arg(m_subjectName);
    QJsonObject payload;
    payload.insert(QStringLiteral("participant"), ParticipantJson::toJson(m_form->participant()));
    // What was typed, even a date the form cannot read yet.
    if (auto* dateOfBirth = qobject_cast<QLineEdit*>(
            m_form->field(QString::fromLatin1(ParticipantRules::DateOfBirth))))
        payload.insert(QStringLiteral("date_of_birth_text"), dateOfBirth->text());
    if (isNew())
        payload.insert(
            QStringLiteral("admission_date"), m_form->admissionDate().toString(Qt::ISODate));
    d.payload = payload;
    return d;
}

void ParticipantDialog::applyDraft(const Draft& draft)
{
    Participant p
        = ParticipantJson::fromJson(draft.payload.value(QLatin1String("participant")).toObject());
    p.id = m_participantId;
    m_form->setParticipant(p);
    if (auto* dateOfBirth = qobject_cast<QLineEdit*>(
            m_form->field(QString::fromLatin1(ParticipantRules::DateOfBirth))))
        dateOfBirth->setText(draft.payload.value(QLatin1String("date_of_birth_text")).toString());
    const QDate admitted = QDate::fromString(
        draft.payload.value(QLatin1String("admission_date")).toString(), Qt::ISODate);
    if (isNew() && admitted.isValid())
        m_form->setAdmissionDate(admitted);
    m_messageBar->showMessage(
        tr("Your draft is back in the form. Nothing is saved until you choose Save."),
        MessageBar::Type::Information);
}

void ParticipantDialog::discard()
{
    m_discarding = true;
    QDialog::reject();
}

void ParticipantDialog::loadCounselors(Id keepId)
{
    QList<StaffMember> counselors;
    QString keepName;
    auto staff = StaffStore(m_context.database()).list(true);
    if (!staff) {
        m_messageBar->showMessage(
            tr("The list of counselors could not be loaded: %1").arg(staff.error().message));
    } else {
        for (const StaffMember& member : staff.value()) {
            if (member.id == keepId)
                keepName = member.name;
            if (member.active && member.roles.has(StaffRole::Counselor))
                counselors.append(member);
        }
    }
    m_form->setCounselors(counselors, keepId, keepName);
}

bool ParticipantDialog::save()
{
    m_messageBar->clear();
    const QDate today = Clock::instance().today();
    const Participant p = m_form->participant();

    // Check everything first so every problem shows at once, not one per attempt. The rules
    // are core's; the store checks them again with uniqueness inside its transaction.
    QList<FieldError> errors = m_form->inputErrors();
    const bool unreadableBirthDate = !errors.isEmpty();
    ParticipantStore store(m_context.database());
    Participant checked = p;
    checked.id = m_participantId;
    auto ruleErrors = store.check(checked);
    if (!ruleErrors) {
        showStoreError(ruleErrors.error());
        return false;
    }
    for (const FieldError& e : ruleErrors.value()) {
        if (!(unreadableBirthDate && e.field == QLatin1String(ParticipantRules::DateOfBirth)))
            errors.append(e);
    }
    std::optional<Admission> admission;
    if (isNew()) {
        auto settings = SettingsStore(m_context.database()).load();
        if (!settings) {
            showStoreError(settings.error());
            return false;
        }
        admission = Admission { m_form->admissionDate(),
            settings->defaultPlan(PhaseKind::Intensive), tr("Admission") };
        if (p.dateOfBirth.isValid()) {
            auto admitted = PhaseRules::admit(
                {}, admission->date, p.dateOfBirth, admission->plan, admission->reason, today);
            if (!admitted)
                errors += admitted.error().fields;
        }
    }
    if (!showErrors(errors))
        return false;

    Id id = m_participantId;
    if (isNew()) {
        auto added = store.add(p, admission);
        if (!added) {
            showStoreError(added.error());
            return false;
        }
        id = added.value();
    } else if (Status updated = store.update(p); !updated) {
        showStoreError(updated.error());
        return false;
    }

    m_participantId = id;
    emit saved(id);
    m_context.notifyParticipantChanged(id);
    accept();
    return true;
}

void ParticipantDialog::reject()
{
    if (!m_discarding && result() != QDialog::Accepted && m_form->isModified()) {
        const auto answer = MessageBox::question(this, tr("Discard Changes?"),
            isNew() ? tr("Discard this new participant? Nothing has been saved.")
                    : tr("Discard your changes to this participant?"),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

bool ParticipantDialog::showErrors(const QList<FieldError>& errors)
{
    const QList<FieldError> elsewhere = m_form->errors()->show(errors);
    if (errors.isEmpty())
        return true;
    QStringList lines;
    if (elsewhere.size() < errors.size())
        lines << tr("Please correct the highlighted fields.");
    for (const FieldError& e : elsewhere)
        lines << e.message;
    m_messageBar->showMessage(lines.join(QLatin1Char('\n')), MessageBar::Type::Error);
    if (QWidget* first = m_form->errors()->firstInvalidField())
        first->setFocus(Qt::OtherFocusReason);
    // Make room for the messages rather than squeezing the fields.
    FieldErrors::makeRoom(this);
    return false;
}

void ParticipantDialog::showStoreError(const Error& error)
{
    if (!error.fields.isEmpty()) {
        showErrors(error.fields);
        return;
    }
    // A storage failure: nothing was written, and what was typed stays in the form to retry.
    m_messageBar->showMessage(tr("Nothing was saved: %1").arg(error.message));
}

} // namespace stepwise
