# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(stepwise_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/PasswordHasher.cpp ${CMAKE_CURRENT_LIST_DIR}/PasswordHasher.h
    ${CMAKE_CURRENT_LIST_DIR}/PasswordPolicy.cpp ${CMAKE_CURRENT_LIST_DIR}/PasswordPolicy.h
    ${CMAKE_CURRENT_LIST_DIR}/ProcessHardening.cpp ${CMAKE_CURRENT_LIST_DIR}/ProcessHardening.h
)
