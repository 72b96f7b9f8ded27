# SPDX-License-Identifier: GPL-3.0-or-later
# Supervision (issue 8): the supervisors' dashboard and reassignment between caseloads.
target_sources(stepwise_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/DashboardListModel.cpp ${CMAKE_CURRENT_LIST_DIR}/DashboardListModel.h
    ${CMAKE_CURRENT_LIST_DIR}/DashboardModel.cpp ${CMAKE_CURRENT_LIST_DIR}/DashboardModel.h
    ${CMAKE_CURRENT_LIST_DIR}/DashboardPage.cpp ${CMAKE_CURRENT_LIST_DIR}/DashboardPage.h
    ${CMAKE_CURRENT_LIST_DIR}/FlagText.cpp ${CMAKE_CURRENT_LIST_DIR}/FlagText.h
    ${CMAKE_CURRENT_LIST_DIR}/ReassignDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/ReassignDialog.h
)
