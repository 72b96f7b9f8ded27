// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "DatabaseFile.h"
#include "FileSystemCheck.h"
#include "Schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSysInfo>
#include <QUuid>
#include <functional>

namespace stepwise {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::Database", text);
}

// How long a writer waits for another connection's lock before giving up.
constexpr int BusyTimeoutMs = 5000;

QString errorText(const QSqlError& e)
{
    return e.text().trimmed();
}

// The file is created by us, not by SQLite, so that it is private to the user from the start.
Status createPrivateFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return Error { ErrorCode::Io, tr("The folder %1 does not exist.").arg(info.absolutePath()),
            {}, {} };
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Error { ErrorCode::Io, tr("Cannot create %1: %2").arg(path, file.errorString()), {},
            {} };
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.close();
    return {};
}

} // namespace

Error storageError(const QString& message, const QString& detail)
{
    Error e;
    e.code = ErrorCode::Storage;
    e.message = message;
    e.detail = detail;
    return e;
}

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_workstation(QSysInfo::machineHostName())
{ }

Database::~Database()
{
    m_statements.clear(); // statements must go before their connection
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    if (m_registered)
        DatabaseFile::unregisterOpen(m_path);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, OpenMode mode)
{
    if (path.isEmpty())
        return Error { ErrorCode::InvalidArgument, tr("No database file was given."), {}, {} };
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return storageError(
            tr("The SQLite driver for Qt is not installed (Debian package libqt6sql6-sqlite)."));

    if (Status s = FileSystemCheck::refuseNetworkFileSystem(path); !s)
        return s.error();
    auto info = DatabaseFile::inspect(path);
    if (!info)
        return info.error();
    bool created = false;
    if (!info->exists) {
        if (mode != OpenMode::CreateIfMissing)
            return Error { ErrorCode::NotFound, tr("There is no database at %1.").arg(path), {},
                {} };
        if (Status s = createPrivateFile(path); !s)
            return s.error();
        created = true;
    }

    const QString name
        = QStringLiteral("stepwise-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Database> self(new Database(QFileInfo(path).absoluteFilePath(), name));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(self->m_path);
        if (mode == OpenMode::ReadOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            if (created)
                QFile::remove(path);
            return storageError(tr("Cannot open %1.").arg(path), errorText(db.lastError()));
        }
    }
    DatabaseFile::registerOpen(self->m_path);
    self->m_registered = true;
    if (Status s = self->configure(mode == OpenMode::ReadOnly); !s) {
        self.reset();
        if (created)
            QFile::remove(path);
        return s.error();
    }
    if (Status s = self->verifyPinnedSettings(mode == OpenMode::ReadOnly); !s) {
        self.reset();
        if (created)
            QFile::remove(path);
        return s.error();
    }
    // An older file is read as it is in ReadOnly mode; verify() reports that it awaits an upgrade.
    if (mode == OpenMode::ReadOnly)
        return self;
    const int versionBefore = self->schemaVersion();
    if (Status s = Schema::migrate(*self); !s) {
        self.reset();
        if (created)
            QFile::remove(path);
        return s.error();
    }
    // Write the migration into the main file now, so the header's application id and version
    // are current for any program that reads the file while this one keeps it open.
    if (versionBefore != Schema::currentVersion()) {
        if (auto r = self->queryOne(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !r)
            return r.error();
    }
    return self;
}

Status Database::verifyPinnedSettings(bool readOnly)
{
    // Read back rather than trusted: a pragma SQLite cannot honour is silently ignored, and a
    // connection without them would lose commits (synchronous), orphan rows (foreign_keys) or
    // fail at once when another window writes (busy_timeout).
    struct Expected
    {
        const char* name;
        std::function<bool(const QVariant&)> holds;
        const char* want;
    };
    const Expected expected[] = {
        { "journal_mode",
            [readOnly](const QVariant& v) {
                return readOnly
                    || v.toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
            },
            "wal" },
        { "synchronous", [](const QVariant& v) { return v.toInt() == 2; }, "2 (FULL)" },
        { "foreign_keys", [](const QVariant& v) { return v.toInt() == 1; }, "1" },
        { "busy_timeout", [](const QVariant& v) { return v.toInt() > 0; }, "> 0" },
    };
    for (const Expected& e : expected) {
        auto value = pragma(QString::fromLatin1(e.name));
        if (!value)
            return value.error();
        if (!e.holds(*value))
            return storageError(tr("The database connection could not be set up safely: %1 is "
                                   "%2, expected %3.")
                                    .arg(QString::fromLatin1(e.name), value->toString(),
                                        QString::fromLatin1(e.want)));
    }
    return {};
}

Status Database::configure(bool readOnly)
{
    // Pinned on every open: SQLite defaults foreign keys off, and FULL sync makes a confirmed
    // commit survive power loss in WAL mode (see docs/architecture.md). A 32 MiB page cache
    // (2 MiB by default) keeps what the caseload review reads between refreshes: at 20,000
    // participants it took the review from 577 to 483 ms and outcomes from 7.2 to 3.4 s, for
    // 31 MiB (docs/performance.md).
    const QString pragmas[] = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA synchronous = FULL"),
        QStringLiteral("PRAGMA busy_timeout = ") + QString::number(BusyTimeoutMs),
        QStringLiteral("PRAGMA trusted_schema = OFF"),
        QStringLiteral("PRAGMA cache_size = -32768"),
    };
    // queryOne, not exec: "PRAGMA busy_timeout = N" returns a row, and a statement left
    // stepping would make every later VACUUM fail with "SQL statements in progress".
    for (const QString& sql : pragmas) {
        if (auto r = queryOne(sql); !r)
            return r.error();
    }
    if (readOnly)
        return {};
    auto mode = queryOne(QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!mode)
        return mode.error();
    if (!*mode
        || (*mode)->value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return storageError(tr("The database could not be switched to write-ahead logging; "
                               "is it on a read-only or network drive?"));
    return {};
}

int Database::schemaVersion() const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Result<Rows> Database::exec(const QString& sql, const QVariantList& values)
{
    // Statements are prepared once per connection and reused: SQLite's parser dominated the cost
    // of bulk writes (import, demo data) when every call prepared afresh. Reusing resets the
    // previous execution of the same statement, so a caller must have finished reading a result
    // before it runs the same SQL again.
    if (m_observer)
        m_observer(sql, values);
    auto cached = m_statements.find(sql);
    if (cached == m_statements.end()) {
        auto fresh = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_connectionName, false));
        fresh->setForwardOnly(true);
        if (!fresh->prepare(sql))
            return storageError(tr("The database refused a request."),
                fresh->lastError().text() + QStringLiteral(" in: ") + sql);
        cached = m_statements.emplace(sql, std::move(fresh)).first;
    } else {
        cached->second->finish();
    }
    QSqlQuery& q = *cached->second;
    // SQL NULL is bound only from an invalid QVariant; the driver would also turn a null QString
    // into NULL, which NOT NULL text columns refuse, so text is always bound as text.
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant& v = values.at(i);
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            q.bindValue(int(i), QStringLiteral(""));
        else
            q.bindValue(int(i), v);
    }
    if (!q.exec()) {
        const QSqlError e = q.lastError();
        Error err = storageError(tr("The database could not save or read the data."), errorText(e));
        const QString native = e.nativeErrorCode();
        // SQLITE_BUSY (5) / SQLITE_LOCKED (6): another program holds the file.
        if (native == QLatin1String("5") || native == QLatin1String("6"))
            err.message = tr("The database is busy in another window or program; try again.");
        // SQLITE_FULL (13)
        else if (native == QLatin1String("13"))
            err.message = tr("The disk is full; nothing was saved.");
        // SQLITE_READONLY (8)
        else if (native == QLatin1String("8"))
            err.message = tr("The database file is read-only; nothing was saved.");
        return err;
    }
    return Rows(&q);
}

