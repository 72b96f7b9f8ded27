// SPDX-License-Identifier: GPL-3.0-or-later
#include "Backup.h"

#include "AuditTrail.h"
#include "Database.h"
#include "Schema.h"
#include "SettingsStore.h"
#include "auth/Access.h"
#include "common/Clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace stepwise {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::Backup", text);
}

Error fail(ErrorCode code, const QString& message, const QString& detail = {})
{
    return Error { code, message, {}, detail };
}

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QByteArray encoded(const QString& path)
{
    return QFile::encodeName(path);
}

// "stepwise-2025-03-14.sqlite", and nothing else: rotation removes only files named exactly so.
const QRegularExpression& automaticName()
{
    static const QRegularExpression re(
        QStringLiteral("^stepwise-(\\d{4}-\\d{2}-\\d{2})\\.sqlite$"));
    return re;
}

QString automaticFileName(const QDate& day)
{
    return QStringLiteral("stepwise-%1.sqlite").arg(day.toString(Qt::ISODate));
}

struct AutomaticBackup
{
    QDate day;
    QFileInfo file;
};

// Automatic backups in `folder`, newest day first.
QList<AutomaticBackup> automaticBackups(const QString& folder)
{
    QList<AutomaticBackup> found;
    const QFileInfoList entries = QDir(folder).entryInfoList(QDir::Files | QDir::Hidden);
    for (const QFileInfo& entry : entries) {
        if (entry.isSymLink() || !entry.isFile())
            continue;
        const auto match = automaticName().match(entry.fileName());
        if (!match.hasMatch())
            continue;
        const QDate day = QDate::fromString(match.captured(1), Qt::ISODate);
        if (day.isValid())
            found.append({ day, entry });
    }
    std::sort(found.begin(), found.end(),
        [](const AutomaticBackup& a, const AutomaticBackup& b) { return a.day > b.day; });
    return found;
}

