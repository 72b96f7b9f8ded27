# SPDX-License-Identifier: GPL-3.0-or-later
# The FHIR R4 export of one participant's record (issue 7); see docs/fhir.md.
target_sources(stepwise_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/FhirExport.cpp ${CMAKE_CURRENT_LIST_DIR}/FhirExport.h
    ${CMAKE_CURRENT_LIST_DIR}/FhirResources.cpp ${CMAKE_CURRENT_LIST_DIR}/FhirResources.h
)
