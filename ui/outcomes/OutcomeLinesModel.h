// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RowTableModel.h"
#include "outcomes/OutcomeLine.h"

namespace stepwise {

// A small two- or three-column table of figures: the numbers beside each outcome chart.
class OutcomeLinesModel : public RowTableModel<OutcomeLine>
{
    Q_OBJECT
public:
    explicit OutcomeLinesModel(QString measureTitle, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString m_measureTitle;
};

} // namespace stepwise
