// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"

#include <QComboBox>
#include <optional>

namespace stepwise::EnumCombo {

// Fills `combo` with the labels of every value of E, the value kept as item data. With
// `allText`, a first item standing for "no filter" (data: invalid QVariant).
template<typename E> void fill(QComboBox* combo, const QString& allText = {})
{
    combo->clear();
    if (!allText.isEmpty())
        combo->addItem(allText);
    for (E value : allValues<E>())
        combo->addItem(label(value), int(value));
}

template<typename E> std::optional<E> current(const QComboBox* combo)
{
    const QVariant data = combo->currentData();
    if (!data.isValid())
        return std::nullopt;
    return E(data.toInt());
}

template<typename E> void select(QComboBox* combo, E value)
{
    const int index = combo->findData(int(value));
    if (index >= 0)
        combo->setCurrentIndex(index);
}

} // namespace stepwise::EnumCombo
