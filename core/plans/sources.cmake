# SPDX-License-Identifier: GPL-3.0-or-later
# Treatment plans, reviews, relapse prevention and aftercare plans (issue 6); with their stores
# in ../storage.
target_sources(stepwise_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AftercarePlan.cpp ${CMAKE_CURRENT_LIST_DIR}/AftercarePlan.h
    ${CMAKE_CURRENT_LIST_DIR}/PlanJson.cpp ${CMAKE_CURRENT_LIST_DIR}/PlanJson.h
    ${CMAKE_CURRENT_LIST_DIR}/PlanReviewRules.cpp ${CMAKE_CURRENT_LIST_DIR}/PlanReviewRules.h
    ${CMAKE_CURRENT_LIST_DIR}/RelapsePlan.cpp ${CMAKE_CURRENT_LIST_DIR}/RelapsePlan.h
    ${CMAKE_CURRENT_LIST_DIR}/TreatmentPlan.cpp ${CMAKE_CURRENT_LIST_DIR}/TreatmentPlan.h
    ${CMAKE_CURRENT_LIST_DIR}/../storage/CarePlanStore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../storage/CarePlanStore.h
    ${CMAKE_CURRENT_LIST_DIR}/../storage/TreatmentPlanStore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../storage/TreatmentPlanStore.h
)
