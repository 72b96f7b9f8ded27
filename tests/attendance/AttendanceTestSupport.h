// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Builders of the attendance tests: sessions from local clock times in a named zone, attended
// spans, and episodes whose phases follow one another. Expected values in the tests are worked
// out by hand from issue 5 and the header comments, never read back from the rules.
#include "attendance/Engagement.h"
#include "attendance/Hours.h"
#include "attendance/SessionTime.h"
#include "domain/Episode.h"

#include <QTimeZone>
#include <catch2/catch.hpp>
#include <utility>

namespace Catch {
template<> struct StringMaker<QString>
{
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
template<> struct StringMaker<QDate>
{
    static std::string convert(const QDate& d)
    {
        return d.isNull() ? std::string("(null date)") : d.toString(Qt::ISODate).toStdString();
    }
};
template<> struct StringMaker<QDateTime>
{
    static std::string convert(const QDateTime& t)
    {
        return t.isValid() ? t.toUTC().toString(Qt::ISODate).toStdString()
                           : std::string("(invalid)");
    }
};
} // namespace Catch

namespace stepwise::attendancetest {

inline QTimeZone zone(const char* ianaId)
{
    const QTimeZone z { QByteArray(ianaId) };
    INFO("time zone " << ianaId);
    REQUIRE(z.isValid());
    return z;
}

inline const QTimeZone& newYork()
{
    static const QTimeZone z = zone("America/New_York");
    return z;
}

inline const QTimeZone& london()
{
    static const QTimeZone z = zone("Europe/London");
    return z;
}

inline QTime at(const char* hhmm)
{
    const QTime t = QTime::fromString(QLatin1String(hhmm), QStringLiteral("HH:mm"));
    REQUIRE(t.isValid());
    return t;
}

inline QDateTime utc(const QDate& date, const char* hhmm)
{
    return QDateTime(date, at(hhmm), QTimeZone::utc());
}

// A session the rules accept; the test fails with the refusal otherwise.
inline SessionTimes session(
    const QDate& date, const char* start, const char* end, const QTimeZone& z = newYork())
{
    const Result<SessionTimes> r = SessionTime::resolve(date, at(start), at(end), z);
    if (!r.ok())
        FAIL(r.error().fullMessage().toStdString());
    return r.value();
}

inline double hoursOf(const SessionTimes& s)
{
    return s.startUtc.secsTo(s.endUtc) / 3600.0;
}

inline double hoursOf(const AttendedSpan& s)
{
    return s.startUtc.secsTo(s.endUtc) / 3600.0;
}

// Attended in full.
inline AttendedSpan present(const SessionTimes& s)
{
    const std::optional<AttendedSpan> a = AttendanceHours::span(s, AttendanceStatus::Present, 0, 0);
    REQUIRE(a.has_value());
    return *a;
}

inline AttendedSpan present(
    const QDate& date, const char* start, const char* end, const QTimeZone& z = newYork())
{
    return present(session(date, start, end, z));
}

// An episode whose phases run back to back from their start dates: each ends the day before the
// next begins, the last at discharge (open when there is none).
inline Episode episode(
    const QList<std::pair<PhaseKind, QDate>>& phases, const QDate& discharge = {}, Id id = 1)
{
    REQUIRE_FALSE(phases.isEmpty());
    Episode e;
    e.id = id;
    e.participantId = 1;
    e.admissionDate = phases.first().second;
    e.dischargeDate = discharge;
    for (int i = 0; i < phases.size(); ++i) {
        Phase p;
        p.id = id * 10 + i + 1;
        p.episodeId = id;
        p.kind = phases.at(i).first;
        p.startDate = phases.at(i).second;
        p.endDate = i + 1 < phases.size() ? phases.at(i + 1).second.addDays(-1) : discharge;
        p.reason = QStringLiteral("test");
        e.phases.append(p);
    }
    return e;
}

inline Episode intensiveSince(const QDate& admission)
{
    return episode({ { PhaseKind::Intensive, admission } });
}

inline ExpectedSession expected(const QDate& date, std::optional<AttendanceStatus> status)
{
    return { date, utc(date, "23:00"), status };
}

} // namespace stepwise::attendancetest
