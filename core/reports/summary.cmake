# SPDX-License-Identifier: GPL-3.0-or-later
# Progress summaries (issue 7): the document and its charts.
target_sources(stepwise_reports PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ProgressSummaryDocument.cpp ${CMAKE_CURRENT_LIST_DIR}/ProgressSummaryDocument.h
    ${CMAKE_CURRENT_LIST_DIR}/SummaryCharts.cpp ${CMAKE_CURRENT_LIST_DIR}/SummaryCharts.h
)
target_sources(stepwise_reports PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/SummaryExport.cpp ${CMAKE_CURRENT_LIST_DIR}/SummaryExport.h
)
target_sources(stepwise_reports PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/BatchSummaryExport.cpp ${CMAKE_CURRENT_LIST_DIR}/BatchSummaryExport.h
)
