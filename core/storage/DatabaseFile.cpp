// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseFile.h"

#include "Database.h"
#include "Schema.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
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
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
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
            if (result && !q.exec(QStringLiteral("PRAGMA quick_check"))) {
                result = fail(ErrorCode::Corrupt,
                    tr("%1 is damaged and cannot be read (%2). Restore it from a backup.")
                        .arg(path, q.lastError().databaseText()),
                    q.lastError().text());
            } else if (result) {
                QStringList problems;
                while (q.next()) {
                    const QString line = q.value(0).toString();
                    if (line != QLatin1String("ok"))
                        problems << line;
                }
                if (!problems.isEmpty())
                    result = fail(ErrorCode::Corrupt,
                        tr("%1 is damaged: %2. Restore it from a backup.")
                            .arg(path, problems.first()),
                        problems.join(QLatin1Char('\n')));
            }
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

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
    if (info.size % info.pageSize != 0
        || (info.pageCount > 0 && info.size < info.pageCount * info.pageSize))
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
