# SPDX-License-Identifier: GPL-3.0-or-later
# Sign-in, the idle lock, drafts of unsaved forms and emergency access (issue 3).
target_sources(stepwise_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AdminHomePage.cpp ${CMAKE_CURRENT_LIST_DIR}/AdminHomePage.h
    ${CMAKE_CURRENT_LIST_DIR}/DailyBackup.cpp ${CMAKE_CURRENT_LIST_DIR}/DailyBackup.h
    ${CMAKE_CURRENT_LIST_DIR}/DraftOffer.cpp ${CMAKE_CURRENT_LIST_DIR}/DraftOffer.h
    ${CMAKE_CURRENT_LIST_DIR}/DraftsDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/DraftsDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/EmergencyAccessDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/EmergencyAccessDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/FirstRunDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/FirstRunDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/IdleMonitor.cpp ${CMAKE_CURRENT_LIST_DIR}/IdleMonitor.h
    ${CMAKE_CURRENT_LIST_DIR}/LockController.cpp ${CMAKE_CURRENT_LIST_DIR}/LockController.h
    ${CMAKE_CURRENT_LIST_DIR}/LockScreen.cpp ${CMAKE_CURRENT_LIST_DIR}/LockScreen.h
    ${CMAKE_CURRENT_LIST_DIR}/ParticipantJson.cpp ${CMAKE_CURRENT_LIST_DIR}/ParticipantJson.h
    ${CMAKE_CURRENT_LIST_DIR}/RestoreOffer.cpp ${CMAKE_CURRENT_LIST_DIR}/RestoreOffer.h
    ${CMAKE_CURRENT_LIST_DIR}/SessionController.cpp ${CMAKE_CURRENT_LIST_DIR}/SessionController.h
    ${CMAKE_CURRENT_LIST_DIR}/SignInDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/SignInDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/UnsavedWork.cpp ${CMAKE_CURRENT_LIST_DIR}/UnsavedWork.h
    ${CMAKE_CURRENT_LIST_DIR}/WindowCover.cpp ${CMAKE_CURRENT_LIST_DIR}/WindowCover.h
)
