// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CaseloadFlag.h"

namespace stepwise {

struct CaseloadRow;

namespace CaseloadFlagRules {

// The dashboard's flags of one caseload row, read from what the caseload query decided: the
// engagement, assessment, plan, note and toxicology rules each own their threshold.
CaseloadFlags of(const CaseloadRow& row);

} // namespace CaseloadFlagRules
} // namespace stepwise
