// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instruments/Assessment.h"
#include "instruments/AssessmentSchedule.h"
#include "domain/Episode.h"
#include "instruments/ScoreChange.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QMenu;
class QToolButton;

namespace stepwise {

class AppContext;
class AssessmentDetailView;
class AssessmentHistoryModel;
class MessageBar;
class ReadOnlyTable;
class TrendChart;

// The Assessments tab of a chart: what is due or overdue, PHQ-9 and GAD-7 change since the
// episode's first score (response, remission), the history, a trend chart with bands per
// instrument, and the answers of the selected assessment item by item.
class AssessmentsTab : public QWidget
{
    Q_OBJECT
public:
    explicit AssessmentsTab(AppContext& context, QWidget* parent = nullptr);

    // Loads the participant's assessments. `episode` is the open episode, or else the latest:
    // recording needs an open one, and the chart shows that episode's results (change is
    // measured within an episode); the history table lists every episode's.
    void showParticipant(const Participant& participant, const std::optional<Episode>& episode);
    void reload();

    AssessmentHistoryModel* historyModel() const { return m_model; }
    ReadOnlyTable* historyView() const { return m_view; }
    TrendChart* chart() const { return m_chart; }
    QComboBox* chartInstrument() const { return m_chartInstrument; }
    QLabel* dueLabel() const { return m_due; }
    QLabel* changeLabel() const { return m_change; }
    QMenu* recordMenu() const { return m_recordMenu; }
    AssessmentDetailView* detailView() const { return m_detail; }
    MessageBar* messageBar() const { return m_messageBar; }

    static QString dueText(const QList<DueAssessment>& due, const QDate& today);
    static QString changeText(const QString& name, const ScoreChange& change);

public slots:
    void record(const QString& instrumentId);
    void correctSelected();

private:
    void showDetail();
    void updateChart();
    std::optional<Assessment> selected() const;

    AppContext& m_context;
    std::optional<Participant> m_participant;
    std::optional<Episode> m_episode;
    QList<Assessment> m_history;
    MessageBar* m_messageBar;
    QLabel* m_due;
    QLabel* m_change;
    QToolButton* m_recordButton;
    QToolButton* m_correctButton;
    QMenu* m_recordMenu;
    AssessmentHistoryModel* m_model;
    ReadOnlyTable* m_view;
    QComboBox* m_chartInstrument;
    TrendChart* m_chart;
    AssessmentDetailView* m_detail;
};

} // namespace stepwise
