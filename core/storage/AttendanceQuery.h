// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attendance/Engagement.h"
#include "attendance/LengthOfStay.h"
#include "common/Result.h"

#include <QHash>

namespace stepwise {

class Database;

// What the hours and engagement rules need of one participant over a period.
struct AttendanceHistory
{
    Id participantId = 0;
    QString recordNumber;
    QString name; // sortName
    QDate dateOfBirth;
    QString counselorName;
    QList<Episode> episodes; // those overlapping the period, with their phases
    QList<AttendedSpan> spans;
    QList<ExpectedSession> sessions; // expected or attended, with what was recorded
};

// The attendance part of a participant's chart.
struct AttendanceSummary
{
    QList<WeekHours> weeks; // the last 8 weeks, this one included, oldest first
    Engagement engagement;
    AttendanceFlags flags;
    std::optional<LengthOfStay> length; // of the current phase, while in care
    QList<PhaseExtension> extensions;   // of the current phase
};

struct HoursReportRow
{
    Id participantId = 0;
    QString recordNumber;
    QString name;
    QString counselorName;
    WeekHours week;
    int consecutiveUnexcused = 0; // at the end of the week
    QStringList flags;            // "below hours", "below days", "step-down week", ...
};

struct HoursReport
{
    QDate weekStart;
    QDate weekEnd;
    Qt::DayOfWeek weekStartsOn = Qt::Monday;
    QList<HoursReportRow> rows; // by name
};

namespace AttendanceQuery {

// Every participant with an episode overlapping from..to (or only those of `only`), with what
// the rules need. No access check: callers check before they show anything.
Result<QHash<Id, AttendanceHistory>> load(Database& db, const QDate& from, const QDate& to,
    const std::optional<QList<Id>>& only = std::nullopt);

// Of each of `participantIds` with attendance recorded: the last day attended and the unexcused
// absences since, over their whole history (the attendance_summary the schema keeps; the other
// fields of Engagement stay empty). One lookup each: the caseload review's cost follows the
// participants in care, not the years behind them. No access check, as load().
Result<QHash<Id, Engagement>> recordedEngagement(Database& db, const QList<Id>& participantIds);

// Weeks, engagement, flags and length of stay of one participant (ViewParticipant).
Result<AttendanceSummary> summary(Database& db, Id participantId, const QDate& today);

// Required and attended hours of the week containing `anyDay`, the program's week start
// applied, for every participant in care on a day of that week whom the user may report on
// (supervisors: everyone; counselors: their caseload).
Result<HoursReport> weekReport(Database& db, const QDate& anyDay);

// Extensions of the phases of one participant, oldest first.
Result<QList<PhaseExtension>> extensions(Database& db, Id participantId);

} // namespace AttendanceQuery
} // namespace stepwise
