# SPDX-License-Identifier: GPL-3.0-or-later
# Supervision (issue 8): the dashboard's flags and counts per counselor. The queries behind them
# are in storage/ (DashboardQuery, ReassignmentStore).
target_sources(stepwise_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/CaseloadFlag.cpp ${CMAKE_CURRENT_LIST_DIR}/CaseloadFlag.h
    ${CMAKE_CURRENT_LIST_DIR}/CaseloadFlagRules.cpp ${CMAKE_CURRENT_LIST_DIR}/CaseloadFlagRules.h
    ${CMAKE_CURRENT_LIST_DIR}/Dashboard.cpp ${CMAKE_CURRENT_LIST_DIR}/Dashboard.h
)
