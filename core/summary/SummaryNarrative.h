// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProgressSummary.h"

namespace stepwise::SummaryNarrative {

// The opening the clinician edits: attendance, the change in PHQ-9 and GAD-7, objectives met
// and the current phase, in plain sentences from the record.
QString draft(const ProgressSummary& summary);

// What draft() appends for the clinician to replace with their own assessment; a narrative
// that still contains it is not finished.
QString prompt();
bool hasPrompt(const QString& narrative);

} // namespace stepwise::SummaryNarrative
