# SPDX-License-Identifier: GPL-3.0-or-later
# Progress summaries of a caseload from the caseload page (issue 7): the progress bar, cancel,
# the list of those not written; the hidden "[shots]" case runs 500 participants and writes
# batch-*.png. Paths are absolute so the file reads the same wherever it is included from.
stepwise_add_test(stepwise_ui_batch_test
    ${CMAKE_CURRENT_LIST_DIR}/BatchUiTest.cpp ${CMAKE_CURRENT_LIST_DIR}/UiTestSupport.h
    GUI LIBS stepwise_reports)
