// SPDX-License-Identifier: GPL-3.0-or-later
#include "EpisodeActions.h"

#include "AppContext.h"
#include "DischargeDialog.h"
#include "ReadmitDialog.h"
#include "auth/Access.h"
#include "common/DocumentPreview.h"
#include "common/MessageBox.h"
#include "reports/RecordDocuments.h"
#include "storage/Database.h"
#include "storage/DischargeStore.h"
#include "storage/SettingsStore.h"

#include <QAction>
#include <QWidget>

namespace stepwise {

EpisodeActions::EpisodeActions(AppContext& context, QWidget* parent)
    : QObject(parent)
    , m_context(context)
    , m_parent(parent)
    , m_discharge(new QAction(tr("&Discharge\u2026"), this))
    , m_complete(new QAction(tr("Write Discharge &Summary\u2026"), this))
    , m_print(new QAction(tr("Print Discharge Su&mmary\u2026"), this))
    , m_readmit(new QAction(tr("Re&admit\u2026"), this))
{
    m_discharge->setObjectName(QStringLiteral("dischargeAction"));
    m_complete->setObjectName(QStringLiteral("completeDischargeAction"));
    m_print->setObjectName(QStringLiteral("printDischargeAction"));
    m_readmit->setObjectName(QStringLiteral("readmitAction"));
    connect(m_discharge, &QAction::triggered, this, &EpisodeActions::discharge);
    connect(m_complete, &QAction::triggered, this, &EpisodeActions::completeRecord);
    connect(m_print, &QAction::triggered, this, &EpisodeActions::printSummary);
    connect(m_readmit, &QAction::triggered, this, &EpisodeActions::readmit);
    for (QAction* a : actions())
        a->setEnabled(false);
}

void EpisodeActions::setParticipant(const Participant& participant, const QList<Episode>& episodes)
{
    m_participant = participant;
    m_episodes = episodes;
    const Episode* latest = episodes.isEmpty() ? nullptr : &episodes.last();
    const auto& session = m_context.database().session();
    const bool mayChange = session && Access::roleAllows(session->roles, Permission::ChangePhase);
    bool hasRecord = false;
    if (latest && !latest->isOpen()) {
        auto record = DischargeStore(m_context.database()).record(latest->id);
        hasRecord = record && record->has_value();
    }
    m_discharge->setEnabled(mayChange && latest && latest->isOpen());
    m_complete->setEnabled(mayChange && latest && !latest->isOpen() && !hasRecord);
    m_print->setEnabled(hasRecord);
    m_readmit->setEnabled(mayChange && latest && !latest->isOpen());
}

void EpisodeActions::discharge()
{
    if (!m_discharge->isEnabled())
        return;
    DischargeDialog dialog(m_context, m_participant.id, DischargeDialog::Mode::Discharge, m_parent);
    if (dialog.exec() == QDialog::Accepted
        && MessageBox::question(
               m_parent, tr("Discharged"), tr("The discharge summary is signed. Print it now?"))
            == QMessageBox::Yes)
        printSummary();
}

void EpisodeActions::completeRecord()
{
    if (!m_complete->isEnabled())
        return;
    DischargeDialog dialog(
        m_context, m_participant.id, DischargeDialog::Mode::CompleteRecord, m_parent);
    dialog.exec();
}

void EpisodeActions::printSummary()
{
    if (m_episodes.isEmpty())
        return;
    // The chart may have reloaded since; read the latest episode's record afresh.
    DischargeStore store(m_context.database());
    auto facts = store.facts(m_participant.id, {});
    if (!facts)
        return;
    auto record = store.record(facts->episode.id);
    auto settings = SettingsStore(m_context.database()).load();
    if (!record || !*record || !settings) {
        MessageBox::warning(m_parent, tr("Print"),
            tr("There is no signed discharge summary for the latest episode."));
        return;
    }
    DocumentPreview::show(m_parent,
        RecordDocuments::discharge(
            **record, m_participant, settings.value(), facts->episode.admissionDate));
}

void EpisodeActions::readmit()
{
    if (!m_readmit->isEnabled())
        return;
    ReadmitDialog dialog(m_context, m_participant.id, m_episodes, m_parent);
    dialog.exec();
}

} // namespace stepwise
