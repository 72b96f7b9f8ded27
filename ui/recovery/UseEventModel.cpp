// SPDX-License-Identifier: GPL-3.0-or-later
#include "UseEventModel.h"

#include "common/Format.h"

namespace stepwise {

int UseEventModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UseEventModel::data(const QModelIndex& index, int role) const
{
    const UseEvent* e = rowAt(index);
    if (!e)
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Date: {
            QString text = Format::date(e->occurredOn);
            if (e->versionNumber > 1)
                text += QLatin1Char(' ') + tr("(corrected)");
            return text;
        }
        case Substance:
            return e->substanceLabel();
        case Source:
            return label(e->source);
        case Note:
            if (role == Qt::ToolTipRole && !e->correctionReason.isEmpty())
                return tr("%1\nCorrected: %2").arg(e->note, e->correctionReason).trimmed();
            return e->note;
        case RecordedBy:
            return e->recordedByName;
        }
    }
    if (role == Qt::UserRole)
        return QVariant::fromValue<Id>(e->id);
    return {};
}

QVariant UseEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case Substance:
        return tr("Substance");
    case Source:
        return tr("Source");
    case Note:
        return tr("Note");
    case RecordedBy:
        return tr("Recorded by");
    }
    return {};
}

} // namespace stepwise
