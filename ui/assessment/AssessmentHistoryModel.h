// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RowTableModel.h"
#include "instruments/Assessment.h"

namespace stepwise {

// A participant's assessments (current versions), newest first: when, what, the result with
// its band, the flags, and who recorded it; corrected ones say so.
class AssessmentHistoryModel : public RowTableModel<Assessment>
{
    Q_OBJECT
public:
    enum Column { Date, Instrument, Result, Flags, RecordedBy, ColumnCount };
    enum Role { AssessmentIdRole = Qt::UserRole + 1, SortRole };
    using RowTableModel::RowTableModel;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString flagsText(const Assessment& a);
};

} // namespace stepwise
