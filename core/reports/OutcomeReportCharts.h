// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartCanvas.h"
#include "outcomes/ProgramOutcomes.h"

#include <QImage>

// The charts of the program outcomes report, drawn for print (issue 8). The outcomes page draws
// its own with Qt Charts; both show the same figures, worded by OutcomeText.
namespace stepwise::OutcomeReportCharts {

// A horizontal bar per discharge reason, most first, each with its count.
QImage discharges(const ProgramOutcomes& o, ChartCanvas::Size size = { 160, 50 });
// Share retained by week since admission, 0 to 12, as a line with its points; weeks nobody can
// be followed yet are left out.
QImage retention(const ProgramOutcomes& o, ChartCanvas::Size size = { 160, 55 });
// The median days of each phase as a bar, labelled; a phase without discharges has none.
QImage stays(const ProgramOutcomes& o, ChartCanvas::Size size = { 160, 45 });

} // namespace stepwise::OutcomeReportCharts
