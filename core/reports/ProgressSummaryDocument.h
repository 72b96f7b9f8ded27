// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/RecordDocument.h"
#include "summary/ProgressSummary.h"
#include "summary/SummaryOptions.h"

namespace stepwise::ProgressSummaryDocument {

// The printable progress summary: the sections the options choose, in a fixed order, with
// charts drawn at print resolution. A disclosure outside the program opens with the 42 CFR
// Part 2 notice and the consent it relies on, and carries the short notice on every page.
RecordDocument build(const ProgressSummary& summary, const SummaryOptions& options);

// Periods longer than this many weeks list attendance by month instead of by week, so three
// years print on a page or two rather than ten.
constexpr int WeeklyTableLimit = 26;

} // namespace stepwise::ProgressSummaryDocument
