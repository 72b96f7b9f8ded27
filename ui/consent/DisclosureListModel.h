// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RowTableModel.h"
#include "consent/Disclosure.h"

namespace stepwise {

// The accounting of disclosures: every document released from the record, newest first.
class DisclosureListModel : public RowTableModel<Disclosure>
{
    Q_OBJECT
public:
    enum Column { When, Kind, Recipient, Purpose, What, ConsentNumber, By, ColumnCount };

    using RowTableModel::RowTableModel;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
};

} // namespace stepwise
