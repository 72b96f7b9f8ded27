// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attendance/Readiness.h"
#include "common/RowTableModel.h"

namespace stepwise {

// Readiness decisions as recorded, newest first.
class DecisionModel : public RowTableModel<ReadinessDecision>
{
    Q_OBJECT
public:
    enum Column { When, Decision, From, By, Indicators, Reason, ColumnCount };
    using RowTableModel::RowTableModel;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
};

} // namespace stepwise
