// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace stepwise {

// A flat table over a list of row structs: the shared bookkeeping, so each model only writes
// its cells (data, headerData, columnCount).
template<typename Row> class RowTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    void setRows(QList<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }

    const QList<Row>& rows() const { return m_rows; }

    // The row behind an index of this model, or nullptr.
    const Row* rowAt(const QModelIndex& index) const
    {
        if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
            return nullptr;
        return &m_rows.at(index.row());
    }

protected:
    QList<Row> m_rows;
};

} // namespace stepwise
