// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhasePlanDialog.h"

#include "AppContext.h"
#include "common/FieldErrors.h"
#include "common/Format.h"
#include "common/MessageBar.h"
#include "domain/PhaseRules.h"
#include "session/DraftOffer.h"
#include "storage/EpisodeStore.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace stepwise {

PhasePlanDialog::PhasePlanDialog(
    AppContext& context, Id participantId, const Phase& phase, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_participantId(participantId)
    , m_phase(phase)
    , m_messageBar(new MessageBar(this))
    , m_errors(new FieldErrors(this))
    , m_sessions(new QSpinBox(this))
    , m_hours(new QDoubleSpinBox(this))
{
    setWindowTitle(tr("Weekly Plan"));
    auto* current = new QLabel(
        tr("%1 phase since %2; now %3.")
            .arg(label(phase.kind), Format::date(phase.startDate), Format::plan(phase.plan)),
        this);
    current->setTextFormat(Qt::PlainText);

    m_sessions->setObjectName(QString::fromLatin1(PhaseRules::SessionsPerWeek));
    m_sessions->setAccessibleName(tr("Sessions per week"));
    m_sessions->setRange(0, 30);
    m_sessions->setSuffix(tr(" a week"));
    m_sessions->setValue(phase.plan.sessionsPerWeek);
    m_hours->setObjectName(QString::fromLatin1(PhaseRules::HoursPerWeek));
    m_hours->setAccessibleName(tr("Hours per week"));
    m_hours->setRange(0.0, 80.0);
    m_hours->setDecimals(1);
    m_hours->setSingleStep(0.5);
    m_hours->setSuffix(tr(" h a week"));
    m_hours->setValue(phase.plan.hoursPerWeek);

    auto* form = new QFormLayout;
    form->addRow(tr("Current plan:"), current);
    form->addRow(tr("&Sessions:"), m_errors->wrap(m_sessions->objectName(), m_sessions));
    form->addRow(tr("&Hours:"), m_errors->wrap(m_hours->objectName(), m_hours));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &PhasePlanDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_draftOffer = new DraftOffer(
        m_context.database(), QString::fromLatin1(DraftKind), m_participantId, this);
    connect(m_draftOffer, &DraftOffer::resumed, this, &PhasePlanDialog::applyDraft);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_draftOffer);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(qMax(sizeHint().width(), fontMetrics().averageCharWidth() * 60), sizeHint().height());
    FieldErrors::makeRoom(this);
    m_sessions->setFocus();
    m_context.unsavedWork().add(this);
}

PhasePlanDialog::~PhasePlanDialog()
{
    m_context.unsavedWork().remove(this);
}

QString PhasePlanDialog::unsavedTitle() const
{
    return tr("A weekly plan change not yet saved");
}

bool PhasePlanDialog::isModified() const
{
    return isVisible() && result() != QDialog::Accepted
        && PhasePlan { m_sessions->value(), m_hours->value() } != m_phase.plan;
}

Draft PhasePlanDialog::draft() const
{
    Draft d;
    d.kind = QString::fromLatin1(DraftKind);
    d.subjectId = m_participantId;
    d.title = tr("Weekly plan");
    d.payload = QJsonObject { { QStringLiteral("phase_id"), m_phase.id },
        { QStringLiteral("sessions_per_week"), m_sessions->value() },
        { QStringLiteral("hours_per_week"), m_hours->value() } };
    return d;
}

void PhasePlanDialog::applyDraft(const Draft& draft)
{
    if (draft.payload.value(QLatin1String("phase_id")).toInteger() != m_phase.id) {
        m_messageBar->showMessage(
            tr("The draft was for an earlier phase and does not apply any more."),
            MessageBar::Type::Warning);
        return;
    }
    m_sessions->setValue(draft.payload.value(QLatin1String("sessions_per_week")).toInt());
    m_hours->setValue(draft.payload.value(QLatin1String("hours_per_week")).toDouble());
    m_messageBar->showMessage(
        tr("Your draft is back in the form. Nothing is saved until you choose Save."),
        MessageBar::Type::Information);
}

void PhasePlanDialog::discard()
{
    QDialog::reject();
}

bool PhasePlanDialog::save()
{
    m_messageBar->clear();
    m_errors->clear();
    const PhasePlan plan { m_sessions->value(), m_hours->value() };
    const Status status = EpisodeStore(m_context.database()).updatePlan(m_phase.id, plan);
    if (!status) {
        const QList<FieldError> elsewhere = m_errors->show(status.error().fields);
        QStringList lines;
        for (const FieldError& e : elsewhere)
            lines << e.message;
        if (status.error().fields.isEmpty())
            lines << tr("The plan was not changed: %1").arg(status.error().message);
        if (!lines.isEmpty())
            m_messageBar->showMessage(lines.join(QLatin1Char('\n')));
        FieldErrors::makeRoom(this);
        return false;
    }
    m_context.notifyParticipantChanged(m_participantId);
    accept();
    return true;
}

} // namespace stepwise
