// SPDX-License-Identifier: GPL-3.0-or-later
// The attendance CSV: parsing on its own, then importing against a temporary database.
#include "io/AttendanceCsv.h"

#include "IoTestSupport.h"
#include "attendance/SessionType.h"
#include "storage/AttendanceStore.h"
#include "storage/ParticipantStore.h"
#include "storage/ScheduleStore.h"
#include "storage/SettingsStore.h"
#include "support/MockClock.h"
#include "support/TestDatabase.h"

#include <QSqlRecord>

using namespace stepwise;
using namespace stepwise::test;

namespace {

const QDate Today(2025, 3, 14); // a Friday; the clock reads 10:00 local time
const QDate Monday(2025, 2, 10);
const QDate Wednesday(2025, 2, 12);

QString s(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

// "line:column" for each problem, in the order reported.
QStringList where(const QList<AttendanceCsv::Problem>& problems)
{
    QStringList out;
    for (const auto& p : problems)
        out << QString::number(p.line) + QLatin1Char(':') + p.column;
    return out;
}

QString messageAt(const QList<AttendanceCsv::Problem>& problems, int line, const char* column)
{
    for (const auto& p : problems) {
        if (p.line == line && p.column == QLatin1String(column))
            return p.message;
    }
    return {};
}

// Rows of a table, by SQL count: what "nothing was written" is measured with.
qint64 count(Database& db, const char* table)
{
    auto row = db.queryOne(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table));
    REQUIRE(row.ok());
    REQUIRE(row.value().has_value());
    return (*row.value()).value(0).toLongLong();
}

// in care since January 2025, signed in as Riley Lead (every role).
struct Clinic
{
    MockClock clock { Today };
    TestDatabase t;
    Id r1 = 0;
    Id r2 = 0;
    Id r3 = 0;

    Clinic()
    {
        r1 = add(s("R-1"));
        r2 = add(s("R-2"));
        r3 = add(s("R-3"));
    }

    Id add(const QString& recordNumber)
    {
        const auto plan = SettingsStore(t.db()).load()->intensive;
        auto id = ParticipantStore(t.db()).add(
            sampleParticipant(recordNumber), Admission { QDate(2025, 1, 6), plan, {} });
        REQUIRE_OK(id);
        return id.value();
    }

    AttendanceCsv::ImportOutcome import(const QByteArray& csv)
    {
        return AttendanceCsv::importCsv(t.db(), csv, clock.nowUtc());
    }

    // A group therapy session booked in the schedule, 18:00-21:00, led by Dana Counselor.
    Id book(const QDate& date, const QList<Id>& expected, const QTime& end = QTime(21, 0))
    {
        SessionInput input;
        input.sessionType = QLatin1String(SessionTypes::GroupTherapy);
        input.date = date;
        input.start = QTime(18, 0);
        input.end = end;
        input.facilitatorIds = { t.counselorId() };
        input.participantIds = expected;
        auto id = ScheduleStore(t.db()).book(input);
        REQUIRE_OK(id);
        return id.value();
    }

    QList<ScheduledSession> sessionsOn(const QDate& date)
    {
        auto list = ScheduleStore(t.db()).sessions(date, date);
        REQUIRE_OK(list);
        return list.value();
    }

    AttendanceSheetRow sheetRow(Id sessionId, Id participantId)
    {
        auto sheet = AttendanceStore(t.db()).sheet(sessionId);
        REQUIRE_OK(sheet);
        for (const AttendanceSheetRow& row : sheet->rows) {
            if (row.participantId == participantId)
                return row;
        }
        FAIL("participant " << participantId << " is not on the sheet of session " << sessionId);
        return {};
    }

    // Hours attended at the sessions of `date`, as the chart shows them.
    double hoursOn(Id participantId, const QDate& date)
    {
        auto history = AttendanceStore(t.db()).history(participantId, date, date);
        REQUIRE_OK(history);
        double hours = 0.0;
        for (const ParticipantSession& ps : history.value())
            hours += ps.hours;
        return hours;
    }
};

const QByteArray Header = "record_number,date,start,end,session_type,status,minutes_late,"
                          "minutes_left_early,note\n";

} // namespace

