// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Episode.h"

#include <QObject>

class QAction;
class QWidget;

namespace stepwise {

class AppContext;

// The chart's episode actions (issue 6): Discharge…, Write Discharge Summary… (an episode
// closed without its record), Print Discharge Summary… and Readmit…; each enabled only when it
// applies to the chart shown.
class EpisodeActions : public QObject
{
    Q_OBJECT
public:
    EpisodeActions(AppContext& context, QWidget* parent);

    void setParticipant(const Participant& participant, const QList<Episode>& episodes);

    QAction* dischargeAction() const { return m_discharge; }
    QAction* completeRecordAction() const { return m_complete; }
    QAction* printAction() const { return m_print; }
    QAction* readmitAction() const { return m_readmit; }
    QList<QAction*> actions() const { return { m_discharge, m_complete, m_print, m_readmit }; }

public slots:
    void discharge();
    void completeRecord();
    void printSummary();
    void readmit();

private:
    AppContext& m_context;
    QWidget* m_parent;
    Participant m_participant;
    QList<Episode> m_episodes;
    QAction* m_discharge;
    QAction* m_complete;
    QAction* m_print;
    QAction* m_readmit;
};

} // namespace stepwise
