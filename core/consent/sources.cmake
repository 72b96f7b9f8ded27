# SPDX-License-Identifier: GPL-3.0-or-later
# Consents to disclose, the 42 CFR part 2 notice and the accounting of disclosures (issue 7);
# with their stores in ../storage.
target_sources(stepwise_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Consent.h
    ${CMAKE_CURRENT_LIST_DIR}/ConsentRules.cpp ${CMAKE_CURRENT_LIST_DIR}/ConsentRules.h
    ${CMAKE_CURRENT_LIST_DIR}/Disclosure.cpp ${CMAKE_CURRENT_LIST_DIR}/Disclosure.h
    ${CMAKE_CURRENT_LIST_DIR}/Part2Notice.cpp ${CMAKE_CURRENT_LIST_DIR}/Part2Notice.h
    ${CMAKE_CURRENT_LIST_DIR}/../storage/ConsentStore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../storage/ConsentStore.h
    ${CMAKE_CURRENT_LIST_DIR}/../storage/DisclosureStore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../storage/DisclosureStore.h
)
