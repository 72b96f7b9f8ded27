// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReassignmentStore.h"

#include "AuditTrail.h"
#include "Database.h"
#include "StaffStore.h"
#include "auth/Access.h"
#include "common/Clock.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <algorithm>

namespace stepwise {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::ReassignmentStore", text);
}

Error refused(const QString& message)
{
    Error e { ErrorCode::InvalidArgument, message, {}, {} };
    e.fields = { { QStringLiteral("counselor"), message } };
    return e;
}

} // namespace

ReassignmentStore::ReassignmentStore(Database& db)
    : m_db(db)
{ }

Result<QList<ReceivingCounselor>> ReassignmentStore::receivingCounselors()
{
    if (Status s = Access::require(m_db, Permission::ReassignCounselor); !s)
        return s.error();
    auto staff = StaffStore(m_db).list(false);
    if (!staff)
        return staff.error();
    auto counts = m_db.exec(
        QStringLiteral("SELECT p.counselor_id, count(*) FROM participant p "
                       "JOIN episode e ON e.participant_id = p.id AND e.discharge_date IS NULL "
                       "WHERE p.counselor_id IS NOT NULL GROUP BY p.counselor_id"));
    if (!counts)
        return counts.error();
    QHash<Id, int> inCare;
    while (counts->next())
        inCare.insert(counts->value(0).toLongLong(), counts->value(1).toInt());
    QList<ReceivingCounselor> list;
    for (const StaffMember& s : std::as_const(*staff)) {
        if (!s.active || !s.roles.has(StaffRole::Counselor))
            continue;
        ReceivingCounselor c;
        c.id = s.id;
        c.name = s.name;
        c.inCare = inCare.value(s.id);
        list.append(c);
    }
    std::sort(
        list.begin(), list.end(), [](const ReceivingCounselor& a, const ReceivingCounselor& b) {
            return a.name.localeAwareCompare(b.name) < 0;
        });
    return list;
}

Result<int> ReassignmentStore::reassign(
    const QList<Id>& participantIds, Id counselorId, const QString& reason)
{
    if (Status s = Access::require(m_db, Permission::ReassignCounselor); !s)
        return s.error();
    if (participantIds.isEmpty())
        return Error { ErrorCode::InvalidArgument, tr("Choose the participants to reassign."), {},
            {} };
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto counselor = m_db.queryOne(
        QStringLiteral("SELECT s.name, s.active, EXISTS (SELECT 1 FROM staff_role r "
                       "WHERE r.staff_id = s.id AND r.role = 'counselor') FROM staff s "
                       "WHERE s.id = ?"),
        { counselorId });
    if (!counselor)
        return counselor.error();
    if (!*counselor)
        return refused(tr("The counselor does not exist."));
    const QString toName = (*counselor)->value(0).toString();
    if ((*counselor)->value(1).toInt() != 1)
        return refused(tr("%1 is no longer active and cannot take participants.").arg(toName));
    if ((*counselor)->value(2).toInt() != 1)
        return refused(tr("%1 is not a counselor and cannot carry a caseload.").arg(toName));

    QJsonArray ids;
    for (Id id : QSet<Id>(participantIds.cbegin(), participantIds.cend()))
        ids.append(id);
    auto current
        = m_db.exec(QStringLiteral("SELECT p.id, p.counselor_id, s.name FROM participant p "
                                   "LEFT JOIN staff s ON s.id = p.counselor_id "
                                   "WHERE p.id IN (SELECT value FROM json_each(?)) ORDER BY p.id"),
            { QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)) });
    if (!current)
        return current.error();
    struct Move
    {
        Id participantId = 0;
        Id fromId = 0;
        QString fromName;
    };
    QList<Move> moves;
    qsizetype found = 0;
    while (current->next()) {
        ++found;
        const Id from = current->value(1).toLongLong();
        if (from != counselorId)
            moves.append({ current->value(0).toLongLong(), from, current->value(2).toString() });
    }
    if (found != ids.size())
        return Error { ErrorCode::NotFound,
            tr("A participant to reassign no longer exists; nothing was changed."), {}, {} };

    // As ParticipantStore writes it.
    const QString now = Clock::instance().nowUtc().toString(Qt::ISODateWithMs);
    for (const Move& m : std::as_const(moves)) {
        auto updated = m_db.exec(
            QStringLiteral("UPDATE participant SET counselor_id = ?, updated_at = ? WHERE id = ?"),
            { counselorId, now, m.participantId });
        if (!updated)
            return updated.error();
        AuditEvent event;
        event.action = QStringLiteral("participant.reassign");
        event.entity = QStringLiteral("participant");
        event.entityId = m.participantId;
        event.participantId = m.participantId;
        event.detail = m.fromId == 0
            ? QStringLiteral("to %1 (%2) from nobody's caseload").arg(toName).arg(counselorId)
            : QStringLiteral("to %1 (%2) from %3 (%4)")
                  .arg(toName)
                  .arg(counselorId)
                  .arg(m.fromName)
                  .arg(m.fromId);
        if (!reason.trimmed().isEmpty())
            event.detail += QStringLiteral("; reason: ") + reason.trimmed();
        event.changes = AuditTrail::changes({ { QStringLiteral("counselor_id"), m.fromId } },
            { { QStringLiteral("counselor_id"), counselorId } });
        if (Status s = AuditTrail::record(m_db, event); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return int(moves.size());
}

} // namespace stepwise
