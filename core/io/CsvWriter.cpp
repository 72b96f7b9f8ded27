// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvWriter.h"

#include "FormulaGuard.h"

namespace stepwise {

namespace {

bool isEdgeSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

bool needsQuotes(const QString& field)
{
    if (field.isEmpty())
        return false;
    for (QChar c : field) {
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\r')
            || c == QLatin1Char('\n'))
            return true;
    }
    // A leading U+FEFF would be taken for a byte order mark when it opens the file.
    return isEdgeSpace(field.front()) || isEdgeSpace(field.back())
        || field.front() == QChar(0xFEFF);
}

} // namespace

CsvWriter::CsvWriter(CsvWriterOptions options)
    : m_options(options)
{
    if (m_options.byteOrderMark)
        m_data.append("\xEF\xBB\xBF");
}

QString CsvWriter::encodeField(const QString& field)
{
    if (!needsQuotes(field))
        return field;
    QString quoted = field;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

void CsvWriter::addRecord(const QStringList& fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        const QString& raw = fields.at(i);
        line += encodeField(m_options.neutraliseFormulas ? FormulaGuard::protect(raw) : raw);
    }
    // A record of one empty field would be an empty line, which readers skip: quote it.
    if (fields.size() == 1 && line.isEmpty())
        line = QStringLiteral("\"\"");
    line += QStringLiteral("\r\n");
    m_data.append(line.toUtf8());
}

} // namespace stepwise
