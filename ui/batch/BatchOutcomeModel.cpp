// SPDX-License-Identifier: GPL-3.0-or-later
#include "BatchOutcomeModel.h"

namespace stepwise {

BatchOutcomeModel::BatchOutcomeModel(QObject* parent)
    : RowTableModel(parent)
{ }

int BatchOutcomeModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchOutcomeModel::data(const QModelIndex& index, int role) const
{
    const BatchSummaryOutcome* o = rowAt(index);
    if (!o || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (index.column()) {
    case Record:
        return o->item.recordNumber;
    case Name:
        return o->item.name;
    case Reason:
        return o->error;
    }
    return {};
}

QVariant BatchOutcomeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Record:
        return tr("Record");
    case Name:
        return tr("Name");
    case Reason:
        return tr("Why it was not written");
    }
    return {};
}

} // namespace stepwise
