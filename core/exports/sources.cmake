# SPDX-License-Identifier: GPL-3.0-or-later
# CSV exports for spreadsheets (issue 7); their SQL lives in storage/ExportRows.
target_sources(stepwise_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/CsvExport.cpp ${CMAKE_CURRENT_LIST_DIR}/CsvExport.h
    ${CMAKE_CURRENT_LIST_DIR}/../storage/ExportRows.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../storage/ExportRows.h
)
