// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QStringList>

namespace stepwise {

class Database;

// The schema in one place: an ordered list of migrations; migration N brings user_version from
// N-1 to N. Never edit a released migration, append a new one.
namespace Schema {

int currentVersion();
// The CREATE TRIGGER statements that make audit_log append-only, as SQLite stores them, so
// AuditTrail::verify can tell ours from look-alikes.
QStringList auditLogTriggers();
// The SQL statements of migration `version` (1-based). A migration may also have steps in C++
// (migration 2 chains the audit rows that existed before it); on an empty database the SQL
// alone gives the same schema.
QStringList migration(int version);
// Runs the migrations from the file's version up to `target` (default: current) in one
// transaction, setting user_version and application_id.
Status migrate(Database& db, int target = -1);

} // namespace Schema
} // namespace stepwise
