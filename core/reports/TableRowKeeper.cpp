// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableRowKeeper.h"

#include <QAbstractTextDocumentLayout>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <cmath>
#include <limits>

namespace stepwise::TableRowKeeper {

namespace {

QList<QTextTable*> tables(QTextFrame* frame)
{
    QList<QTextTable*> found;
    for (QTextFrame* child : frame->childFrames()) {
        if (auto* table = qobject_cast<QTextTable*>(child))
            found.append(table);
        found.append(tables(child));
    }
    return found;
}

struct RowExtent
{
    qreal top = 0;
    qreal bottom = 0;
};

RowExtent extent(QTextDocument& document, QTextTable* table, int row)
{
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    RowExtent e { std::numeric_limits<qreal>::max(), 0 };
    for (int column = 0; column < table->columns(); ++column) {
        const QTextTableCell cell = table->cellAt(row, column);
        if (!cell.isValid() || cell.row() != row)
            continue; // spanned from the row above
        const QRectF first = layout->blockBoundingRect(cell.firstCursorPosition().block());
        const QRectF last = layout->blockBoundingRect(cell.lastCursorPosition().block());
        e.top = std::min(e.top, first.top());
        e.bottom = std::max(e.bottom, last.bottom());
    }
    return e;
}

int pageOf(qreal y, qreal pageHeight)
{
    return int(std::floor(y / pageHeight));
}

} // namespace

QList<SplitRow> splitRows(QTextDocument& document)
{
    QList<SplitRow> split;
    const qreal pageHeight = document.pageSize().height();
    if (pageHeight <= 0)
        return split;
    for (QTextTable* table : tables(document.rootFrame())) {
        for (int row = table->format().headerRowCount(); row < table->rows(); ++row) {
            const RowExtent e = extent(document, table, row);
            if (e.bottom <= e.top)
                continue;
            // A hair's breadth of rounding at the very bottom is not a split.
            const int first = pageOf(e.top, pageHeight);
            if (first != pageOf(e.bottom - 0.5, pageHeight))
                split.append({ table, row, first });
        }
    }
    return split;
}

int keepRowsTogether(QTextDocument& document)
{
    const qreal pageHeight = document.pageSize().height();
    int moved = 0;
    // Each pass moves the first movable split row; rows after it shift, so look again. The
    // bound only guards against a layout that never settles.
    for (int pass = 0; pass < 10000; ++pass) {
        bool movedOne = false;
        for (const SplitRow& split : splitRows(document)) {
            const RowExtent e = extent(document, split.table, split.row);
            if (e.bottom - e.top > pageHeight * 0.9)
                continue; // taller than a page: it must break somewhere
            const qreal gap = (split.page + 1) * pageHeight - e.top + 1.0;
            for (int column = 0; column < split.table->columns(); ++column) {
                QTextTableCell cell = split.table->cellAt(split.row, column);
                if (!cell.isValid() || cell.row() != split.row)
                    continue;
                QTextTableCellFormat format = cell.format().toTableCellFormat();
                // A cell without its own padding has the table's.
                const qreal padding = format.hasProperty(QTextFormat::TableCellTopPadding)
                    ? format.topPadding()
                    : split.table->format().cellPadding();
                format.setTopPadding(padding + gap);
                cell.setFormat(format);
            }
            ++moved;
            movedOne = true;
            break;
        }
        if (!movedOne)
            break;
    }
    return moved;
}

} // namespace stepwise::TableRowKeeper
