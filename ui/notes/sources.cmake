# SPDX-License-Identifier: GPL-3.0-or-later
# Progress notes (issue 6): the note editor and view, the chart's Notes tab, group notes and
# the notes worklist.
target_sources(stepwise_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Autosave.cpp ${CMAKE_CURRENT_LIST_DIR}/Autosave.h
    ${CMAKE_CURRENT_LIST_DIR}/GroupNoteDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/GroupNoteDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/NoteEditorDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/NoteEditorDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/NoteListModel.cpp ${CMAKE_CURRENT_LIST_DIR}/NoteListModel.h
    ${CMAKE_CURRENT_LIST_DIR}/NoteText.cpp ${CMAKE_CURRENT_LIST_DIR}/NoteText.h
    ${CMAKE_CURRENT_LIST_DIR}/NoteViewDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/NoteViewDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/NotesTab.cpp ${CMAKE_CURRENT_LIST_DIR}/NotesTab.h
    ${CMAKE_CURRENT_LIST_DIR}/NotesWorklistPage.cpp ${CMAKE_CURRENT_LIST_DIR}/NotesWorklistPage.h
    ${CMAKE_CURRENT_LIST_DIR}/SectionEditors.cpp ${CMAKE_CURRENT_LIST_DIR}/SectionEditors.h
    ${CMAKE_CURRENT_LIST_DIR}/TextEntryDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/TextEntryDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/WorklistModel.cpp ${CMAKE_CURRENT_LIST_DIR}/WorklistModel.h
)
