// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendanceCsv.h"

#include "CsvCells.h"
#include "CsvReader.h"
#include "attendance/SessionType.h"
#include "auth/Access.h"
#include "storage/AttendanceStore.h"
#include "storage/AuditTrail.h"
#include "storage/Database.h"
#include "storage/LookupKey.h"
#include "storage/ParticipantStore.h"
#include "storage/ScheduleStore.h"
#include "storage/SettingsStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <map>

// The attendance CSV, one participant at one session per row. The header names the columns
// (any order, any case, spaces around ignored): record_number, date, start, end, session_type
// and status are required; minutes_late, minutes_left_early and note optional.
//
// - date is ISO 8601, yyyy-MM-dd, for the reason given in AssessmentCsv: "03/04/2025" is March
//   or April depending on the locale that wrote it.
// - start and end are 24-hour clock times, H:mm or HH:mm (a spreadsheet's HH:mm:ss with zero
//   seconds is taken too). An end at or before the start is on the next day, as in the app.
// - A session is identified by its local date, start, end and type: the file names no session
//   ids, which a spreadsheet kept on paper or in another system would not have.
//
// All or nothing: the file is parsed, every row is matched and checked against the database
// with the rules AttendanceStore::save applies, and only a file without problems is written,
// in one transaction that also books the sessions the schedule lacks.

namespace stepwise::AttendanceCsv {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::AttendanceCsv", text);
}

QString col(const char* name)
{
    return QLatin1String(name);
}

