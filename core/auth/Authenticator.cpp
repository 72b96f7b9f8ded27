// SPDX-License-Identifier: GPL-3.0-or-later
#include "Authenticator.h"

#include "common/Clock.h"
#include "domain/RoleSet.h"
#include "security/PasswordHasher.h"
#include "storage/AuditTrail.h"
#include "storage/Database.h"
#include "storage/LookupKey.h"
#include "storage/SettingsStore.h"

#include <QCoreApplication>

namespace stepwise {

namespace {

QString iso(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

struct Account
{
    Id id = 0;
    QString name;
    QString username;
    QString hash;
    int failed = 0;
    QDateTime lockedUntil;
    bool active = false;
    RoleSet roles;
};

Result<std::optional<Account>> findAccount(Database& db, const QString& username)
{
    auto r = db.queryOne(
        QStringLiteral("SELECT s.id, s.name, s.username, s.password_hash, s.failed_attempts, "
                       "s.locked_until, s.active, "
                       "(SELECT group_concat(role, ',') FROM staff_role WHERE staff_id = s.id) "
                       "FROM staff s WHERE s.username_key = ?"),
        { lookupKey(username) });
    if (!r)
        return r.error();
    if (!*r)
        return std::optional<Account>();
    const QSqlRecord& q = **r;
    Account a;
    a.id = q.value(0).toLongLong();
    a.name = q.value(1).toString();
    a.username = q.value(2).toString();
    a.hash = q.value(3).toString();
    a.failed = q.value(4).toInt();
    if (!q.value(5).isNull()) {
        a.lockedUntil = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
        a.lockedUntil.setTimeSpec(Qt::UTC);
    }
    a.active = q.value(6).toBool();
    a.roles = RoleSet::parse(q.value(7).toString()).value_or(RoleSet {});
    return std::optional(a);
}

Error refused()
{
    return Error { ErrorCode::Unauthenticated, Authenticator::refusalMessage(), {}, {} };
}

} // namespace

QString Authenticator::refusalMessage()
{
    return QCoreApplication::translate("stepwise::Authenticator",
        "The user name or password is not right, or the account is locked after too many "
        "attempts. Check Caps Lock and try again, or ask an administrator.");
}

Result<Session> Authenticator::signIn(const QString& username, const QString& password)
{
    return attempt(username, password, Kind::SignIn);
}

Status Authenticator::confirm(const QString& password, Purpose purpose)
{
    if (!m_db.session())
        return Error { ErrorCode::Unauthenticated,
            QCoreApplication::translate("stepwise::Access", "Please sign in first."), {}, {} };
    auto r = attempt(m_db.session()->username, password,
        purpose == Purpose::UnlockScreen ? Kind::UnlockScreen : Kind::ChangePassword);
    if (!r)
        return r.error();
    return {};
}

Result<Session> Authenticator::attempt(const QString& username, const QString& password, Kind kind)
{
    const bool confirming = kind != Kind::SignIn;
    auto settings = SettingsStore(m_db).load();
    if (!settings)
        return settings.error();
    const QDateTime now = Clock::instance().nowUtc();

    auto found = findAccount(m_db, username);
    if (!found)
        return found.error();
    const bool usable = *found && (*found)->active && !(*found)->hash.isEmpty();
    if (!usable) {
        PasswordHasher::spendVerifyTime(password);
        AuditEvent e;
        e.action = QStringLiteral("auth.sign_in_failed");
        e.entity = QStringLiteral("staff");
        // What was typed is not recorded: people type their password into the name field.
        e.detail = *found ? QStringLiteral("account disabled or without password")
                          : QStringLiteral("unknown user name");
        e.entityId = *found ? (*found)->id : 0;
        e.actor = e.entityId;
        if (Status s = AuditTrail::record(m_db, e); !s)
            return s.error();
        return refused();
    }
    Account account = **found;
    const bool locked = account.lockedUntil.isValid() && account.lockedUntil > now;
    const bool matches = PasswordHasher::verify(account.hash, password);

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (locked || !matches) {
        AuditEvent e;
        e.action = QStringLiteral("auth.sign_in_failed");
        e.entity = QStringLiteral("staff");
        e.entityId = account.id;
        e.actor = account.id;
        e.detail = locked ? QStringLiteral("account locked until %1").arg(iso(account.lockedUntil))
                          : QStringLiteral("wrong password");
        if (kind == Kind::UnlockScreen)
            e.detail += QStringLiteral(" (unlocking the screen)");
        else if (kind == Kind::ChangePassword)
            e.detail += QStringLiteral(" (changing the password)");
        if (!locked) {
            const int failed = account.failed + 1;
            const bool lockNow = failed >= settings->security.lockoutAttempts;
            const QDateTime until = now.addSecs(qint64(settings->security.lockoutMinutes) * 60);
            auto u = m_db.exec(
                QStringLiteral(
                    "UPDATE staff SET failed_attempts = ?, locked_until = ? WHERE id = ?"),
                { lockNow ? 0 : failed, lockNow ? QVariant(iso(until)) : QVariant(), account.id });
            if (!u)
                return u.error();
            if (Status s = AuditTrail::record(m_db, e); !s)
                return s.error();
            if (lockNow) {
                AuditEvent lock;
                lock.action = QStringLiteral("auth.account_locked");
                lock.entity = QStringLiteral("staff");
                lock.entityId = account.id;
                lock.actor = account.id;
                lock.flagged = true;
                lock.detail = QStringLiteral("%1 failed attempts; locked until %2")
                                  .arg(failed)
                                  .arg(iso(until));
                if (Status s = AuditTrail::record(m_db, lock); !s)
                    return s.error();
            }
        } else if (Status s = AuditTrail::record(m_db, e); !s) {
            return s.error();
        }
        if (Status s = tx.commit(); !s)
            return s.error();
        return refused();
    }

    // Success: the count starts again, and an old hash is replaced at today's limits.
    QVariant newHash;
    if (PasswordHasher::needsRehash(account.hash)) {
        if (auto h = PasswordHasher::hash(password))
            newHash = *h;
    }
    auto u = m_db.exec(QStringLiteral("UPDATE staff SET failed_attempts = 0, locked_until = NULL, "
                                      "last_sign_in = ?, password_hash = coalesce(?, "
                                      "password_hash) WHERE id = ?"),
        { iso(now), newHash, account.id });
    if (!u)
        return u.error();
    Session session;
    session.staffId = account.id;
    session.name = account.name;
    session.username = account.username;
    session.roles = account.roles;
    session.signedInAt = now;
    AuditEvent e;
    e.action = kind == Kind::SignIn  ? QStringLiteral("auth.sign_in")
        : kind == Kind::UnlockScreen ? QStringLiteral("auth.unlock_screen")
                                     : QStringLiteral("auth.confirm_password");
    e.entity = QStringLiteral("staff");
    e.entityId = account.id;
    e.actor = account.id;
    e.detail = newHash.isNull() ? account.roles.storageKeys().join(QLatin1Char(','))
                                : QStringLiteral("password hash upgraded");
    if (Status s = AuditTrail::record(m_db, e); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    if (!confirming)
        m_db.setSession(session);
    return session;
}

void Authenticator::signOut(const QString& reason)
{
    if (!m_db.session())
        return;
    (void)AuditTrail::record(m_db, QStringLiteral("auth.sign_out"), QStringLiteral("staff"),
        m_db.session()->staffId, reason);
    m_db.setSession(std::nullopt);
}

} // namespace stepwise
