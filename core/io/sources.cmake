# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(stepwise_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AssessmentCsv.cpp ${CMAKE_CURRENT_LIST_DIR}/AssessmentCsv.h
    ${CMAKE_CURRENT_LIST_DIR}/AttendanceCsv.cpp ${CMAKE_CURRENT_LIST_DIR}/AttendanceCsv.h
    ${CMAKE_CURRENT_LIST_DIR}/AuditCsv.cpp ${CMAKE_CURRENT_LIST_DIR}/AuditCsv.h
    ${CMAKE_CURRENT_LIST_DIR}/CsvCells.cpp ${CMAKE_CURRENT_LIST_DIR}/CsvCells.h
    ${CMAKE_CURRENT_LIST_DIR}/CsvReader.cpp ${CMAKE_CURRENT_LIST_DIR}/CsvReader.h
    ${CMAKE_CURRENT_LIST_DIR}/CsvWriter.cpp ${CMAKE_CURRENT_LIST_DIR}/CsvWriter.h
    ${CMAKE_CURRENT_LIST_DIR}/DiagnosisListCodec.cpp ${CMAKE_CURRENT_LIST_DIR}/DiagnosisListCodec.h
    ${CMAKE_CURRENT_LIST_DIR}/FormulaGuard.cpp ${CMAKE_CURRENT_LIST_DIR}/FormulaGuard.h
    ${CMAKE_CURRENT_LIST_DIR}/ParticipantCsv.cpp ${CMAKE_CURRENT_LIST_DIR}/ParticipantCsv.h
    ${CMAKE_CURRENT_LIST_DIR}/PhaseHistoryCodec.cpp ${CMAKE_CURRENT_LIST_DIR}/PhaseHistoryCodec.h
    ${CMAKE_CURRENT_LIST_DIR}/ParticipantRowReader.cpp ${CMAKE_CURRENT_LIST_DIR}/ParticipantRowReader.h
)
