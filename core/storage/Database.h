// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Session.h"
#include "common/Result.h"
#include "domain/Participant.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QVariantList>
#include <functional>
#include <memory>
#include <unordered_map>

namespace stepwise {

// The result of one execution of a prepared statement that Database reuses: valid until the same
// SQL runs again on the same Database.
class Rows
{
public:
    explicit Rows(QSqlQuery* query)
        : m_query(query)
    { }
    bool next() { return m_query->next(); }
    QVariant value(int column) const { return m_query->value(column); }
    QSqlRecord record() const { return m_query->record(); }
    QVariant lastInsertId() const { return m_query->lastInsertId(); }
    int numRowsAffected() const { return m_query->numRowsAffected(); }

private:
    QSqlQuery* m_query;
};

// One open Stepwise database file: a private Qt Sql connection, the acting staff member whose
// name goes into the audit trail, and the transaction depth. All SQL in the project lives in
// core/storage and goes through exec() with bound values.
class Database
{
public:
    enum class OpenMode {
        ExistingOnly,    // refuse a missing file
        CreateIfMissing, // create and migrate an empty database when the file does not exist
        // Read without changing anything: no migration, no switch to WAL, writes refused by
        // SQLite. For `check` and anything else that must leave the file as it found it.
        ReadOnly,
    };

    // Identifies our files in the SQLite header (offset 68), so another application's SQLite
    // database is recognised and refused. ASCII "STPW".
    static constexpr qint32 ApplicationId = 0x53545057;

    // Opens `path` after checking it without writing (see DatabaseFile::inspect), then sets the
    // pragmas and migrates to the current schema in one transaction. Refused files are left
    // byte-for-byte untouched.
    static Result<std::unique_ptr<Database>> open(const QString& path, OpenMode mode);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QString path() const { return m_path; }
    int schemaVersion() const;

    // Runs one statement with positional (?) bound values.
    Result<Rows> exec(const QString& sql, const QVariantList& values = {});
    // Like exec() for statements that return at most one row: the row, or nullopt when there is
    // none. The statement is finished before returning, so it holds no read snapshot.
    Result<std::optional<QSqlRecord>> queryOne(const QString& sql, const QVariantList& values = {});

    // Who is signed in on this connection: core's access checks read it, and every audit row
    // records it. Nothing clinical can be read or written without one.
    const std::optional<Session>& session() const { return m_session; }
    void setSession(std::optional<Session> session) { m_session = std::move(session); }
    Id actorId() const { return m_session ? m_session->staffId : 0; }
    // The computer's name, recorded with every audit row; the host name unless set.
    QString workstation() const { return m_workstation; }
    void setWorkstation(const QString& name) { m_workstation = name; }

    // PRAGMA integrity_check, foreign_key_check and the schema version; empty when all is well.
    Result<QStringList> verify();

    // Pragmas as read back from the connection, for tests and `check`.
    Result<QVariant> pragma(const QString& name);

    // Called with each statement and its values before it runs; for the scale benchmark, which
    // replays a screen's statements in the sqlite3 shell to know the bound it should approach.
    using StatementObserver = std::function<void(const QString& sql, const QVariantList& values)>;
    void setStatementObserver(StatementObserver observer) { m_observer = std::move(observer); }

private:
    friend class Transaction;
    explicit Database(QString path, QString connectionName);
    Status configure(bool readOnly);
    Status verifyPinnedSettings(bool readOnly);
    Status beginTransaction();
    Status commitTransaction();
    void rollbackTransaction();

    QString m_path;
    QString m_connectionName;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements; // see exec()
    std::optional<Session> m_session;
    QString m_workstation;
    StatementObserver m_observer;
    int m_transactionDepth = 0;
    bool m_registered = false; // in DatabaseFile's list of files open in this process
    bool m_rollbackOnly = false;
};

// RAII transaction: BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless committed.
// Nested guards join the outer transaction; a failure inside makes the whole one roll back.
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool ok() const { return m_status.ok(); }
    const Error& error() const { return m_status.error(); }
    Status commit();

private:
    Database& m_db;
    Status m_status;
    bool m_done = false;
};

// A Storage error carrying SQLite's own text in `detail`.
Error storageError(const QString& message, const QString& detail = {});

} // namespace stepwise
