// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>

namespace stepwise {

// When a session happened, unambiguously: the local date and clock times people scheduled, the
// IANA time zone they were in, and the instants they denote. Hours are computed from the
// instants (a session on the night the clocks change lasts what the clock on the wall says
// minus or plus the hour); the week and day it counts in come from the local date.
struct SessionTimes
{
    QDate localDate; // the day the session started, in its time zone
    QTime localStart;
    QTime localEnd;      // earlier than localStart: the session ends the next day
    QByteArray timeZone; // IANA id, e.g. "America/New_York"
    QDateTime startUtc;
    QDateTime endUtc;

    int minutes() const { return int(startUtc.secsTo(endUtc) / 60); }
    bool crossesMidnight() const { return localEnd <= localStart; }
    bool operator==(const SessionTimes&) const = default;
};

namespace SessionTime {

inline constexpr auto Date = "date";
inline constexpr auto Start = "start";
inline constexpr auto End = "end";
// Longest session accepted: beyond this a typing error (AM/PM) is more likely than a session.
inline constexpr int MaximumMinutes = 12 * 60;

// Resolves clock times on `date` in `zone`. An end at or before the start is on the next day.
// Refused with a field error: an invalid date or time, a start or end that does not exist that
// day (the hour skipped when clocks go forward), zero length, or longer than MaximumMinutes.
// A clock time that happens twice (clocks go back) means its first occurrence.
Result<SessionTimes> resolve(
    const QDate& date, const QTime& start, const QTime& end, const QTimeZone& zone);

// Rebuilds the times as stored (date, clock times, zone id), for reading back from the database.
Result<SessionTimes> fromStored(
    const QDate& date, const QTime& start, const QTime& end, const QByteArray& zoneId);

// The workstation's zone, or UTC when the system does not name one.
QTimeZone workstationZone();

} // namespace SessionTime
} // namespace stepwise
