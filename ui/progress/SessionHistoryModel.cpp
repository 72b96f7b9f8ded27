// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionHistoryModel.h"

#include "common/Format.h"

#include <QBrush>
#include <QLocale>

namespace stepwise {

int SessionHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionHistoryModel::data(const QModelIndex& index, int role) const
{
    const ParticipantSession* s = rowAt(index);
    if (!s)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Date:
            return QLocale().toString(s->session.times.localDate, QStringLiteral("ddd d MMM"));
        case Time:
            return QStringLiteral("%1–%2").arg(
                s->session.times.localStart.toString(QStringLiteral("HH:mm")),
                s->session.times.localEnd.toString(QStringLiteral("HH:mm")));
        case Session:
            return s->expected ? s->session.title() : tr("%1 (drop-in)").arg(s->session.title());
        case Status: {
            if (s->session.cancelled)
                return tr("Cancelled");
            if (!s->entry)
                return tr("Not taken");
            QString text = label(s->entry->status);
            if (s->entry->minutesLate > 0)
                text += tr(" · %1 min late").arg(s->entry->minutesLate);
            if (s->entry->minutesLeftEarly > 0)
                text += tr(" · left %1 min early").arg(s->entry->minutesLeftEarly);
            return text;
        }
        case Hours:
            return s->entry && attended(s->entry->status) ? Format::hours(s->hours) : QString();
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Status && s->entry
        && s->entry->status == AttendanceStatus::UnexcusedAbsence)
        return QBrush(QColor(0xa8, 0x1e, 0x1e));
    if (role == Qt::TextAlignmentRole && index.column() == Hours)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant SessionHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case Time:
        return tr("Time");
    case Session:
        return tr("Session");
    case Status:
        return tr("Attendance");
    case Hours:
        return tr("Hours");
    }
    return {};
}

} // namespace stepwise
