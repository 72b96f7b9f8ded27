# SPDX-License-Identifier: GPL-3.0-or-later
# Discharge with its signed summary, and readmission (issue 6).
target_sources(stepwise_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/DischargeDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/DischargeDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/EpisodeActions.cpp ${CMAKE_CURRENT_LIST_DIR}/EpisodeActions.h
    ${CMAKE_CURRENT_LIST_DIR}/ReadmitDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/ReadmitDialog.h
)
