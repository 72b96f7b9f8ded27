# SPDX-License-Identifier: GPL-3.0-or-later
# Sessions, attendance, weekly hours against the phase's requirement, engagement, length of stay
# and step-down readiness (issue 5): rules only; storage is in ../storage.
target_sources(stepwise_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AttendanceSettings.cpp ${CMAKE_CURRENT_LIST_DIR}/AttendanceSettings.h
    ${CMAKE_CURRENT_LIST_DIR}/AttendanceStatus.cpp ${CMAKE_CURRENT_LIST_DIR}/AttendanceStatus.h
    ${CMAKE_CURRENT_LIST_DIR}/Engagement.cpp ${CMAKE_CURRENT_LIST_DIR}/Engagement.h
    ${CMAKE_CURRENT_LIST_DIR}/Hours.cpp ${CMAKE_CURRENT_LIST_DIR}/Hours.h
    ${CMAKE_CURRENT_LIST_DIR}/LengthOfStay.cpp ${CMAKE_CURRENT_LIST_DIR}/LengthOfStay.h
    ${CMAKE_CURRENT_LIST_DIR}/Readiness.cpp ${CMAKE_CURRENT_LIST_DIR}/Readiness.h
    ${CMAKE_CURRENT_LIST_DIR}/Schedule.cpp ${CMAKE_CURRENT_LIST_DIR}/Schedule.h
    ${CMAKE_CURRENT_LIST_DIR}/SessionTime.cpp ${CMAKE_CURRENT_LIST_DIR}/SessionTime.h
    ${CMAKE_CURRENT_LIST_DIR}/SessionType.cpp ${CMAKE_CURRENT_LIST_DIR}/SessionType.h
)
