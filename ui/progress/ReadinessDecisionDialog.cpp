// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReadinessDecisionDialog.h"

#include "AppContext.h"
#include "common/Clock.h"
#include "common/Format.h"
#include "common/MessageBar.h"
#include "schedule/StaffChoice.h"
#include "storage/Database.h"
#include "storage/ReadinessStore.h"

#include <QButtonGroup>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace stepwise {

ReadinessDecisionDialog::ReadinessDecisionDialog(AppContext& context, Id participantId,
    PhaseKind phase, const QList<ReadinessIndicator>& indicators, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_participantId(participantId)
    , m_phase(phase)
    , m_messageBar(new MessageBar(this))
    , m_kinds(new QButtonGroup(this))
    , m_consequence(new QLabel(this))
    , m_date(new QDateEdit(Clock::instance().today(), this))
    , m_weeks(new QSpinBox(this))
    , m_approver(new StaffChoice(context.database(), StaffRole::Supervisor, this))
    , m_reason(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Record Readiness Decision"));
    int met = 0;
    for (const ReadinessIndicator& i : indicators) {
        if (i.state == ReadinessIndicator::State::Met)
            ++met;
    }
    auto* intro = new QLabel(tr("In the %1 phase. %2 of %3 indicators support stepping down; "
                                "they are kept with this decision as they are now.")
                                 .arg(label(phase).toLower())
                                 .arg(met)
                                 .arg(indicators.size()),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    auto* kinds = new QVBoxLayout;
    for (ReadinessDecisionKind k : allReadinessDecisionKinds) {
        auto* b = new QRadioButton(label(k), this);
        m_kinds->addButton(b, int(k));
        kinds->addWidget(b);
    }
    m_kinds->button(int(ReadinessDecisionKind::StepDown))->setChecked(true);
    if (!ReadinessRules::targetPhase(ReadinessDecisionKind::StepDown, phase)) {
        m_kinds->button(int(ReadinessDecisionKind::StepDown))->setEnabled(false);
        m_kinds->button(int(ReadinessDecisionKind::Extend))->setChecked(true);
    }
    connect(m_kinds, &QButtonGroup::idToggled, this, &ReadinessDecisionDialog::updateFields);
    m_consequence->setWordWrap(true);
    m_consequence->setTextFormat(Qt::PlainText);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(Format::dateFormat());
    m_weeks->setRange(1, 26);
    m_weeks->setValue(2);
    m_weeks->setSuffix(tr(" weeks"));
    m_reason->setPlaceholderText(tr("The clinical reason: progress, risks, the participant's "
                                    "view, the team's discussion."));
    m_reason->setTabChangesFocus(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Decision:"), kinds);
    form->addRow(QString(), m_consequence);
    form->addRow(tr("&From:"), m_date);
    form->addRow(tr("&Extend by:"), m_weeks);
    form->addRow(tr("&Approved by:"), m_approver);
    form->addRow(tr("&Reason:"), m_reason);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Record Decision"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReadinessDecisionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateFields();
    resize(520, 480);
}

ReadinessDecisionKind ReadinessDecisionDialog::kind() const
{
    return ReadinessDecisionKind(m_kinds->checkedId());
}

void ReadinessDecisionDialog::setKind(ReadinessDecisionKind k)
{
    if (auto* b = m_kinds->button(int(k)); b && b->isEnabled())
        b->setChecked(true);
}

void ReadinessDecisionDialog::updateFields()
{
    const ReadinessDecisionKind k = kind();
    const bool extend = k == ReadinessDecisionKind::Extend;
    m_date->setEnabled(!extend);
    m_weeks->setEnabled(extend);
    m_approver->setEnabled(extend);
    const auto to = ReadinessRules::targetPhase(k, m_phase);
    switch (k) {
    case ReadinessDecisionKind::StepDown:
        m_consequence->setText(to ? tr("Moves the participant to the %1 phase on the date below.")
                                        .arg(label(*to).toLower())
                                  : QString());
        break;
    case ReadinessDecisionKind::StepUp:
        m_consequence->setText(to
                ? tr("Moves the participant back to the %1 phase on the date below.")
                      .arg(label(*to).toLower())
                : tr("Intensive is this program's most intensive phase: stepping up refers the "
                     "participant to a higher level of care and discharges them on the date "
                     "below."));
        break;
    case ReadinessDecisionKind::Extend:
        m_consequence->setText(
            tr("Keeps the participant in this phase longer; a supervisor approves it."));
        break;
    case ReadinessDecisionKind::Discharge:
        m_consequence->setText(tr("Ends this episode of care on the date below."));
        break;
    }
}

void ReadinessDecisionDialog::accept()
{
    DecisionInput d;
    d.kind = kind();
    d.reason = m_reason->toPlainText();
    d.effectiveDate = m_date->date();
    d.extensionWeeks = m_weeks->value();
    d.approvedBy = m_approver->staffId();
    auto id = ReadinessStore(m_context.database()).decide(m_participantId, d);
    if (!id) {
        m_messageBar->showMessage(id.error().fullMessage());
        return;
    }
    m_context.notifyParticipantChanged(m_participantId);
    QDialog::accept();
}

} // namespace stepwise
