// SPDX-License-Identifier: GPL-3.0-or-later
// participants list, import participants, import assessments and import attendance.
#include "Command.h"
#include "SignIn.h"
#include "TextTable.h"
#include "attendance/AttendanceStatus.h"
#include "common/Clock.h"
#include "io/AssessmentCsv.h"
#include "io/AttendanceCsv.h"
#include "io/ParticipantCsv.h"
#include "storage/CaseloadQuery.h"
#include "storage/EpisodeStore.h"
#include "storage/StaffStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace stepwise::cli {

namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("stepwise-cli", text, nullptr, n);
}

const QString FormatOption = QStringLiteral("format");
const QString PhaseOption = QStringLiteral("phase");
const QString StatusOption = QStringLiteral("status");
const QString CounselorOption = QStringLiteral("counselor");

template<typename E> QString keysOf()
{
    QStringList keys;
    for (E value : allValues<E>())
        keys << storageKey(value);
    return keys.join(QStringLiteral(", "));
}

QString dashIfEmpty(const QString& text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

QString numberOrDash(int value)
{
    return value < 0 ? QStringLiteral("-") : QString::number(value);
}

QJsonValue dateValue(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue numberValue(int value)
{
    return value < 0 ? QJsonValue() : QJsonValue(value);
}

QString table(const QList<CaseloadRow>& rows)
{
    using Align = TextTable::Align;
    TextTable table(
        { { tr("Record"), Align::Left }, { tr("Name"), Align::Left }, { tr("Age"), Align::Right },
            { tr("Phase"), Align::Left }, { tr("Days in phase"), Align::Right },
            { tr("Counselor"), Align::Left }, { tr("Status"), Align::Left } });
    for (const CaseloadRow& row : rows) {
        table.addRow({ row.recordNumber, row.name, numberOrDash(row.age),
            row.phase ? label(*row.phase) : QStringLiteral("-"), numberOrDash(row.daysInPhase),
            dashIfEmpty(row.counselorName), label(row.status) });
    }
    return table.render();
}

Result<QByteArray> json(Database& db, const QList<CaseloadRow>& rows)
{
    EpisodeStore episodes(db);
    QJsonArray array;
    for (const CaseloadRow& row : rows) {
        // Readmissions show as several episodes; the caseload row only has the latest.
        const auto history = episodes.episodes(row.participantId);
        if (!history)
            return history.error();
        QJsonObject object;
        object.insert(QStringLiteral("record_number"), row.recordNumber);
        object.insert(QStringLiteral("name"), row.name);
        object.insert(QStringLiteral("legal_first_name"), row.legalFirstName);
        object.insert(QStringLiteral("legal_last_name"), row.legalLastName);
        object.insert(QStringLiteral("preferred_name"), row.preferredName);
        object.insert(QStringLiteral("date_of_birth"), dateValue(row.dateOfBirth));
        object.insert(QStringLiteral("age"), numberValue(row.age));
        object.insert(
            QStringLiteral("phase"), row.phase ? QJsonValue(storageKey(*row.phase)) : QJsonValue());
        object.insert(QStringLiteral("phase_start"), dateValue(row.phaseStart));
        object.insert(QStringLiteral("days_in_phase"), numberValue(row.daysInPhase));
        object.insert(QStringLiteral("admission_date"), dateValue(row.admissionDate));
        object.insert(QStringLiteral("days_in_program"), numberValue(row.daysInProgram));
        object.insert(QStringLiteral("episodes"), int(history->size()));
        object.insert(QStringLiteral("counselor"),
            row.counselorName.isEmpty() ? QJsonValue() : QJsonValue(row.counselorName));
        object.insert(QStringLiteral("status"), storageKey(row.status));
        object.insert(QStringLiteral("primary_focus"), storageKey(row.primaryFocus));
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

// What core lets the signed-in user see: a counselor their caseload, a supervisor everyone;
// the CSV is a bulk export (supervisors), and an administrator without a clinical role is
// refused.
int listRows(Console& console, Database& db, const QString& format, CaseloadFilter filter,
    const std::optional<QString>& counselorName)
{
    if (counselorName) {
        const auto counselor = StaffStore(db).findByName(*counselorName);
        if (!counselor)
            return console.fail(counselor.error());
        if (!counselor->has_value())
            return console.fail(tr("there is no staff member named '%1'").arg(*counselorName));
        filter.counselorId = (*counselor)->id;
    }

    if (format == QLatin1String("csv")) {
        const auto csv = ParticipantCsv::exportCsv(db, filter);
        if (!csv)
            return console.fail(csv.error());
        console.write(*csv);
        return Success;
    }
    const auto rows = CaseloadQuery::rows(db, filter, Clock::instance().today());
    if (!rows)
        return console.fail(rows.error());
    if (format == QLatin1String("json")) {
        const auto bytes = json(db, *rows);
        if (!bytes)
            return console.fail(bytes.error());
        console.write(*bytes);
    } else {
        console.write(table(*rows).toUtf8());
    }
    return Success;
}

int list(Console& console, const Invocation& invocation)
{
    const QString format = invocation.isSet(FormatOption) ? invocation.value(FormatOption).toLower()
                                                          : QStringLiteral("table");
    if (format != QLatin1String("table") && format != QLatin1String("csv")
        && format != QLatin1String("json"))
        return console.usage(tr("--format expects table, csv or json, not '%1'")
                                 .arg(invocation.value(FormatOption)));

    CaseloadFilter filter;
    if (invocation.isSet(PhaseOption)) {
        filter.phase = parsePhaseKind(invocation.value(PhaseOption));
        if (!filter.phase)
            return console.usage(tr("--phase expects one of %1, not '%2'")
                                     .arg(keysOf<PhaseKind>(), invocation.value(PhaseOption)));
    }
    if (invocation.isSet(StatusOption)) {
        filter.status = parseParticipantStatus(invocation.value(StatusOption));
        if (!filter.status)
            return console.usage(
                tr("--status expects one of %1, not '%2'")
                    .arg(keysOf<ParticipantStatus>(), invocation.value(StatusOption)));
    }

    return runSignedIn(console, invocation, [&](Database& db, SignIn&) {
        return listRows(console, db, format, filter,
            invocation.isSet(CounselorOption) ? std::optional(invocation.value(CounselorOption))
                                              : std::nullopt);
    });
}

// Reads FILE, signs in and hands its bytes to `import` (an all-or-nothing CSV import): every
// problem is reported as FILE:LINE: column: reason and nothing is imported when there is any;
// otherwise `done` prints what was imported.
template<typename Import, typename Done>
int runImport(Console& console, const Invocation& invocation, Import import, Done done)
{
    const QString fileName = invocation.arguments().first();
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return console.fail(tr("cannot read %1: %2").arg(fileName, file.errorString()));
    const QByteArray csv = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return console.fail(tr("cannot read %1: %2").arg(fileName, file.errorString()));

    return runSignedIn(console, invocation, [&](Database& db, SignIn&) {
        const auto outcome = import(db, csv, Clock::instance().today());
        for (const auto& problem : outcome.problems) {
            QString where = fileName + QLatin1Char(':') + QString::number(problem.line)
                + QStringLiteral(": ");
            if (!problem.column.isEmpty())
                where += problem.column + QStringLiteral(": ");
            console.report(where + problem.message);
        }
        if (!outcome.problems.isEmpty())
            return console.fail((outcome.problems.size() == 1
                    ? tr("1 problem in %1; nothing was imported").arg(fileName)
                    : tr("%1 problems in %2; nothing was imported")
                          .arg(outcome.problems.size())
                          .arg(fileName)));
        if (outcome.error)
            return console.fail(*outcome.error);
        done(outcome);
        return int(Success);
    });
}

int importParticipants(Console& console, const Invocation& invocation)
{
    return runImport(console, invocation, &ParticipantCsv::importCsv,
        [&](const ParticipantCsv::ImportOutcome& outcome) {
            console.print(outcome.imported == 1
                    ? tr("imported 1 participant")
                    : tr("imported %1 participants").arg(outcome.imported));
        });
}

int importAssessments(Console& console, const Invocation& invocation)
{
    return runImport(console, invocation, &AssessmentCsv::importCsv,
        [&](const AssessmentCsv::ImportOutcome& outcome) {
            console.print(outcome.imported == 1
                    ? tr("imported 1 assessment; safety alerts raised: %1")
                          .arg(outcome.safetyAlerts)
                    : tr("imported %1 assessments; safety alerts raised: %2")
                          .arg(outcome.imported)
                          .arg(outcome.safetyAlerts));
        });
}

QString importAssessmentsDetails()
{
    return QLatin1Char('\n')
        + wrapWords(
            tr("The first line names the columns, in any order: record_number, date "
               "(yyyy-MM-dd), instrument (%1) and answers (the item answers in item order, "
               "separated by ; or spaces, or by commas inside a quoted field), and optionally "
               "sex (female or male, for auditc; empty uses the participant's sex at birth) and "
               "note.")
                .arg(AssessmentCsv::importableIds().join(QStringLiteral(", "))))
        + wrapWords(tr("Each date must fall within one of the participant's episodes of care. "
                       "asam and progress are clinician ratings and cannot be imported."))
        + wrapWords(tr("Exit status: 0 every row was imported; 1 nothing was imported (each "
                       "problem is reported as FILE:LINE: column: reason) or the import was "
                       "refused (supervisors import); 2 the command line is wrong."));
}

int importAttendance(Console& console, const Invocation& invocation)
{
    // Whether a session has started is a matter of the instant, not of today's date.
    const auto importNow = [](Database& db, const QByteArray& csv, const QDate&) {
        return AttendanceCsv::importCsv(db, csv, Clock::instance().nowUtc());
    };
    return runImport(
        console, invocation, importNow, [&](const AttendanceCsv::ImportOutcome& outcome) {
            if (outcome.imported == 1)
                console.print(tr("Imported 1 attendance row into 1 session."));
            else if (outcome.sessions == 1)
                console.print(
                    tr("Imported %1 attendance rows into 1 session.").arg(outcome.imported));
            else
                console.print(tr("Imported %1 attendance rows into %2 sessions.")
                                  .arg(outcome.imported)
                                  .arg(outcome.sessions));
            if (outcome.sessionsCreated > 0)
                console.print(outcome.sessionsCreated == 1
                        ? tr("1 session was not in the schedule and was added to it.")
                        : tr("%1 sessions were not in the schedule and were added to it.")
                              .arg(outcome.sessionsCreated));
        });
}

QString importAttendanceDetails()
{
    return QLatin1Char('\n')
        + wrapWords(tr("The first line names the columns, in any order: record_number, date "
                       "(yyyy-MM-dd), start and end (HH:mm, 24-hour; an end at or before the "
                       "start is the next day), session_type (a key such as group_therapy or its "
                       "English label, or one of the program's own types), status (%1), and "
                       "optionally minutes_late, minutes_left_early (whole minutes; empty is 0) "
                       "and note.")
                        .arg([] {
                            QStringList keys;
                            for (AttendanceStatus s : allAttendanceStatuses)
                                keys << storageKey(s);
                            return keys.join(QStringLiteral(", "));
                        }()))
        + wrapWords(tr("Each row goes to the session with that date, start, end and type that is "
                       "not cancelled, preferably one the participant is expected at; someone "
                       "not expected is recorded as a drop-in. When the schedule has no such "
                       "session, one is added in this computer's time zone, facilitated by you, "
                       "with the participants of those rows expected. Sessions that have not "
                       "started, the same participant twice for one session, and attendance "
                       "already recorded are refused."))
        + wrapWords(tr("Exit status: 0 every row was imported; 1 nothing was imported (each "
                       "problem is reported as FILE:LINE: column: reason) or the import was "
                       "refused (supervisors import); 2 the command line is wrong."));
}

} // namespace

QList<Command> participantCommands()
{
    return {
        { { QStringLiteral("participants"), QStringLiteral("list") },
            tr("List participants with their current phase, as a table, CSV or JSON."),
            {
                { QStringList { FormatOption },
                    tr("table (default), csv (the columns 'import participants' reads) or json."),
                    tr("FORMAT") },
                { QStringList { PhaseOption },
                    tr("Only participants currently in this phase: intensive, step_down or "
                       "aftercare."),
                    tr("PHASE") },
                { QStringList { StatusOption },
                    tr("Only participants with this status: active, on_hold or discharged."),
                    tr("STATUS") },
                { QStringList { CounselorOption },
                    tr("Only participants assigned to this staff member (exact name)."),
                    tr("NAME") },
            },
            {}, list },
        { { QStringLiteral("import"), QStringLiteral("participants") },
            tr("Import participants from a CSV file: all rows or none; every bad row is "
               "reported as FILE:LINE: column: reason."),
            {}, { tr("FILE.csv") }, importParticipants },
        { { QStringLiteral("import"), QStringLiteral("assessments") },
            tr("Import questionnaire results from a CSV file: all rows or none; every bad row "
               "is reported as FILE:LINE: column: reason."),
            {}, { tr("FILE.csv") }, importAssessments, true, importAssessmentsDetails() },
        { { QStringLiteral("import"), QStringLiteral("attendance") },
            tr("Import session attendance from a CSV file: all rows or none; every bad row is "
               "reported as FILE:LINE: column: reason."),
            {}, { tr("FILE.csv") }, importAttendance, true, importAttendanceDetails() },
    };
}

} // namespace stepwise::cli