Result<std::optional<QSqlRecord>> Database::queryOne(const QString& sql, const QVariantList& values)
{
    auto r = exec(sql, values);
    if (!r)
        return r.error();
    Rows& rows = r.value();
    std::optional<QSqlRecord> row;
    if (rows.next())
        row = rows.record();
    // An unfinished SELECT keeps a read transaction open in WAL mode, hiding other
    // connections' later commits from this one.
    m_statements.at(sql)->finish();
    return row;
}

Result<QVariant> Database::pragma(const QString& name)
{
    // Pragma names cannot be bound; only the fixed names we read are allowed.
    static const QStringList allowed = { QStringLiteral("journal_mode"),
        QStringLiteral("synchronous"), QStringLiteral("foreign_keys"),
        QStringLiteral("busy_timeout"), QStringLiteral("user_version"),
        QStringLiteral("application_id"), QStringLiteral("page_count") };
    if (!allowed.contains(name))
        return Error { ErrorCode::InvalidArgument, tr("Unknown setting %1.").arg(name), {}, {} };
    auto r = queryOne(QStringLiteral("PRAGMA ") + name);
    if (!r)
        return r.error();
    return *r ? (*r)->value(0) : QVariant();
}

Result<QStringList> Database::verify()
{
    QStringList problems;
    auto integrity = exec(QStringLiteral("PRAGMA integrity_check"));
    if (!integrity)
        return integrity.error();
    while (integrity->next()) {
        const QString line = integrity->value(0).toString();
        if (line != QLatin1String("ok"))
            problems << tr("integrity: %1").arg(line);
    }
    auto fk = exec(QStringLiteral("PRAGMA foreign_key_check"));
    if (!fk)
        return fk.error();
    while (fk->next())
        problems << tr("foreign key: row %1 of %2 points to a missing %3 row")
                        .arg(fk->value(1).toString(), fk->value(0).toString(),
                            fk->value(2).toString());
    const int version = schemaVersion();
    if (version < Schema::currentVersion())
        problems << tr("data format %1 is older than this version's %2; Stepwise upgrades it the "
                       "next time it opens the file for writing")
                        .arg(version)
                        .arg(Schema::currentVersion());
    else if (version > Schema::currentVersion())
        problems << tr("data format %1 is newer than this version's %2")
                        .arg(version)
                        .arg(Schema::currentVersion());
    auto app = pragma(QStringLiteral("application_id"));
    if (!app)
        return app.error();
    if (app->toInt() != ApplicationId)
        problems << tr("application id is %1, not Stepwise's").arg(app->toInt());
    return problems;
}

