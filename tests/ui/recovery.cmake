# SPDX-License-Identifier: GPL-3.0-or-later
# The chart's Medications & Toxicology tab, its screen, medication and use dialogs (issue 6);
# the hidden "[shots]" case writes recovery-tab.png and screen-dialog.png.
stepwise_add_test(stepwise_ui_recovery_test RecoveryUiTest.cpp UiTestSupport.h GUI)
