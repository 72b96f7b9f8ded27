// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Participant.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QTemporaryDir>
#include <memory>

namespace stepwise::test {

// A fresh database in its own temporary folder, removed with the object.
class TestDatabase
{
public:
    TestDatabase();
    // A copy of a database another TestDatabase made (with its Riley Lead and Dana Counselor),
    // opened in a temporary folder of its own with the same session as a fresh one.
    struct CopyOf
    {
        QString file;
    };
    explicit TestDatabase(const CopyOf& source);
    Database& db() { return *m_db; }
    QString path() const;
    QString dir() const { return m_dir.path(); }
    Id counselorId() const { return m_counselorId; } // "Dana Counselor", created with the file
    // "Riley Lead": counselor, supervisor and administrator; the session tests start with.
    Id leadId() const { return m_leadId; }
    // A staff member with these roles and no account (added as an administrator would).
    Id addStaff(const QString& name, const RoleSet& roles);
    // Signs the connection in as this staff member, as Authenticator would after a password.
    void actAs(Id staffId, const RoleSet& roles);
    void close() { m_db.reset(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Id m_counselorId = 0;
    Id m_leadId = 0;
};

// A valid participant with the given record number, for tests to vary.
Participant sampleParticipant(const QString& recordNumber = QStringLiteral("R-1001"));

QByteArray fileBytes(const QString& path);
// Called by the test mains: the cheapest Argon2id limits libsodium allows.
void useFastPasswordHashes();
void writeFile(const QString& path, const QByteArray& bytes);
// Where the hidden "[shots]" tests write their PNGs: $STEPWISE_SHOTS_DIR, or
// /tmp/stepwise-shots; created if missing.
QString shotsDir();

} // namespace stepwise::test

namespace stepwise::test {
// "message | detail", for test failure output.
std::string describe(const Error& error);
} // namespace stepwise::test

// REQUIRE that a Result succeeded, showing the error's message and detail when it did not.
#define REQUIRE_OK(expr)                                                                           \
    do {                                                                                           \
        const auto& stepwiseResult_ = (expr);                                                      \
        INFO((stepwiseResult_.ok() ? std::string()                                                 \
                                   : stepwise::test::describe(stepwiseResult_.error())));          \
        REQUIRE(stepwiseResult_.ok());                                                             \
    } while (false)
