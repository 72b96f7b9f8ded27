// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// The SQL of each schema version, a file each (schema/MigrationN.cpp), so that a new version is a
// new file and an old one is never edited: databases in the field were made by it. Schema.cpp
// runs them in order. Statements keep their text byte for byte, since SQLite stores a CREATE
// statement as written.
namespace stepwise::Schema::Migrations {

const QStringList& version1();
const QStringList& version2Tables();   // then AuditTrail::chainUnchainedRows
const QStringList& version2Triggers(); // the audit log's append-only triggers
const QStringList& version3();
const QStringList& version4();
const QStringList& version5();
const QStringList& version6();
const QStringList& version7();

} // namespace stepwise::Schema::Migrations
