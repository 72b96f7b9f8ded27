// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseFile.h"

#include "Database.h"
#include "Schema.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <QtEndian>

namespace stepwise::DatabaseFile {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::DatabaseFile", text);
}

Error fail(ErrorCode code, const QString& message, const QString& detail = {})
{
    return Error { code, message, {}, detail };
}

// SQLite file header layout: https://www.sqlite.org/fileformat2.html#the_database_header
constexpr int HeaderSize = 100;
constexpr char Magic[] = "SQLite format 3";

quint32 be32(const QByteArray& h, int offset)
{
    return qFromBigEndian<quint32>(h.constData() + offset);
}

// Ours, and not from the future.
Status identityCheck(const QString& path, const DatabaseFileInfo& info)
{
    if (info.applicationId != Database::ApplicationId)
        return fail(ErrorCode::NotADatabase,
            tr("%1 is an SQLite database of another application, not a Stepwise database.")
                .arg(path));
    if (info.userVersion > Schema::currentVersion())
        return fail(ErrorCode::NewerVersion,
            tr("%1 was written by a newer version of Stepwise (data format %2; this version reads "
               "up "
               "to %3). Update Stepwise to open it; the file was not changed.")
                .arg(path)
                .arg(info.userVersion)
                .arg(Schema::currentVersion()));
    return {};
}

// A whole-file quick_check reads every page: about a second per 500 MB even from the page
// cache, which a large provider's file would add to every start (issue 8 asks for the caseload
// within half a second). Up to this size the whole file is checked; past it, the schema and the
// tables that signing in and the first screen read, each with its indexes. The whole file is
// still checked by `stepwise-cli check`, and each backup copy in full before it is kept
// (docs/performance.md).
constexpr qint64 FullCheckBytes = 64 * 1024 * 1024;

QStringList checksFor(QSqlQuery& q, const DatabaseFileInfo& info)
{
    if (info.size <= FullCheckBytes)
        return { QStringLiteral("PRAGMA quick_check") };
    static const QStringList first
        = { QStringLiteral("staff"), QStringLiteral("staff_role"), QStringLiteral("setting"),
              QStringLiteral("participant"), QStringLiteral("episode"), QStringLiteral("phase") };
    QStringList checks;
    // Reading the schema is a check of its own: a damaged one fails here.
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'")))
        return { QStringLiteral("PRAGMA quick_check") };
    while (q.next()) {
        const QString name = q.value(0).toString();
        if (first.contains(name))
            checks << QStringLiteral("PRAGMA quick_check(%1)").arg(name);
    }
    q.finish();
    return checks;
}

Status runCheck(QSqlQuery& q, const QString& check, const QString& path)
{
    Status result;
    if (!q.exec(check)) {
        // SQLITE_BUSY or SQLITE_LOCKED: another program held a lock past the timeout;
        // the file may be fine.
        const QString code = q.lastError().nativeErrorCode();
        if (code == QLatin1String("5") || code == QLatin1String("6"))
            result = fail(ErrorCode::Storage,
                tr("%1 is in use by another program that keeps it locked. Close that "
                   "program and try again; the file was not changed.")
                    .arg(path),
                q.lastError().text());
        else
            result = fail(ErrorCode::Corrupt,
                tr("%1 is damaged and cannot be read (%2). Restore it from a backup.")
                    .arg(path, q.lastError().databaseText()),
                q.lastError().text());
    } else {
        QStringList problems;
        while (q.next()) {
            const QString line = q.value(0).toString();
            if (line != QLatin1String("ok"))
                problems << line;
        }
        if (!problems.isEmpty())
            result = fail(ErrorCode::Corrupt,
                tr("%1 is damaged: %2. Restore it from a backup.").arg(path, problems.first()),
                problems.join(QLatin1Char('\n')));
    }
    q.finish();
    return result;
}

