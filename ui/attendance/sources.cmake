# SPDX-License-Identifier: GPL-3.0-or-later
# Taking attendance for a session on one screen from the keyboard (issue 5): the sheet's model
# and view, drop-ins, and the dialog the week view opens.
target_sources(stepwise_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AttendanceDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/AttendanceDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/AttendanceSheetModel.cpp ${CMAKE_CURRENT_LIST_DIR}/AttendanceSheetModel.h
    ${CMAKE_CURRENT_LIST_DIR}/AttendanceSheetView.cpp ${CMAKE_CURRENT_LIST_DIR}/AttendanceSheetView.h
    ${CMAKE_CURRENT_LIST_DIR}/DropInDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/DropInDialog.h
)
