// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffStore.h"

#include "AuditTrail.h"
#include "Database.h"
#include "LookupKey.h"
#include "auth/Access.h"
#include "common/Clock.h"

#include <QCoreApplication>

namespace stepwise {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::StaffStore", text);
}

// Roles come back as one comma-separated column so a list is one query.
const QString selectColumns = QStringLiteral(
    "SELECT s.id, s.name, s.active, s.username, "
    "(SELECT group_concat(r.role, ',') FROM staff_role r WHERE r.staff_id = s.id), "
    "s.cosign_required "
    "FROM staff s ");

StaffMember fromRow(const QSqlRecord& q)
{
    StaffMember s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.active = q.value(2).toBool();
    s.username = q.value(3).toString();
    s.roles = RoleSet::parse(q.value(4).toString()).value_or(RoleSet {});
    s.cosignRequired = q.value(5).toInt() == 1;
    return s;
}

QList<FieldError> validate(const StaffMember& m)
{
    QList<FieldError> errors;
    if (m.name.trimmed().isEmpty())
        errors.append({ QStringLiteral("name"), tr("Name is required.") });
    else if (m.name.size() > 100)
        errors.append({ QStringLiteral("name"), tr("Name is longer than 100 characters.") });
    if (m.roles.isEmpty())
        errors.append({ QStringLiteral("roles"), tr("Choose at least one role.") });
    return errors;
}

Status requireSignedIn(Database& db)
{
    if (!db.session())
        return Error { ErrorCode::Unauthenticated,
            QCoreApplication::translate("stepwise::Access", "Please sign in first."), {}, {} };
    return {};
}

Error nameTaken(const QString& name)
{
    Error e = Error::validation(
        { { QStringLiteral("name"), tr("A staff member named %1 already exists.").arg(name) } });
    e.code = ErrorCode::Conflict;
    return e;
}

} // namespace

namespace StaffRecords {

QVariantMap auditValues(const StaffMember& m)
{
    return { { QStringLiteral("name"), m.name },
        { QStringLiteral("roles"), m.roles.storageKeys().join(QLatin1Char(',')) },
        { QStringLiteral("active"), m.active },
        { QStringLiteral("cosign_required"), m.cosignRequired } };
}

Result<bool> otherAdministratorExists(Database& db, Id exceptId)
{
    auto r = db.queryOne(
        QStringLiteral("SELECT 1 FROM staff s JOIN staff_role r ON r.staff_id = s.id "
                       "WHERE r.role = 'administrator' AND s.active = 1 AND s.password_hash IS "
                       "NOT NULL AND s.id <> ? LIMIT 1"),
        { exceptId });
    if (!r)
        return r.error();
    return r->has_value();
}

} // namespace StaffRecords

Result<QList<StaffMember>> StaffStore::select(const QString& where, const QVariantList& values)
{
    if (Status s = requireSignedIn(m_db); !s)
        return s.error();
    auto r = m_db.exec(selectColumns + where, values);
    if (!r)
        return r.error();
    QList<StaffMember> list;
    while (r->next())
        list.append(fromRow(r->record()));
    return list;
}

Result<QList<StaffMember>> StaffStore::list(bool includeInactive)
{
    return select(QStringLiteral("WHERE (? = 1 OR s.active = 1) ORDER BY s.name"),
        { includeInactive ? 1 : 0 });
}

Result<StaffMember> StaffStore::get(Id id)
{
    auto r = select(QStringLiteral("WHERE s.id = ?"), { id });
    if (!r)
        return r.error();
    if (r->isEmpty())
        return Error { ErrorCode::NotFound, tr("There is no staff member with id %1.").arg(id), {},
            {} };
    return r->first();
}

Result<std::optional<StaffMember>> StaffStore::findByName(const QString& name)
{
    auto r = select(QStringLiteral("WHERE s.name_key = ?"), { lookupKey(name) });
    if (!r)
        return r.error();
    return r->isEmpty() ? std::optional<StaffMember>() : std::optional(r->first());
}

