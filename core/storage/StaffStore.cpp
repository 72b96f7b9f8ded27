// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffStore.h"

#include "AuditTrail.h"
#include "Database.h"
#include "LookupKey.h"
#include "common/Clock.h"

#include <QCoreApplication>

namespace stepwise {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::StaffStore", text);
}

const QString selectColumns = QStringLiteral("SELECT id, name, role, active FROM staff ");

StaffMember fromRow(const QSqlRecord& q)
{
    StaffMember s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.role = parseStaffRole(q.value(2).toString()).value_or(StaffRole::Counselor);
    s.active = q.value(3).toBool();
    return s;
}

QList<FieldError> validate(const StaffMember& m)
{
    QList<FieldError> errors;
    if (m.name.trimmed().isEmpty())
        errors.append({ QStringLiteral("name"), tr("Name is required.") });
    else if (m.name.size() > 100)
        errors.append({ QStringLiteral("name"), tr("Name is longer than 100 characters.") });
    return errors;
}

} // namespace

Result<QList<StaffMember>> StaffStore::list(bool includeInactive)
{
    auto r = includeInactive
        ? m_db.exec(selectColumns + QStringLiteral("ORDER BY name"))
        : m_db.exec(selectColumns + QStringLiteral("WHERE active = 1 ORDER BY name"));
    if (!r)
        return r.error();
    QList<StaffMember> list;
    while (r->next())
        list.append(fromRow(r->record()));
    return list;
}

Result<StaffMember> StaffStore::get(Id id)
{
    auto r = m_db.queryOne(selectColumns + QStringLiteral("WHERE id = ?"), { id });
    if (!r)
        return r.error();
    if (!*r)
        return Error { ErrorCode::NotFound, tr("There is no staff member with id %1.").arg(id), {},
            {} };
    return fromRow(**r);
}

Result<std::optional<StaffMember>> StaffStore::findByName(const QString& name)
{
    auto r
        = m_db.queryOne(selectColumns + QStringLiteral("WHERE name_key = ?"), { lookupKey(name) });
    if (!r)
        return r.error();
    if (!*r)
        return std::optional<StaffMember>();
    return std::optional<StaffMember>(fromRow(**r));
}

Result<Id> StaffStore::add(StaffMember member)
{
    member.name = member.name.simplified();
    if (const auto errors = validate(member); !errors.isEmpty())
        return Error::validation(errors);
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto existing = findByName(member.name);
    if (!existing)
        return existing.error();
    if (*existing) {
        Error e = Error::validation({ { QStringLiteral("name"),
            tr("A staff member named %1 already exists.").arg(member.name) } });
        e.code = ErrorCode::Conflict;
        return e;
    }
    auto r = m_db.exec(
        QStringLiteral(
            "INSERT INTO staff (name, name_key, role, active, created_at) VALUES (?, ?, ?, ?, ?)"),
        { member.name, lookupKey(member.name), storageKey(member.role), member.active ? 1 : 0,
            Clock::instance().now().toUTC().toString(Qt::ISODateWithMs) });
    if (!r)
        return r.error();
    const Id id = r->lastInsertId().toLongLong();
    if (Status s = AuditTrail::record(m_db, QStringLiteral("staff.create"), QStringLiteral("staff"),
            id, storageKey(member.role));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status StaffStore::update(const StaffMember& member)
{
    StaffMember m = member;
    m.name = m.name.simplified();
    if (const auto errors = validate(m); !errors.isEmpty())
        return Error::validation(errors);
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto existing = findByName(m.name);
    if (!existing)
        return existing.error();
    if (*existing && (*existing)->id != m.id) {
        Error e = Error::validation({ { QStringLiteral("name"),
            tr("A staff member named %1 already exists.").arg(m.name) } });
        e.code = ErrorCode::Conflict;
        return e;
    }
    auto r = m_db.exec(
        QStringLiteral(
            "UPDATE staff SET name = ?, name_key = ?, role = ?, active = ? WHERE id = ?"),
        { m.name, lookupKey(m.name), storageKey(m.role), m.active ? 1 : 0, m.id });
    if (!r)
        return r.error();
    if (r->numRowsAffected() != 1)
        return Error { ErrorCode::NotFound, tr("There is no staff member with id %1.").arg(m.id),
            {}, {} };
    if (Status s
        = AuditTrail::record(m_db, QStringLiteral("staff.update"), QStringLiteral("staff"), m.id);
        !s)
        return s;
    return tx.commit();
}

} // namespace stepwise