Status Database::beginTransaction()
{
    if (m_transactionDepth++ > 0)
        return {};
    m_rollbackOnly = false;
    // IMMEDIATE takes the write lock now, so a busy database fails here, before any work.
    if (auto r = exec(QStringLiteral("BEGIN IMMEDIATE")); !r) {
        m_transactionDepth = 0;
        return r.error();
    }
    return {};
}

Status Database::commitTransaction()
{
    if (m_transactionDepth <= 0)
        return storageError(tr("Internal error: commit without a transaction."));
    if (--m_transactionDepth > 0)
        return {};
    if (m_rollbackOnly) {
        (void)exec(QStringLiteral("ROLLBACK"));
        return storageError(tr("Nothing was saved because part of the change failed."));
    }
    if (auto r = exec(QStringLiteral("COMMIT")); !r) {
        (void)exec(QStringLiteral("ROLLBACK"));
        return r.error();
    }
    return {};
}

void Database::rollbackTransaction()
{
    if (m_transactionDepth <= 0)
        return;
    if (--m_transactionDepth > 0) {
        m_rollbackOnly = true;
        return;
    }
    (void)exec(QStringLiteral("ROLLBACK"));
}

Transaction::Transaction(Database& db)
    : m_db(db)
    , m_status(db.beginTransaction())
{
    m_done = !m_status.ok();
}

Transaction::~Transaction()
{
    if (!m_done)
        m_db.rollbackTransaction();
}

Status Transaction::commit()
{
    if (m_done)
        return m_status.ok() ? storageError(QCoreApplication::translate(
                   "stepwise::Database", "Internal error: transaction committed twice."))
                             : m_status;
    m_done = true;
    m_status = m_db.commitTransaction();
    return m_status;
}

} // namespace stepwise
