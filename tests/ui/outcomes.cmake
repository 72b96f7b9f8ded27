# SPDX-License-Identifier: GPL-3.0-or-later
# Program outcomes on screen (issue 8); the hidden "[shots]" case writes outcomes.png.
stepwise_add_test(stepwise_ui_outcomes_test
    ${CMAKE_CURRENT_LIST_DIR}/OutcomesUiTest.cpp ${CMAKE_CURRENT_LIST_DIR}/UiTestSupport.h
    GUI)
