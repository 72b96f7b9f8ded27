# SPDX-License-Identifier: GPL-3.0-or-later
# The chart's Attendance tab (issue 5): length of stay, engagement, weekly hours against the
# phase's requirement, recent sessions, and the step-down readiness panel with its decisions.
target_sources(stepwise_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AttendanceTab.cpp ${CMAKE_CURRENT_LIST_DIR}/AttendanceTab.h
    ${CMAKE_CURRENT_LIST_DIR}/DecisionModel.cpp ${CMAKE_CURRENT_LIST_DIR}/DecisionModel.h
    ${CMAKE_CURRENT_LIST_DIR}/IndicatorModel.cpp ${CMAKE_CURRENT_LIST_DIR}/IndicatorModel.h
    ${CMAKE_CURRENT_LIST_DIR}/ReadinessDecisionDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/ReadinessDecisionDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/ReadinessPanel.cpp ${CMAKE_CURRENT_LIST_DIR}/ReadinessPanel.h
    ${CMAKE_CURRENT_LIST_DIR}/SessionHistoryModel.cpp ${CMAKE_CURRENT_LIST_DIR}/SessionHistoryModel.h
    ${CMAKE_CURRENT_LIST_DIR}/WeekHoursModel.cpp ${CMAKE_CURRENT_LIST_DIR}/WeekHoursModel.h
)
