# SPDX-License-Identifier: GPL-3.0-or-later
# Composing a progress summary on screen (issue 7): refusals beside their fields, a consent for
# a copy outside the program, the PDF read back with poppler's pdftotext and the accounting of
# disclosures; the hidden "[shots]" case writes summary-dialog*.png. Paths are absolute so the
# file reads the same wherever it is included from.
stepwise_add_test(stepwise_ui_summary_test
    ${CMAKE_CURRENT_LIST_DIR}/SummaryUiTest.cpp ${CMAKE_CURRENT_LIST_DIR}/UiTestSupport.h
    GUI LIBS stepwise_reports)
