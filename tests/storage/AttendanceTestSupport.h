// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Builders shared by the schedule, attendance and readiness storage tests (issue 5): participants
// admitted on a date, the "Evening IOP" group in New York time, sessions by date, counts of rows.
// Expected values in the tests are worked out by hand from the issue and the headers.
#include "attendance/Schedule.h"
#include "storage/AttendanceStore.h"
#include "storage/AuditTrail.h"
#include "storage/ParticipantStore.h"
#include "storage/ScheduleStore.h"
#include "support/TestDatabase.h"

#include <QSqlRecord>
#include <QTimeZone>
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

namespace stepwise::storagetest {

inline const QByteArray newYork = QByteArrayLiteral("America/New_York");

// Failure output for dates and text without specialising Catch's StringMaker for Qt types,
// which other files of the same test program do not see.
inline std::string iso(const QDate& d)
{
    return d.isNull() ? std::string("(null)") : d.toString(Qt::ISODate).toStdString();
}

inline std::string iso(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate).toStdString() : std::string("(invalid)");
}

inline std::string str(const QString& s)
{
    return s.toStdString();
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

// An adult participant (born 1990) on `counselor`'s caseload (Dana's when 0), admitted to the
// intensive phase on `on`.
inline Id admit(test::TestDatabase& t, const QString& record, const QDate& on, Id counselor = 0,
    const QString& lastName = QStringLiteral("Rivera"))
{
    Participant p = test::sampleParticipant(record);
    p.counselorId = counselor ? counselor : t.counselorId();
    p.legalLastName = lastName;
    auto id = ParticipantStore(t.db()).add(p, Admission { on, { 3, 9.0 }, {} });
    REQUIRE_OK(id);
    return id.value();
}

// "Evening IOP": Mon/Wed/Fri 18:00-21:00 in New York, for the intensive phase.
inline GroupTemplate eveningIop(Id facilitator)
{
    GroupTemplate g;
    g.name = QStringLiteral("Evening IOP");
    g.sessionType = QStringLiteral("group_therapy");
    g.weekdays = { Qt::Monday, Qt::Wednesday, Qt::Friday };
    g.start = QTime(18, 0);
    g.end = QTime(21, 0);
    g.timeZone = newYork;
    g.phase = PhaseKind::Intensive;
    g.location = QStringLiteral("Room 2");
    g.facilitatorId = facilitator;
    return g;
}

inline GroupTemplate group(const QString& name, const QList<Qt::DayOfWeek>& days, const char* start,
    const char* end, Id facilitator)
{
    GroupTemplate g = eveningIop(facilitator);
    g.name = name;
    g.weekdays = days;
    g.start = at(start);
    g.end = at(end);
    return g;
}

inline Id createTemplate(test::TestDatabase& t, const GroupTemplate& g)
{
    auto id = ScheduleStore(t.db()).createTemplate(g);
    REQUIRE_OK(id);
    return id.value();
}

inline QList<ScheduledSession> sessionsOf(
    test::TestDatabase& t, Id templateId, const QDate& from, const QDate& to)
{
    auto all = ScheduleStore(t.db()).sessions(from, to);
    REQUIRE_OK(all);
    QList<ScheduledSession> list;
    for (const ScheduledSession& s : all.value()) {
        if (s.templateId == templateId)
            list.append(s);
    }
    return list;
}

inline QList<QDate> datesOf(const QList<ScheduledSession>& sessions)
{
    QList<QDate> dates;
    for (const ScheduledSession& s : sessions)
        dates.append(s.times.localDate);
    return dates;
}

// The template's session on `date`; the test fails when there is none.
inline ScheduledSession sessionOn(test::TestDatabase& t, Id templateId, const QDate& date)
{
    const QList<ScheduledSession> list = sessionsOf(t, templateId, date, date);
    INFO("session of template " << templateId << " on " << iso(date));
    REQUIRE(list.size() == 1);
    return list.first();
}

// Generates the template's session on `date` (if missing) and returns its id.
inline Id sessionIdOn(test::TestDatabase& t, Id templateId, const QDate& date)
{
    REQUIRE_OK(ScheduleStore(t.db()).generate(templateId, date, date));
    return sessionOn(t, templateId, date).id;
}

// Who the sheet of a session expects, by participant id (read as a supervisor would see it).
inline QList<Id> expectedAt(test::TestDatabase& t, Id sessionId)
{
    auto sheet = AttendanceStore(t.db()).sheet(sessionId);
    REQUIRE_OK(sheet);
    QList<Id> ids;
    for (const AttendanceSheetRow& row : sheet->rows) {
        if (row.expected)
            ids.append(row.participantId);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

inline AttendanceEntry entry(
    Id participant, AttendanceStatus status, int minutesLate = 0, int minutesLeftEarly = 0)
{
    AttendanceEntry e;
    e.participantId = participant;
    e.status = status;
    e.minutesLate = minutesLate;
    e.minutesLeftEarly = minutesLeftEarly;
    return e;
}

inline void take(test::TestDatabase& t, Id sessionId, const QList<AttendanceEntry>& entries)
{
    REQUIRE_OK(AttendanceStore(t.db()).save(sessionId, entries));
}

inline int rowCount(test::TestDatabase& t, const QString& table)
{
    // The table name is one of the tests' literals, never input.
    auto row = t.db().queryOne(QStringLiteral("SELECT count(*) FROM ") + table);
    REQUIRE_OK(row);
    REQUIRE(row->has_value());
    return (*row)->value(0).toInt();
}

inline QList<AuditEntry> auditRows(test::TestDatabase& t, const QString& action)
{
    AuditFilter filter;
    filter.action = action;
    auto rows = AuditTrail::entries(t.db(), filter);
    REQUIRE_OK(rows);
    return rows.value();
}

} // namespace stepwise::storagetest
