// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

namespace stepwise {

// The look shared by tables that only display: whole-row selection, alternating rows, no grid,
// compact rows, and Tab leaving the table rather than walking its cells.
class ReadOnlyTable : public QTableView
{
    Q_OBJECT
public:
    explicit ReadOnlyTable(const QString& accessibleName, QWidget* parent = nullptr);

    // Long text (a reason, a diagnosis description) wraps and rows grow to show all of it,
    // instead of being cut off with an ellipsis. Call after setModel().
    void wrapLongText();
};

} // namespace stepwise
