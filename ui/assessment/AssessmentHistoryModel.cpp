// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssessmentHistoryModel.h"

#include "common/Format.h"
#include "reports/BandColors.h"

#include <QFont>

namespace stepwise {

int AssessmentHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AssessmentHistoryModel::flagsText(const Assessment& a)
{
    QStringList parts;
    for (const Flag& f : a.score.flags) {
        if (f.safety)
            parts.prepend(tr("\u26A0 Safety"));
        else if (f.key == QLatin1String("positive_screen"))
            parts.append(tr("Positive screen"));
        else if (f.key == QLatin1String("higher_intervention"))
            parts.append(tr("Next level of intervention"));
        else if (f.key == QLatin1String("further_evaluation"))
            parts.append(tr("Further evaluation"));
        else if (f.key == QLatin1String("use_reported"))
            parts.append(tr("Use reported"));
        else if (f.key == QLatin1String("high_risk_dimension"))
            parts.append(tr("High-risk dimension"));
        else if (f.key == QLatin1String("low_engagement"))
            parts.append(tr("Low engagement"));
        else if (f.key == QLatin1String("worsening"))
            parts.append(tr("Worse"));
        else if (f.key == QLatin1String("item1_only"))
            parts.append(tr("Item 1 only"));
        else
            parts.append(f.key);
    }
    if (a.versionNumber > 1)
        parts.append(tr("corrected (version %1)").arg(a.versionNumber));
    return parts.join(QStringLiteral(", "));
}

QVariant AssessmentHistoryModel::data(const QModelIndex& index, int role) const
{
    const Assessment* a = rowAt(index);
    if (!a)
        return {};
    const InstrumentDefinition* d = a->definition();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case Date:
            return Format::date(a->administeredOn);
        case Instrument:
            return d ? d->name : a->instrument;
        case Result:
            return a->summary();
        case Flags:
            return flagsText(*a);
        case RecordedBy:
            return a->recordedByName;
        }
        return {};
    case SortRole:
        if (index.column() == Date)
            return a->administeredOn;
        if (index.column() == Result && a->score.total)
            return *a->score.total;
        return data(index, Qt::DisplayRole);
    case AssessmentIdRole:
        return a->id;
    case Qt::ForegroundRole:
        if (index.column() == Result && !a->score.band.isEmpty())
            return BandColors::text(a->score.bandLevel);
        if (index.column() == Flags && a->score.hasSafetyFlag())
            return QColor(0xb9, 0x1c, 0x1c);
        return {};
    case Qt::FontRole:
        if (index.column() == Flags && a->score.hasSafetyFlag()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    }
    return {};
}

QVariant AssessmentHistoryModel::headerData(
    int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Given on");
    case Instrument:
        return tr("Instrument");
    case Result:
        return tr("Result");
    case Flags:
        return tr("Flags");
    case RecordedBy:
        return tr("Recorded by");
    }
    return {};
}

} // namespace stepwise