Result<std::optional<StaffMember>> StaffStore::findByUsername(const QString& username)
{
    auto r = select(QStringLiteral("WHERE s.username_key = ?"), { lookupKey(username) });
    if (!r)
        return r.error();
    return r->isEmpty() ? std::optional<StaffMember>() : std::optional(r->first());
}

Status StaffStore::writeRoles(Id staffId, const RoleSet& roles)
{
    if (auto r
        = m_db.exec(QStringLiteral("DELETE FROM staff_role WHERE staff_id = ?"), { staffId });
        !r)
        return r.error();
    for (const QString& role : roles.storageKeys()) {
        if (auto r
            = m_db.exec(QStringLiteral("INSERT INTO staff_role (staff_id, role) VALUES (?, ?)"),
                { staffId, role });
            !r)
            return r.error();
    }
    return {};
}

Result<Id> StaffStore::add(StaffMember member)
{
    if (Status s = Access::require(m_db, Permission::ManageStaff); !s)
        return s.error();
    member.name = member.name.simplified();
    if (const auto errors = validate(member); !errors.isEmpty())
        return Error::validation(errors);
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto existing = findByName(member.name);
    if (!existing)
        return existing.error();
    if (*existing)
        return nameTaken(member.name);
    auto r = m_db.exec(
        QStringLiteral("INSERT INTO staff (name, name_key, active, cosign_required, created_at) "
                       "VALUES (?, ?, ?, ?, ?)"),
        { member.name, lookupKey(member.name), member.active ? 1 : 0, member.cosignRequired ? 1 : 0,
            Clock::instance().nowUtc().toString(Qt::ISODateWithMs) });
    if (!r)
        return r.error();
    const Id id = r->lastInsertId().toLongLong();
    if (Status s = writeRoles(id, member.roles); !s)
        return s.error();
    AuditEvent event;
    event.action = QStringLiteral("staff.create");
    event.entity = QStringLiteral("staff");
    event.entityId = id;
    event.detail = member.roles.storageKeys().join(QLatin1Char(','));
    event.changes = AuditTrail::changes({}, StaffRecords::auditValues(member));
    if (Status s = AuditTrail::record(m_db, event); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status StaffStore::update(const StaffMember& member)
{
    if (Status s = Access::require(m_db, Permission::ManageStaff); !s)
        return s;
    StaffMember m = member;
    m.name = m.name.simplified();
    if (const auto errors = validate(m); !errors.isEmpty())
        return Error::validation(errors);
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto before = get(m.id);
    if (!before)
        return before.error();
    auto existing = findByName(m.name);
    if (!existing)
        return existing.error();
    if (*existing && (*existing)->id != m.id)
        return nameTaken(m.name);
    const bool losesAdmin = before->roles.has(StaffRole::Administrator) && before->active
        && !before->username.isEmpty() && (!m.roles.has(StaffRole::Administrator) || !m.active);
    if (losesAdmin) {
        auto other = StaffRecords::otherAdministratorExists(m_db, m.id);
        if (!other)
            return other.error();
        if (!*other)
            return Error::validation({ { QStringLiteral("roles"),
                tr("%1 is the last administrator who can sign in; make someone else an "
                   "administrator first.")
                    .arg(before->name) } });
    }
    auto r = m_db.exec(
        QStringLiteral("UPDATE staff SET name = ?, name_key = ?, active = ?, cosign_required = ? "
                       "WHERE id = ?"),
        { m.name, lookupKey(m.name), m.active ? 1 : 0, m.cosignRequired ? 1 : 0, m.id });
    if (!r)
        return r.error();
    if (Status s = writeRoles(m.id, m.roles); !s)
        return s;
    m.username = before->username;
    const QJsonObject changed
        = AuditTrail::changes(StaffRecords::auditValues(*before), StaffRecords::auditValues(m));
    if (!changed.isEmpty()) {
        AuditEvent event;
        event.action = QStringLiteral("staff.update");
        event.entity = QStringLiteral("staff");
        event.entityId = m.id;
        event.detail = changed.keys().join(QStringLiteral(", "));
        event.changes = changed;
        if (Status s = AuditTrail::record(m_db, event); !s)
            return s;
    }
    return tx.commit();
}

} // namespace stepwise
