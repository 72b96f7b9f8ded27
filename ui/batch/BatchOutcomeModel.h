// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RowTableModel.h"
#include "reports/BatchSummaryExport.h"

namespace stepwise {

// The participants of a batch whose summary was not written, and why.
class BatchOutcomeModel : public RowTableModel<BatchSummaryOutcome>
{
    Q_OBJECT

public:
    enum Column { Record, Name, Reason, ColumnCount };
    explicit BatchOutcomeModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
};

} // namespace stepwise