QString isoDate(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

QString clock(const QTime& t)
{
    return t.toString(QStringLiteral("HH:mm"));
}

QString statusKeys()
{
    QStringList keys;
    for (AttendanceStatus s : allAttendanceStatuses)
        keys << storageKey(s);
    return keys.join(QStringLiteral(", "));
}

// "Group therapy on 2025-02-10, 18:00–21:00": how a row's session is named in messages.
QString sessionText(const QString& type, const QDate& date, const QTime& start, const QTime& end)
{
    return tr("%1 on %2, %3–%4")
        .arg(SessionTypes::label(type), isoDate(date), clock(start), clock(end));
}

QString sessionText(const Row& row)
{
    return sessionText(row.sessionType, row.date, row.start, row.end);
}

// Rows naming the same date, times and type are the same session.
QString sessionKey(const Row& row)
{
    return isoDate(row.date) + QLatin1Char(' ') + clock(row.start) + QLatin1Char(' ')
        + clock(row.end) + QLatin1Char(' ') + row.sessionType;
}

// Reads the cells of one data row, collecting its problems.
class RowParser : public CsvCells
{
public:
    RowParser(const CsvRecord& record, const QHash<QString, int>& columns,
        const QStringList& customTypes, QList<Problem>& problems)
        : CsvCells(record, columns, problems)
        , m_customTypes(customTypes)
    { }

    std::optional<Row> read()
    {
        const qsizetype before = m_problems.size();
        if (m_record.fields.size() != m_columns.size()) {
            problem(nullptr,
                tr("This row has %1 fields but the header has %2.")
                    .arg(m_record.fields.size())
                    .arg(m_columns.size()));
            return std::nullopt;
        }

        Row row;
        row.line = m_record.line;
        row.recordNumber = text(Column::RecordNumber).trimmed();
        if (row.recordNumber.isEmpty())
            problem(Column::RecordNumber, tr("Give the participant's record number."));
        row.date = date();
        row.start = time(Column::Start, tr("Give the time the session started, such as 18:00."));
        row.end = time(Column::End, tr("Give the time the session ended, such as 21:00."));
        row.sessionType = sessionType();
        if (const auto status = this->status())
            row.entry.status = *status;
        row.entry.minutesLate = minutes(Column::MinutesLate);
        row.entry.minutesLeftEarly = minutes(Column::MinutesLeftEarly);
        row.entry.note = text(Column::Note).trimmed();

        if (m_problems.size() > before)
            return std::nullopt;
        return row;
    }

private:
    QDate date()
    {
        return isoDate(Column::Date, tr("Give the date of the session, as yyyy-MM-dd."));
    }

    QTime time(const char* column, const QString& missing)
    {
        const QString value = text(column).trimmed();
        if (value.isEmpty()) {
            problem(column, missing);
            return {};
        }
        // Seconds are accepted only as :00, which spreadsheets add; anything else would be
        // silently dropped from a session's length.
        static const QRegularExpression clockTime(
            QStringLiteral("^([0-9]{1,2}):([0-9]{2})(?::00)?$"));
        const auto match = clockTime.match(value);
        const QTime t = match.hasMatch()
            ? QTime(match.captured(1).toInt(), match.captured(2).toInt())
            : QTime();
        if (!t.isValid())
            problem(column,
                tr("\"%1\" is not a 24-hour time written as HH:mm (for example 18:00).")
                    .arg(value));
        return t;
    }

    QString sessionType()
    {
        const QString value = text(Column::SessionType).trimmed();
        const QString allowed
            = (SessionTypes::builtIn() + m_customTypes).join(QStringLiteral(", "));
        if (value.isEmpty()) {
            problem(Column::SessionType, tr("Give the session type: one of %1.").arg(allowed));
            return {};
        }
        const QString key = SessionTypes::parse(value, m_customTypes);
        if (key.isEmpty())
            problem(Column::SessionType,
                tr("\"%1\" is not a session type of this program; use one of %2.")
                    .arg(value, allowed));
        return key;
    }

    std::optional<AttendanceStatus> status()
    {
        const QString value = text(Column::Status).trimmed();
        if (value.isEmpty()) {
            problem(Column::Status, tr("Give what was recorded: one of %1.").arg(statusKeys()));
            return std::nullopt;
        }
        const auto status = parseAttendanceStatus(value);
        if (!status)
            problem(Column::Status,
                tr("\"%1\" is not an attendance status; use one of %2.").arg(value, statusKeys()));
        return status;
    }

    // Empty is 0. The sign is read so that ScheduleRules::validateEntry can say what is wrong
    // with a negative number rather than calling it unreadable.
    int minutes(const char* column)
    {
        const QString value = text(column).trimmed();
        if (value.isEmpty())
            return 0;
        static const QRegularExpression whole(QStringLiteral("^[+-]?[0-9]{1,6}$"));
        if (!whole.match(value).hasMatch()) {
            problem(column, tr("\"%1\" is not a whole number of minutes.").arg(value));
            return 0;
        }
        return value.toInt();
    }

    const QStringList& m_customTypes;
};

// Where a checked row goes: an existing session, or the new one booked for its key.
struct Target
{
    Id sessionId = 0; // 0: the new session of `key`
    QString key;
};

// A session the schedule lacks, booked on import for the rows that name it.
struct NewSession
{
    SessionInput input;
    int firstLine = 0;
};

// What the database says about the rows the file reads well: record numbers, the session each
// row belongs to, its times, and attendance already recorded.
class RowChecker
{
public:
    RowChecker(Database& db, const QDateTime& nowUtc)
        : m_db(db)
        , m_nowUtc(nowUtc)
        , m_zone(SessionTime::workstationZone())
    { }

    // False when storage failed (see error()); problems are added to `problems`, and a row
    // without problems gets its target.
    bool check(Row& row, QList<Problem>& problems, QList<Target>& targets)
    {
        const qsizetype before = problems.size();
        const auto add = [&](const char* column, const QString& message) {
            problems.append({ row.line, column ? col(column) : QString(), message });
        };
        auto participant = participantId(row.recordNumber);
        if (!participant)
            return false;
        if (!*participant) {
            add(Column::RecordNumber,
                tr("No participant has the record number %1.").arg(row.recordNumber));
            return true;
        }
        row.entry.participantId = **participant;

        const QString key = sessionKey(row);
        auto candidates = matching(row);
        if (!candidates)
            return false;

        // A person is at one session of a type at a time, so a second row for the same slot is
        // a mistake whichever of two parallel sessions it would land in.
        const QString personKey = key + QLatin1Char('/') + QString::number(row.entry.participantId);
        if (const int first = m_lines.value(personKey); first > 0) {
            add(Column::RecordNumber,
                tr("%1 is also on line %2 for the same session (%3).")
                    .arg(row.recordNumber)
                    .arg(first)
                    .arg(sessionText(row)));
        } else {
            m_lines.insert(personKey, row.line);
        }

        Target target;
        target.key = key;
        std::optional<SessionTimes> times;
        const AttendanceSheet* chosen = nullptr;
        for (const AttendanceSheet* sheet : *candidates) {
            for (const AttendanceSheetRow& r : sheet->rows) {
                if (r.participantId != row.entry.participantId)
                    continue;
                if (r.recorded) {
                    add(Column::RecordNumber,
                        tr("%1 already has attendance recorded for %2 (%3); remove the row "
                           "(was the file imported before?), or correct it in Stepwise.")
                            .arg(row.recordNumber, sessionText(row), label(r.recorded->status)));
                } else if (r.expected && !chosen) {
                    chosen = sheet;
                }
            }
        }
        if (!chosen && !candidates->isEmpty())
            chosen = candidates->first(); // a drop-in
        if (chosen) {
            target.sessionId = chosen->session.id;
            times = chosen->session.times;
        } else {
            times = newSession(row, key, add);
        }

        if (times) {
            if (times->startUtc > m_nowUtc)
                add(Column::Date,
                    tr("%1 has not started yet; attendance is recorded once a session has "
                       "started.")
                        .arg(sessionText(row)));
            for (const FieldError& f : ScheduleRules::validateEntry(row.entry, *times)) {
                const QString column = columns().contains(f.field) ? f.field : QString();
                problems.append({ row.line, column, f.message });
            }
        }
        if (problems.size() == before)
            targets.append(target);
        return true;
    }

    const std::optional<Error>& error() const { return m_error; }
    const QHash<QString, NewSession>& newSessions() const { return m_new; }

private:
    // nullopt: storage failed. An empty inner optional: no such record number.
    std::optional<std::optional<Id>> participantId(const QString& recordNumber)
    {
        const QString key = lookupKey(recordNumber);
        if (auto it = m_participants.constFind(key); it != m_participants.constEnd())
            return it.value() ? std::optional<Id>(it.value()) : std::optional<Id>();
        auto found = ParticipantStore(m_db).findByRecordNumber(recordNumber);
        if (!found) {
            m_error = found.error();
            return std::nullopt;
        }
        m_participants.insert(key, found->value_or(0));
        return *found;
    }

    // The sheets of the sessions that are not cancelled and have the row's date, times and
    // type, oldest first. nullopt: storage failed.
    std::optional<QList<const AttendanceSheet*>> matching(const Row& row)
    {
        auto day = m_days.find(row.date);
        if (day == m_days.end()) {
            auto sessions = ScheduleStore(m_db).sessions(row.date, row.date);
            if (!sessions) {
                m_error = sessions.error();
                return std::nullopt;
            }
            day = m_days.insert(row.date, *sessions);
        }
        QList<const AttendanceSheet*> sheets;
        for (const ScheduledSession& s : std::as_const(*day)) {
            if (s.cancelled || s.sessionType != row.sessionType || s.times.localDate != row.date
                || s.times.localStart != row.start || s.times.localEnd != row.end)
                continue;
            auto it = m_sheets.find(s.id);
            if (it == m_sheets.end()) {
                auto sheet = AttendanceStore(m_db).sheet(s.id);
                if (!sheet) {
                    m_error = sheet.error();
                    return std::nullopt;
                }
                it = m_sheets.emplace(s.id, *sheet).first;
            }
            sheets.append(&it->second);
        }
        std::sort(sheets.begin(), sheets.end(),
            [](const auto* a, const auto* b) { return a->session.id < b->session.id; });
        return sheets;
    }

    // The times of the session to book for `key`, or nullopt after reporting why they cannot
    // be (a start the clocks skip, no length, too long). The row's participant is expected.
    template<typename Add>
    std::optional<SessionTimes> newSession(const Row& row, const QString& key, Add add)
    {
        auto times = m_times.find(key);
        if (times == m_times.end())
            times = m_times.emplace(key, SessionTime::resolve(row.date, row.start, row.end, m_zone))
                        .first;
        const Result<SessionTimes>& resolved = times->second;
        if (!resolved) {
            for (const FieldError& f : resolved.error().fields)
                add(f.field == QLatin1String(SessionTime::Start)     ? Column::Start
                        : f.field == QLatin1String(SessionTime::End) ? Column::End
                                                                     : Column::Date,
                    f.message);
            return std::nullopt;
        }
        NewSession& s = m_new[key];
        if (s.firstLine == 0) {
            s.firstLine = row.line;
            s.input.sessionType = row.sessionType;
            s.input.date = row.date;
            s.input.start = row.start;
            s.input.end = row.end;
            s.input.facilitatorIds = { m_db.actorId() };
        }
        if (!s.input.participantIds.contains(row.entry.participantId))
            s.input.participantIds.append(row.entry.participantId);
        return resolved.value();
    }

    Database& m_db;
    QDateTime m_nowUtc;
    QTimeZone m_zone;
    QHash<QString, Id> m_participants; // lookup key of a record number -> id (0: none)
    QHash<QDate, QList<ScheduledSession>> m_days;
    // std::map: matching() hands out pointers to sheets that later insertions must not move.
    std::map<Id, AttendanceSheet> m_sheets;
    std::map<QString, Result<SessionTimes>> m_times; // of new sessions, by key
    QHash<QString, NewSession> m_new;
    QHash<QString, int> m_lines; // session key/participant -> first line in the file
    std::optional<Error> m_error;
};

ImportOutcome withError(Error error)
{
    ImportOutcome outcome;
    outcome.error = std::move(error);
    return outcome;
}

} // namespace