// A new, empty file that is private from its first byte: created by us with mode 0600 rather
// than by SQLite, which would copy the umask's permissions.
Status createPrivateFile(const QString& path)
{
    const int fd = ::open(encoded(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return fail(ErrorCode::Io, tr("Cannot create %1: %2").arg(path, systemError(errno)));
    // The umask can only take bits away; put back owner write should it have taken that too.
    const int chmodResult = ::fchmod(fd, 0600);
    const int chmodError = errno;
    ::close(fd);
    if (chmodResult != 0) {
        QFile::remove(path);
        return fail(ErrorCode::Io,
            tr("Cannot make %1 private to you: %2").arg(path, systemError(chmodError)));
    }
    return {};
}

// fsync through a descriptor of our own. Only for files no SQLite connection in this process
// has open: closing any descriptor of a file drops every POSIX lock the process holds on it
// (https://sqlite.org/howtocorrupt.html, section 2.2).
Status syncPath(const QString& path, bool folder)
{
    const int fd
        = ::open(encoded(path).constData(), O_RDONLY | O_CLOEXEC | (folder ? O_DIRECTORY : 0));
    if (fd < 0)
        return fail(ErrorCode::Io, tr("Cannot write %1 to disk: %2").arg(path, systemError(errno)));
    const int result = ::fsync(fd);
    const int error = errno;
    ::close(fd);
    if (result != 0)
        return fail(ErrorCode::Io, tr("Cannot write %1 to disk: %2").arg(path, systemError(error)));
    return {};
}

// rename() that fails instead of replacing an existing `to`.
Status renameNoReplace(const QString& from, const QString& to)
{
    const QByteArray f = encoded(from);
    const QByteArray t = encoded(to);
    if (::renameat2(AT_FDCWD, f.constData(), AT_FDCWD, t.constData(), RENAME_NOREPLACE) == 0)
        return {};
    int error = errno;
    // File systems without RENAME_NOREPLACE: link() refuses an existing name atomically too.
    if (error == EINVAL || error == ENOSYS) {
        if (::link(f.constData(), t.constData()) == 0) {
            ::unlink(f.constData());
            return {};
        }
        error = errno;
    }
    if (error == EEXIST)
        return fail(ErrorCode::Conflict,
            tr("%1 already exists; Stepwise does not overwrite files. Choose another name.")
                .arg(to));
    return fail(ErrorCode::Io, tr("Cannot rename %1 to %2: %3").arg(from, to, systemError(error)));
}

QString tempPathBeside(const QString& path, const QString& purpose)
{
    const QFileInfo info(path);
    return info.absoluteDir().filePath(
        QStringLiteral(".%1.%2-%3")
            .arg(info.fileName(), purpose, QUuid::createUuid().toString(QUuid::Id128).left(12)));
}

void removeWithCompanions(const QString& path)
{
    for (const char* suffix : { "", "-wal", "-shm", "-journal" })
        QFile::remove(path + QLatin1String(suffix));
}

// Everything a backup must pass, without writing to it: what DatabaseFile::inspect checks
// (Stepwise's file, complete, not newer, quick_check) through a read-only open, then the full
// integrity_check, foreign keys and the identity as SQLite reads it. An older data format is
// fine: Stepwise upgrades it when it opens the restored file.
Status checkCopy(const QString& path)
{
    auto opened = Database::open(path, Database::OpenMode::ReadOnly);
    if (!opened)
        return opened.error();
    Database& copy = **opened;
    auto integrity = copy.exec(QStringLiteral("PRAGMA integrity_check"));
    if (!integrity)
        return integrity.error();
    QStringList problems;
    while (integrity->next()) {
        const QString line = integrity->value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (!problems.isEmpty())
        return fail(ErrorCode::Corrupt, tr("%1 is damaged: %2").arg(path, problems.first()),
            problems.join(QLatin1Char('\n')));
    auto keys = copy.exec(QStringLiteral("PRAGMA foreign_key_check"));
    if (!keys)
        return keys.error();
    if (keys->next())
        return fail(ErrorCode::Corrupt,
            tr("%1 is damaged: a row of %2 points to a missing %3 row.")
                .arg(path, keys->value(0).toString(), keys->value(2).toString()));
    auto app = copy.pragma(QStringLiteral("application_id"));
    if (!app)
        return app.error();
    const int version = copy.schemaVersion();
    if (app->toInt() != Database::ApplicationId || version < 1)
        return fail(ErrorCode::NotADatabase, tr("%1 is not a Stepwise database.").arg(path));
    if (version > Schema::currentVersion())
        return fail(ErrorCode::NewerVersion,
            tr("%1 was written by a newer version of Stepwise.").arg(path));
    return {};
}

// VACUUM INTO reads one snapshot in a read transaction, so writers on other connections go on
// and the copy holds exactly the commits made before it started. It accepts the empty file
// made by createPrivateFile() and writes a file in rollback-journal mode, which read-only
// checks open without creating -wal and -shm files beside it.
//
// It runs on a read-only connection of its own rather than the caller's: SQLite refuses VACUUM
// on a connection with any statement still in progress (Database keeps prepared statements,
// and one that returned a row stays active until it runs again) or inside a transaction, and
// a copy of the committed state is what a backup should hold anyway. This opens no file
// descriptor of its own on the database, so the locks of the caller's connection stand.
Status vacuumInto(const QString& source, const QString& temp)
{
    const QString name
        = QStringLiteral("stepwise-backup-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Status result;
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        connection.setDatabaseName(source);
        connection.setConnectOptions(
            QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!connection.open()) {
            result = storageError(tr("Cannot read the database."), connection.lastError().text());
        } else {
            QSqlQuery q(connection);
            if (!q.prepare(QStringLiteral("VACUUM INTO ?"))) {
                result = storageError(
                    tr("SQLite refused to copy the database."), q.lastError().text());
            } else {
                q.addBindValue(temp);
                if (!q.exec()) {
                    const QSqlError e = q.lastError();
                    bool known = false;
                    const int code = e.nativeErrorCode().toInt(&known) & 0xff;
                    if (known && code == 13) // SQLITE_FULL
                        result = storageError(tr("The disk is full."), e.text());
                    else if (known && (code == 5 || code == 6)) // SQLITE_BUSY, SQLITE_LOCKED
                        result = storageError(
                            tr("The database stayed busy in another window or program; try "
                               "again."),
                            e.text());
                    else
                        result = storageError(
                            tr("SQLite could not copy the database (%1).").arg(e.databaseText()),
                            e.text());
                }
            }
            q.finish();
            connection.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

// The work behind create() and writeDaily(); the callers decide who may run it. Uses only the
// file at `source` (connections of its own), so it may run on any thread.
Result<BackupInfo> makeCopy(const QString& source, const QString& outPath)
{
    const QFileInfo out(outPath);
    if (out.exists() || out.isSymLink())
        return fail(ErrorCode::Conflict,
            tr("%1 already exists; Stepwise does not overwrite files. Choose another name.")
                .arg(outPath));
    if (!out.absoluteDir().exists())
        return fail(ErrorCode::Io, tr("The folder %1 does not exist.").arg(out.absolutePath()));

    // Written under a hidden name and renamed only once it is complete and checked, so a
    // failure never leaves something that looks like a backup.
    const QString temp = tempPathBeside(out.absoluteFilePath(), QStringLiteral("part"));
    if (Status s = createPrivateFile(temp); !s)
        return s.error();
    auto cleanFail = [&](Error e) {
        removeWithCompanions(temp);
        return e;
    };

    if (Status s = vacuumInto(source, temp); !s)
        return cleanFail(fail(s.error().code,
            tr("The backup %1 could not be written: %2").arg(outPath, s.error().message),
            s.error().detail));
    if (Status s = checkCopy(temp); !s)
        return cleanFail(fail(ErrorCode::Corrupt,
            tr("The backup was made but failed its check, so it was deleted: %1")
                .arg(s.error().message),
            s.error().detail));
    if (Status s = syncPath(temp, false); !s)
        return cleanFail(s.error());
    if (Status s = renameNoReplace(temp, out.absoluteFilePath()); !s)
        return cleanFail(s.error());
    if (Status s = syncPath(out.absolutePath(), true); !s)
        return s.error();

    BackupInfo info;
    info.path = out.absoluteFilePath();
    info.bytes = QFileInfo(info.path).size();
    info.madeAt = Clock::instance().nowUtc();
    return info;
}

Status ensurePrivateFolder(const QString& folder)
{
    const QFileInfo info(folder);
    if (info.isDir())
        return {};
    if (info.exists())
        return fail(ErrorCode::Io, tr("The backup folder %1 is a file, not a folder.").arg(folder));
    const QString parent = info.absolutePath();
    if (!QDir().mkpath(parent))
        return fail(ErrorCode::Io, tr("Cannot create the backup folder %1.").arg(parent));
    // Backups hold every participant's record: the folder is the owner's alone.
    if (::mkdir(encoded(info.absoluteFilePath()).constData(), 0700) != 0 && errno != EEXIST)
        return fail(ErrorCode::Io,
            tr("Cannot create the backup folder %1: %2").arg(folder, systemError(errno)));
    return {};
}

// A read-write connection in exclusive locking mode, held while the database file is swapped.
// Every SQLite connection to a database in WAL mode holds a shared lock on the file for as
// long as it is open, even when idle, so taking the exclusive lock fails (SQLITE_BUSY) while
// any other connection, in this process or another, has it open; holding the lock keeps new
// ones out until the file has been moved away. When the lock was taken and the file then
// renamed, closing does not checkpoint into it (SQLite skips that for a moved file), so the
// replaced file and its -wal are kept exactly as they were.
class ExclusiveHold
{
public:
    explicit ExclusiveHold(const QString& path)
        : m_name(QStringLiteral("stepwise-restore-")
            + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        // Long enough to outwait a moment's check by another program, short enough for a person.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=750"));
        if (!db.open()) {
            m_error = db.lastError();
            return;
        }
        QSqlQuery q(db);
        for (const char* sql : { "PRAGMA locking_mode = EXCLUSIVE", "BEGIN EXCLUSIVE", "COMMIT" }) {
            if (!q.exec(QString::fromLatin1(sql))) {
                m_error = q.lastError();
                return;
            }
        }
        m_held = true;
    }
    ~ExclusiveHold()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    ExclusiveHold(const ExclusiveHold&) = delete;
    ExclusiveHold& operator=(const ExclusiveHold&) = delete;

    bool held() const { return m_held; }
    // SQLITE_BUSY / SQLITE_LOCKED (with or without extended codes): someone has it open.
    bool inUse() const
    {
        if (m_held)
            return false;
        bool ok = false;
        const int code = m_error.nativeErrorCode().toInt(&ok);
        return ok && ((code & 0xff) == 5 || (code & 0xff) == 6);
    }
    QString errorText() const { return m_error.text(); }

private:
    QString m_name;
    QSqlError m_error;
    bool m_held = false;
};

const char* const companionSuffixes[] = { "-wal", "-shm", "-journal" };

} // namespace

namespace Backup {

Result<BackupInfo> create(Database& db, const QString& outPath)
{
    if (Status s = Access::require(db, Permission::Backup); !s)
        return s.error();
    if (outPath.isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("No file was given for the backup."));
    auto made = makeCopy(db.path(), outPath);
    if (!made)
        return made;
    // A copy of every record that leaves without a trail is what audit controls exist to
    // prevent, so a backup that cannot be audited is not kept.
    if (Status s = AuditTrail::record(
            db, QStringLiteral("backup.create"), QStringLiteral("database"), 0, made->path);
        !s) {
        QFile::remove(made->path);
        return fail(s.error().code,
            tr("The backup was not kept because it could not be recorded in the audit log: %1")
                .arg(s.error().message),
            s.error().detail);
    }
    return made;
}

QString folderFor(Database& db)
{
    if (auto settings = SettingsStore(db).load();
        settings && !settings->security.backupFolder.trimmed().isEmpty())
        return QDir::cleanPath(settings->security.backupFolder.trimmed());
    return QFileInfo(db.path()).absoluteDir().filePath(QStringLiteral("backups"));
}

Result<std::optional<DailyBackupJob>> startDaily(
    Database& db, const QString& folder, int keep, const QDate& today)
{
    if (!db.session())
        return fail(
            ErrorCode::Unauthenticated, tr("The daily backup is made once someone has signed in."));
    if (!today.isValid() || folder.isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("No folder or day was given for the backup."));
    if (Status s = ensurePrivateFolder(folder); !s)
        return s.error();

    DailyBackupJob job;
    job.databasePath = db.path();
    job.folder = QDir(folder).absolutePath();
    job.target = QDir(folder).absoluteFilePath(automaticFileName(today));
    job.keep = keep;
    if (QFileInfo::exists(job.target) || QFileInfo(job.target).isSymLink())
        return std::optional<DailyBackupJob>();
    return std::optional<DailyBackupJob>(job);
}

Result<BackupInfo> writeDaily(const DailyBackupJob& job)
{
    auto made = makeCopy(job.databasePath, job.target);
    if (!made)
        return made.error();

    // Today's is always kept, even should the folder hold backups dated later (a clock that
    // was wrong), so the copy just made is never the one removed.
    int kept = 1;
    for (const AutomaticBackup& old : automaticBackups(job.folder)) {
        if (old.file.absoluteFilePath() == made->path)
            continue;
        if (kept < job.keep)
            ++kept;
        else
            QFile::remove(old.file.absoluteFilePath());
    }
    return made;
}

Status recordDaily(Database& db, const BackupInfo& made)
{
    if (Status s = AuditTrail::record(
            db, QStringLiteral("backup.auto"), QStringLiteral("database"), 0, made.path);
        !s)
        return fail(s.error().code,
            tr("The daily backup %1 was made but could not be recorded in the audit log: %2")
                .arg(made.path, s.error().message),
            s.error().detail);
    return {};
}

Result<std::optional<BackupInfo>> rotateDaily(
    Database& db, const QString& folder, int keep, const QDate& today)
{
    auto job = startDaily(db, folder, keep, today);
    if (!job)
        return job.error();
    if (!*job)
        return std::optional<BackupInfo>();
    auto made = writeDaily(**job);
    if (!made)
        return made.error();
    if (Status s = recordDaily(db, *made); !s)
        return s.error();
    return std::optional<BackupInfo>(std::move(made).value());
}

QList<BackupInfo> goodBackups(const QString& folder)
{
    QList<BackupInfo> good;
    for (const AutomaticBackup& candidate : automaticBackups(folder)) {
        const QString path = candidate.file.absoluteFilePath();
        if (!checkCopy(path))
            continue;
        BackupInfo info;
        info.path = path;
        info.bytes = candidate.file.size();
        info.madeAt = candidate.file.lastModified().toUTC();
        good.append(info);
    }
    return good;
}

Result<QString> restore(const QString& backupPath, const QString& databasePath)
{
    if (backupPath.isEmpty() || databasePath.isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("No backup or database file was given."));
    const QString target = QFileInfo(databasePath).absoluteFilePath();
    const QString unchanged = tr("%1 was not changed.").arg(target);

    if (Status s = checkCopy(backupPath); !s)
        return fail(s.error().code,
            tr("%1 cannot be restored: %2 %3").arg(backupPath, s.error().message, unchanged),
            s.error().detail);
    // Changes still in a -wal beside the backup would be lost by copying the main file alone.
    if (QFileInfo(backupPath + QStringLiteral("-wal")).size() > 0)
        return fail(ErrorCode::Conflict,
            tr("%1 cannot be restored while %1-wal beside it holds changes not yet written into "
               "it; open it in Stepwise once and close it again first. %2")
                .arg(backupPath, unchanged));

    const QFileInfo targetInfo(target);
    if (!targetInfo.absoluteDir().exists())
        return fail(
            ErrorCode::Io, tr("The folder %1 does not exist.").arg(targetInfo.absolutePath()));
    if (targetInfo.exists() && !targetInfo.isFile())
        return fail(ErrorCode::Io,
            tr("%1 is not a regular file, so it cannot be replaced by a backup.").arg(target));

    // The copy is made and checked under a hidden name first: what ends up at `target` is the
    // whole backup or nothing.
    const QString temp = tempPathBeside(target, QStringLiteral("restoring"));
    if (Status s = createPrivateFile(temp); !s)
        return s.error();
    auto cleanFail = [&](Error e) {
        removeWithCompanions(temp);
        return e;
    };
    {
        QFile from(backupPath);
        QFile to(temp);
        if (!from.open(QIODevice::ReadOnly))
            return cleanFail(
                fail(ErrorCode::Io, tr("Cannot read %1: %2").arg(backupPath, from.errorString())));
        if (!to.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return cleanFail(
                fail(ErrorCode::Io, tr("Cannot write %1: %2").arg(temp, to.errorString())));
        while (!from.atEnd()) {
            const QByteArray chunk = from.read(1 << 20);
            if (chunk.isEmpty() && from.error() != QFileDevice::NoError)
                return cleanFail(fail(ErrorCode::Io,
                    tr("Cannot read %1: %2 %3").arg(backupPath, from.errorString(), unchanged)));
            if (to.write(chunk) != chunk.size())
                return cleanFail(fail(ErrorCode::Io,
                    tr("Cannot copy the backup beside %1: %2 %3")
                        .arg(target, to.errorString(), unchanged)));
        }
        if (!to.flush())
            return cleanFail(fail(ErrorCode::Io,
                tr("Cannot copy the backup beside %1: %2 %3")
                    .arg(target, to.errorString(), unchanged)));
    }
    if (Status s = syncPath(temp, false); !s)
        return cleanFail(s.error());
    if (Status s = checkCopy(temp); !s)
        return cleanFail(fail(ErrorCode::Io,
            tr("The copy of %1 beside %2 did not match the backup. %3")
                .arg(backupPath, target, unchanged),
            s.error().message + QLatin1Char(' ') + s.error().detail));
    // A backup written in WAL mode gets -wal and -shm from the read-only check; they are empty
    // and belong to the hidden name.
    for (const char* suffix : companionSuffixes)
        QFile::remove(temp + QLatin1String(suffix));

    if (!targetInfo.exists()) {
        if (Status s = renameNoReplace(temp, target); !s)
            return cleanFail(s.error());
        if (Status s = syncPath(targetInfo.absolutePath(), true); !s)
            return s.error();
        return QString();
    }

    std::optional<ExclusiveHold> hold(std::in_place, target);
    if (hold->inUse())
        return cleanFail(fail(ErrorCode::Storage,
            tr("%1 is open in Stepwise or another program. Close every window and program that "
               "uses it, then restore again. %2")
                .arg(target, unchanged),
            hold->errorText()));
    // Not held for another reason (the file is damaged beyond SQLite reading it): no
    // connection can be using it, and it is replaced like any other.

    const QString keptBase = target + QStringLiteral(".replaced-")
        + Clock::instance().nowUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QString kept = keptBase;
    // Two restores within a second: the second keeps its file under the next free number.
    for (int n = 2; QFileInfo::exists(kept) || QFileInfo::exists(kept + QStringLiteral("-wal"));
         ++n)
        kept = keptBase + QStringLiteral("-%1").arg(n);

    // The -wal goes first and with the file: a database paired with another file's -wal is
    // corrupted by it. Each step is undone should a later one fail.
    QList<QPair<QString, QString>> moved;
    auto undo = [&]() {
        for (auto it = moved.crbegin(); it != moved.crend(); ++it)
            (void)renameNoReplace(it->second, it->first);
    };
    for (const char* suffix : companionSuffixes) {
        const QString from = target + QLatin1String(suffix);
        if (!QFileInfo::exists(from))
            continue;
        const QString to = kept + QLatin1String(suffix);
        if (Status s = renameNoReplace(from, to); !s) {
            undo();
            return cleanFail(fail(s.error().code,
                tr("Cannot set the current database aside: %1 %2")
                    .arg(s.error().message, unchanged)));
        }
        moved.append({ from, to });
    }
    if (Status s = renameNoReplace(target, kept); !s) {
        undo();
        return cleanFail(fail(s.error().code,
            tr("Cannot set the current database aside: %1 %2").arg(s.error().message, unchanged)));
    }
    moved.append({ target, kept });
    if (Status s = renameNoReplace(temp, target); !s) {
        undo();
        return cleanFail(fail(s.error().code,
            tr("Cannot put the backup in place: %1 %2").arg(s.error().message, unchanged)));
    }
    // Released only now that the old file has moved, so no one opened it in between.
    hold.reset();
    if (Status s = syncPath(targetInfo.absolutePath(), true); !s)
        return s.error();
    return kept;
}

} // namespace Backup
} // namespace stepwise
