// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RowTableModel.h"
#include "storage/AuditTrail.h"

namespace stepwise {

// The audit trail as a table, newest first. Text is shown as stored, never interpreted.
class AuditModel : public RowTableModel<AuditEntry>
{
    Q_OBJECT
public:
    enum Column { When, Who, Workstation, Action, Record, Participant, Detail, ColumnCount };

    using RowTableModel::RowTableModel;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace stepwise
