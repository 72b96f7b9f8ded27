// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
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

} // namespace stepwise
