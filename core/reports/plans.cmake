# SPDX-License-Identifier: GPL-3.0-or-later
# The printable treatment plan, relapse prevention plan and aftercare plan (issue 6).
target_sources(stepwise_reports PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/PlanDocuments.cpp ${CMAKE_CURRENT_LIST_DIR}/PlanDocuments.h
)
