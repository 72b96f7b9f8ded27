// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outcomes/ProgramOutcomes.h"

class QChart;

namespace stepwise::OutcomeCharts {

// New charts of the outcomes (the caller's QChartView takes ownership).
QChart* discharges(const ProgramOutcomes& o); // a bar per discharge reason
QChart* retention(const ProgramOutcomes& o);  // share retained by week since admission
QChart* stays(const ProgramOutcomes& o);      // median days per phase

} // namespace stepwise::OutcomeCharts
