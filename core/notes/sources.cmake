# SPDX-License-Identifier: GPL-3.0-or-later
# Progress notes: formats, signing, addenda, co-signature, group notes (issue 6); with their
# stores in ../storage.
target_sources(stepwise_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Note.cpp ${CMAKE_CURRENT_LIST_DIR}/Note.h
    ${CMAKE_CURRENT_LIST_DIR}/NoteFormat.cpp ${CMAKE_CURRENT_LIST_DIR}/NoteFormat.h
    ${CMAKE_CURRENT_LIST_DIR}/NoteRules.cpp ${CMAKE_CURRENT_LIST_DIR}/NoteRules.h
    ${CMAKE_CURRENT_LIST_DIR}/../storage/GroupNoteStore.cpp ${CMAKE_CURRENT_LIST_DIR}/../storage/GroupNoteStore.h
    ${CMAKE_CURRENT_LIST_DIR}/../storage/NoteStore.cpp ${CMAKE_CURRENT_LIST_DIR}/../storage/NoteStore.h
    ${CMAKE_CURRENT_LIST_DIR}/../storage/SignatureCheck.cpp ${CMAKE_CURRENT_LIST_DIR}/../storage/SignatureCheck.h
    ${CMAKE_CURRENT_LIST_DIR}/../storage/StoredTime.h
    ${CMAKE_CURRENT_LIST_DIR}/RecordsSettings.cpp ${CMAKE_CURRENT_LIST_DIR}/RecordsSettings.h
)
