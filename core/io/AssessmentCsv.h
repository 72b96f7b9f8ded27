// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvReader.h"
#include "common/Result.h"
#include "instruments/Assessment.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QStringList>
#include <optional>

namespace stepwise {

class Database;

// Assessments from a spreadsheet, one administration of a questionnaire per row:
// `stepwise-cli import assessments FILE.csv`. The columns are documented in docs/cli.md.
namespace AssessmentCsv {

namespace Column {
inline constexpr auto RecordNumber = "record_number";
inline constexpr auto Date = "date";
inline constexpr auto Instrument = "instrument";
inline constexpr auto Answers = "answers";
inline constexpr auto Sex = "sex";
inline constexpr auto Note = "note";
} // namespace Column

using Problem = CsvProblem;

// One well-formed data row. `input.participantId` is 0: the record number is resolved against
// the database on import.
struct Row
{
    int line = 0;
    QString recordNumber; // trimmed, as written
    AssessmentInput input;
};

struct ParseResult
{
    QList<Row> rows;         // the rows without problems
    QList<Problem> problems; // every problem of every row, in file order
};

struct ImportOutcome
{
    int imported = 0;
    int safetyAlerts = 0;       // imported assessments that raised a safety alert
    QList<Problem> problems;    // every bad row, not only the first; nothing is written if any
    std::optional<Error> error; // refused, or a storage failure (then nothing is written)
    bool ok() const { return problems.isEmpty() && !error; }
};

QStringList columns();         // every column the header may name
QStringList requiredColumns(); // record_number, date, instrument, answers
QStringList importableIds();   // instruments a file may hold (not the clinician ratings)

// The file's shape and each cell on its own, without a database: the header, ISO dates, a
// known instrument that is not a clinician rating, whole-number answers of the instrument's
// count, and the sex column. Answer values are not range-checked here (the store does it).
ParseResult parse(const QByteArray& csv);

// All or nothing. Needs ImportParticipants (supervisors) and, for every row, RecordAssessment
// on its participant. Every row is checked against the database first (record number, episode
// of care, answers, duplicates in the file and in the database) and every problem is reported
// with its line; only a clean file is written, in one transaction.
ImportOutcome importCsv(Database& db, const QByteArray& csv, const QDate& today);

} // namespace AssessmentCsv
} // namespace stepwise
