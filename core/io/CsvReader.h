// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace stepwise {

// One CSV record and the 1-based physical line where it starts, so problems found later in its
// fields can name the line a person sees in a text editor (a quoted field may span lines).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

struct CsvReadError
{
    int line = 0;    // 1-based physical line
    QString message; // translated, without the line number
};

struct CsvDocument
{
    QList<CsvRecord> records;
    std::optional<CsvReadError> error; // set when the file was refused; records are then empty
    bool ok() const { return !error; }
};

// A strict RFC 4180 reader for the files Excel and LibreOffice write: UTF-8 with or without a
// byte order mark, CRLF, LF or CR line ends (mixed too), fields quoted with " that may hold
// commas, doubled quotes and line breaks (kept exactly as written). Empty lines are skipped.
// Anything RFC 4180 does not allow is refused with its line rather than guessed at: a quote
// inside an unquoted field, text after a closing quote, an unclosed quote, bytes that are not
// UTF-8, and NUL bytes (a binary file such as an .xlsx workbook).
class CsvReader
{
public:
    static CsvDocument read(const QByteArray& bytes);
};

// A problem with one row (or the header) of an import: every import reports all of them, by
// line, and writes nothing when there is any.
struct CsvProblem
{
    int line = 0;    // 1-based physical line of the CSV where the record starts (header is line 1)
    QString column;  // header name, empty when the problem concerns the whole row or file
    QString message; // translated
};

namespace CsvImport {

// True when every field is empty or white space (a spreadsheet's trailing row).
bool isBlank(const CsvRecord& record);
// Maps the header's column names (case-insensitive) to field indexes; refuses unknown,
// repeated and missing required columns, each as a problem on the header's line.
std::optional<QHash<QString, int>> readHeader(const CsvRecord& header, const QStringList& known,
    const QStringList& required, QList<CsvProblem>& problems);

// Reads `csv`, checks its header and hands each data row that is not blank to `readRow` with
// the header's column indexes. A file that cannot be read, is empty or has a bad header is a
// problem in `problems` and no row is read.
void forEachRow(const QByteArray& csv, const QStringList& known, const QStringList& required,
    QList<CsvProblem>& problems,
    const std::function<void(const CsvRecord&, const QHash<QString, int>&)>& readRow);

} // namespace CsvImport

} // namespace stepwise
