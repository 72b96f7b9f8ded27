# SPDX-License-Identifier: GPL-3.0-or-later
# Standardized instruments as data (one file per instrument, each naming its published source),
# their scoring, the schedule of when each is due, and change-over-time rules.
target_sources(stepwise_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AsamDimensions.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Assessment.cpp ${CMAKE_CURRENT_LIST_DIR}/Assessment.h
    ${CMAKE_CURRENT_LIST_DIR}/AsamPlacement.cpp ${CMAKE_CURRENT_LIST_DIR}/AsamPlacement.h
    ${CMAKE_CURRENT_LIST_DIR}/AssessmentSchedule.cpp ${CMAKE_CURRENT_LIST_DIR}/AssessmentSchedule.h
    ${CMAKE_CURRENT_LIST_DIR}/Audit.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Bam.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Dast10.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Gad7.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Instrument.cpp ${CMAKE_CURRENT_LIST_DIR}/Instrument.h
    ${CMAKE_CURRENT_LIST_DIR}/InstrumentDefinitions.h
    ${CMAKE_CURRENT_LIST_DIR}/Phq9.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ProgressRating.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ScoreChange.cpp ${CMAKE_CURRENT_LIST_DIR}/ScoreChange.h
)