TEST_CASE("Attendance CSV: columns in any order, labels, blank minutes and spreadsheet quirks",
    "[csv][attendance]")
{
    const auto parsed = AttendanceCsv::parse(
        "\xEF\xBB\xBF Status ,RECORD_NUMBER,date,Start,end,session_type,minutes_late,note\r\n"
        "Left early,R-1,2025-02-10,18:00,21:00,Group therapy,,\"tired, left at 20:15\"\r\n"
        "\r\n"
        ",,,,,,,\r\n" // formatting only: skipped
        "late,R-2,2025-02-10,9:00,12:00:00,psychoeducation,25,\r\n"
        "unexcused,R-3,2025-02-10,22:00,01:00,RELAPSE_PREVENTION,,\r\n");
    REQUIRE(where(parsed.problems).isEmpty());
    REQUIRE(parsed.rows.size() == 3);
    const AttendanceCsv::Row& first = parsed.rows.at(0);
    CHECK(first.line == 2);
    CHECK(first.recordNumber == s("R-1"));
    CHECK(first.entry.participantId == 0);
    CHECK(first.date == Monday);
    CHECK(first.start == QTime(18, 0));
    CHECK(first.end == QTime(21, 0));
    CHECK(first.sessionType == s("group_therapy"));
    CHECK(first.entry.status == AttendanceStatus::LeftEarly);
    CHECK(first.entry.minutesLate == 0);
    CHECK(first.entry.minutesLeftEarly == 0); // no such column: 0, refused later for left early
    CHECK(first.entry.note == s("tired, left at 20:15"));
    const AttendanceCsv::Row& second = parsed.rows.at(1);
    CHECK(second.line == 5);
    CHECK(second.start == QTime(9, 0));
    CHECK(second.end == QTime(12, 0));
    CHECK(second.sessionType == s("psychoeducation"));
    CHECK(second.entry.status == AttendanceStatus::Late);
    CHECK(second.entry.minutesLate == 25);
    const AttendanceCsv::Row& third = parsed.rows.at(2);
    CHECK(third.sessionType == s("relapse_prevention"));
    CHECK(third.end == QTime(1, 0)); // the next day
    CHECK(third.entry.status == AttendanceStatus::UnexcusedAbsence);
}

TEST_CASE("Attendance CSV: every malformed cell is reported with its line and column",
    "[csv][attendance]")
{
    const auto parsed = AttendanceCsv::parse(Header
        + "R-1,10/02/2025,18:00,21:00,group_therapy,present,,,\n" // 2
          "R-1,2025-02-10,6pm,21:00,group_therapy,present,,,\n"   // 3
          "R-1,2025-02-10,18:00,24:00,group_therapy,present,,,\n" // 4
          "R-1,2025-02-10,18:00,21:00,yoga,present,,,\n"          // 5
          "R-1,2025-02-10,18:00,21:00,group_therapy,asleep,,,\n"  // 6
          "R-1,2025-02-10,18:00,21:00,group_therapy,late,ten,,\n" // 7
          ",2025-02-10,,21:00,,,,,\n"                             // 8
          "R-1,2025-02-10,18:00,21:00,group_therapy\n");          // 9
    CHECK(parsed.rows.isEmpty());
    CHECK(where(parsed.problems)
        == QStringList { s("2:date"), s("3:start"), s("4:end"), s("5:session_type"), s("6:status"),
            s("7:minutes_late"), s("8:record_number"), s("8:start"), s("8:session_type"),
            s("8:status"), s("9:") });
    CHECK(messageAt(parsed.problems, 3, "start")
        == s("\"6pm\" is not a 24-hour time written as HH:mm (for example 18:00)."));
    CHECK(messageAt(parsed.problems, 5, "session_type")
              .startsWith(s("\"yoga\" is not a session type of this program; use one of "
                            "group_therapy, individual_counseling,")));
    CHECK(messageAt(parsed.problems, 6, "status")
        == s("\"asleep\" is not an attendance status; use one of present, late, left_early, "
             "telehealth, excused, unexcused."));
    CHECK(messageAt(parsed.problems, 7, "minutes_late")
        == s("\"ten\" is not a whole number of minutes."));
}

TEST_CASE("Attendance CSV: the header must name the required columns", "[csv][attendance]")
{
    const auto parsed = AttendanceCsv::parse("record_number,date,start,end,session_type,room\n"
                                             "R-1,2025-02-10,18:00,21:00,group_therapy,B\n");
    CHECK(where(parsed.problems) == QStringList { s("1:room"), s("1:status") });
    const auto empty = AttendanceCsv::parse("\xEF\xBB\xBF");
    CHECK(where(empty.problems) == QStringList { s("1:") });
}

