# SPDX-License-Identifier: GPL-3.0-or-later
# Progress summaries of many participants at once (issue 7).
target_sources(stepwise_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/BatchOutcomeModel.cpp ${CMAKE_CURRENT_LIST_DIR}/BatchOutcomeModel.h
    ${CMAKE_CURRENT_LIST_DIR}/BatchSummaryDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/BatchSummaryDialog.h
)
