// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AttendanceStatus.h"
#include "Hours.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringList>
#include <optional>

namespace stepwise {

// One session a participant was expected at (a member of the group, or booked), or came to as a
// drop-in; `status` is empty while attendance has not been taken.
struct ExpectedSession
{
    QDate date; // local date
    QDateTime startUtc;
    std::optional<AttendanceStatus> status;
};

// How engaged a participant is, from what was recorded.
struct Engagement
{
    // Over the 28 days ending today: sessions attended of those recorded, excused absences left
    // out (an excused absence is not disengagement). Empty with nothing recorded.
    int sessionsCounted = 0;
    int sessionsAttended = 0;
    std::optional<int> ratePercent;
    // Unexcused absences since the last session attended, most recent first; excused absences
    // neither count nor break the run.
    int consecutiveUnexcused = 0;
    QDate lastAttended; // null: never
};

// What the caseload shows about attendance (issue 5).
struct AttendanceFlags
{
    WeekHours lastWeek; // the last complete week before today's
    bool belowRequiredLastWeek = false;
    int consecutiveUnexcused = 0; // flagged from 2
    bool noAttendanceIn7Days = false;
    QDate lastAttended;
    bool any() const
    {
        return belowRequiredLastWeek || consecutiveUnexcused >= 2 || noAttendanceIn7Days;
    }
    // "Below hours last week (4.5 of 9 h)", "3 unexcused absences in a row", ...
    QStringList describe() const;
};

namespace EngagementRules {

inline constexpr int WindowDays = 28;
inline constexpr int ConsecutiveAbsencesFlag = 2;
inline constexpr int NoAttendanceDays = 7;

Engagement engagement(const QList<ExpectedSession>& sessions, const QDate& today);

// The flags for a participant in care on `today`. Below hours is judged on the last complete
// week, except the week of admission. No attendance in 7 days applies once the episode is 7
// days old and only in a phase that requires hours (aftercare by default does not).
AttendanceFlags flags(const QList<Episode>& episodes, const QDate& dateOfBirth,
    const QList<AttendedSpan>& spans, const QList<ExpectedSession>& sessions, const QDate& today,
    const AttendanceSettings& settings);
// The same with the run of absences and the last day attended already known (the
// attendance_summary the caseload review reads); `spans` need cover only the last complete
// week and this one.
AttendanceFlags flagsWith(const QList<Episode>& episodes, const QDate& dateOfBirth,
    const QList<AttendedSpan>& spans, const Engagement& recorded, const QDate& today,
    const AttendanceSettings& settings);

} // namespace EngagementRules
} // namespace stepwise
