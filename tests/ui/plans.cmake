# SPDX-License-Identifier: GPL-3.0-or-later
# Treatment plans, reviews and agreement, relapse prevention and aftercare plans on screen, and
# their printed documents (issue 6); the hidden "[shots]" case writes the screens as PNGs and the
# documents as PDFs with a PNG per page.
stepwise_add_test(stepwise_ui_plans_test PlansUiTest.cpp GUI LIBS stepwise_reports)
