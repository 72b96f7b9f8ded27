// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssessmentDialog.h"

#include "AppContext.h"
#include "AssessmentForm.h"
#include "common/Clock.h"
#include "common/FieldErrors.h"
#include "common/MessageBar.h"
#include "common/PlainLabel.h"
#include "instruments/AsamPlacement.h"
#include "session/DraftOffer.h"
#include "storage/AssessmentStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace stepwise {

namespace {

const QString Asam = QStringLiteral("asam");
const QString AuditC = QStringLiteral("auditc");

QJsonArray answersToJson(const Answers& answers)
{
    QJsonArray a;
    for (const std::optional<int>& v : answers)
        a.append(v ? QJsonValue(*v) : QJsonValue());
    return a;
}

Answers answersFromJson(const QJsonArray& a)
{
    Answers answers;
    for (const QJsonValue& v : a)
        answers.append(v.isDouble() ? std::optional<int>(v.toInt()) : std::nullopt);
    return answers;
}

void fillLevels(QComboBox* combo, int edition, const QString& select)
{
    combo->clear();
    for (const QString& code : AsamPlacement::levels(edition))
        combo->addItem(
            QStringLiteral("%1  %2").arg(code, AsamPlacement::levelName(edition, code)), code);
    const int at = combo->findData(select);
    combo->setCurrentIndex(at >= 0 ? at : combo->findData(QStringLiteral("2.1")));
}

} // namespace

