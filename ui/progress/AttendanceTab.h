// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Episode.h"

#include <QWidget>
#include <optional>

class QLabel;

namespace stepwise {

class AppContext;
class ReadinessPanel;
class ReadOnlyTable;
class SessionHistoryModel;
class WeekHoursModel;

// The chart's Attendance tab: length of stay, engagement and flags, weekly hours against the
// phase's requirement, recent sessions, and the step-down readiness panel.
class AttendanceTab : public QWidget
{
    Q_OBJECT
public:
    explicit AttendanceTab(AppContext& context, QWidget* parent = nullptr);
    void showParticipant(const Participant& participant, const std::optional<Episode>& episode);
    void reload();

    WeekHoursModel* weeks() const { return m_weeks; }
    SessionHistoryModel* sessions() const { return m_sessions; }
    ReadinessPanel* readiness() const { return m_readiness; }
    QString lengthText() const;
    QString engagementText() const;
    QString flagsText() const;

public slots:
    void bookSession();
    void enroll();
    void leaveGroup();

private:
    AppContext& m_context;
    Id m_participantId = 0;
    std::optional<PhaseKind> m_phase;
    QLabel* m_length;
    QLabel* m_engagement;
    QLabel* m_flags;
    WeekHoursModel* m_weeks;
    SessionHistoryModel* m_sessions;
    ReadOnlyTable* m_weekView;
    ReadOnlyTable* m_sessionView;
    ReadinessPanel* m_readiness;
};

} // namespace stepwise
