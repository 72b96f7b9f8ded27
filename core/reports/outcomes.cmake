# SPDX-License-Identifier: GPL-3.0-or-later
# The program outcomes report (issue 8): its document, charts and PDF export.
target_sources(stepwise_reports PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/OutcomeDocument.cpp ${CMAKE_CURRENT_LIST_DIR}/OutcomeDocument.h
    ${CMAKE_CURRENT_LIST_DIR}/OutcomeExport.cpp ${CMAKE_CURRENT_LIST_DIR}/OutcomeExport.h
    ${CMAKE_CURRENT_LIST_DIR}/OutcomeReportCharts.cpp ${CMAKE_CURRENT_LIST_DIR}/OutcomeReportCharts.h
)
