// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditModel.h"

#include <QBrush>
#include <QColor>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace stepwise {

namespace {

QString shown(const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("—");
    if (v.isBool())
        return v.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    if (v.isDouble())
        return QString::number(v.toDouble());
    return v.toString().isEmpty() ? QStringLiteral("“”") : v.toString();
}

// {"phone": {"before": "1", "after": "2"}} as "phone: 1 → 2", one change after another.
QString readableChanges(const QString& json)
{
    const QJsonObject changes = QJsonDocument::fromJson(json.toUtf8()).object();
    QStringList parts;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QJsonObject change = it.value().toObject();
        if (change.value(QStringLiteral("hidden")).toBool())
            parts << it.key() + QStringLiteral(": (hidden)");
        else
            parts << it.key() + QStringLiteral(": ") + shown(change.value(QStringLiteral("before")))
                    + QStringLiteral(" → ") + shown(change.value(QStringLiteral("after")));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

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
    case Detail: {
        const QString changes = readableChanges(e->changes);
        if (changes.isEmpty())
            return e->detail;
        return e->detail.isEmpty() ? changes : e->detail + QStringLiteral(" — ") + changes;
    }
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
