// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "outcomes/ProgramOutcomes.h"

namespace stepwise {

class Database;

// The program outcomes (issue 8) read from the record. Supervisors only
// (Permission::ViewAllReports): they are the whole program's figures.
namespace OutcomeQuery {

// The episodes overlapping the filter's period, with their phases and PHQ-9 and GAD-7 scores,
// and the attendance recorded in the period per participant, phase and status; of the filter's
// counselor and focus (the phase is judged by OutcomeRules). Refused with field errors for a
// period that is missing or backwards.
Result<OutcomeData> load(Database& db, const OutcomeFilter& filter);

// load() and OutcomeRules::compute().
Result<ProgramOutcomes> compute(Database& db, const OutcomeFilter& filter, const QDate& today);

// The audit row "export.outcomes" of an export in `format` ("CSV", "PDF"): the period and
// filters. Supervisors only.
Status recordExport(Database& db, const ProgramOutcomes& outcomes, const QString& format);

// OutcomeCsv::write(), with an audit row "export.outcomes" first: figures of the whole program,
// no one's record, but still something that leaves Stepwise.
Result<QByteArray> exportCsv(
    Database& db, const ProgramOutcomes& outcomes, const QString& counselorName);

} // namespace OutcomeQuery
} // namespace stepwise
