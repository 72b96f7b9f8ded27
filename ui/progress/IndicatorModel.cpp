// SPDX-License-Identifier: GPL-3.0-or-later
#include "IndicatorModel.h"

#include <QBrush>
#include <QFont>

namespace stepwise {

int IndicatorModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString IndicatorModel::stateText(ReadinessIndicator::State s)
{
    switch (s) {
    case ReadinessIndicator::State::Met:
        return tr("\u2713 Supports");
    case ReadinessIndicator::State::NotMet:
        return tr("\u2717 Not yet");
    case ReadinessIndicator::State::Info:
        return tr("\u2139 Cannot say");
    }
    return {};
}

QVariant IndicatorModel::data(const QModelIndex& index, int role) const
{
    const ReadinessIndicator* i = rowAt(index);
    if (!i)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case State:
            return stateText(i->state);
        case Indicator:
            return i->label;
        case Data:
            return i->value;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == State) {
        switch (i->state) {
        case ReadinessIndicator::State::Met:
            return QBrush(QColor(0x1b, 0x6e, 0x20));
        case ReadinessIndicator::State::NotMet:
            return QBrush(QColor(0xa8, 0x1e, 0x1e));
        case ReadinessIndicator::State::Info:
            return QBrush(QColor(0x44, 0x55, 0x66));
        }
    }
    if (role == Qt::FontRole && index.column() == State) {
        QFont f;
        f.setBold(true);
        return f;
    }
    return {};
}

QVariant IndicatorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case State:
        return tr("Step down?");
    case Indicator:
        return tr("Indicator");
    case Data:
        return tr("What the record shows");
    }
    return {};
}

} // namespace stepwise
