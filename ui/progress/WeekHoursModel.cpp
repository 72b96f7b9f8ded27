// SPDX-License-Identifier: GPL-3.0-or-later
#include "WeekHoursModel.h"

#include "common/Format.h"

#include <QBrush>
#include <QLocale>

namespace stepwise {

int WeekHoursModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WeekHoursModel::statusText(const WeekHours& w) const
{
    if (w.required.daysInCare == 0)
        return tr("Not in care");
    if (w.weekStart == m_current)
        return tr("This week, so far");
    if (!w.required.required())
        return tr("No requirement");
    QString text;
    if (w.belowHours())
        text = tr("Below hours");
    else if (w.belowDays())
        text = tr("Below days");
    else
        text = tr("Met");
    if (w.required.stepDownWeek)
        text += tr(" · step-down week");
    else if (w.required.prorated)
        text += tr(" · prorated");
    return text;
}

QVariant WeekHoursModel::data(const QModelIndex& index, int role) const
{
    const WeekHours* w = rowAt(index);
    if (!w)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Week:
            return QLocale().toString(w->weekStart, QStringLiteral("d MMM"));
        case Phase: {
            QStringList names;
            for (PhaseKind k : w->required.phases)
                names.append(label(k));
            return names.join(QStringLiteral(" → "));
        }
        case Required:
            if (w->required.daysInCare == 0)
                return QString();
            return w->required.days == 1
                ? tr("%1 on 1 day").arg(Format::hours(w->required.hours))
                : tr("%1 on %2 days").arg(Format::hours(w->required.hours)).arg(w->required.days);
        case Attended:
            return Format::hours(w->attended.hours);
        case Days:
            return w->attended.daysAttended;
        case Status:
            return statusText(*w);
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Status && w->weekStart != m_current
        && w->required.daysInCare > 0 && w->below())
        return QBrush(
            w->required.stepDownWeek ? QColor(0x6b, 0x5b, 0x00) : QColor(0xa8, 0x1e, 0x1e));
    if (role == Qt::TextAlignmentRole && (index.column() == Attended || index.column() == Days))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant WeekHoursModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Week:
        return tr("Week of");
    case Phase:
        return tr("Phase");
    case Required:
        return tr("Required");
    case Attended:
        return tr("Attended");
    case Days:
        return tr("Days");
    case Status:
        return tr("Status");
    }
    return {};
}

} // namespace stepwise
