# SPDX-License-Identifier: GPL-3.0-or-later
# The chart's Medications & Toxicology tab: drug screens, prescriptions and recorded use, and
# the recovery signals they give (issue 6).
target_sources(stepwise_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/MedicationDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/MedicationDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/MedicationModel.cpp ${CMAKE_CURRENT_LIST_DIR}/MedicationModel.h
    ${CMAKE_CURRENT_LIST_DIR}/RecoveryTab.cpp ${CMAKE_CURRENT_LIST_DIR}/RecoveryTab.h
    ${CMAKE_CURRENT_LIST_DIR}/ScreenDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/ScreenDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/ScreenHistoryDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/ScreenHistoryDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/ScreenModel.cpp ${CMAKE_CURRENT_LIST_DIR}/ScreenModel.h
    ${CMAKE_CURRENT_LIST_DIR}/StopMedicationDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/StopMedicationDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/UseEventDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/UseEventDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/UseEventModel.cpp ${CMAKE_CURRENT_LIST_DIR}/UseEventModel.h
    ${CMAKE_CURRENT_LIST_DIR}/WriteAccess.cpp ${CMAKE_CURRENT_LIST_DIR}/WriteAccess.h
)