TEST_CASE("Import of attendance: rows of a session the schedule lacks share one new session",
    "[csv][attendance]")
{
    Clinic c;
    const auto outcome = c.import(Header
        + "R-1,2025-02-10,18:00,21:00,group_therapy,present,,,\n"
          "R-2,2025-02-10,18:00,21:00,Group therapy,late,30,,bus was late\n"
          "R-1,2025-02-10,09:00,12:00,psychoeducation,left_early,,45,\n");
    INFO(where(outcome.problems).join(QLatin1Char(' ')).toStdString());
    REQUIRE(outcome.ok());
    CHECK(outcome.imported == 3);
    CHECK(outcome.sessions == 2);
    CHECK(outcome.sessionsCreated == 2);

    const QList<ScheduledSession> sessions = c.sessionsOn(Monday);
    REQUIRE(sessions.size() == 2);
    const ScheduledSession& morning = sessions.at(0);
    const ScheduledSession& evening = sessions.at(1);
    CHECK(morning.sessionType == s("psychoeducation"));
    CHECK(evening.sessionType == s("group_therapy"));
    CHECK(evening.times.localStart == QTime(18, 0));
    CHECK(evening.times.localEnd == QTime(21, 0));
    // Led by whoever imported, with the participants of the file expected: not drop-ins.
    CHECK(evening.facilitatorIds == QList<Id> { c.t.leadId() });
    CHECK(evening.expectedCount == 2);
    CHECK(evening.recordedCount == 2);
    const AttendanceSheetRow ben = c.sheetRow(evening.id, c.r2);
    CHECK(ben.expected);
    REQUIRE(ben.recorded.has_value());
    CHECK(ben.recorded->status == AttendanceStatus::Late);
    CHECK(ben.recorded->minutesLate == 30);
    CHECK_FALSE(ben.recorded->dropIn);
    CHECK(ben.recorded->note == s("bus was late"));

    // 3 h less 30 minutes; 3 h less 45 minutes plus a full 3 h.
    CHECK(c.hoursOn(c.r2, Monday) == Approx(2.5));
    CHECK(c.hoursOn(c.r1, Monday) == Approx(5.25));
}

TEST_CASE("Import of attendance: rows go to the matching session, where the participant is "
          "expected, else as a drop-in",
    "[csv][attendance]")
{
    Clinic c;
    // A cancelled session in the same slot comes first and would take R-3 if it counted.
    const Id cancelled = c.book(Wednesday, { c.r3 });
    REQUIRE_OK(ScheduleStore(c.t.db()).cancel(cancelled, s("Snow day")));
    const Id roomA = c.book(Wednesday, { c.r1 });
    const Id roomB = c.book(Wednesday, { c.r2 });
    const Id shorter = c.book(Wednesday, { c.r3 }, QTime(20, 0)); // ends at 20:00: another slot
    const qint64 sessionsBefore = count(c.t.db(), "scheduled_session");

    const auto outcome = c.import(Header
        + "R-2,2025-02-12,18:00,21:00,group_therapy,present,,,\n"
          "R-1,2025-02-12,18:00,21:00,group_therapy,telehealth,,,\n"
          "R-3,2025-02-12,18:00,21:00,group_therapy,present,,,\n");
    INFO(where(outcome.problems).join(QLatin1Char(' ')).toStdString());
    REQUIRE(outcome.ok());
    CHECK(outcome.imported == 3);
    CHECK(outcome.sessions == 2);
    CHECK(outcome.sessionsCreated == 0);
    CHECK(count(c.t.db(), "scheduled_session") == sessionsBefore);

    CHECK(c.sheetRow(roomA, c.r1).recorded->status == AttendanceStatus::Telehealth);
    CHECK(c.sheetRow(roomB, c.r2).recorded->status == AttendanceStatus::Present);
    const AttendanceSheetRow dropIn = c.sheetRow(roomA, c.r3);
    CHECK_FALSE(dropIn.expected);
    REQUIRE(dropIn.recorded.has_value());
    CHECK(dropIn.recorded->dropIn);
    // R-3 was expected at the 18:00-20:00 session and the cancelled one: nothing recorded there.
    CHECK_FALSE(c.sheetRow(shorter, c.r3).recorded.has_value());
    CHECK_FALSE(c.sheetRow(cancelled, c.r3).recorded.has_value());
}

