# SPDX-License-Identifier: GPL-3.0-or-later
# Program outcomes (issue 8): the page with its charts and figures.
target_sources(stepwise_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/OutcomeCharts.cpp ${CMAKE_CURRENT_LIST_DIR}/OutcomeCharts.h
    ${CMAKE_CURRENT_LIST_DIR}/OutcomeLinesModel.cpp ${CMAKE_CURRENT_LIST_DIR}/OutcomeLinesModel.h
    ${CMAKE_CURRENT_LIST_DIR}/OutcomesPage.cpp ${CMAKE_CURRENT_LIST_DIR}/OutcomesPage.h
)
