// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace stepwise::test {

// An SQLite VFS over the platform's default one that can make writes or syncs fail, as a full
// disk or a failing drive would, and can open one file read-only, as the OS does for a file
// without write permission (which root ignores, and the tests run as root in CI).
//
// Qt's QSQLITE driver links the system libsqlite3, so registering this as SQLite's default VFS
// in the test process reaches every connection Database::open makes afterwards. Unarmed, it
// only counts and forwards.
namespace FaultVfs {

enum class Operation { Write, Sync };

// Registers the VFS as SQLite's default; later calls do nothing.
void install();

// From the `nth` call of `operation` on (counted from now, 1-based) every such call fails
// with `sqliteErrorCode` without touching the file, until disarm(): a full disk stays full.
void failFrom(Operation operation, int nth, int sqliteErrorCode);
void disarm();
// Whether an armed fault has failed at least one call since failFrom().
bool faultHit();

// Counts writes and syncs on every file SQLite opens (database, WAL, journals) from now on.
void resetCounts();
int writes();
int syncs();

// Opens the database file at this absolute path read-only from now on (empty: none).
void setReadOnlyFile(const QString& path);

} // namespace FaultVfs
} // namespace stepwise::test
