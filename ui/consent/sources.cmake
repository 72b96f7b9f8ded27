# SPDX-License-Identifier: GPL-3.0-or-later
# The chart's Consents & Disclosures tab: consents to disclose, their revocation, and the
# accounting of disclosures (issue 7, 42 CFR part 2).
target_sources(stepwise_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ConsentDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/ConsentDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/ConsentFactDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/ConsentFactDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/ConsentListModel.cpp ${CMAKE_CURRENT_LIST_DIR}/ConsentListModel.h
    ${CMAKE_CURRENT_LIST_DIR}/ConsentsTab.cpp ${CMAKE_CURRENT_LIST_DIR}/ConsentsTab.h
    ${CMAKE_CURRENT_LIST_DIR}/DisclosureListModel.cpp ${CMAKE_CURRENT_LIST_DIR}/DisclosureListModel.h
)
