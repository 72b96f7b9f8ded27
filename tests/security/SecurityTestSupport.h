// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/PasswordHasher.h"
#include "storage/AuditTrail.h"
#include "support/TestDatabase.h"

#include <QDateTime>
#include <QStringList>
#include <catch2/catch.hpp>

// Readable failure output for Qt strings in Catch2 assertions.
namespace Catch {
template<> struct StringMaker<QString>
{
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
template<> struct StringMaker<QStringList>
{
    static std::string convert(const QStringList& l)
    {
        std::string out = "{";
        for (const QString& s : l)
            out += " \"" + s.toStdString() + "\"";
        return out + " }";
    }
};
} // namespace Catch

namespace stepwise::sectest {

// Passwords the policy accepts (over 50 bits by zxcvbn) and that share no word with the staff
// names used here, so a search for them in the file finds only what the program wrote.
inline const QString StrongPassword = QStringLiteral("tulip-gravel-osmosis-quench");
inline const QString OtherStrongPassword = QStringLiteral("lantern-mosaic-ferry-cobalt");

// A fixed instant in UTC, so lock and grant expiries are exact.
inline QDateTime startTime()
{
    return QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);
}

// Puts the password hash limits back when a test that changed them ends, even by a failure.
class HashLimitsGuard
{
public:
    HashLimitsGuard()
        : m_saved(PasswordHasher::limits())
    { }
    ~HashLimitsGuard() { PasswordHasher::setLimits(m_saved); }
    HashLimitsGuard(const HashLimitsGuard&) = delete;
    HashLimitsGuard& operator=(const HashLimitsGuard&) = delete;

private:
    HashLimits m_saved;
};

// Runs `f` signed in as the test database's lead (every role), then restores the session the
// test had: reading the audit trail or giving an account must not change who is acting.
template<typename F> auto asLead(test::TestDatabase& t, F&& f)
{
    const auto previous = t.db().session();
    t.actAs(t.leadId(), { StaffRole::Counselor, StaffRole::Supervisor, StaffRole::Administrator });
    struct Restore
    {
        test::TestDatabase& t;
        std::optional<Session> s;
        ~Restore() { t.db().setSession(s); }
    } restore { t, previous };
    return f();
}

// A staff member with these roles and an account (user name and password), made by the lead.
Id addAccount(test::TestDatabase& t, const QString& name, const RoleSet& roles,
    const QString& username, const QString& password = StrongPassword);

// Every audit row (oldest first), or those matching `filter`, read as the lead.
QList<AuditEntry> auditRows(test::TestDatabase& t, const AuditFilter& filter = {});
// The newest audit row's id; 0 when there is none.
Id lastAuditId(test::TestDatabase& t);
// The rows written after row `afterId`, oldest first.
QList<AuditEntry> auditRowsAfter(test::TestDatabase& t, Id afterId);
QStringList actions(const QList<AuditEntry>& rows);

// The stored hash of a staff member's password. No core API returns it (nothing should); a
// test reads the column to see that sign-in replaced it.
QString storedPasswordHash(test::TestDatabase& t, Id staffId);

// The database file and its write-ahead log, as bytes: where anything written would be.
QByteArray databaseBytes(test::TestDatabase& t);

} // namespace stepwise::sectest
