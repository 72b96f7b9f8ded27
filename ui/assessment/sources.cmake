# SPDX-License-Identifier: GPL-3.0-or-later
# Assessments (issue 4): the entry form generated from an instrument's definition, the chart's
# Assessments tab with history, trend charts and item-level detail, and safety alerts.
target_sources(stepwise_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AssessmentDetailView.cpp ${CMAKE_CURRENT_LIST_DIR}/AssessmentDetailView.h
    ${CMAKE_CURRENT_LIST_DIR}/AssessmentDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/AssessmentDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/AssessmentForm.cpp ${CMAKE_CURRENT_LIST_DIR}/AssessmentForm.h
    ${CMAKE_CURRENT_LIST_DIR}/AssessmentHistoryModel.cpp ${CMAKE_CURRENT_LIST_DIR}/AssessmentHistoryModel.h
    ${CMAKE_CURRENT_LIST_DIR}/AssessmentsTab.cpp ${CMAKE_CURRENT_LIST_DIR}/AssessmentsTab.h
    ${CMAKE_CURRENT_LIST_DIR}/FollowUpDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/FollowUpDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/SafetyAlertBanner.cpp ${CMAKE_CURRENT_LIST_DIR}/SafetyAlertBanner.h
    ${CMAKE_CURRENT_LIST_DIR}/TrendChart.cpp ${CMAKE_CURRENT_LIST_DIR}/TrendChart.h
)
