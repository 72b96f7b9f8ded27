# SPDX-License-Identifier: GPL-3.0-or-later
# Program outcomes (issue 8): admissions, discharges, completion, length of stay, retention,
# attendance and PHQ-9/GAD-7 change for a period. The query is storage/OutcomeQuery.
target_sources(stepwise_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ProgramOutcomes.cpp ${CMAKE_CURRENT_LIST_DIR}/ProgramOutcomes.h
)
target_sources(stepwise_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/OutcomeCsv.cpp ${CMAKE_CURRENT_LIST_DIR}/OutcomeCsv.h
    ${CMAKE_CURRENT_LIST_DIR}/OutcomeLine.h
    ${CMAKE_CURRENT_LIST_DIR}/OutcomeText.cpp ${CMAKE_CURRENT_LIST_DIR}/OutcomeText.h
)
