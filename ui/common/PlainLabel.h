// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace stepwise {

// A label for data people typed (names, addresses, reasons): always plain text, never markup,
// and selectable so staff can copy a phone number or record number.
class PlainLabel : public QLabel
{
    Q_OBJECT
public:
    explicit PlainLabel(QWidget* parent = nullptr);
    explicit PlainLabel(const QString& text, QWidget* parent = nullptr);
};

} // namespace stepwise
