# SPDX-License-Identifier: GPL-3.0-or-later
# Progress summaries on screen (issue 7): composing one, its preview, printing and saving it,
# each copy recorded in the accounting of disclosures.
target_sources(stepwise_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/SummaryDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/SummaryDialog.h
)
