// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attendance/Hours.h"
#include "common/RowTableModel.h"

namespace stepwise {

// A participant's weeks, newest first: phase, required against attended hours and days.
class WeekHoursModel : public RowTableModel<WeekHours>
{
    Q_OBJECT
public:
    enum Column { Week, Phase, Required, Attended, Days, Status, ColumnCount };
    using RowTableModel::RowTableModel;
    // The current week is incomplete: it is shown as "so far", never as below.
    void setCurrentWeek(const QDate& weekStart) { m_current = weekStart; }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QString statusText(const WeekHours& w) const;

private:
    QDate m_current;
};

} // namespace stepwise
