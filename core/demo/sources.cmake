# SPDX-License-Identifier: GPL-3.0-or-later
# Synthetic clinic for demos, screenshots and benchmarks (DemoGenerator.h is the public API).
target_sources(stepwise_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/DemoGenerator.cpp ${CMAKE_CURRENT_LIST_DIR}/DemoGenerator.h
    ${CMAKE_CURRENT_LIST_DIR}/DemoAnswers.cpp ${CMAKE_CURRENT_LIST_DIR}/DemoAnswers.h
    ${CMAKE_CURRENT_LIST_DIR}/DemoConsents.cpp ${CMAKE_CURRENT_LIST_DIR}/DemoConsents.h
    ${CMAKE_CURRENT_LIST_DIR}/DemoEpisodeFrame.h
    ${CMAKE_CURRENT_LIST_DIR}/DemoAssessments.cpp ${CMAKE_CURRENT_LIST_DIR}/DemoAssessments.h
    ${CMAKE_CURRENT_LIST_DIR}/DemoAttendance.cpp ${CMAKE_CURRENT_LIST_DIR}/DemoAttendance.h
    ${CMAKE_CURRENT_LIST_DIR}/DemoClock.cpp ${CMAKE_CURRENT_LIST_DIR}/DemoClock.h
    ${CMAKE_CURRENT_LIST_DIR}/DemoData.cpp ${CMAKE_CURRENT_LIST_DIR}/DemoData.h
    ${CMAKE_CURRENT_LIST_DIR}/DemoHolidays.cpp ${CMAKE_CURRENT_LIST_DIR}/DemoHolidays.h
    ${CMAKE_CURRENT_LIST_DIR}/DemoHistory.cpp ${CMAKE_CURRENT_LIST_DIR}/DemoHistory.h
    ${CMAKE_CURRENT_LIST_DIR}/DemoNotes.cpp ${CMAKE_CURRENT_LIST_DIR}/DemoNotes.h
    ${CMAKE_CURRENT_LIST_DIR}/DemoPeople.cpp ${CMAKE_CURRENT_LIST_DIR}/DemoPeople.h
    ${CMAKE_CURRENT_LIST_DIR}/DemoPlans.cpp ${CMAKE_CURRENT_LIST_DIR}/DemoPlans.h
    ${CMAKE_CURRENT_LIST_DIR}/DemoRandom.h
    ${CMAKE_CURRENT_LIST_DIR}/DemoRecordContext.cpp ${CMAKE_CURRENT_LIST_DIR}/DemoRecordContext.h
    ${CMAKE_CURRENT_LIST_DIR}/DemoRecords.cpp ${CMAKE_CURRENT_LIST_DIR}/DemoRecords.h
    ${CMAKE_CURRENT_LIST_DIR}/DemoRecovery.cpp ${CMAKE_CURRENT_LIST_DIR}/DemoRecovery.h
    ${CMAKE_CURRENT_LIST_DIR}/DemoText.cpp ${CMAKE_CURRENT_LIST_DIR}/DemoText.h
)
