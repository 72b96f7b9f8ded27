// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextTable.h"

#include "Console.h"

namespace stepwise::cli {

namespace {

bool isWide(char32_t c)
{
    // East Asian Width W and F blocks (Unicode UAX #11), coarsely, plus the emoji blocks.
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E)
        || (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF)
        || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F)
        || (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
}

QString pad(const QString& text, int width, TextTable::Align align)
{
    const QString fill(std::max(0, width - TextTable::displayWidth(text)), QLatin1Char(' '));
    return align == TextTable::Align::Left ? text + fill : fill + text;
}

} // namespace

int TextTable::displayWidth(const QString& text)
{
    int width = 0;
    for (char32_t c : text.toUcs4()) {
        switch (QChar::category(c)) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_Enclosing:
        case QChar::Other_Format:
            break;
        default:
            width += isWide(c) ? 2 : 1;
        }
    }
    return width;
}

void TextTable::addRow(const QStringList& cells)
{
    QStringList row;
    for (const QString& cell : cells)
        row << printable(cell);
    m_rows << row;
}

QString TextTable::render() const
{
    QList<int> widths;
    for (const Column& column : m_columns)
        widths << displayWidth(column.title);
    for (const QStringList& row : m_rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row[i]));
    }

    auto line = [&](const QStringList& cells) -> QString {
        QString text;
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            if (i > 0)
                text += QStringLiteral("  ");
            text += pad(cells.value(i), widths[i], m_columns[i].align);
        }
        // No trailing blanks: the last column is often left-aligned and short.
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        return text + QLatin1Char('\n');
    };

    QStringList titles;
    for (const Column& column : m_columns)
        titles << column.title;
    QString text = line(titles);
    for (const QStringList& row : m_rows)
        text += line(row);
    return text;
}

QString wrapWords(const QString& text, int indent)
{
    constexpr qsizetype Width = 79;
    QString result;
    qsizetype column = indent;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (column > indent && column + 1 + word.size() > Width) {
            result += QLatin1Char('\n') + QString(indent, QLatin1Char(' '));
            column = indent;
        } else if (column > indent) {
            result += QLatin1Char(' ');
            ++column;
        }
        result += word;
        column += word.size();
    }
    return result + QLatin1Char('\n');
}

} // namespace stepwise::cli