QStringList columns()
{
    return requiredColumns() << col(Column::MinutesLate) << col(Column::MinutesLeftEarly)
                             << col(Column::Note);
}

QStringList requiredColumns()
{
    return { col(Column::RecordNumber), col(Column::Date), col(Column::Start), col(Column::End),
        col(Column::SessionType), col(Column::Status) };
}

ParseResult parse(const QByteArray& csv, const QStringList& customSessionTypes)
{
    ParseResult result;
    CsvImport::forEachRow(csv, columns(), requiredColumns(), result.problems,
        [&](const CsvRecord& record, const QHash<QString, int>& header) {
            if (auto row = RowParser(record, header, customSessionTypes, result.problems).read())
                result.rows.append(std::move(*row));
        });
    return result;
}

ImportOutcome importCsv(Database& db, const QByteArray& csv, const QDateTime& nowUtc)
{
    // A bulk change to many charts, as the other imports: supervisors.
    if (Status s = Access::require(db, Permission::ImportParticipants); !s)
        return withError(s.error());
    auto settings = SettingsStore(db).load();
    if (!settings)
        return withError(settings.error());

    ParseResult parsed = parse(csv, settings->attendance.customSessionTypes);
    ImportOutcome outcome;
    outcome.problems = parsed.problems;
    RowChecker checker(db, nowUtc);
    QList<Target> targets;
    for (Row& row : parsed.rows) {
        if (!checker.check(row, outcome.problems, targets))
            return withError(*checker.error());
    }
    if (!outcome.problems.isEmpty()) {
        // Parse problems came first; a person reads the file top to bottom.
        std::stable_sort(outcome.problems.begin(), outcome.problems.end(),
            [](const Problem& a, const Problem& b) { return a.line < b.line; });
        return outcome;
    }

    Transaction tx(db);
    if (!tx.ok())
        return withError(tx.error());
    // Booked in the order the file names them, so their ids follow the file.
    QList<QString> newKeys = checker.newSessions().keys();
    std::sort(newKeys.begin(), newKeys.end(), [&](const QString& a, const QString& b) {
        return checker.newSessions().value(a).firstLine < checker.newSessions().value(b).firstLine;
    });
    QHash<QString, Id> booked;
    for (const QString& key : std::as_const(newKeys)) {
        auto id = ScheduleStore(db).book(checker.newSessions().value(key).input);
        if (!id)
            return withError(id.error());
        booked.insert(key, *id);
    }
    QList<Id> order;
    QHash<Id, QList<AttendanceEntry>> entries;
    for (qsizetype i = 0; i < parsed.rows.size(); ++i) {
        const Target& target = targets.at(i);
        const Id sessionId = target.sessionId ? target.sessionId : booked.value(target.key);
        if (!entries.contains(sessionId))
            order.append(sessionId);
        entries[sessionId].append(parsed.rows.at(i).entry);
    }
    // save() checks every entry again inside the transaction, so a change made meanwhile by
    // someone else (a cancellation, attendance taken in the app) still leaves the file unwritten.
    for (Id sessionId : std::as_const(order)) {
        if (Status s = AttendanceStore(db).save(sessionId, entries.value(sessionId)); !s)
            return withError(s.error());
    }
    if (Status s = AuditTrail::record(db, QStringLiteral("attendance.import"),
            QStringLiteral("scheduled_session"), 0,
            QStringLiteral("%1 attendance rows into %2 sessions, %3 of them new (CSV)")
                .arg(parsed.rows.size())
                .arg(order.size())
                .arg(booked.size()));
        !s)
        return withError(s.error());
    if (Status s = tx.commit(); !s)
        return withError(s.error());
    outcome.imported = int(parsed.rows.size());
    outcome.sessions = int(order.size());
    outcome.sessionsCreated = int(booked.size());
    return outcome;
}

} // namespace stepwise::AttendanceCsv
