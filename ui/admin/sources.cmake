# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(stepwise_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AdminPages.cpp ${CMAKE_CURRENT_LIST_DIR}/AdminPages.h
    ${CMAKE_CURRENT_LIST_DIR}/AssessmentScheduleDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/AssessmentScheduleDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/AccountDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/AccountDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/AuditModel.cpp ${CMAKE_CURRENT_LIST_DIR}/AuditModel.h
    ${CMAKE_CURRENT_LIST_DIR}/AuditPage.cpp ${CMAKE_CURRENT_LIST_DIR}/AuditPage.h
    ${CMAKE_CURRENT_LIST_DIR}/AttendanceSettingsDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/AttendanceSettingsDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/RecordsSettingsDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/RecordsSettingsDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/SecuritySettingsDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/SecuritySettingsDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/StaffDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/StaffDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/StaffModel.cpp ${CMAKE_CURRENT_LIST_DIR}/StaffModel.h
    ${CMAKE_CURRENT_LIST_DIR}/StaffPage.cpp ${CMAKE_CURRENT_LIST_DIR}/StaffPage.h
)
