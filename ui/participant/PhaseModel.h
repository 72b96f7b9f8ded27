// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RowTableModel.h"
#include "domain/Episode.h"

#include <QDate>

namespace stepwise {

struct PhaseRow
{
    int episodeNumber = 0; // 1 for the first admission, 2 after a readmission...
    Phase phase;
};

// Every phase of every episode, oldest first: the level-of-care history with dates, plans and
// the reason for each move.
class PhaseModel : public RowTableModel<PhaseRow>
{
    Q_OBJECT
public:
    enum Column { EpisodeNumber, Kind, Start, End, Days, Sessions, Hours, Reason, ColumnCount };
    using RowTableModel::RowTableModel;

    void setEpisodes(const QList<Episode>& episodes, const QDate& today);
    QDate today() const { return m_today; }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QDate m_today;
};

} // namespace stepwise
