// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountStore.h"

#include "AuditTrail.h"
#include "Database.h"
#include "LookupKey.h"
#include "StaffStore.h"
#include "auth/Access.h"
#include "auth/Authenticator.h"
#include "common/Clock.h"
#include "security/PasswordHasher.h"
#include "security/PasswordPolicy.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace stepwise {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::AccountStore", text);
}

QString nowText()
{
    return Clock::instance().nowUtc().toString(Qt::ISODateWithMs);
}

QDateTime fromText(const QVariant& v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

QList<FieldError> usernameErrors(const QString& username)
{
    static const QRegularExpression allowed(QStringLiteral("^[\\p{L}\\p{N}._-]{3,32}$"));
    if (username.isEmpty())
        return { { QStringLiteral("username"), tr("User name is required.") } };
    if (!allowed.match(username).hasMatch())
        return { { QStringLiteral("username"),
            tr("Use 3 to 32 letters, digits, dots, dashes or underscores, no spaces.") } };
    return {};
}

} // namespace

Result<bool> AccountStore::needsFirstAdministrator()
{
    auto other = StaffRecords::otherAdministratorExists(m_db, 0);
    if (!other)
        return other.error();
    return !*other;
}

Result<QList<FieldError>> AccountStore::check(
    Id staffId, const QString& name, const QString& username, const QString& password)
{
    QList<FieldError> errors = usernameErrors(username);
    if (errors.isEmpty()) {
        auto taken = m_db.queryOne(
            QStringLiteral("SELECT id FROM staff WHERE username_key = ? AND id <> ?"),
            { lookupKey(username), staffId });
        if (!taken)
            return taken.error();
        if (taken->has_value())
            errors.append(
                { QStringLiteral("username"), tr("The user name %1 is taken.").arg(username) });
    }
    const PasswordVerdict verdict = PasswordPolicy::judge(password, { name, username });
    if (!verdict.acceptable)
        errors.append({ QStringLiteral("password"), verdict.reason });
    return errors;
}

Status AccountStore::writeCredentials(
    Id staffId, const QString& username, const QString& password, const QString& action)
{
    auto hash = PasswordHasher::hash(password);
    if (!hash)
        return hash.error();
    auto r = m_db.exec(QStringLiteral("UPDATE staff SET username = ?, username_key = ?, "
                                      "password_hash = ?, password_changed_at = ?, "
                                      "failed_attempts = 0, locked_until = NULL WHERE id = ?"),
        { username, lookupKey(username), *hash, nowText(), staffId });
    if (!r)
        return r.error();
    if (r->numRowsAffected() != 1)
        return Error { ErrorCode::NotFound, tr("There is no staff member with id %1.").arg(staffId),
            {}, {} };
    // The user name is recorded; the password and its hash never are.
    return AuditTrail::record(m_db, action, QStringLiteral("staff"), staffId, username);
}

Result<Id> AccountStore::createFirstAdministrator(StaffMember member, const QString& password)
{
    member.name = member.name.simplified();
    member.roles.add(StaffRole::Administrator);
    auto errors = check(0, member.name, member.username, password);
    if (!errors)
        return errors.error();
    if (member.name.isEmpty())
        errors->prepend({ QStringLiteral("name"), tr("Name is required.") });
    if (!errors->isEmpty())
        return Error::validation(*errors);

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto needed = needsFirstAdministrator();
    if (!needed)
        return needed.error();
    if (!*needed)
        return Error { ErrorCode::Forbidden,
            tr("This database already has an administrator; ask them for an account."), {}, {} };
    // Acting as the new administrator for the moment it takes to create them, so the rows
    // that record it name who did it.
    const auto previous = m_db.session();
    Session bootstrap;
    bootstrap.roles = { StaffRole::Administrator };
    m_db.setSession(bootstrap);
    auto id = StaffStore(m_db).add(member);
    if (id) {
        Session self = bootstrap;
        self.staffId = *id;
        m_db.setSession(self);
    }
    Status written = id ? writeCredentials(*id, member.username, password,
                         QStringLiteral("account.create_first_administrator"))
                        : Status(id.error());
    m_db.setSession(previous);
    if (!written)
        return written.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return *id;
}

