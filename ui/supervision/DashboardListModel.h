// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RowTableModel.h"
#include "supervision/Dashboard.h"

#include <QHash>

namespace stepwise {

// The participants behind a dashboard count, by name: who they are, whose caseload, where in
// care, and every flag they carry.
class DashboardListModel : public RowTableModel<DashboardEntry>
{
    Q_OBJECT
public:
    enum Column { RecordNumber, Name, Counselor, Phase, DaysInPhase, Flags, ColumnCount };

    explicit DashboardListModel(QObject* parent = nullptr);

    // The entries and the counselors' names to show with them.
    void setEntries(QList<DashboardEntry> entries, QHash<Id, QString> counselorNames);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QHash<Id, QString> m_counselorNames;
};

} // namespace stepwise
