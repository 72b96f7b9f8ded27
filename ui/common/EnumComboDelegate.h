// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EnumCombo.h"

#include <QStyledItemDelegate>

namespace stepwise {

// Edits a cell whose EditRole is int(E) with a combo box of E's labels.
template<typename E> class EnumComboDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(
        QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override
    {
        auto* combo = new QComboBox(parent);
        EnumCombo::fill<E>(combo);
        return combo;
    }

    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        auto* combo = static_cast<QComboBox*>(editor);
        EnumCombo::select(combo, E(index.data(Qt::EditRole).toInt()));
    }

    void setModelData(
        QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        const auto* combo = static_cast<const QComboBox*>(editor);
        model->setData(index, combo->currentData(), Qt::EditRole);
    }
};

} // namespace stepwise
