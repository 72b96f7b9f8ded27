// SPDX-License-Identifier: GPL-3.0-or-later
#include "DecisionModel.h"

#include "common/Format.h"

namespace stepwise {

int DecisionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DecisionModel::data(const QModelIndex& index, int role) const
{
    const ReadinessDecision* d = rowAt(index);
    if (!d || role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case When:
        return Format::date(d->decidedAt.toLocalTime().date());
    case Decision:
        return d->effectiveDate.isValid()
            ? tr("%1 from %2").arg(label(d->kind), Format::date(d->effectiveDate))
            : label(d->kind);
    case From:
        return label(d->phase);
    case By:
        return d->decidedByName;
    case Indicators: {
        int met = 0;
        for (const ReadinessIndicator& i : d->indicators) {
            if (i.state == ReadinessIndicator::State::Met)
                ++met;
        }
        return tr("%1 of %2 supported").arg(met).arg(d->indicators.size());
    }
    case Reason:
        return d->reason;
    }
    return {};
}

QVariant DecisionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("Decided");
    case Decision:
        return tr("Decision");
    case From:
        return tr("In phase");
    case By:
        return tr("By");
    case Indicators:
        return tr("Indicators then");
    case Reason:
        return tr("Reason");
    }
    return {};
}

} // namespace stepwise
