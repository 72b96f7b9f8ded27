// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvCells.h"

#include "FormulaGuard.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace stepwise {

// Undoes what Stepwise's exports write (FormulaGuard::protect), so an exported file imports
// as it was: "'-R1" is the record number -R1 again.
QString CsvCells::text(const char* column) const
{
    const int index = m_columns.value(QLatin1String(column), -1);
    return index < 0 ? QString() : FormulaGuard::unprotect(m_record.fields.at(index));
}

void CsvCells::problem(const char* column, const QString& message)
{
    m_problems.append(
        { m_record.line, column ? QString(QLatin1String(column)) : QString(), message });
}

QDate CsvCells::isoDate(const char* column, const QString& missing)
{
    const QString value = text(column).trimmed();
    if (value.isEmpty()) {
        problem(column, missing);
        return {};
    }
    static const QRegularExpression iso(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    const QDate d = iso.match(value).hasMatch() ? QDate::fromString(value, Qt::ISODate) : QDate();
    if (!d.isValid())
        problem(column,
            QCoreApplication::translate("stepwise::CsvCells",
                "\"%1\" is not a date written as yyyy-MM-dd (for example 2025-03-14). If a "
                "spreadsheet changed the dates, format the column as text or as yyyy-mm-dd and "
                "save again.")
                .arg(value));
    return d;
}

} // namespace stepwise
