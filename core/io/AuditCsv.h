// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "storage/AuditTrail.h"

#include <QByteArray>

namespace stepwise {

class Database;

// The audit trail as CSV for a reviewer's spreadsheet: one row per audit row, UTC times, the
// person's name beside their id, formulas neutralised. Needs Permission::ViewAudit; the export
// itself is an audit row ("audit.export").
namespace AuditCsv {

QStringList columns();
Result<QByteArray> exportCsv(Database& db, const AuditFilter& filter);

} // namespace AuditCsv
} // namespace stepwise