// Checks on a read-only connection, which never writes to the file. When committed changes are
// still in the -wal file (another connection has the database open, or a program stopped before
// a checkpoint), the main file's header may be stale, so the application id and schema version
// are read through SQLite, which sees the WAL.
Status readOnlyChecks(const QString& path, bool readVersionThroughWal, DatabaseFileInfo& info)
{
    const QString name
        = QStringLiteral("stepwise-check-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Status result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        // A read-only connection to a WAL-mode file creates an empty -wal and a -shm beside it
        // and, unable to checkpoint, leaves them there. Without a -wal no connection has the
        // file open in WAL mode, so the main file is all there is: read it as immutable, which
        // creates nothing.
        if (info.walMode && !QFileInfo::exists(path + QStringLiteral("-wal"))) {
            db.setDatabaseName(
                QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
                + QStringLiteral("?immutable=1"));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        } else {
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        }
        if (!db.open()) {
            result = fail(ErrorCode::Io, tr("Cannot read %1.").arg(path), db.lastError().text());
        } else {
            QSqlQuery q(db);
            if (readVersionThroughWal) {
                if (q.exec(QStringLiteral("PRAGMA application_id")) && q.next())
                    info.applicationId = q.value(0).toInt();
                if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                    info.userVersion = q.value(0).toInt();
                q.finish();
            }
            if (readVersionThroughWal)
                result = identityCheck(path, info);
            for (const QString& check : checksFor(q, info)) {
                if (!result)
                    break;
                result = runCheck(q, check, path);
            }
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

namespace {

QMutex registryMutex;
QHash<QString, int>& openFiles()
{
    static QHash<QString, int> files;
    return files;
}

QString registryKey(const QString& path)
{
    const QFileInfo fi(path);
    const QString canonical = fi.canonicalFilePath();
    return canonical.isEmpty() ? fi.absoluteFilePath() : canonical;
}

} // namespace

void registerOpen(const QString& path)
{
    QMutexLocker lock(&registryMutex);
    ++openFiles()[registryKey(path)];
}

void unregisterOpen(const QString& path)
{
    QMutexLocker lock(&registryMutex);
    const QString key = registryKey(path);
    if (--openFiles()[key] <= 0)
        openFiles().remove(key);
}

bool isOpenInProcess(const QString& path)
{
    QMutexLocker lock(&registryMutex);
    return openFiles().contains(registryKey(path));
}

Result<DatabaseFileInfo> inspect(const QString& path)
{
    DatabaseFileInfo info;
    const QFileInfo fi(path);
    if (!fi.exists())
        return info;
    info.exists = true;
    if (fi.isDir())
        return fail(ErrorCode::NotADatabase, tr("%1 is a folder, not a database file.").arg(path));
    if (!fi.isFile())
        return fail(ErrorCode::NotADatabase, tr("%1 is not a regular file.").arg(path));

    // Closing any descriptor of a file drops every POSIX lock this process holds on it, the
    // locks of its open SQLite connections included (https://sqlite.org/howtocorrupt.html,
    // section 2.2). A file this process already has open was checked when it was opened; it is
    // read only through SQLite, which shares its descriptors between connections.
    if (isOpenInProcess(path)) {
        info.size = fi.size();
        if (Status s = readOnlyChecks(path, true, info); !s)
            return s.error();
        return info;
    }

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, tr("Cannot read %1: %2").arg(path, file.errorString()));
    info.size = file.size();
    if (info.size == 0)
        return fail(
            ErrorCode::NotADatabase, tr("%1 is empty; it is not a Stepwise database.").arg(path));
    const QByteArray header = file.read(HeaderSize);
    file.close();
    if (header.size() < HeaderSize || !header.startsWith(QByteArray(Magic, sizeof(Magic))))
        return fail(ErrorCode::NotADatabase,
            tr("%1 is not a Stepwise database (it is not an SQLite file).").arg(path));

    const int rawPageSize = (quint8(header[16]) << 8) | quint8(header[17]);
    info.pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    if (info.pageSize < 512 || (info.pageSize & (info.pageSize - 1)) != 0)
        return fail(ErrorCode::Corrupt, tr("%1 has a damaged header.").arg(path));
    // File format versions: 1 rollback journal, 2 WAL. Anything else is damage or a future
    // SQLite, which would open the file read-only (offset 18) or not at all (offset 19).
    for (int offset : { 18, 19 }) {
        if (header[offset] != 1 && header[offset] != 2)
            return fail(ErrorCode::Corrupt, tr("%1 has a damaged header.").arg(path));
    }
    info.walMode = header[18] == 2 && header[19] == 2;
    info.userVersion = int(be32(header, 60));
    info.applicationId = qint32(be32(header, 68));
    // The page count in the header is valid only when its version-valid-for number matches the
    // change counter (written by SQLite 3.7.0 and later).
    if (be32(header, 92) == be32(header, 24))
        info.pageCount = be32(header, 28);

    // Without pending WAL content the header is the truth, and checking it first means a foreign
    // or newer file is refused before SQLite opens it at all.
    const QFileInfo wal(path + QStringLiteral("-wal"));
    const bool walPending = wal.exists() && wal.size() > 0;
    if (!walPending) {
        if (Status s = identityCheck(path, info); !s)
            return s.error();
    }
    // With committed pages still in the -wal (a crash during a checkpoint), the main file may
    // be shorter than its header says: the WAL holds the rest and SQLite replays it. The
    // quick_check below, which reads through the WAL, is then the judge; the crash test found
    // a file refused as "truncated" after a kill in exactly this moment.
    if (!walPending
        && (info.size % info.pageSize != 0
            || (info.pageCount > 0 && info.size < info.pageCount * info.pageSize)))
        return fail(ErrorCode::Corrupt,
            tr("%1 is incomplete (truncated: %2 of %3 bytes). Restore it from a backup.")
                .arg(path)
                .arg(info.size)
                .arg(info.pageCount * info.pageSize));

    if (Status s = readOnlyChecks(path, walPending, info); !s)
        return s.error();
    return info;
}

} // namespace stepwise::DatabaseFile
