// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace stepwise::cli {

// Columns aligned for a terminal. Cells are made printable (see printable()) and measured in
// terminal cells, so Chinese or Korean names (two cells per character) and names with
// combining accents stay aligned.
class TextTable
{
public:
    enum class Align { Left, Right };
    struct Column
    {
        QString title;
        Align align = Align::Left;
    };

    explicit TextTable(QList<Column> columns)
        : m_columns(std::move(columns))
    { }

    void addRow(const QStringList& cells);
    QString render() const; // a header line, then one line per row, each ending in '\n'

    // Terminal cells `text` occupies: 0 for combining marks and format characters, 2 for East
    // Asian wide and fullwidth characters and most emoji, else 1. An approximation of wcwidth().
    static int displayWidth(const QString& text);

private:
    QList<Column> m_columns;
    QList<QStringList> m_rows;
};

// Words wrapped to 79 columns for --help text, each line after the first indented by `indent`
// (the first line is assumed to start there already); ends with a newline.
QString wrapWords(const QString& text, int indent = 0);

} // namespace stepwise::cli
