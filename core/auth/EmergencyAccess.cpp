// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmergencyAccess.h"

#include "Access.h"
#include "common/Clock.h"
#include "storage/AuditTrail.h"
#include "storage/Database.h"
#include "storage/SettingsStore.h"

#include <QCoreApplication>

namespace stepwise::EmergencyAccess {

namespace {

QString iso(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QVariant& v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

} // namespace

Result<EmergencyGrant> grant(Database& db, Id participantId, const QString& reasonText)
{
    if (Status s = Access::require(db, Permission::EmergencyAccess); !s)
        return s.error();
    const QString reason = reasonText.simplified();
    if (reason.size() < MinimumReasonLength)
        return Error::validation({ { QStringLiteral("reason"),
            QCoreApplication::translate("stepwise::EmergencyAccess",
                "Say why you need this chart now (at least %1 characters); supervisors review "
                "every emergency access.")
                .arg(MinimumReasonLength) } });
    auto settings = SettingsStore(db).load();
    if (!settings)
        return settings.error();
    auto exists
        = db.queryOne(QStringLiteral("SELECT 1 FROM participant WHERE id = ?"), { participantId });
    if (!exists)
        return exists.error();
    if (!*exists)
        return Error { ErrorCode::NotFound,
            QCoreApplication::translate(
                "stepwise::EmergencyAccess", "There is no participant with id %1.")
                .arg(participantId),
            {}, {} };

    EmergencyGrant g;
    g.staffId = db.session()->staffId;
    g.participantId = participantId;
    g.reason = reason;
    g.grantedAt = Clock::instance().nowUtc();
    g.expiresAt = g.grantedAt.addSecs(qint64(settings->security.emergencyAccessMinutes) * 60);

    Transaction tx(db);
    if (!tx.ok())
        return tx.error();
    auto r = db.exec(QStringLiteral("INSERT INTO emergency_access (staff_id, participant_id, "
                                    "reason, granted_at, expires_at) VALUES (?, ?, ?, ?, ?)"),
        { g.staffId, participantId, reason, iso(g.grantedAt), iso(g.expiresAt) });
    if (!r)
        return r.error();
    g.id = r->lastInsertId().toLongLong();
    AuditEvent e;
    e.action = QStringLiteral("emergency_access.grant");
    e.entity = QStringLiteral("participant");
    e.entityId = participantId;
    e.participantId = participantId;
    e.detail = QStringLiteral("until %1: %2").arg(iso(g.expiresAt), reason);
    e.flagged = true;
    if (Status s = AuditTrail::record(db, e); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return g;
}

Result<std::optional<EmergencyGrant>> active(Database& db, Id participantId)
{
    if (!db.session())
        return std::optional<EmergencyGrant>();
    auto r = db.queryOne(
        QStringLiteral("SELECT id, reason, granted_at, expires_at FROM emergency_access WHERE "
                       "staff_id = ? AND participant_id = ? AND expires_at > ? ORDER BY "
                       "expires_at DESC LIMIT 1"),
        { db.session()->staffId, participantId, iso(Clock::instance().now()) });
    if (!r)
        return r.error();
    if (!*r)
        return std::optional<EmergencyGrant>();
    EmergencyGrant g;
    g.id = (*r)->value(0).toLongLong();
    g.staffId = db.session()->staffId;
    g.participantId = participantId;
    g.reason = (*r)->value(1).toString();
    g.grantedAt = fromIso((*r)->value(2));
    g.expiresAt = fromIso((*r)->value(3));
    return std::optional(g);
}

} // namespace stepwise::EmergencyAccess
