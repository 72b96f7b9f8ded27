// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvReader.h"
#include "attendance/Schedule.h"
#include "common/Result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QTime>
#include <optional>

namespace stepwise {

class Database;

// Attendance from a spreadsheet, one participant at one session per row:
// `stepwise-cli import attendance FILE.csv`. The columns are documented in docs/cli.md.
namespace AttendanceCsv {

namespace Column {
inline constexpr auto RecordNumber = "record_number";
inline constexpr auto Date = "date";
inline constexpr auto Start = "start";
inline constexpr auto End = "end";
inline constexpr auto SessionType = "session_type";
inline constexpr auto Status = "status";
inline constexpr auto MinutesLate = "minutes_late";
inline constexpr auto MinutesLeftEarly = "minutes_left_early";
inline constexpr auto Note = "note";
} // namespace Column

using Problem = CsvProblem;

// One well-formed data row. `entry.participantId` is 0: the record number is resolved against
// the database on import.
struct Row
{
    int line = 0;
    QString recordNumber; // trimmed, as written
    QDate date;           // the session's local date
    QTime start;
    QTime end;
    QString sessionType; // a SessionTypes key or a program's own type
    AttendanceEntry entry;
};

struct ParseResult
{
    QList<Row> rows;         // the rows without problems
    QList<Problem> problems; // every problem of every row, in file order
};

struct ImportOutcome
{
    int imported = 0;           // attendance rows written
    int sessions = 0;           // distinct sessions they were written to
    int sessionsCreated = 0;    // of those, booked by the import because none matched
    QList<Problem> problems;    // every bad row, not only the first; nothing is written if any
    std::optional<Error> error; // refused, or a storage failure (then nothing is written)
    bool ok() const { return problems.isEmpty() && !error; }
};

QStringList columns();         // every column the header may name
QStringList requiredColumns(); // record_number, date, start, end, session_type, status

// The file's shape and each cell on its own, without a database: the header, ISO dates,
// HH:mm times, a session type (a key, an English label or one of `customSessionTypes`), an
// attendance status and whole-number minutes (empty: 0).
ParseResult parse(const QByteArray& csv, const QStringList& customSessionTypes = {});

// All or nothing, in one transaction. Needs ImportParticipants (supervisors). Each row goes to
// the session that is not cancelled and has the same local date, start, end and type,
// preferring one where the participant is expected; rows for a session the schedule lacks share
// one new session, booked in the workstation's time zone with the signed-in user as
// facilitator and those rows' participants expected. A participant not expected is recorded as
// a drop-in. Refused with line and column: unknown record numbers, sessions that have not
// started by `nowUtc`, minutes ScheduleRules::validateEntry refuses, the same participant twice
// for one session, and attendance already recorded (so a file imported twice is not doubled).
ImportOutcome importCsv(Database& db, const QByteArray& csv, const QDateTime& nowUtc);

} // namespace AttendanceCsv
} // namespace stepwise
