// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProgramOutcomes.h"

#include <QByteArray>

namespace stepwise::OutcomeCsv {

// The outcomes as a long table, one figure per line: measure, detail, value. The filter comes
// first, so the file says what it counts. Rates are fractions (0.75), medians in days, values
// that cannot be computed (no discharges, no scores) are empty. docs/outcomes.md lists the
// measures.
QByteArray write(const ProgramOutcomes& outcomes, const QString& counselorName);

} // namespace stepwise::OutcomeCsv
