// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReadOnlyTable.h"

#include <QHeaderView>
#include <QStyledItemDelegate>

namespace stepwise {

namespace {

// Rows fitted to wrapped text keep the breathing room single-line rows have.
class PaddedDelegate : public QStyledItemDelegate
{
public:
    PaddedDelegate(int minimumHeight, QObject* parent)
        : QStyledItemDelegate(parent)
        , m_minimumHeight(minimumHeight)
    { }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(qMax(size.height() + 10, m_minimumHeight));
        return size;
    }

private:
    int m_minimumHeight;
};

} // namespace

ReadOnlyTable::ReadOnlyTable(const QString& accessibleName, QWidget* parent)
    : QTableView(parent)
{
    setAccessibleName(accessibleName);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTabKeyNavigation(false);
    setShowGrid(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setHighlightSections(false);
}

void ReadOnlyTable::wrapLongText()
{
    setWordWrap(true);
    setTextElideMode(Qt::ElideNone);
    setItemDelegate(new PaddedDelegate(verticalHeader()->defaultSectionSize(), this));
    const auto fit = [this] { resizeRowsToContents(); };
    connect(model(), &QAbstractItemModel::modelReset, this, fit);
    connect(model(), &QAbstractItemModel::rowsInserted, this, fit);
    connect(model(), &QAbstractItemModel::dataChanged, this, fit);
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, fit);
}

} // namespace stepwise
