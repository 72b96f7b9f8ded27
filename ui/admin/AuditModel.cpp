// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace stepwise {

int AuditModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex& index, int role) const
{
    const AuditEntry* e = rowAt(index);
    if (!e)
        return {};
    if (role == Qt::BackgroundRole && e->flagged)
        return QBrush(QColor(0xff, 0xf0, 0xc2)); // amber: emergency access, locks, denials
    if (role == Qt::ToolTipRole && e->flagged)
        return tr("Flagged for review");
    if (role == Qt::ToolTipRole && index.column() == Detail && !e->changes.isEmpty())
        return e->changes;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case When:
        return QLocale().toString(e->at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Who:
        return e->staffId > 0 ? e->staffName : tr("(no one signed in)");
    case Workstation:
        return e->workstation;
    case Action:
        return e->flagged ? QStringLiteral("⚑ ") + e->action : e->action;
    case Record:
        return e->entityId > 0 ? QStringLiteral("%1 #%2").arg(e->entity).arg(e->entityId)
                               : e->entity;
    case Participant:
        return e->participantId > 0 ? QStringLiteral("#%1").arg(e->participantId) : QString();
    case Detail:
        return e->changes.isEmpty()
            ? e->detail
            : (e->detail.isEmpty() ? e->changes : e->detail + QStringLiteral(" — ") + e->changes);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case Workstation:
        return tr("Workstation");
    case Action:
        return tr("Action");
    case Record:
        return tr("Record");
    case Participant:
        return tr("Participant");
    case Detail:
        return tr("Details");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace stepwise
