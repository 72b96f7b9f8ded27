# SPDX-License-Identifier: GPL-3.0-or-later
# Medications, toxicology with expected positives, and use events (issue 6); with their store
# in ../storage.
target_sources(stepwise_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Analyte.cpp ${CMAKE_CURRENT_LIST_DIR}/Analyte.h
    ${CMAKE_CURRENT_LIST_DIR}/Medication.cpp ${CMAKE_CURRENT_LIST_DIR}/Medication.h
    ${CMAKE_CURRENT_LIST_DIR}/RecoverySignals.cpp ${CMAKE_CURRENT_LIST_DIR}/RecoverySignals.h
    ${CMAKE_CURRENT_LIST_DIR}/Toxicology.cpp ${CMAKE_CURRENT_LIST_DIR}/Toxicology.h
    ${CMAKE_CURRENT_LIST_DIR}/UseEvent.cpp ${CMAKE_CURRENT_LIST_DIR}/UseEvent.h
    ${CMAKE_CURRENT_LIST_DIR}/../storage/MedicationStore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../storage/MedicationStore.h
    ${CMAKE_CURRENT_LIST_DIR}/../storage/RecoveryRows.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../storage/RecoveryRows.h
    ${CMAKE_CURRENT_LIST_DIR}/../storage/ToxicologyStore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../storage/ToxicologyStore.h
    ${CMAKE_CURRENT_LIST_DIR}/../storage/UseEventStore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../storage/UseEventStore.h
)
