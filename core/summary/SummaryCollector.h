// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProgressSummary.h"
#include "common/Result.h"

namespace stepwise {

class Database;

namespace SummaryCollector {

// Field errors of a period: "from" and "to" must be dates, from no later than to, and to no
// later than today.
QList<FieldError> checkPeriod(const QDate& from, const QDate& to, const QDate& today);

// Reads what the summary of `participantId` for from..to shows. The signed-in user must reach
// the participant and hold a reports permission (counselors their caseload, supervisors
// everyone); reading writes no audit row of its own: exporting or printing records the
// disclosure (DisclosureStore).
Result<ProgressSummary> collect(
    Database& db, Id participantId, const QDate& from, const QDate& to, const QDate& today);

} // namespace SummaryCollector
} // namespace stepwise
