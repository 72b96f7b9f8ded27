// SPDX-License-Identifier: GPL-3.0-or-later
#include "UseEventStore.h"

#include "AuditTrail.h"
#include "Database.h"
#include "RecoveryRows.h"
#include "auth/Access.h"
#include "common/Clock.h"
#include "recovery/Analyte.h"

#include <QCoreApplication>
#include <algorithm>

namespace stepwise {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::UseEventStore", text);
}

const QString selectColumns = QStringLiteral(
    "SELECT u.id, u.participant_id, u.episode_id, u.occurred_on, u.substance, u.source, u.note, "
    "u.recorded_by, st.name, u.recorded_at, u.replaces_id, u.correction_reason, "
    "EXISTS (SELECT 1 FROM use_event n WHERE n.replaces_id = u.id), "
    "(WITH RECURSIVE chain(id, replaces) AS (SELECT u.id, u.replaces_id UNION ALL "
    "  SELECT c.id, p.replaces_id FROM chain c JOIN use_event p ON p.id = c.replaces) "
    "  SELECT count(*) FROM chain) "
    "FROM use_event u LEFT JOIN staff st ON st.id = u.recorded_by ");

QVariantMap auditValues(const QString& occurredOn, const QString& substance, const QString& source)
{
    return { { QStringLiteral("occurred_on"), occurredOn },
        { QStringLiteral("substance"), substance }, { QStringLiteral("source"), source } };
}

} // namespace

Result<Id> UseEventStore::write(
    const UseEventInput& input, Id replacesId, const QString& reason, QList<FieldError>& problems)
{
    if (Status s = RecoveryRows::requireParticipant(m_db, input.participantId); !s)
        return s.error();
    const QDate today = Clock::instance().today();
    problems += UseEventRules::validate(input, today);
    Id episodeId = 0;
    if (input.occurredOn.isValid() && input.occurredOn <= today) {
        auto episode = RecoveryRows::episodeOn(m_db, input.participantId, input.occurredOn,
            QLatin1String(UseEventRules::OccurredOn), problems);
        if (!episode)
            return episode.error();
        episodeId = *episode;
    }
    if (!problems.isEmpty())
        return Error::validation(problems);

    const QString substance = Analytes::normalize(input.substance);
    const QString day = input.occurredOn.toString(Qt::ISODate);
    auto r = m_db.exec(
        QStringLiteral("INSERT INTO use_event (participant_id, episode_id, occurred_on, "
                       "substance, source, note, recorded_by, recorded_at, replaces_id, "
                       "correction_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { input.participantId, episodeId, day, substance, storageKey(input.source),
            input.note.trimmed(), m_db.actorId(), RecoveryRows::nowText(),
            replacesId > 0 ? QVariant(replacesId) : QVariant(), reason.trimmed() });
    if (!r)
        return r.error();
    const Id id = r->lastInsertId().toLongLong();

    QVariantMap before;
    if (replacesId > 0) {
        auto old = m_db.queryOne(
            QStringLiteral("SELECT occurred_on, substance, source FROM use_event WHERE id = ?"),
            { replacesId });
        if (!old)
            return old.error();
        if (*old)
            before = auditValues((*old)->value(0).toString(), (*old)->value(1).toString(),
                (*old)->value(2).toString());
    }
    AuditEvent event;
    event.action
        = replacesId > 0 ? QStringLiteral("use_event.correct") : QStringLiteral("use_event.record");
    event.entity = QStringLiteral("use_event");
    event.entityId = id;
    event.participantId = input.participantId;
    event.detail = replacesId > 0
        ? tr("Use event corrected (replaces #%1): %2").arg(replacesId).arg(reason.trimmed())
        : tr("Use event recorded");
    event.changes
        = AuditTrail::changes(before, auditValues(day, substance, storageKey(input.source)));
    if (Status s = AuditTrail::record(m_db, event); !s)
        return s.error();
    return id;
}

