// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvReader.h"

#include <QDate>
#include <QHash>

namespace stepwise {

// The cells of one data row of an import, by header name, and the problems found in them with
// the row's line and the column. The row readers of each import derive from it.
class CsvCells
{
public:
    CsvCells(
        const CsvRecord& record, const QHash<QString, int>& columns, QList<CsvProblem>& problems)
        : m_record(record)
        , m_columns(columns)
        , m_problems(problems)
    { }

protected:
    QString text(const char* column) const;
    // `column` null: a problem of the whole row.
    void problem(const char* column, const QString& message);
    // A date written yyyy-MM-dd and nothing else: "03/04/2025" is March or April depending on
    // the locale that wrote it. `missing` when the cell is empty; a hint about spreadsheets that
    // reformat dates when it is not such a date.
    QDate isoDate(const char* column, const QString& missing);
    bool fieldCountMatches() const { return m_record.fields.size() == m_columns.size(); }

    const CsvRecord& m_record;
    const QHash<QString, int>& m_columns;
    QList<CsvProblem>& m_problems;
};

} // namespace stepwise
