# SPDX-License-Identifier: GPL-3.0-or-later
# Progress notes on screen (issue 6): the note editor, signing, co-signature from the worklist
# and group notes; the hidden "[shots]" case writes the notes screens as PNGs.
stepwise_add_test(stepwise_ui_notes_test NotesUiTest.cpp UiTestSupport.h GUI)