TEST_CASE("Import of attendance: every refused row is reported and nothing is written",
    "[csv][attendance]")
{
    Clinic c;
    const QByteArray csv = Header
        + "R-1,2025-02-10,18:00,21:00,group_therapy,present,,,\n"      // 2: fine
          "R-404,2025-02-10,18:00,21:00,group_therapy,present,,,\n"    // 3: no such participant
          "R-2,2025-03-14,18:00,21:00,group_therapy,present,,,\n"      // 4: tonight, not yet
          "R-2,2025-02-10,18:00,21:00,group_therapy,late,,,\n"         // 5: late without minutes
          "R-3,2025-02-10,18:00,21:00,group_therapy,unexcused,10,,\n"  // 6: an absence, late
          "R-1,2025-02-12,18:00,21:00,group_therapy,present,100,80,\n" // 7: nothing left
          "R-2,2025-02-12,18:00,21:00,group_therapy,present,,-5,\n"    // 8: negative
          "R-1,2025-02-10,18:00,21:00,Group therapy,late,10,,\n";      // 9: R-1 again
    const auto outcome = c.import(csv);
    CHECK_FALSE(outcome.error.has_value());
    CHECK(where(outcome.problems)
        == QStringList { s("3:record_number"), s("4:date"), s("5:minutes_late"), s("6:status"),
            s("7:minutes_late"), s("8:minutes_left_early"), s("9:record_number") });
    CHECK(messageAt(outcome.problems, 3, "record_number")
        == s("No participant has the record number R-404."));
    CHECK(messageAt(outcome.problems, 4, "date")
        == s("Group therapy on 2025-03-14, 18:00–21:00 has not started yet; attendance is "
             "recorded once a session has started."));
    CHECK(messageAt(outcome.problems, 5, "minutes_late") == s("Enter how many minutes late."));
    CHECK(messageAt(outcome.problems, 6, "status")
        == s("An absence has no minutes late or left early."));
    CHECK(messageAt(outcome.problems, 7, "minutes_late")
        == s("100 minutes late and 80 left early leave nothing of a 180-minute session; "
             "record an absence instead."));
    CHECK(messageAt(outcome.problems, 8, "minutes_left_early")
        == s("Minutes left early cannot be negative."));
    CHECK(messageAt(outcome.problems, 9, "record_number")
        == s("R-1 is also on line 2 for the same session (Group therapy on 2025-02-10, "
             "18:00–21:00)."));
    // Not even the sessions the good rows would have created.
    CHECK(count(c.t.db(), "scheduled_session") == 0);
    CHECK(count(c.t.db(), "attendance") == 0);

    // The same file less its bad rows is imported.
    const auto good = c.import(Header + "R-1,2025-02-10,18:00,21:00,group_therapy,present,,,\n");
    CHECK(good.ok());
    CHECK(count(c.t.db(), "attendance") == 1);
}

TEST_CASE(
    "Import of attendance: a file imported twice is refused the second time", "[csv][attendance]")
{
    Clinic c;
    const QByteArray csv = Header
        + "R-1,2025-02-10,18:00,21:00,group_therapy,present,,,\n"
          "R-2,2025-02-10,18:00,21:00,group_therapy,excused,,,\n";
    REQUIRE(c.import(csv).ok());
    const qint64 sessions = count(c.t.db(), "scheduled_session");
    const qint64 attendance = count(c.t.db(), "attendance");
    REQUIRE(sessions == 1);
    REQUIRE(attendance == 2);

    const auto again = c.import(csv);
    CHECK(where(again.problems) == QStringList { s("2:record_number"), s("3:record_number") });
    CHECK(messageAt(again.problems, 3, "record_number")
        == s("R-2 already has attendance recorded for Group therapy on 2025-02-10, 18:00–21:00 "
             "(Excused absence); remove the row (was the file imported before?), or correct it "
             "in Stepwise."));
    CHECK(count(c.t.db(), "scheduled_session") == sessions);
    CHECK(count(c.t.db(), "attendance") == attendance);

    // A row for someone not yet recorded at that session is still welcome.
    const auto late = c.import(Header + "R-3,2025-02-10,18:00,21:00,group_therapy,present,,,\n");
    CHECK(late.ok());
    CHECK(late.sessionsCreated == 0);
    CHECK(count(c.t.db(), "attendance") == attendance + 1);
}

TEST_CASE("Import of attendance: the program's own session types are accepted by name",
    "[csv][attendance]")
{
    Clinic c;
    auto settings = SettingsStore(c.t.db()).load();
    REQUIRE_OK(settings);
    settings->attendance.customSessionTypes = { s("Mindful movement") };
    REQUIRE_OK(SettingsStore(c.t.db()).save(settings.value()));

    const auto outcome
        = c.import(Header + "R-1,2025-02-10,10:00,11:30,mindful MOVEMENT,present,,,\n");
    INFO(where(outcome.problems).join(QLatin1Char(' ')).toStdString());
    REQUIRE(outcome.ok());
    const QList<ScheduledSession> sessions = c.sessionsOn(Monday);
    REQUIRE(sessions.size() == 1);
    CHECK(sessions.first().sessionType == s("Mindful movement"));
    CHECK(c.hoursOn(c.r1, Monday) == Approx(1.5));
}

TEST_CASE(
    "Import of attendance: a counselor is refused and nothing is written", "[csv][attendance]")
{
    Clinic c;
    c.t.actAs(c.t.counselorId(), { StaffRole::Counselor });
    const auto outcome = c.import(Header + "R-1,2025-02-10,18:00,21:00,group_therapy,present,,,\n");
    REQUIRE(outcome.error.has_value());
    CHECK(outcome.error->code == ErrorCode::Forbidden);
    CHECK(outcome.imported == 0);
    CHECK(count(c.t.db(), "scheduled_session") == 0);
    CHECK(count(c.t.db(), "attendance") == 0);
}
