// SPDX-License-Identifier: GPL-3.0-or-later
#include "WeekModel.h"

#include "attendance/SessionType.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QPalette>

namespace stepwise {

int WeekModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WeekModel::attendanceText(const ScheduledSession& s) const
{
    if (s.cancelled)
        return s.cancelReason.isEmpty() ? tr("Cancelled") : tr("Cancelled: %1").arg(s.cancelReason);
    if (s.times.startUtc > m_now)
        return tr("Upcoming");
    if (s.notTakenCount == 0 && s.recordedCount > 0)
        return tr("Taken: %1 of %2 attended").arg(s.attendedCount).arg(s.recordedCount);
    if (s.recordedCount == 0)
        return tr("Not taken");
    return tr("Not taken for %1 of %2").arg(s.notTakenCount).arg(s.expectedCount);
}

QVariant WeekModel::data(const QModelIndex& index, int role) const
{
    const ScheduledSession* s = rowAt(index);
    if (!s)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Day:
            return QLocale().toString(s->times.localDate, QStringLiteral("ddd d MMM"));
        case Time:
            return QStringLiteral("%1–%2").arg(
                s->times.localStart.toString(QStringLiteral("HH:mm")),
                s->times.localEnd.toString(QStringLiteral("HH:mm")));
        case Session:
            return s->title();
        case Type:
            return SessionTypes::label(s->sessionType);
        case Place:
            if (s->telehealth)
                return s->location.isEmpty() ? tr("Telehealth")
                                             : tr("Telehealth: %1").arg(s->location);
            return s->location;
        case Facilitators:
            return s->facilitatorNames.join(QStringLiteral(", "));
        case Expected:
            return s->expectedCount;
        case Attendance:
            return attendanceText(*s);
        }
    }
    if (role == Qt::ForegroundRole) {
        if (s->cancelled)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        if (index.column() == Attendance && s->attendancePending(m_now))
            return QBrush(QColor(0xb0, 0x3a, 0x00)); // amber-brown: due, readable on white
    }
    if (role == Qt::FontRole && s->cancelled) {
        QFont f;
        f.setStrikeOut(index.column() != Attendance);
        return f;
    }
    if (role == Qt::FontRole && index.column() == Attendance && s->attendancePending(m_now)) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::TextAlignmentRole && index.column() == Expected)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant WeekModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Day:
        return tr("Day");
    case Time:
        return tr("Time");
    case Session:
        return tr("Session");
    case Type:
        return tr("Type");
    case Place:
        return tr("Room");
    case Facilitators:
        return tr("Led by");
    case Expected:
        return tr("Expected");
    case Attendance:
        return tr("Attendance");
    }
    return {};
}

} // namespace stepwise
