// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

namespace stepwise {

struct CsvWriterOptions
{
    bool byteOrderMark = false; // UTF-8 BOM, which older Excel needs to detect UTF-8
    // Put an apostrophe before cells a spreadsheet would run as a formula (see FormulaGuard).
    // Whoever reads such a file back must apply FormulaGuard::unprotect to every cell.
    bool neutraliseFormulas = false;
};

// RFC 4180 output: UTF-8, CRLF after every record, a field quoted only when it must be (a comma,
// quote, CR or LF inside, or a space or tab at either end that other readers would trim).
class CsvWriter
{
public:
    explicit CsvWriter(CsvWriterOptions options = {});

    void addRecord(const QStringList& fields);
    const QByteArray& data() const { return m_data; }

    // One field as it appears in the file (before UTF-8 encoding), quoted when needed.
    static QString encodeField(const QString& field);

private:
    CsvWriterOptions m_options;
    QByteArray m_data;
};

} // namespace stepwise
