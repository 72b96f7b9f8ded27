// SPDX-License-Identifier: GPL-3.0-or-later
#include "DischargeDialog.h"

#include "AppContext.h"
#include "common/Clock.h"
#include "common/FieldErrors.h"
#include "common/MessageBar.h"
#include "common/MessageBox.h"
#include "common/PlainLabel.h"
#include "plans/AftercarePlanDialog.h"
#include "storage/CarePlanStore.h"
#include "storage/Database.h"
#include "storage/SafetyAlertStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace stepwise {

DischargeDialog::DischargeDialog(AppContext& context, Id participantId, Mode mode, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_participantId(participantId)
    , m_mode(mode)
    , m_messageBar(new MessageBar(this))
    , m_errors(new FieldErrors(this))
    , m_date(new QDateEdit(this))
    , m_reason(new QComboBox(this))
    , m_reasonNote(new QLineEdit(this))
    , m_condition(new QComboBox(this))
    , m_conditionNote(new QLineEdit(this))
    , m_summary(new QPlainTextEdit(this))
    , m_aftercare(new PlainLabel(this))
{
    setWindowTitle(mode == Mode::Discharge ? tr("Discharge") : tr("Write Discharge Summary"));
    const QDate today = Clock::instance().today();
    auto facts = DischargeStore(m_context.database()).facts(participantId, today);
    if (facts)
        m_facts = facts.value();
    else
        m_messageBar->showMessage(facts.error().message);

    auto* title = new PlainLabel(m_facts.participantName.isEmpty()
            ? QString()
            : tr("%1 (%2), admitted %3")
                  .arg(m_facts.participantName, m_facts.recordNumber,
                      m_facts.episode.admissionDate.toString(Qt::ISODate)),
        this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);

    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMinimumDate(m_facts.episode.admissionDate.isValid() ? m_facts.episode.admissionDate
                                                                   : QDate(2000, 1, 1));
    m_date->setMaximumDate(today);
    m_date->setDate(mode == Mode::Discharge ? today : m_facts.dischargeDate);
    m_date->setEnabled(mode == Mode::Discharge);
    for (DischargeReason r : allDischargeReasons())
        m_reason->addItem(label(r), int(r));
    for (DischargeCondition c : allDischargeConditions())
        m_condition->addItem(label(c), int(c));
    // Both are the clinician's judgement: nothing is chosen for them.
    m_reason->setCurrentIndex(-1);
    m_reason->setPlaceholderText(tr("Choose the reason"));
    m_condition->setCurrentIndex(-1);
    m_condition->setPlaceholderText(tr("Choose the condition"));
    m_reasonNote->setPlaceholderText(tr("Where to, or why (required for transfers and Other)"));
    m_conditionNote->setPlaceholderText(tr("Optional: what the condition is judged on"));

    auto* form = new QFormLayout;
    form->addRow(tr("Discharge &date"), m_errors->wrap(QStringLiteral("date"), m_date));
    form->addRow(tr("&Reason"), m_errors->wrap(QStringLiteral("reason"), m_reason));
    form->addRow(
        tr("Reason &details"), m_errors->wrap(QStringLiteral("reason_note"), m_reasonNote));
    form->addRow(tr("&Condition"), m_errors->wrap(QStringLiteral("condition"), m_condition));
    form->addRow(tr("Condition &note"), m_conditionNote);

    m_summary->setObjectName(QStringLiteral("dischargeSummary"));
    m_summary->setTabChangesFocus(true);
    m_summary->setMinimumHeight(260);
    auto* rebuild = new QPushButton(tr("Re&build from Record"), this);
    connect(rebuild, &QPushButton::clicked, this, &DischargeDialog::rebuildSummary);
    auto* summaryBox = new QGroupBox(tr("Discharge &summary (signed with the discharge)"), this);
    auto* summaryLayout = new QVBoxLayout(summaryBox);
    summaryLayout->addWidget(m_errors->wrap(QStringLiteral("summary"), m_summary), 1);
    // The aftercare plan is written with the discharge, so the editor opens from here and the
    // summary's aftercare lines follow what was saved.
    auto* aftercare = new QPushButton(tr("&Aftercare Plan\u2026"), this);
    aftercare->setObjectName(QStringLiteral("aftercareButton"));
    connect(aftercare, &QPushButton::clicked, this, &DischargeDialog::editAftercare);
    auto* summaryButtons = new QHBoxLayout;
    summaryButtons->addWidget(m_aftercare, 1);
    summaryButtons->addWidget(aftercare);
    summaryButtons->addWidget(rebuild);
    summaryLayout->addLayout(summaryButtons);

    // The summary follows reason and condition until the clinician edits it.
    auto follow = [this] {
        if (m_summary->toPlainText() == m_lastDraft)
            rebuildSummary();
    };
    connect(m_reason, &QComboBox::currentIndexChanged, this, follow);
    connect(m_condition, &QComboBox::currentIndexChanged, this, follow);
    connect(m_reasonNote, &QLineEdit::editingFinished, this, follow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* sign = buttons->addButton(
        mode == Mode::Discharge ? tr("Discharge and &Sign\u2026") : tr("&Sign Summary\u2026"),
        QDialogButtonBox::AcceptRole);
    sign->setObjectName(QStringLiteral("signButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(title);
    layout->addLayout(form);
    if (QWidget* alerts = createAlerts())
        layout->addWidget(alerts);
    layout->addWidget(summaryBox, 1);
    layout->addWidget(buttons);

    showAftercare();
    rebuildSummary();
    resize(760, 760);
}

void DischargeDialog::showAftercare()
{
    auto aftercare = AftercarePlanStore(m_context.database()).current(m_facts.episode.id);
    m_aftercare->setText(aftercare && *aftercare
            ? tr("Aftercare plan: version %1, saved %2 by %3.")
                  .arg((*aftercare)->version)
                  .arg((*aftercare)->recordedAt.toLocalTime().date().toString(Qt::ISODate),
                      (*aftercare)->recordedByName)
            : tr("No aftercare plan yet."));
}

void DischargeDialog::editAftercare()
{
    AftercarePlanDialog dialog(m_context, m_participantId, this);
    dialog.exec();
    // Refresh the facts (the aftercare lines) and follow them if the summary is untouched.
    const bool untouched = m_summary->toPlainText() == m_lastDraft;
    auto facts = DischargeStore(m_context.database()).facts(m_participantId, m_date->date());
    if (facts)
        m_facts = facts.value();
    showAftercare();
    if (untouched)
        rebuildSummary();
}

QWidget* DischargeDialog::createAlerts()
{
    auto open = SafetyAlertStore(m_context.database()).alerts(m_participantId, true);
    if (!open || open->isEmpty() || m_mode != Mode::Discharge)
        return nullptr;
    auto* box = new QGroupBox(tr("Open safety alerts: record what was done"), this);
    auto* form = new QFormLayout(box);
    for (const SafetyAlert& a : *open) {
        AlertRow row;
        row.alertId = a.id;
        row.action = new QComboBox(box);
        for (FollowUpAction action : allFollowUpActions())
            row.action->addItem(label(action), int(action));
        row.note = new QLineEdit(box);
        row.note->setPlaceholderText(tr("What was done (at least 10 characters)"));
        auto* line = new QHBoxLayout;
        line->addWidget(row.action);
        line->addWidget(row.note, 1);
        auto* text = new PlainLabel(
            tr("%1 (%2)").arg(a.message, a.raisedAt.toLocalTime().date().toString(Qt::ISODate)),
            box);
        text->setWordWrap(true);
        form->addRow(text);
        form->addRow(line);
        m_alerts.append(row);
    }
    return box;
}

QList<QComboBox*> DischargeDialog::alertActions() const
{
    QList<QComboBox*> list;
    for (const AlertRow& r : m_alerts)
        list.append(r.action);
    return list;
}

QList<QLineEdit*> DischargeDialog::alertNotes() const
{
    QList<QLineEdit*> list;
    for (const AlertRow& r : m_alerts)
        list.append(r.note);
    return list;
}

QString DischargeDialog::draft() const
{
    EpisodeFacts f = m_facts;
    if (m_mode == Mode::Discharge)
        f.dischargeDate = m_date->date();
    f.reason = DischargeReason(m_reason->currentData().toInt());
    f.reasonNote = m_reasonNote->text();
    f.condition = DischargeCondition(m_condition->currentData().toInt());
    QString text = DischargeRules::draftSummary(f);
    // Until they are chosen the draft says so rather than naming a default.
    if (m_reason->currentIndex() < 0)
        text.replace(tr("Reason: %1.").arg(label(f.reason)), tr("Reason: [choose above]."));
    if (m_condition->currentIndex() < 0)
        text.replace(tr("Condition at discharge: %1.").arg(label(f.condition)),
            tr("Condition at discharge: [choose above]."));
    return text;
}

void DischargeDialog::rebuildSummary()
{
    const QString text = draft();
    const bool edited
        = !m_lastDraft.isEmpty() && m_summary->toPlainText() != m_lastDraft && sender();
    if (edited
        && MessageBox::question(this, tr("Rebuild Summary"),
               tr("Replace the summary you edited with a new draft from the record?"))
            != QMessageBox::Yes)
        return;
    m_summary->setPlainText(text);
    m_lastDraft = text;
}

DischargeInput DischargeDialog::input() const
{
    DischargeInput in;
    in.participantId = m_participantId;
    in.date = m_date->date();
    in.reason = DischargeReason(m_reason->currentData().toInt());
    in.reasonNote = m_reasonNote->text();
    in.condition = DischargeCondition(m_condition->currentData().toInt());
    in.conditionNote = m_conditionNote->text();
    in.summary = m_summary->toPlainText();
    for (const AlertRow& r : m_alerts)
        in.alertFollowUps.append(
            { r.alertId, FollowUpAction(r.action->currentData().toInt()), r.note->text() });
    return in;
}

void DischargeDialog::accept()
{
    m_messageBar->clear();
    m_errors->clear();
    QList<FieldError> missing;
    if (m_reason->currentIndex() < 0)
        missing.append({ QStringLiteral("reason"), tr("Choose the reason for discharge.") });
    if (m_condition->currentIndex() < 0)
        missing.append({ QStringLiteral("condition"), tr("Choose the condition at discharge.") });
    if (!missing.isEmpty()) {
        m_errors->show(missing);
        m_messageBar->showMessage(
            tr("The reason and the condition are the clinician's to choose."));
        if (QWidget* first = m_errors->firstInvalidField())
            first->setFocus(Qt::OtherFocusReason);
        return;
    }
    const DischargeInput in = input();
    if (m_mode == Mode::Discharge
        && MessageBox::question(this, tr("Discharge"),
               tr("Discharge %1 on %2? The episode closes and the summary is signed: it cannot "
                  "be changed afterwards.")
                   .arg(m_facts.participantName, in.date.toString(Qt::ISODate)))
            != QMessageBox::Yes)
        return;
    DischargeStore store(m_context.database());
    const Status done = m_mode == Mode::Discharge ? store.discharge(in) : store.completeRecord(in);
    if (!done) {
        const QList<FieldError> rest = m_errors->show(done.error().fields);
        QStringList lines { done.error().message };
        for (const FieldError& e : rest)
            lines.append(e.message);
        m_messageBar->showMessage(lines.join(QLatin1Char(' ')));
        if (QWidget* first = m_errors->firstInvalidField())
            first->setFocus(Qt::OtherFocusReason);
        FieldErrors::makeRoom(this);
        return;
    }
    m_context.notifyParticipantChanged(m_participantId);
    QDialog::accept();
}

} // namespace stepwise
