// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "domain/Participant.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QStringList>
#include <optional>

namespace stepwise {

class Database;

// The four reporting tables a supervisor takes to a spreadsheet (issue 7). The columns of each
// are documented in docs/exports.md; their header keys are stable, whatever the user's language.
enum class CsvTable { Caseload, Attendance, Assessments, Outcomes };

struct CsvExportOptions
{
    bool byteOrderMark = false; // UTF-8 BOM, which Excel needs to detect UTF-8
    // Inclusive; null for open-ended. Attendance: the session's date; assessments: the date
    // given; outcomes: episodes admitted or discharged in the period. The caseload is as of
    // today and ignores them.
    QDate from, to;
    // Only participants whose counselor this staff member is now.
    std::optional<Id> counselorId;
};

struct CsvExportResult
{
    QByteArray bytes; // RFC 4180: UTF-8, CRLF, the header first
    int rowCount = 0; // data rows, the header not counted
};

namespace CsvExport {

QString key(CsvTable table); // "caseload", "attendance", "assessments", "outcomes"
std::optional<CsvTable> tableFromKey(const QString& key); // case-insensitive
QList<CsvTable> tables();
QStringList columns(CsvTable table);

// The table as CSV for the participants the signed-in user reaches. Needs
// Permission::ExportParticipants (supervisors); refused with Forbidden otherwise. Refused with
// Validation ("to") when the period ends before it starts, NotFound when counselorId names no
// staff member. Cells a spreadsheet would run as a formula are always neutralised
// (FormulaGuard); numbers Stepwise computes are written as plain numbers. Each export writes one
// audit row ("export.csv") naming the table, the row count and the filters.
Result<CsvExportResult> write(Database& db, CsvTable table, const CsvExportOptions& options);

} // namespace CsvExport
} // namespace stepwise
