# SPDX-License-Identifier: GPL-3.0-or-later
# The chart's Treatment Plan tab, its editor, reviews and the participant's agreement; the
# relapse prevention and aftercare plans (issue 6).
target_sources(stepwise_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AftercarePlanDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/AftercarePlanDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/CarePlansTab.cpp ${CMAKE_CURRENT_LIST_DIR}/CarePlansTab.h
    ${CMAKE_CURRENT_LIST_DIR}/ContactsTable.cpp ${CMAKE_CURRENT_LIST_DIR}/ContactsTable.h
    ${CMAKE_CURRENT_LIST_DIR}/OptionalDateEdit.cpp ${CMAKE_CURRENT_LIST_DIR}/OptionalDateEdit.h
    ${CMAKE_CURRENT_LIST_DIR}/OptionalTimeEdit.cpp ${CMAKE_CURRENT_LIST_DIR}/OptionalTimeEdit.h
    ${CMAKE_CURRENT_LIST_DIR}/ParticipantAgreementDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/ParticipantAgreementDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/PlanPrinting.cpp ${CMAKE_CURRENT_LIST_DIR}/PlanPrinting.h
    ${CMAKE_CURRENT_LIST_DIR}/PlanReviewDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/PlanReviewDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/PlanTree.cpp ${CMAKE_CURRENT_LIST_DIR}/PlanTree.h
    ${CMAKE_CURRENT_LIST_DIR}/PlanVersionDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/PlanVersionDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/RelapsePlanDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/RelapsePlanDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/TextListEditor.cpp ${CMAKE_CURRENT_LIST_DIR}/TextListEditor.h
    ${CMAKE_CURRENT_LIST_DIR}/TreatmentPlanEditor.cpp ${CMAKE_CURRENT_LIST_DIR}/TreatmentPlanEditor.h
    ${CMAKE_CURRENT_LIST_DIR}/TreatmentPlanTab.cpp ${CMAKE_CURRENT_LIST_DIR}/TreatmentPlanTab.h
)
