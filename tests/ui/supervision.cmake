# SPDX-License-Identifier: GPL-3.0-or-later
# The supervisors' caseload review on screen (issue 8): counts, the lists behind them, charts
# opened from them and reassignment; the hidden "[shots]" case writes review*.png.
stepwise_add_test(stepwise_ui_supervision_test
    ${CMAKE_CURRENT_LIST_DIR}/SupervisionUiTest.cpp ${CMAKE_CURRENT_LIST_DIR}/UiTestSupport.h
    GUI)
