// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "domain/Episode.h"

#include <QDateTime>

namespace stepwise {

class Database;

// The sign-in state of one staff member, for the staff administration screen.
struct StaffAccount
{
    Id staffId = 0;
    QString username;
    bool hasPassword = false;
    int failedAttempts = 0;
    QDateTime lockedUntil; // UTC; null or past when not locked
    QDateTime lastSignIn;  // UTC
    QDateTime passwordChangedAt;
};

// User names and passwords. Passwords are checked against PasswordPolicy, hashed with
// PasswordHasher and never stored or logged in clear.
class AccountStore
{
public:
    explicit AccountStore(Database& db)
        : m_db(db)
    { }

    // True until some active administrator has an account: the first run asks for one.
    Result<bool> needsFirstAdministrator();
    // Only while needsFirstAdministrator(): the staff member (Administrator among the roles)
    // and their account, in one transaction. Does not sign them in.
    Result<Id> createFirstAdministrator(StaffMember member, const QString& password);

    // Gives a staff member an account or a new password (ManageStaff). The user name must be
    // free; the password must pass the policy with the person's names as extra words.
    Status setCredentials(Id staffId, const QString& username, const QString& password);
    // The signed-in user's own password, after the current one.
    Status changeOwnPassword(const QString& current, const QString& next);
    Status unlock(Id staffId);                // ManageStaff
    Result<StaffAccount> account(Id staffId); // ManageStaff, or one's own

    // Field errors for a prospective user name and password, without writing.
    Result<QList<FieldError>> check(
        Id staffId, const QString& name, const QString& username, const QString& password);

private:
    Status writeCredentials(
        Id staffId, const QString& username, const QString& password, const QString& action);
    Database& m_db;
};

} // namespace stepwise
