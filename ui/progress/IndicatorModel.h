// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attendance/Readiness.h"
#include "common/RowTableModel.h"

namespace stepwise {

// Step-down readiness indicators: what each looks at, what the data say, and whether that
// supports stepping down. The words carry the state as well as the colour.
class IndicatorModel : public RowTableModel<ReadinessIndicator>
{
    Q_OBJECT
public:
    enum Column { State, Indicator, Data, ColumnCount };
    using RowTableModel::RowTableModel;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    static QString stateText(ReadinessIndicator::State s);
};

} // namespace stepwise
