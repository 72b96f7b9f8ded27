// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outcomes/ProgramOutcomes.h"
#include "reports/RecordDocument.h"

namespace stepwise {

// The program outcomes as a printable report (issue 8): the period and filters, then each
// group of figures as on the outcomes page, with its chart, and the definitions. Figures of the
// whole program: no participant is named.
namespace OutcomeDocument {

struct Context
{
    QString clinicName;
    QString programName;
    QString counselorName; // of the filter's counselor; empty without one
};

RecordDocument build(const ProgramOutcomes& outcomes, const Context& context);

} // namespace OutcomeDocument
} // namespace stepwise
