# SPDX-License-Identifier: GPL-3.0-or-later
# The schedule (issue 5): a counselor's week of sessions, booking one session, creating a
# recurring group with its members and sessions.
target_sources(stepwise_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/BookSessionDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/BookSessionDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/EnrolDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/EnrolDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/GroupDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/GroupDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/LeaveGroupDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/LeaveGroupDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/ParticipantChoice.cpp ${CMAKE_CURRENT_LIST_DIR}/ParticipantChoice.h
    ${CMAKE_CURRENT_LIST_DIR}/StaffChoice.cpp ${CMAKE_CURRENT_LIST_DIR}/StaffChoice.h
    ${CMAKE_CURRENT_LIST_DIR}/WeekModel.cpp ${CMAKE_CURRENT_LIST_DIR}/WeekModel.h
    ${CMAKE_CURRENT_LIST_DIR}/WeekPage.cpp ${CMAKE_CURRENT_LIST_DIR}/WeekPage.h
)
