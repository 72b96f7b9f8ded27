// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attendance/Schedule.h"
#include "common/RowTableModel.h"

#include <QDateTime>

namespace stepwise {

// The sessions of one week, one row each, in start order: when, what, where, who leads, who is
// expected and whether attendance has been taken.
class WeekModel : public RowTableModel<ScheduledSession>
{
    Q_OBJECT
public:
    enum Column {
        Day,
        Time,
        Session,
        Type,
        Place,
        Facilitators,
        Expected,
        Attendance,
        ColumnCount
    };
    using RowTableModel::RowTableModel;

    // Attendance shows "not taken" only for sessions that have started by `nowUtc`.
    void setNow(const QDateTime& nowUtc) { m_now = nowUtc; }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // "Taken 12 of 14", "Not taken", "Cancelled: holiday", "Upcoming".
    QString attendanceText(const ScheduledSession& s) const;

private:
    QDateTime m_now;
};

} // namespace stepwise
