// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RowTableModel.h"
#include "storage/AccountStore.h"

namespace stepwise {

struct StaffRow
{
    StaffMember member;
    StaffAccount account;
};

// Staff and the state of their accounts, for administrators.
class StaffModel : public RowTableModel<StaffRow>
{
    Q_OBJECT
public:
    enum Column { Name, Username, Roles, Active, SignIn, LastSignIn, ColumnCount };

    using RowTableModel::RowTableModel;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int rowOfName(const QString& name) const; // -1 when absent
};

} // namespace stepwise
