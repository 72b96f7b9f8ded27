// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutcomeLinesModel.h"

namespace stepwise {

OutcomeLinesModel::OutcomeLinesModel(QString measureTitle, QObject* parent)
    : RowTableModel<OutcomeLine>(parent)
    , m_measureTitle(std::move(measureTitle))
{ }

int OutcomeLinesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 3;
}

QVariant OutcomeLinesModel::data(const QModelIndex& index, int role) const
{
    const OutcomeLine* line = rowAt(index);
    if (!line)
        return {};
    if (role == Qt::TextAlignmentRole && index.column() == 1)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case 0:
        return line->label;
    case 1:
        return line->value;
    case 2:
        return line->detail;
    default:
        return {};
    }
}

QVariant OutcomeLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case 0:
        return m_measureTitle;
    case 1:
        return tr("Value");
    case 2:
        return tr("Of");
    default:
        return {};
    }
}

} // namespace stepwise
