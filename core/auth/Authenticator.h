// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "common/Result.h"

namespace stepwise {

class Database;

// Sign-in, re-authentication at the idle lock, and sign-out, with lockout and audit rows.
// A refusal never says whether the user name exists: the message is the same, and an unknown
// name costs the same Argon2id verification as a known one.
class Authenticator
{
public:
    explicit Authenticator(Database& db)
        : m_db(db)
    { }

    // On success the database's session is this user; on failure it is unchanged.
    Result<Session> signIn(const QString& username, const QString& password);
    // The signed-in user proves it is still them (after the idle lock). Failures count toward
    // the lockout like failed sign-ins; while locked out the screen stays locked.
    enum class Purpose { UnlockScreen, ChangePassword };
    Status confirm(const QString& password, Purpose purpose = Purpose::UnlockScreen);
    // Audited; clears the session.
    void signOut(const QString& reason = {});

    static QString refusalMessage();

private:
    enum class Kind { SignIn, UnlockScreen, ChangePassword };
    Result<Session> attempt(const QString& username, const QString& password, Kind kind);
    Database& m_db;
};

} // namespace stepwise
