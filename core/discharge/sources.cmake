# SPDX-License-Identifier: GPL-3.0-or-later
# Discharge: reasons, condition, final scores and the signed summary (issue 6); with its store
# in ../storage.
target_sources(stepwise_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Discharge.cpp ${CMAKE_CURRENT_LIST_DIR}/Discharge.h
    ${CMAKE_CURRENT_LIST_DIR}/DischargeRules.cpp ${CMAKE_CURRENT_LIST_DIR}/DischargeRules.h
    ${CMAKE_CURRENT_LIST_DIR}/../storage/DischargeStore.cpp ${CMAKE_CURRENT_LIST_DIR}/../storage/DischargeStore.h
)
