// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "outcomes/ProgramOutcomes.h"

#include <QPageSize>

namespace stepwise {

class Database;

namespace OutcomeExport {

// The outcomes report as a PDF at `path` (OutcomeDocument), with the audit row
// "export.outcomes" recorded before the file is put in place, so no copy exists unrecorded and
// a refused export leaves no file. Supervisors only. Returns the page count.
Result<int> writePdf(Database& db, const ProgramOutcomes& outcomes, const QString& counselorName,
    const QString& path, const QPageSize& pageSize);

} // namespace OutcomeExport
} // namespace stepwise
