// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RowTableModel.h"
#include "recovery/UseEvent.h"

namespace stepwise {

// Recorded use and relapse events, newest first (current versions).
class UseEventModel : public RowTableModel<UseEvent>
{
    Q_OBJECT
public:
    enum Column { Date, Substance, Source, Note, RecordedBy, ColumnCount };

    using RowTableModel::RowTableModel;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
};

} // namespace stepwise
