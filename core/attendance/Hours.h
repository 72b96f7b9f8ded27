// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AttendanceSettings.h"
#include "AttendanceStatus.h"
#include "SessionTime.h"
#include "domain/Episode.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <optional>

namespace stepwise {

// The time one participant was actually in one session: the session's instants less the
// minutes they came late and left early. It counts on the session's local date.
struct AttendedSpan
{
    QDate localDate;
    QDateTime startUtc;
    QDateTime endUtc;
    bool operator==(const AttendedSpan&) const = default;
};

// Hours and days attended in one week, computed from spans: never typed as a total.
struct WeekAttendance
{
    double hours = 0.0;
    int daysAttended = 0;
    int sessionsAttended = 0;
};

// What a week required of one participant: each day in care takes a seventh of the weekly
// requirement of the phase and age group of that day, so a week with a phase change, an
// admission, a discharge or an 18th birthday inside it is prorated day by day.
struct WeekRequirement
{
    double hours = 0.0;
    int days = 0;            // prorated and rounded up: 3 days x 4/7 of a week requires 2
    int daysInCare = 0;      // days of the week within an episode
    bool prorated = false;   // not one phase and one age group for all seven days
    QList<PhaseKind> phases; // in the order they held during the week
    // A phase that began this week or last is less intensive than the one before: falling
    // below the hours is expected while stepping down (ASAM; see docs/attendance.md).
    bool stepDownWeek = false;
    bool required() const { return hours > 0.0 || days > 0; }
};

// One week of one participant: required against attended.
struct WeekHours
{
    QDate weekStart;
    WeekRequirement required;
    WeekAttendance attended;
    bool belowHours() const;
    bool belowDays() const;
    bool below() const { return belowHours() || belowDays(); }
};

namespace AttendanceHours {

// The first day of the week containing `day`.
QDate weekStart(const QDate& day, Qt::DayOfWeek firstDay);

// The span attended for a status and its minutes, or nullopt for an absence. Minutes beyond the
// session's length leave an empty span (nullopt).
std::optional<AttendedSpan> span(
    const SessionTimes& session, AttendanceStatus status, int minutesLate, int minutesLeftEarly);

// Hours of the union of `spans`: time in two overlapping sessions counts once.
double unionHours(QList<AttendedSpan> spans);

// The spans whose local date falls in the seven days from `weekStart`.
WeekAttendance week(const QList<AttendedSpan>& spans, const QDate& weekStart);

// The requirement of the week from `weekStart` for someone with these episodes and birth date
// (unknown: adult).
WeekRequirement requirement(const QList<Episode>& episodes, const QDate& dateOfBirth,
    const QDate& weekStart, const AttendanceSettings& settings);

// The phase (and whether in care) on one day.
std::optional<PhaseKind> phaseOn(const QList<Episode>& episodes, const QDate& day);

// Required against attended for the week from `weekStart`.
WeekHours weekHours(const QList<Episode>& episodes, const QDate& dateOfBirth,
    const QList<AttendedSpan>& spans, const QDate& weekStart, const AttendanceSettings& settings);

} // namespace AttendanceHours
} // namespace stepwise
