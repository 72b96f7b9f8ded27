// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attendance/AttendanceStatus.h"

#include <QTableView>
#include <optional>

namespace stepwise {

class AttendanceSheetModel;

// The sheet as a table taken from the keyboard, one key per participant: P or Space present,
// L late and E left early (the minutes cell opens; digits, then Enter), T telehealth,
// X excused, U unexcused. After each the cursor is on the next row's status, so a group is
// taken by pressing keys down the list. Up and Down move as in any table; Enter outside a cell
// being edited is left to the dialog (Save).
class AttendanceSheetView : public QTableView
{
    Q_OBJECT
public:
    explicit AttendanceSheetView(QWidget* parent = nullptr);

    void setSheetModel(AttendanceSheetModel* model);
    AttendanceSheetModel* sheetModel() const { return m_model; }

    // The keys above in one line, for under the table.
    static QString keyHint();
    // The status a key stands for, if any.
    static std::optional<AttendanceStatus> statusForKey(int key);

    // Puts the cursor on a row's status.
    void goToRow(int row);
    // Writes what is typed in an open cell to the model, so Save never loses the last cell.
    void commitEditing();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    void applyStatus(int row, AttendanceStatus status);
    void fitColumns();

    AttendanceSheetModel* m_model = nullptr;
};

} // namespace stepwise
