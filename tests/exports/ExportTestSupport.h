// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the CSV export tests (issue 7): each export is written without and with a byte order
// mark, read back by Python's csv module (read_csv.py) and compared cell by cell.
#include "exports/CsvExport.h"
#include "io/FormulaGuard.h"
#include "support/TestDatabase.h"

#include <QList>
#include <QStringList>
#include <catch2/catch.hpp>

namespace Catch {
template<> struct StringMaker<QString>
{
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
template<> struct StringMaker<QStringList>
{
    static std::string convert(const QStringList& l)
    {
        std::string out = "{";
        for (const QString& s : l)
            out += " \"" + s.toStdString() + "\"";
        return out + " }";
    }
};
} // namespace Catch

namespace stepwise::exporttest {

using Table = QList<QStringList>;

// The rows of a CSV file as Python's csv module reads it (utf-8-sig when `byteOrderMark`).
// Fails the test when python3 is not on PATH or the file is not well-formed CSV.
Table readWithPython(const QString& path, bool byteOrderMark);

struct Exported
{
    Table rows; // as Python read them, the header removed
    int rowCount = 0;
    QByteArray bytes; // the file without a byte order mark
};

// Writes `table` without and with a byte order mark into `dir`, reads both files back with
// Python and checks: the BOM is there only when asked for, the header is columns(table), the
// row count is what write() reported, and both files read the same.
Exported exportBoth(
    Database& db, const QString& dir, CsvTable table, CsvExportOptions options = {});

// A text cell as the file holds it: FormulaGuard's apostrophe where a spreadsheet would run it.
inline QString guarded(const QString& text)
{
    return FormulaGuard::protect(text);
}

// Every cell of `actual` equals `expected`, reported by row and column name.
void checkRows(const Table& actual, const Table& expected, const QStringList& columns);

// The cell of `row` under `column`.
QString cell(const QStringList& row, CsvTable table, const char* column);

// A participant on `counselor`'s caseload, admitted to the intensive phase on `admitted`.
Id addParticipant(test::TestDatabase& t, const QString& recordNumber, const QString& lastName,
    const QString& firstName, const QString& preferredName, Id counselor, const QDate& admitted);

// Text from a UTF-8 literal.
inline QString u(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace stepwise::exporttest
