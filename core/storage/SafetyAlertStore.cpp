// SPDX-License-Identifier: GPL-3.0-or-later
#include "SafetyAlertStore.h"

#include "AuditTrail.h"
#include "Database.h"
#include "auth/Access.h"
#include "common/Clock.h"

#include <QCoreApplication>

namespace stepwise {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::SafetyAlertStore", text);
}

QString nowText()
{
    return Clock::instance().nowUtc().toString(Qt::ISODateWithMs);
}

} // namespace

Status SafetyAlertStore::raise(
    Database& db, Id participantId, Id assessmentId, Id replacesId, const QList<Flag>& flags)
{
    for (const Flag& flag : flags) {
        if (!flag.safety)
            continue;
        if (replacesId > 0) {
            // A correction that keeps the flag does not raise the alert a second time.
            auto open = db.queryOne(
                QStringLiteral(
                    "WITH RECURSIVE chain(id, replaces) AS ("
                    "  SELECT id, replaces_id FROM assessment WHERE id = ? "
                    "  UNION ALL SELECT a.id, a.replaces_id FROM assessment a "
                    "  JOIN chain c ON a.id = c.replaces) "
                    "SELECT 1 FROM safety_alert s JOIN chain c ON s.assessment_id = c.id "
                    "WHERE s.flag = ? AND s.followed_up_at IS NULL"),
                { replacesId, flag.key });
            if (!open)
                return open.error();
            if (open->has_value())
                continue;
        }
        auto r = db.exec(QStringLiteral("INSERT INTO safety_alert (participant_id, assessment_id, "
                                        "flag, message, raised_at) VALUES (?, ?, ?, ?, ?)"),
            { participantId, assessmentId, flag.key, flag.message, nowText() });
        if (!r)
            return r.error();
        AuditEvent event;
        event.action = QStringLiteral("safety_alert.raise");
        event.entity = QStringLiteral("safety_alert");
        event.entityId = r->lastInsertId().toLongLong();
        event.participantId = participantId;
        event.detail = tr("Safety alert raised by assessment #%1").arg(assessmentId);
        event.flagged = true; // a reviewer looks at every one
        if (Status s = AuditTrail::record(db, event); !s)
            return s;
    }
    return {};
}

Result<QList<SafetyAlert>> SafetyAlertStore::alerts(Id participantId, bool openOnly)
{
    if (Status s = Access::requireParticipant(m_db, Permission::ViewParticipant, participantId); !s)
        return s.error();
    auto r = m_db.exec(
        QStringLiteral("SELECT s.id, s.assessment_id, s.flag, s.message, s.raised_at, s.action, "
                       "s.action_note, s.followed_up_by, f.name, s.followed_up_at, "
                       "a.administered_on, a.instrument "
                       "FROM safety_alert s JOIN assessment a ON a.id = s.assessment_id "
                       "LEFT JOIN staff f ON f.id = s.followed_up_by "
                       "WHERE s.participant_id = ? AND (? = 0 OR s.followed_up_at IS NULL) "
                       "ORDER BY s.raised_at DESC, s.id DESC"),
        { participantId, openOnly ? 1 : 0 });
    if (!r)
        return r.error();
    QList<SafetyAlert> list;
    while (r->next()) {
        SafetyAlert a;
        a.id = r->value(0).toLongLong();
        a.participantId = participantId;
        a.assessmentId = r->value(1).toLongLong();
        a.flag = r->value(2).toString();
        a.message = r->value(3).toString();
        a.raisedAt = QDateTime::fromString(r->value(4).toString(), Qt::ISODateWithMs);
        if (!r->value(5).isNull())
            a.action = parseFollowUpAction(r->value(5).toString());
        a.actionNote = r->value(6).toString();
        a.followedUpBy = r->value(7).toLongLong();
        a.followedUpByName = r->value(8).toString();
        a.followedUpAt = QDateTime::fromString(r->value(9).toString(), Qt::ISODateWithMs);
        a.administeredOn = QDate::fromString(r->value(10).toString(), Qt::ISODate);
        a.instrument = r->value(11).toString();
        list.append(a);
    }
    return list;
}

Status SafetyAlertStore::followUp(Id alertId, FollowUpAction action, const QString& note)
{
    auto row = m_db.queryOne(
        QStringLiteral("SELECT participant_id, followed_up_at FROM safety_alert WHERE id = ?"),
        { alertId });
    if (!row)
        return row.error();
    if (!*row)
        return Error { ErrorCode::NotFound, tr("There is no safety alert with id %1.").arg(alertId),
            {}, {} };
    const Id participantId = (*row)->value(0).toLongLong();
    if (Status s = Access::requireParticipant(m_db, Permission::RecordAssessment, participantId);
        !s)
        return s;
    if (!(*row)->value(1).isNull())
        return Error { ErrorCode::Conflict,
            tr("The follow-up of this alert has already been recorded."), {}, {} };
    if (note.trimmed().size() < 10)
        return Error::validation(
            { { QStringLiteral("note"), tr("Describe what was done (at least 10 characters).") } });

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto r = m_db.exec(
        QStringLiteral("UPDATE safety_alert SET action = ?, action_note = ?, followed_up_by = ?, "
                       "followed_up_at = ? WHERE id = ? AND followed_up_at IS NULL"),
        { storageKey(action), note.trimmed(), m_db.actorId(), nowText(), alertId });
    if (!r)
        return r.error();
    if (r->numRowsAffected() != 1)
        return Error { ErrorCode::Conflict,
            tr("The follow-up of this alert has already been recorded."), {}, {} };
    AuditEvent event;
    event.action = QStringLiteral("safety_alert.follow_up");
    event.entity = QStringLiteral("safety_alert");
    event.entityId = alertId;
    event.participantId = participantId;
    event.detail = tr("Safety alert followed up");
    event.changes = AuditTrail::changes({},
        { { QStringLiteral("action"), storageKey(action) },
            { QStringLiteral("note"), note.trimmed() } });
    if (Status s = AuditTrail::record(m_db, event); !s)
        return s;
    return tx.commit();
}

} // namespace stepwise