Status AccountStore::setCredentials(Id staffId, const QString& username, const QString& password)
{
    if (Status s = Access::require(m_db, Permission::ManageStaff); !s)
        return s;
    auto member = StaffStore(m_db).get(staffId);
    if (!member)
        return member.error();
    auto errors = check(staffId, member->name, username, password);
    if (!errors)
        return errors.error();
    if (!errors->isEmpty())
        return Error::validation(*errors);
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (Status s = writeCredentials(staffId, username, password,
            member->username.isEmpty() ? QStringLiteral("account.create")
                                       : QStringLiteral("account.reset_password"));
        !s)
        return s;
    return tx.commit();
}

Status AccountStore::changeOwnPassword(const QString& current, const QString& next)
{
    if (!m_db.session())
        return Error { ErrorCode::Unauthenticated, tr("Please sign in first."), {}, {} };
    const Id me = m_db.session()->staffId;
    // Through the sign-in checks: a wrong current password counts toward the lockout and is
    // audited, so a workstation left signed in cannot be used to guess it.
    if (Status s = Authenticator(m_db).confirm(current, Authenticator::Purpose::ChangePassword);
        !s) {
        Error e = s.error();
        e.fields = { { QStringLiteral("current_password"), e.message } };
        return e;
    }
    auto row = m_db.queryOne(
        QStringLiteral("SELECT password_hash, username, name FROM staff WHERE id = ?"), { me });
    if (!row)
        return row.error();
    if (!*row)
        return Error { ErrorCode::NotFound, tr("There is no staff member with id %1.").arg(me), {},
            {} };
    if (next == current)
        return Error::validation({ { QStringLiteral("password"),
            tr("The new password must differ from the current one.") } });
    const QString username = (*row)->value(1).toString();
    const PasswordVerdict verdict
        = PasswordPolicy::judge(next, { (*row)->value(2).toString(), username });
    if (!verdict.acceptable)
        return Error::validation({ { QStringLiteral("password"), verdict.reason } });
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (Status s = writeCredentials(me, username, next, QStringLiteral("account.change_password"));
        !s)
        return s;
    return tx.commit();
}

Status AccountStore::unlock(Id staffId)
{
    if (Status s = Access::require(m_db, Permission::ManageStaff); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto r = m_db.exec(
        QStringLiteral("UPDATE staff SET failed_attempts = 0, locked_until = NULL WHERE id = ?"),
        { staffId });
    if (!r)
        return r.error();
    if (r->numRowsAffected() != 1)
        return Error { ErrorCode::NotFound, tr("There is no staff member with id %1.").arg(staffId),
            {}, {} };
    if (Status s = AuditTrail::record(
            m_db, QStringLiteral("account.unlock"), QStringLiteral("staff"), staffId);
        !s)
        return s;
    return tx.commit();
}

Result<StaffAccount> AccountStore::account(Id staffId)
{
    if (!m_db.session() || m_db.session()->staffId != staffId) {
        if (Status s = Access::require(m_db, Permission::ManageStaff); !s)
            return s.error();
    }
    auto row = m_db.queryOne(
        QStringLiteral("SELECT username, password_hash IS NOT NULL, failed_attempts, "
                       "locked_until, last_sign_in, password_changed_at FROM staff WHERE id = ?"),
        { staffId });
    if (!row)
        return row.error();
    if (!*row)
        return Error { ErrorCode::NotFound, tr("There is no staff member with id %1.").arg(staffId),
            {}, {} };
    const QSqlRecord& q = **row;
    StaffAccount a;
    a.staffId = staffId;
    a.username = q.value(0).toString();
    a.hasPassword = q.value(1).toBool();
    a.failedAttempts = q.value(2).toInt();
    a.lockedUntil = fromText(q.value(3));
    a.lastSignIn = fromText(q.value(4));
    a.passwordChangedAt = fromText(q.value(5));
    return a;
}

} // namespace stepwise
