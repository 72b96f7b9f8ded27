// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditTrail.h"

#include "Database.h"
#include "common/Clock.h"

namespace stepwise::AuditTrail {

namespace {

QVariant nullableId(Id id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

} // namespace

Status record(
    Database& db, const QString& action, const QString& entity, Id entityId, const QString& detail)
{
    const QString at = Clock::instance().now().toUTC().toString(Qt::ISODateWithMs);
    auto r = db.exec(
        QStringLiteral("INSERT INTO audit_log (at, staff_id, action, entity, entity_id, detail) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        { at, nullableId(db.actorId()), action, entity, nullableId(entityId), detail });
    if (!r)
        return r.error();
    return {};
}

Result<QList<AuditEntry>> entries(Database& db, const QString& entity, Id entityId)
{
    auto r = entity.isEmpty()
        ? db.exec(QStringLiteral("SELECT id, at, staff_id, action, entity, entity_id, detail FROM "
                                 "audit_log ORDER BY id"))
        : db.exec(QStringLiteral(
                      "SELECT id, at, staff_id, action, entity, entity_id, detail FROM audit_log "
                      "WHERE entity = ? AND entity_id = ? ORDER BY id"),
            { entity, entityId });
    if (!r)
        return r.error();
    QList<AuditEntry> list;
    Rows& q = r.value();
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.staffId = q.value(2).toLongLong();
        e.action = q.value(3).toString();
        e.entity = q.value(4).toString();
        e.entityId = q.value(5).toLongLong();
        e.detail = q.value(6).toString();
        list.append(e);
    }
    return list;
}

} // namespace stepwise::AuditTrail
