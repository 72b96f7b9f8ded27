// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhaseTransitionDialog.h"

#include "AppContext.h"
#include "common/Clock.h"
#include "common/EnumCombo.h"
#include "common/FieldErrors.h"
#include "common/Format.h"
#include "common/MessageBar.h"
#include "common/PlainLabel.h"
#include "domain/PhaseRules.h"
#include "session/DraftOffer.h"
#include "storage/EpisodeStore.h"
#include "storage/SettingsStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace stepwise {

PhaseTransitionDialog::PhaseTransitionDialog(
    AppContext& context, const Episode& episode, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_episode(episode)
    , m_messageBar(new MessageBar(this))
    , m_errors(new FieldErrors(this))
    , m_kind(new QComboBox(this))
    , m_date(new QDateEdit(this))
    , m_reason(new QPlainTextEdit(this))
    , m_sessions(new QSpinBox(this))
    , m_hours(new QDoubleSpinBox(this))
    , m_planNote(new QLabel(this))
{
    setObjectName(QStringLiteral("PhaseTransitionDialog"));
    setWindowTitle(tr("Change Phase"));
    setModal(true);

    auto settings = SettingsStore(m_context.database()).load();
    if (settings)
        m_settings = settings.value();
    else
        m_messageBar->showMessage(tr("The program's default plans could not be loaded (%1); the "
                                     "built-in defaults are shown.")
                                      .arg(settings.error().message),
            MessageBar::Type::Warning);

    const Phase* current = m_episode.currentPhase();
    const QDate today = Clock::instance().today();
    auto* currentLabel = new PlainLabel(this);
    currentLabel->setObjectName(QStringLiteral("currentPhase"));
    if (current) {
        currentLabel->setText(tr("%1 since %2 (%3), %4")
                                  .arg(label(current->kind), Format::date(current->startDate),
                                      Format::days(PhaseRules::daysInPhase(*current, today)),
                                      Format::plan(current->plan)));
    }

    m_kind->setObjectName(QString::fromLatin1(PhaseRules::Kind));
    m_kind->setAccessibleName(tr("New phase"));
    fillPhases(current ? current->kind : PhaseKind::Intensive);

    m_date->setObjectName(QString::fromLatin1(PhaseRules::Date));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(Format::dateFormat());
    m_date->setDate(today);

    m_reason->setObjectName(QString::fromLatin1(PhaseRules::Reason));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("e.g. met step-down criteria at review; or a setback and "
                                    "what happened"));
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 3 + 12);

    m_sessions->setObjectName(QString::fromLatin1(PhaseRules::SessionsPerWeek));
    m_sessions->setAccessibleName(tr("Sessions per week"));
    m_sessions->setRange(0, 30);
    m_sessions->setSuffix(tr(" a week"));
    m_hours->setObjectName(QString::fromLatin1(PhaseRules::HoursPerWeek));
    m_hours->setAccessibleName(tr("Hours per week"));
    m_hours->setRange(0.0, 80.0);
    m_hours->setDecimals(1);
    m_hours->setSingleStep(0.5);
    m_hours->setSuffix(tr(" h a week"));
    m_planNote->setTextFormat(Qt::PlainText);
    m_planNote->setForegroundRole(QPalette::PlaceholderText);
    m_planNote->setWordWrap(true);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Current phase:"), currentLabel);
    form->addRow(tr("&Move to:"), m_errors->wrap(m_kind->objectName(), m_kind));
    form->addRow(tr("&Date of change:"), m_errors->wrap(m_date->objectName(), m_date));
    form->addRow(tr("&Reason:"), m_errors->wrap(m_reason->objectName(), m_reason));
    form->addRow(tr("&Sessions:"), m_errors->wrap(m_sessions->objectName(), m_sessions));
    form->addRow(tr("&Hours:"), m_errors->wrap(m_hours->objectName(), m_hours));
    form->addRow(QString(), m_planNote);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setText(tr("&Change Phase"));
    m_save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &PhaseTransitionDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(
        m_kind, &QComboBox::currentIndexChanged, this, &PhaseTransitionDialog::applyDefaultPlan);

    m_draftOffer = new DraftOffer(
        m_context.database(), QString::fromLatin1(DraftKind), m_episode.participantId, this);
    connect(m_draftOffer, &DraftOffer::resumed, this, &PhaseTransitionDialog::applyDraft);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_draftOffer);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);

    applyDefaultPlan();
    resize(qMax(sizeHint().width(), fontMetrics().averageCharWidth() * 95), sizeHint().height());
    FieldErrors::makeRoom(this);
    m_kind->setFocus();
    m_initial = values();
    m_context.unsavedWork().add(this);
}

PhaseTransitionDialog::~PhaseTransitionDialog()
{
    m_context.unsavedWork().remove(this);
}

