// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RowTableModel.h"
#include "storage/NoteStore.h"

#include <QDateTime>

namespace stepwise {

// A participant's notes for the chart, newest service first: date, session or contact,
// format, author, state ("late" in red for a draft past its deadline) and addenda.
class NoteListModel : public RowTableModel<NoteSummary>
{
    Q_OBJECT
public:
    enum Column { Date, Occasion, Format, Author, State, Addenda, ColumnCount };
    using RowTableModel::RowTableModel;

    // The moment "late" is judged against; set with each reload.
    void setNow(const QDateTime& nowUtc) { m_now = nowUtc; }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QDateTime m_now;
};

} // namespace stepwise
