// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlainLabel.h"

namespace stepwise {

PlainLabel::PlainLabel(QWidget* parent)
    : PlainLabel(QString(), parent)
{ }

PlainLabel::PlainLabel(const QString& text, QWidget* parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setText(text);
}

} // namespace stepwise