Result<Id> UseEventStore::record(const UseEventInput& input)
{
    if (Status s = Access::requireParticipant(m_db, Permission::WriteRecord, input.participantId);
        !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    QList<FieldError> problems;
    auto id = write(input, 0, {}, problems);
    if (!id)
        return id.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<Id> UseEventStore::correct(Id eventId, const UseEventInput& input, const QString& reason)
{
    auto old = event(eventId);
    if (!old)
        return old.error();
    if (Status s = Access::requireParticipant(m_db, Permission::WriteRecord, old->participantId);
        !s)
        return s.error();
    if (old->superseded)
        return Error { ErrorCode::Conflict,
            tr("This version has already been corrected: correct the newest version."), {}, {} };
    if (input.participantId != old->participantId)
        return Error { ErrorCode::InvalidArgument,
            tr("A correction keeps the participant of the original."), {}, {} };
    QList<FieldError> problems;
    if (reason.trimmed().size() < 5)
        problems.append({ QLatin1String(UseEventRules::CorrectionReason),
            tr("Say why the event is corrected (at least 5 characters).") });
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto id = write(input, eventId, reason, problems);
    if (!id)
        return id.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<QList<UseEvent>> UseEventStore::select(const QString& where, const QVariantList& values)
{
    auto r = m_db.exec(
        selectColumns + where + QStringLiteral(" ORDER BY u.occurred_on DESC, u.id DESC"), values);
    if (!r)
        return r.error();
    QList<UseEvent> list;
    while (r->next()) {
        UseEvent e;
        e.id = r->value(0).toLongLong();
        e.participantId = r->value(1).toLongLong();
        e.episodeId = r->value(2).toLongLong();
        e.occurredOn = QDate::fromString(r->value(3).toString(), Qt::ISODate);
        e.substance = r->value(4).toString();
        e.source = parseUseSource(r->value(5).toString()).value_or(UseSource::SelfReport);
        e.note = r->value(6).toString();
        e.recordedBy = r->value(7).toLongLong();
        e.recordedByName = r->value(8).toString();
        e.recordedAt = QDateTime::fromString(r->value(9).toString(), Qt::ISODateWithMs);
        e.replacesId = r->value(10).toLongLong();
        e.correctionReason = r->value(11).toString();
        e.superseded = r->value(12).toBool();
        e.versionNumber = r->value(13).toInt();
        list.append(e);
    }
    return list;
}

Result<QList<UseEvent>> UseEventStore::events(Id participantId)
{
    if (Status s = Access::requireParticipant(m_db, Permission::ViewParticipant, participantId); !s)
        return s.error();
    return select(QStringLiteral("WHERE u.participant_id = ? AND NOT EXISTS "
                                 "(SELECT 1 FROM use_event n WHERE n.replaces_id = u.id)"),
        { participantId });
}

Result<UseEvent> UseEventStore::event(Id eventId)
{
    auto owner = m_db.queryOne(
        QStringLiteral("SELECT participant_id FROM use_event WHERE id = ?"), { eventId });
    if (!owner)
        return owner.error();
    if (!owner->has_value())
        return Error { ErrorCode::NotFound, tr("There is no use event with id %1.").arg(eventId),
            {}, {} };
    if (Status s = Access::requireParticipant(
            m_db, Permission::ViewParticipant, (*owner)->value(0).toLongLong());
        !s)
        return s.error();
    auto list = select(QStringLiteral("WHERE u.id = ?"), { eventId });
    if (!list)
        return list.error();
    return list->first();
}

Result<QList<UseEvent>> UseEventStore::versions(Id eventId)
{
    auto current = event(eventId);
    if (!current)
        return current.error();
    auto chain = select(
        QStringLiteral("WHERE u.id IN (WITH RECURSIVE back(id, replaces) AS ("
                       "  SELECT id, replaces_id FROM use_event WHERE id = ? "
                       "  UNION SELECT t.id, t.replaces_id FROM use_event t JOIN back b ON t.id = "
                       "b.replaces), "
                       "fwd(id) AS (SELECT id FROM back UNION "
                       "  SELECT t.id FROM use_event t JOIN fwd f ON t.replaces_id = f.id) "
                       "SELECT id FROM fwd)"),
        { eventId });
    if (!chain)
        return chain.error();
    std::sort(chain->begin(), chain->end(),
        [](const UseEvent& a, const UseEvent& b) { return a.versionNumber < b.versionNumber; });
    return chain;
}

} // namespace stepwise
