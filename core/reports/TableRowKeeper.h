// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

class QTextDocument;
class QTextTable;

namespace stepwise::TableRowKeeper {

// A table row whose lines fall on two pages.
struct SplitRow
{
    QTextTable* table = nullptr;
    int row = 0;
    int page = 0; // the page it starts on, from 0
};

// The body rows (header rows repeat by themselves) of every table in `document`, as laid out
// with its page size, that start on one page and end on the next.
QList<SplitRow> splitRows(QTextDocument& document);

// Qt's layout breaks a table row between lines when its first line still fits, so a row of a
// table could begin at the foot of one page and end on the next. This pads the top of such a
// row until it starts on the next page, one row at a time (each move shifts the rows after it),
// leaving a row taller than a page to break as it must. Returns the number of rows moved.
int keepRowsTogether(QTextDocument& document);

} // namespace stepwise::TableRowKeeper