AssessmentDialog::AssessmentDialog(AppContext& context, const Participant& participant,
    const InstrumentDefinition& definition, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_participant(participant)
    , m_definition(definition)
{
    setWindowTitle(tr("Record %1 \u2014 %2").arg(definition.name, participant.displayName()));
    build();
}

AssessmentDialog::AssessmentDialog(AppContext& context, const Participant& participant,
    const Assessment& original, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_participant(participant)
    , m_original(original)
{
    if (const InstrumentDefinition* d = original.definition())
        m_definition = *d;
    setWindowTitle(tr("Correct %1 of %2 \u2014 %3")
                       .arg(m_definition.name,
                           QLocale().toString(original.administeredOn, QLocale::ShortFormat),
                           participant.displayName()));
    build();
    m_date->setDate(original.administeredOn);
    m_form->setAnswers(original.answers);
    m_form->setNarratives(original.narratives);
    m_note->setPlainText(original.note);
    if (m_cutoff) {
        const int at = m_cutoff->findData(original.details.value(QStringLiteral("sex")).toString());
        if (at >= 0)
            m_cutoff->setCurrentIndex(at);
    }
    if (m_recommended) {
        const AsamPlacement p = AsamPlacement::fromJson(original.details);
        m_edition->setCurrentIndex(m_edition->findData(p.edition));
        fillLevels(m_recommended, p.edition, p.recommendedLevel);
        fillLevels(m_placed, p.edition, p.placedLevel);
        m_placementReason->setText(p.reason);
    }
    m_reason->setFocus();
}

AssessmentDialog::~AssessmentDialog()
{
    m_context.unsavedWork().remove(this);
}

void AssessmentDialog::build()
{
    m_messageBar = new MessageBar(this);
    m_errors = new FieldErrors(this);

    auto* title = new PlainLabel(m_definition.title, this);
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    title->setFont(bold);
    auto* who = new PlainLabel(
        tr("%1 \u00B7 record %2").arg(m_participant.displayName(), m_participant.recordNumber),
        this);

    auto* top = new QFormLayout;
    if (m_original) {
        m_reason = new QLineEdit(this);
        m_reason->setObjectName(QStringLiteral("correctionReason"));
        m_reason->setPlaceholderText(tr("Why the saved assessment is wrong"));
        top->addRow(tr("Reason for the &correction:"),
            m_errors->wrap(QStringLiteral("correction_reason"), m_reason));
    }
    m_date = new QDateEdit(Clock::instance().today(), this);
    m_date->setObjectName(QStringLiteral("administeredOn"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(Clock::instance().today());
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    top->addRow(tr("&Given on:"), m_errors->wrap(QStringLiteral("date"), m_date));

    if (m_definition.id == AuditC) {
        // The cut-off depends on sex; ask only when the chart does not say female or male.
        m_cutoff = new QComboBox(this);
        m_cutoff->setObjectName(QStringLiteral("cutoff"));
        m_cutoff->addItem(tr("Women's cut-off: positive at 3 or more"), QStringLiteral("female"));
        m_cutoff->addItem(tr("Men's cut-off: positive at 4 or more"), QStringLiteral("male"));
        const bool known = m_participant.sexAtBirth == SexAtBirth::Male
            || m_participant.sexAtBirth == SexAtBirth::Female;
        m_cutoff->setCurrentIndex(m_participant.sexAtBirth == SexAtBirth::Male ? 1 : 0);
        top->addRow(tr("C&ut-off:"), m_cutoff);
        if (known)
            m_cutoff->setToolTip(tr("From the sex at birth on the chart."));
        connect(m_cutoff, &QComboBox::currentIndexChanged, this,
            &AssessmentDialog::updateCutoffContext);
    }

    m_form = new AssessmentForm(m_definition, this);
    auto* scroll = new QScrollArea(this);
    // Tall enough for the whole questionnaire when the screen allows (PHQ-9 with its total),
    // scrolling only for long ones (BAM, ASAM with narratives).
    scroll->setMinimumHeight(qMin(m_form->sizeHint().height() + 8, 560));
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);

    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(fontMetrics().lineSpacing() * 3 + 12);
    m_note->setPlaceholderText(m_definition.id == QLatin1String("progress")
            ? tr("What the rating rests on (required)")
            : tr("Optional note"));
    auto* bottom = new QFormLayout;
    bottom->addRow(tr("&Note:"), m_errors->wrap(QStringLiteral("note"), m_note));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AssessmentDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AssessmentDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    m_draftOffer = new DraftOffer(m_context.database(),
        QString::fromLatin1(DraftKindPrefix) + m_definition.id, m_participant.id, this);
    connect(m_draftOffer, &DraftOffer::resumed, this, &AssessmentDialog::applyDraft);
    if (!m_original)
        layout->addWidget(m_draftOffer);
    else
        m_draftOffer->hide();
    layout->addWidget(title);
    layout->addWidget(who);
    layout->addLayout(top);
    if (m_definition.id == Asam)
        layout->addWidget(createPlacement());
    layout->addWidget(scroll, 1);
    layout->addLayout(bottom);
    layout->addWidget(m_buttons);

    // Keyboard order: the items first (focus starts on item 1), then the note and Save; the
    // date and the rest above are one Shift+Tab away from item 1.
    QWidget* first = m_form->firstField();
    if (first) {
        QWidget* afterItems = m_form->lastField();
        if (m_recommended) {
            // ASAM: the level of care follows the ratings it rests on.
            for (QWidget* w : std::initializer_list<QWidget*> {
                     m_edition, m_recommended, m_placed, m_placementReason }) {
                setTabOrder(afterItems, w);
                afterItems = w;
            }
        }
        setTabOrder(afterItems, m_note);
        setTabOrder(m_note, m_buttons->button(QDialogButtonBox::Save));
        first->setFocus();
    }
    updateCutoffContext();

    resize(fontMetrics().averageCharWidth() * 110, sizeHint().height());
    m_context.unsavedWork().add(this);
}

QWidget* AssessmentDialog::createPlacement()
{
    auto* group = new QGroupBox(tr("Level of care"), this);
    auto* form = new QFormLayout(group);
    m_edition = new QComboBox(group);
    m_edition->setObjectName(QStringLiteral("asamEdition"));
    m_edition->addItem(tr("The ASAM Criteria, 3rd edition (2013)"), 3);
    m_edition->addItem(tr("The ASAM Criteria, 4th edition (2023)"), 4);
    m_recommended = new QComboBox(group);
    m_recommended->setObjectName(QStringLiteral("recommendedLevel"));
    m_placed = new QComboBox(group);
    m_placed->setObjectName(QStringLiteral("placedLevel"));
    fillLevels(m_recommended, 3, QStringLiteral("2.1"));
    fillLevels(m_placed, 3, QStringLiteral("2.1"));
    m_placementReason = new QLineEdit(group);
    m_placementReason->setObjectName(QStringLiteral("placementReason"));
    m_placementReason->setPlaceholderText(
        tr("Required when the level received differs from the one recommended"));
    form->addRow(tr("Criteria &edition:"), m_errors->wrap(QStringLiteral("edition"), m_edition));
    form->addRow(tr("&Recommended level:"),
        m_errors->wrap(QStringLiteral("recommended_level"), m_recommended));
    form->addRow(tr("Level &received:"), m_errors->wrap(QStringLiteral("placed_level"), m_placed));
    form->addRow(tr("Reason for a &difference:"),
        m_errors->wrap(QStringLiteral("reason_for_difference"), m_placementReason));
    m_errors->alias(QStringLiteral("reason"), QStringLiteral("reason_for_difference"));
    connect(m_edition, &QComboBox::currentIndexChanged, this, [this] {
        const int edition = m_edition->currentData().toInt();
        fillLevels(m_recommended, edition, m_recommended->currentData().toString());
        fillLevels(m_placed, edition, m_placed->currentData().toString());
    });
    return group;
}

void AssessmentDialog::updateCutoffContext()
{
    ScoringContext context;
    if (m_cutoff)
        context.sex = m_cutoff->currentData().toString();
    m_form->setScoringContext(context);
}

AssessmentInput AssessmentDialog::input() const
{
    AssessmentInput in;
    in.participantId = m_participant.id;
    in.instrument = m_definition.id;
    in.administeredOn = m_date->date();
    in.answers = m_form->answers();
    in.narratives = m_form->narratives();
    in.note = m_note->toPlainText().trimmed();
    if (m_cutoff)
        in.sex = m_cutoff->currentData().toString();
    if (m_recommended) {
        AsamPlacement p;
        p.edition = m_edition->currentData().toInt();
        p.recommendedLevel = m_recommended->currentData().toString();
        p.placedLevel = m_placed->currentData().toString();
        p.reason = m_placementReason->text().trimmed();
        in.details = p.toJson();
    }
    return in;
}

void AssessmentDialog::accept()
{
    m_messageBar->clear();
    AssessmentStore store(m_context.database());
    auto saved = m_original ? store.correct(m_original->id, input(), m_reason->text())
                            : store.record(input());
    if (!saved) {
        const Error& e = saved.error();
        if (e.code != ErrorCode::Validation) {
            m_messageBar->showMessage(e.message);
            return;
        }
        QList<FieldError> fields = e.fields;
        const QList<FieldError> rest = m_errors->show(m_form->showErrors(fields));
        QStringList lines;
        for (const FieldError& f : rest)
            lines.append(f.message);
        m_messageBar->showMessage(lines.isEmpty()
                ? tr("Nothing was saved: see the items marked in red.")
                : tr("Nothing was saved. %1").arg(lines.join(QLatin1Char(' '))));
        if (QWidget* field = m_errors->firstInvalidField())
            field->setFocus();
        FieldErrors::makeRoom(this);
        return;
    }
    m_savedId = saved.value();
    m_context.notifyParticipantChanged(m_participant.id);
    QDialog::accept();
}

QString AssessmentDialog::unsavedTitle() const
{
    return m_original ? tr("A correction of an assessment") : tr("An assessment not yet saved");
}

bool AssessmentDialog::isModified() const
{
    return !m_discarding && isVisible() && result() != QDialog::Accepted && m_form->isModified();
}

Draft AssessmentDialog::draft() const
{
    Draft d;
    d.kind = QString::fromLatin1(DraftKindPrefix) + m_definition.id;
    d.subjectId = m_participant.id;
    d.title = tr("%1 for %2").arg(m_definition.name, m_participant.displayName());
    QJsonObject payload;
    payload.insert(QStringLiteral("date"), m_date->date().toString(Qt::ISODate));
    payload.insert(QStringLiteral("answers"), answersToJson(m_form->answers()));
    payload.insert(QStringLiteral("narratives"), QJsonArray::fromStringList(m_form->narratives()));
    payload.insert(QStringLiteral("note"), m_note->toPlainText());
    payload.insert(QStringLiteral("details"), input().details);
    d.payload = payload;
    return d;
}

void AssessmentDialog::applyDraft(const Draft& draft)
{
    const QDate date
        = QDate::fromString(draft.payload.value(QLatin1String("date")).toString(), Qt::ISODate);
    if (date.isValid())
        m_date->setDate(date);
    m_form->setAnswers(answersFromJson(draft.payload.value(QLatin1String("answers")).toArray()));
    QStringList narratives;
    for (const QJsonValue& v : draft.payload.value(QLatin1String("narratives")).toArray())
        narratives.append(v.toString());
    m_form->setNarratives(narratives);
    m_note->setPlainText(draft.payload.value(QLatin1String("note")).toString());
    m_messageBar->showMessage(
        tr("Your draft is back in the form. Nothing is saved until you choose Save."),
        MessageBar::Type::Information);
}

void AssessmentDialog::discard()
{
    m_discarding = true;
    reject();
}

} // namespace stepwise
