# SPDX-License-Identifier: GPL-3.0-or-later
# Printable progress notes and discharge summaries (issue 6).
target_sources(stepwise_reports PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/RecordDocuments.cpp ${CMAKE_CURRENT_LIST_DIR}/RecordDocuments.h
)