QJsonObject PhaseTransitionDialog::values() const
{
    const auto kind = EnumCombo::current<PhaseKind>(m_kind);
    return QJsonObject {
        { QStringLiteral("episode_id"), m_episode.id },
        { QStringLiteral("kind"), kind ? storageKey(*kind) : QString() },
        { QStringLiteral("date"), m_date->date().toString(Qt::ISODate) },
        { QStringLiteral("reason"), m_reason->toPlainText() },
        { QStringLiteral("sessions_per_week"), m_sessions->value() },
        { QStringLiteral("hours_per_week"), m_hours->value() },
    };
}

QString PhaseTransitionDialog::unsavedTitle() const
{
    return tr("A phase change not yet saved");
}

bool PhaseTransitionDialog::isModified() const
{
    return isVisible() && result() != QDialog::Accepted && values() != m_initial;
}

Draft PhaseTransitionDialog::draft() const
{
    Draft d;
    d.kind = QString::fromLatin1(DraftKind);
    d.subjectId = m_episode.participantId;
    d.title = tr("Phase change");
    d.payload = values();
    return d;
}

void PhaseTransitionDialog::applyDraft(const Draft& draft)
{
    const QJsonObject& v = draft.payload;
    // A draft from an episode that has since closed does not fit this one.
    if (v.value(QLatin1String("episode_id")).toInteger() != m_episode.id) {
        m_messageBar->showMessage(tr("The draft was for an earlier episode of care and does not "
                                     "apply any more."),
            MessageBar::Type::Warning);
        return;
    }
    if (auto kind = parsePhaseKind(v.value(QLatin1String("kind")).toString())) {
        const int index = m_kind->findData(int(*kind));
        if (index >= 0)
            m_kind->setCurrentIndex(index);
    }
    // After the phase: choosing one fills in its default plan.
    const QDate date = QDate::fromString(v.value(QLatin1String("date")).toString(), Qt::ISODate);
    if (date.isValid())
        m_date->setDate(date);
    m_reason->setPlainText(v.value(QLatin1String("reason")).toString());
    m_sessions->setValue(v.value(QLatin1String("sessions_per_week")).toInt());
    m_hours->setValue(v.value(QLatin1String("hours_per_week")).toDouble());
    m_messageBar->showMessage(
        tr("Your draft is back in the form. Nothing is saved until you choose Change Phase."),
        MessageBar::Type::Information);
}

void PhaseTransitionDialog::discard()
{
    QDialog::reject();
}

void PhaseTransitionDialog::fillPhases(PhaseKind current)
{
    // Care steps down in the order of the enum; anything before the current phase is a move
    // back to more intensive care.
    std::optional<int> next;
    for (PhaseKind kind : allValues<PhaseKind>()) {
        if (kind == current)
            continue;
        const bool stepDown = int(kind) > int(current);
        const QString text = stepDown ? tr("%1 (step down)").arg(label(kind))
                                      : tr("%1 (back to more intensive care)").arg(label(kind));
        m_kind->addItem(text, int(kind));
        if (stepDown && !next)
            next = m_kind->count() - 1;
    }
    m_kind->setCurrentIndex(next.value_or(0));
}

void PhaseTransitionDialog::applyDefaultPlan()
{
    const auto kind = EnumCombo::current<PhaseKind>(m_kind);
    if (!kind)
        return;
    const PhasePlan plan = m_settings.defaultPlan(*kind);
    m_sessions->setValue(plan.sessionsPerWeek);
    m_hours->setValue(plan.hoursPerWeek);
    m_planNote->setText(tr("Program default for %1: %2. Adjust it for this participant if "
                           "needed.")
                            .arg(label(*kind), Format::plan(plan)));
}

bool PhaseTransitionDialog::save()
{
    m_messageBar->clear();
    m_errors->clear();
    const auto kind = EnumCombo::current<PhaseKind>(m_kind);
    if (!kind)
        return false;
    const PhasePlan plan { m_sessions->value(), m_hours->value() };
    Status status
        = EpisodeStore(m_context.database())
              .transition(m_episode.id, *kind, m_date->date(), plan, m_reason->toPlainText());
    if (!status) {
        const QList<FieldError> elsewhere = m_errors->show(status.error().fields);
        QStringList lines;
        for (const FieldError& e : elsewhere)
            lines << e.message;
        if (status.error().fields.isEmpty())
            lines << tr("The phase was not changed: %1").arg(status.error().message);
        if (!lines.isEmpty())
            m_messageBar->showMessage(lines.join(QLatin1Char('\n')));
        if (QWidget* first = m_errors->firstInvalidField())
            first->setFocus(Qt::OtherFocusReason);
        FieldErrors::makeRoom(this);
        return false;
    }
    emit transitioned(m_episode.participantId);
    m_context.notifyParticipantChanged(m_episode.participantId);
    accept();
    return true;
}

} // namespace stepwise
