// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardListModel.h"

#include "FlagText.h"

namespace stepwise {

DashboardListModel::DashboardListModel(QObject* parent)
    : RowTableModel<DashboardEntry>(parent)
{ }

void DashboardListModel::setEntries(
    QList<DashboardEntry> entries, QHash<Id, QString> counselorNames)
{
    m_counselorNames = std::move(counselorNames);
    setRows(std::move(entries));
}

int DashboardListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DashboardListModel::data(const QModelIndex& index, int role) const
{
    const DashboardEntry* e = rowAt(index);
    if (!e)
        return {};
    if (role == Qt::TextAlignmentRole && index.column() == DaysInPhase)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case RecordNumber:
        return e->recordNumber;
    case Name:
        return e->name;
    case Counselor:
        return e->counselorId == 0 ? tr("Nobody's caseload")
                                   : m_counselorNames.value(e->counselorId);
    case Phase:
        return label(e->phase);
    case DaysInPhase:
        return e->daysInPhase;
    case Flags:
        return FlagText::labels(e->flags).join(QStringLiteral(", "));
    default:
        return {};
    }
}

QVariant DashboardListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RecordNumber:
        return tr("Record no.");
    case Name:
        return tr("Name");
    case Counselor:
        return tr("Counselor");
    case Phase:
        return tr("Phase");
    case DaysInPhase:
        return tr("Days in phase");
    case Flags:
        return tr("Flags");
    default:
        return {};
    }
}

} // namespace stepwise
