// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RowTableModel.h"
#include "storage/AttendanceStore.h"

namespace stepwise {

// The sessions a participant was expected at or came to, newest first, with what was recorded.
class SessionHistoryModel : public RowTableModel<ParticipantSession>
{
    Q_OBJECT
public:
    enum Column { Date, Time, Session, Status, Hours, ColumnCount };
    using RowTableModel::RowTableModel;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
};

} // namespace stepwise
