// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardModel.h"

#include "FlagText.h"

#include <QColor>
#include <QFont>

namespace stepwise {

DashboardModel::DashboardModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void DashboardModel::setDashboard(Dashboard dashboard)
{
    beginResetModel();
    m_dashboard = std::move(dashboard);
    endResetModel();
}

int DashboardModel::rowCount(const QModelIndex& parent) const
{
    // The counselors and the total line.
    return parent.isValid() ? 0 : int(m_dashboard.loads().size()) + 1;
}

int DashboardModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstFlag + CaseloadFlagCount;
}

const CounselorLoad& DashboardModel::loadAt(int row) const
{
    return isTotal(row) ? m_dashboard.total() : m_dashboard.loads().at(row);
}

int DashboardModel::countAt(int row, int column) const
{
    const CounselorLoad& load = loadAt(row);
    switch (column) {
    case InCare:
        return load.inCare;
    case Intensive:
        return load.count(PhaseKind::Intensive);
    case StepDown:
        return load.count(PhaseKind::StepDown);
    case Aftercare:
        return load.count(PhaseKind::Aftercare);
    case Flagged:
        return load.flagged;
    default:
        return load.count(allValues<CaseloadFlag>().at(std::size_t(column - FirstFlag)));
    }
}

QString DashboardModel::columnTitle(int column)
{
    switch (column) {
    case Counselor:
        return tr("Counselor");
    case InCare:
        return tr("In care");
    case Intensive:
        return label(PhaseKind::Intensive);
    case StepDown:
        return label(PhaseKind::StepDown);
    case Aftercare:
        return label(PhaseKind::Aftercare);
    case Flagged:
        return tr("Any flag");
    default:
        return FlagText::label(allValues<CaseloadFlag>().at(std::size_t(column - FirstFlag)));
    }
}

QVariant DashboardModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const int row = index.row();
    const int column = index.column();
    const CounselorLoad& load = loadAt(row);
    if (column == Counselor) {
        switch (role) {
        case Qt::DisplayRole:
            if (isTotal(row))
                return tr("All counselors");
            if (load.counselorId == 0)
                return tr("Nobody's caseload");
            return load.takesParticipants ? load.name
                                          : tr("%1 (not a counselor now)").arg(load.name);
        case Qt::FontRole:
            if (isTotal(row)) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            return {};
        default:
            return {};
        }
    }
    const int count = countAt(row, column);
    switch (role) {
    case Qt::DisplayRole:
        return count;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        // Zeros recede so that what needs attention stands out.
        if (count == 0)
            return QVariant::fromValue(QColor(Qt::gray));
        return {};
    case Qt::FontRole:
        if (isTotal(row) || (column >= FirstFlag && count > 0)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        return count == 0 ? QString() : tr("%1: click to list them").arg(describe(index));
    case Qt::AccessibleTextRole:
        return tr("%1: %2").arg(describe(index)).arg(count);
    default:
        return {};
    }
}

QVariant DashboardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    // Two lines for the flags' headings, so that the sixteen columns fit a laptop's width.
    if (role == Qt::DisplayRole && section >= FirstFlag) {
        QString title = columnTitle(section);
        const qsizetype space = title.indexOf(QLatin1Char(' '));
        if (space > 0)
            title[space] = QLatin1Char('\n');
        return title;
    }
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    if (role == Qt::ToolTipRole && section >= FirstFlag)
        return FlagText::description(
            allValues<CaseloadFlag>().at(std::size_t(section - FirstFlag)));
    if (role == Qt::ToolTipRole && section == Flagged)
        return tr("Participants with at least one flag");
    return {};
}

std::optional<DashboardSelection> DashboardModel::selectionAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.column() == Counselor || index.row() >= rowCount())
        return std::nullopt;
    DashboardSelection s;
    if (!isTotal(index.row()))
        s.counselorId = loadAt(index.row()).counselorId;
    switch (index.column()) {
    case InCare:
        break;
    case Intensive:
        s.phase = PhaseKind::Intensive;
        break;
    case StepDown:
        s.phase = PhaseKind::StepDown;
        break;
    case Aftercare:
        s.phase = PhaseKind::Aftercare;
        break;
    case Flagged:
        s.flaggedOnly = true;
        break;
    default:
        s.flag = allValues<CaseloadFlag>().at(std::size_t(index.column() - FirstFlag));
        break;
    }
    return s;
}

QString DashboardModel::describe(const QModelIndex& index) const
{
    const QString who = data(this->index(index.row(), Counselor)).toString();
    if (index.column() == Counselor || index.column() == InCare)
        return tr("%1 \u00B7 in care").arg(who);
    return tr("%1 \u00B7 %2").arg(who, columnTitle(index.column()));
}

} // namespace stepwise
