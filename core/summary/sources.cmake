# SPDX-License-Identifier: GPL-3.0-or-later
# Progress summaries (issue 7): what the record says about one participant over a period.
target_sources(stepwise_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ProgressSummary.cpp ${CMAKE_CURRENT_LIST_DIR}/ProgressSummary.h
    ${CMAKE_CURRENT_LIST_DIR}/SummaryCollector.cpp ${CMAKE_CURRENT_LIST_DIR}/SummaryCollector.h
    ${CMAKE_CURRENT_LIST_DIR}/SummaryNarrative.cpp ${CMAKE_CURRENT_LIST_DIR}/SummaryNarrative.h
    ${CMAKE_CURRENT_LIST_DIR}/SummaryOptions.h
    ${CMAKE_CURRENT_LIST_DIR}/SummarySection.cpp ${CMAKE_CURRENT_LIST_DIR}/SummarySection.h
)
