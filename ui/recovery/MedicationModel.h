// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RowTableModel.h"
#include "recovery/Medication.h"

namespace stepwise {

// The participant's prescriptions as the store lists them: current ones first.
class MedicationModel : public RowTableModel<Medication>
{
    Q_OBJECT
public:
    enum Column { Name, Analytes, Prescriber, From, To, ColumnCount };

    using RowTableModel::RowTableModel;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // "BUP, MTD": the codes printed on the cups; a laboratory's own name as stored.
    static QString analytesText(const QStringList& analytes);
};

} // namespace stepwise
