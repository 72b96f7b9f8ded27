// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "supervision/Dashboard.h"

#include <QAbstractTableModel>

namespace stepwise {

// The dashboard's table: a line per counselor and a total line, with participants in care by
// phase, how many carry any flag, and a column per flag. Each count cell stands for a
// DashboardSelection, the list a click on it shows.
class DashboardModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Counselor, InCare, Intensive, StepDown, Aftercare, Flagged, FirstFlag };

    explicit DashboardModel(QObject* parent = nullptr);

    void setDashboard(Dashboard dashboard);
    const Dashboard& dashboard() const { return m_dashboard; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    bool isTotal(int row) const { return row == int(m_dashboard.loads().size()); }
    const CounselorLoad& loadAt(int row) const;
    // The participants a cell counts; none for the counselor's name.
    std::optional<DashboardSelection> selectionAt(const QModelIndex& index) const;
    // "Dana Counselor · Late note" for the list's heading.
    QString describe(const QModelIndex& index) const;
    static QString columnTitle(int column);

private:
    int countAt(int row, int column) const;

    Dashboard m_dashboard;
};

} // namespace stepwise
