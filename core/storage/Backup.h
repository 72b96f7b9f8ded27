// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace stepwise {

class Database;

struct BackupInfo
{
    QString path;
    qint64 bytes = 0;
    QDateTime madeAt; // UTC
};

// Consistent copies of a database that is in use, and putting one back.
namespace Backup {

// A consistent copy of `db` at `outPath` while others keep writing (VACUUM INTO into a new
// file created 0600 beside the target, checked with PRAGMA integrity_check, then renamed into
// place). Refuses an existing `outPath`. Needs Permission::Backup; audited as "backup.create".
// The copy holds what was committed when it began: a change still inside an open Transaction
// on `db` is not in it.
Result<BackupInfo> create(Database& db, const QString& outPath);

// The folder automatic backups go to: the setting, or "backups" beside the database file.
// Only names it; rotateDaily() creates it (mode 0700) when it is missing.
QString folderFor(Database& db);

// The daily automatic backup: when `folder` has no "stepwise-YYYY-MM-DD.sqlite" for `today`,
// makes one, then removes the oldest automatic backups beyond `keep` (at least today's is
// kept). Files not named exactly like that are never removed. Nothing happens, and nullopt is
// returned, when today's backup exists. Needs someone signed in but no permission (it is the
// program's own safety net); audited as "backup.auto".
Result<std::optional<BackupInfo>> rotateDaily(
    Database& db, const QString& folder, int keep, const QDate& today);

// rotateDaily() in three steps, so that a program can make the copy off its UI thread (at
// 2 GB it takes minutes): startDaily() and recordDaily() use the connection and belong on its
// thread; writeDaily() uses only the file, by path, and may run on any thread.
struct DailyBackupJob
{
    QString databasePath;
    QString folder;
    QString target; // today's automatic backup
    int keep = 0;
};
// Checks the session, creates the folder, and says what to write: nullopt when today's backup
// already exists.
Result<std::optional<DailyBackupJob>> startDaily(
    Database& db, const QString& folder, int keep, const QDate& today);
// Writes and checks the copy, then removes the oldest automatic backups beyond `keep`.
Result<BackupInfo> writeDaily(const DailyBackupJob& job);
// The "backup.auto" audit row for a copy writeDaily() made.
Status recordDaily(Database& db, const BackupInfo& made);

// Automatic backups in `folder`, newest first, that pass DatabaseFile::inspect and
// integrity_check; for the "the database is damaged" offer at start-up.
QList<BackupInfo> goodBackups(const QString& folder);

// Puts `backupPath` in place of `databasePath`: refuses a backup that fails the checks, and a
// database that any connection (in this program or another) has open; keeps the replaced file
// (and its -wal and -shm) as "<name>.replaced-<UTC yyyyMMddTHHmmssZ>" rather than deleting it.
// Returns the path of that kept file, or an empty string when there was no file to replace.
// Refusals leave the database byte-for-byte as it was. Takes no Database, so the caller checks
// Permission::Backup (and writes the audit row) before closing its connection.
Result<QString> restore(const QString& backupPath, const QString& databasePath);

} // namespace Backup
} // namespace stepwise
