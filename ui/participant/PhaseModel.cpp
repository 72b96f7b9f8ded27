// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhaseModel.h"

#include "common/Format.h"
#include "domain/PhaseRules.h"
#include "reports/PhaseColors.h"

#include <QFont>
#include <QLocale>

namespace stepwise {

void PhaseModel::setEpisodes(const QList<Episode>& episodes, const QDate& today)
{
    QList<PhaseRow> rows;
    int number = 0;
    for (const Episode& episode : episodes) {
        ++number;
        for (const Phase& phase : episode.phases)
            rows.append({ number, phase });
    }
    m_today = today;
    setRows(std::move(rows));
}

int PhaseModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PhaseModel::data(const QModelIndex& index, int role) const
{
    const PhaseRow* row = rowAt(index);
    if (!row)
        return {};
    const Phase& phase = row->phase;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (column) {
        case EpisodeNumber:
            return QString::number(row->episodeNumber);
        case Kind:
            return label(phase.kind);
        case Start:
            return Format::date(phase.startDate);
        case End:
            return phase.isOpen() ? tr("current") : Format::date(phase.endDate);
        case Days:
            return QString::number(PhaseRules::daysInPhase(phase, m_today));
        case Sessions:
            return QString::number(phase.plan.sessionsPerWeek);
        case Hours:
            return QLocale().toString(phase.plan.hoursPerWeek, 'g', 3);
        case Reason:
            return phase.reason;
        }
        return {};
    case Qt::DecorationRole:
        return column == Kind ? QVariant(phaseColor(phase.kind)) : QVariant();
    case Qt::FontRole:
        if (phase.isOpen()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == Days || column == Sessions || column == Hours || column == EpisodeNumber)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    return {};
}

QVariant PhaseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        if (section == Sessions)
            return tr("Planned sessions per week");
        if (section == Hours)
            return tr("Planned hours of care per week");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case EpisodeNumber:
        return tr("Episode");
    case Kind:
        return tr("Phase");
    case Start:
        return tr("Start");
    case End:
        return tr("End");
    case Days:
        return tr("Days");
    case Sessions:
        return tr("Sessions");
    case Hours:
        return tr("Hours");
    case Reason:
        return tr("Reason");
    }
    return {};
}

} // namespace stepwise
