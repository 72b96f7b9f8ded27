// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvReader.h"
#include "common/Result.h"
#include "storage/CaseloadQuery.h"

#include <QByteArray>
#include <QDate>
#include <QStringList>

namespace stepwise {

class Database;

// The participants CSV: what `stepwise-cli participants list --format csv` writes and
// `stepwise-cli import participants` reads. The same columns both ways, so an export re-imports
// unchanged. Column names are documented in docs/cli.md.
namespace ParticipantCsv {

using Problem = CsvProblem;

struct ImportOutcome
{
    int imported = 0;
    QList<Problem> problems;    // every bad row, not only the first; nothing is written if any
    std::optional<Error> error; // a storage failure while writing (then nothing is written)
    bool ok() const { return problems.isEmpty() && !error; }
};

struct ExportOptions
{
    bool byteOrderMark = false; // UTF-8 BOM, which older Excel needs to detect UTF-8
};

QStringList columns();

// RFC 4180 CSV as Excel and LibreOffice write it: UTF-8 with or without BOM, CRLF or LF,
// quoted fields with commas, quotes and newlines. All-or-nothing.
ImportOutcome importCsv(Database& db, const QByteArray& csv, const QDate& today);

// Participants matching `filter`, ordered by record number, CRLF line ends (RFC 4180).
Result<QByteArray> exportCsv(
    Database& db, const CaseloadFilter& filter, const ExportOptions& options = {});

} // namespace ParticipantCsv
} // namespace stepwise
