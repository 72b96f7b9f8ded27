// SPDX-License-Identifier: GPL-3.0-or-later
#include "EpisodeStore.h"

#include "AuditTrail.h"
#include "Database.h"
#include "ScheduleStore.h"
#include "auth/Access.h"
#include "common/Clock.h"
#include "domain/PhaseRules.h"

#include <QCoreApplication>

namespace stepwise {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::EpisodeStore", text);
}

QVariant dateValue(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

QDate dateFrom(const QVariant& v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

Status setParticipantStatus(Database& db, Id participantId, ParticipantStatus status)
{
    auto r
        = db.exec(QStringLiteral("UPDATE participant SET status = ?, updated_at = ? WHERE id = ?"),
            { storageKey(status), Clock::instance().nowUtc().toString(Qt::ISODateWithMs),
                participantId });
    if (!r)
        return r.error();
    return {};
}

} // namespace

Result<QList<Episode>> EpisodeStore::episodes(Id participantId)
{
    if (Status s = Access::requireParticipant(m_db, Permission::ViewParticipant, participantId); !s)
        return s.error();
    auto r = m_db.exec(
        QStringLiteral(
            "SELECT e.id, e.admission_date, e.discharge_date, e.discharge_reason, "
            "p.id, p.kind, p.start_date, p.end_date, p.sessions_per_week, "
            "p.hours_per_week, p.reason "
            "FROM episode e LEFT JOIN phase p ON p.episode_id = e.id "
            "WHERE e.participant_id = ? ORDER BY e.admission_date, e.id, p.start_date, p.id"),
        { participantId });
    if (!r)
        return r.error();
    QList<Episode> list;
    Rows& q = r.value();
    while (q.next()) {
        const Id episodeId = q.value(0).toLongLong();
        if (list.isEmpty() || list.last().id != episodeId) {
            Episode e;
            e.id = episodeId;
            e.participantId = participantId;
            e.admissionDate = dateFrom(q.value(1));
            e.dischargeDate = dateFrom(q.value(2));
            e.dischargeReason = q.value(3).toString();
            list.append(e);
        }
        if (q.value(4).isNull())
            continue;
        Phase p;
        p.id = q.value(4).toLongLong();
        p.episodeId = episodeId;
        p.kind = parsePhaseKind(q.value(5).toString()).value_or(PhaseKind::Intensive);
        p.startDate = dateFrom(q.value(6));
        p.endDate = dateFrom(q.value(7));
        p.plan.sessionsPerWeek = q.value(8).toInt();
        p.plan.hoursPerWeek = q.value(9).toDouble();
        p.reason = q.value(10).toString();
        list.last().phases.append(p);
    }
    return list;
}

Result<Episode> EpisodeStore::episode(Id episodeId)
{
    auto owner = m_db.queryOne(
        QStringLiteral("SELECT participant_id FROM episode WHERE id = ?"), { episodeId });
    if (!owner)
        return owner.error();
    if (!*owner)
        return Error { ErrorCode::NotFound, tr("There is no episode with id %1.").arg(episodeId),
            {}, {} };
    auto all = episodes((*owner)->value(0).toLongLong());
    if (!all)
        return all.error();
    for (const Episode& e : all.value()) {
        if (e.id == episodeId)
            return e;
    }
    return Error { ErrorCode::NotFound, tr("There is no episode with id %1.").arg(episodeId), {},
        {} };
}

Result<Id> EpisodeStore::admit(
    Id participantId, const QDate& date, const PhasePlan& plan, const QString& reason)
{
    if (Status s = Access::requireParticipant(m_db, Permission::ChangePhase, participantId); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto dob = m_db.queryOne(
        QStringLiteral("SELECT date_of_birth FROM participant WHERE id = ?"), { participantId });
    if (!dob)
        return dob.error();
    if (!*dob)
        return Error { ErrorCode::NotFound,
            tr("There is no participant with id %1.").arg(participantId), {}, {} };
    auto previous = episodes(participantId);
    if (!previous)
        return previous.error();
    auto admitted = PhaseRules::admit(previous.value(), date, dateFrom((*dob)->value(0)), plan,
        reason, Clock::instance().today());
    if (!admitted)
        return admitted.error();

    auto r = m_db.exec(
        QStringLiteral("INSERT INTO episode (participant_id, admission_date) VALUES (?, ?)"),
        { participantId, dateValue(date) });
    if (!r)
        return r.error();
    Episode e = std::move(admitted).value();
    e.id = r->lastInsertId().toLongLong();
    e.participantId = participantId;
    Episode none;
    none.id = e.id;
    if (Status s = writePhases(none, e); !s)
        return s.error();
    if (Status s = setParticipantStatus(m_db, participantId, ParticipantStatus::Active); !s)
        return s.error();
    if (Status s
        = AuditTrail::record(m_db, QStringLiteral("episode.admit"), QStringLiteral("episode"), e.id,
            QStringLiteral("admitted %1").arg(date.toString(Qt::ISODate)), participantId);
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return e.id;
}

Status EpisodeStore::transition(
    Id episodeId, PhaseKind to, const QDate& date, const PhasePlan& plan, const QString& reason)
{
    if (Status s = requireForEpisode(episodeId, Permission::ChangePhase); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto before = episode(episodeId);
    if (!before)
        return before.error();
    auto after
        = PhaseRules::transition(before.value(), to, date, plan, reason, Clock::instance().today());
    if (!after)
        return after.error();
    if (Status s = writePhases(before.value(), after.value()); !s)
        return s;
    // Groups of the phase being left stop expecting the participant from the change.
    if (Status s = ScheduleStore(m_db).endMemberships(before->participantId, date.addDays(-1), to);
        !s)
        return s;
    const Phase* from = before->currentPhase();
    if (Status s = AuditTrail::record(m_db, QStringLiteral("phase.transition"),
            QStringLiteral("episode"), episodeId,
            QStringLiteral("%1 -> %2 on %3")
                .arg(from ? storageKey(from->kind) : QString(), storageKey(to),
                    date.toString(Qt::ISODate)),
            before->participantId);
        !s)
        return s;
    return tx.commit();
}

Status EpisodeStore::discharge(Id episodeId, const QDate& date, const QString& reason)
{
    if (Status s = requireForEpisode(episodeId, Permission::ChangePhase); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto before = episode(episodeId);
    if (!before)
        return before.error();
    auto after = PhaseRules::discharge(before.value(), date, reason, Clock::instance().today());
    if (!after)
        return after.error();
    if (Status s = writePhases(before.value(), after.value()); !s)
        return s;
    auto r = m_db.exec(
        QStringLiteral("UPDATE episode SET discharge_date = ?, discharge_reason = ? WHERE id = ?"),
        { dateValue(after->dischargeDate), after->dischargeReason, episodeId });
    if (!r)
        return r.error();
    if (Status s = setParticipantStatus(m_db, before->participantId, ParticipantStatus::Discharged);
        !s)
        return s;
    // No group expects someone discharged after their last day.
    if (Status s = ScheduleStore(m_db).endMemberships(before->participantId, date, std::nullopt);
        !s)
        return s;
    if (Status s
        = AuditTrail::record(m_db, QStringLiteral("episode.discharge"), QStringLiteral("episode"),
            episodeId, date.toString(Qt::ISODate), before->participantId);
        !s)
        return s;
    return tx.commit();
}

Status EpisodeStore::updatePlan(Id phaseId, const PhasePlan& plan)
{
    auto kind = m_db.queryOne(QStringLiteral("SELECT ph.kind, e.participant_id, "
                                             "ph.sessions_per_week, ph.hours_per_week FROM phase "
                                             "ph JOIN episode e ON e.id = ph.episode_id WHERE "
                                             "ph.id = ?"),
        { phaseId });
    if (!kind)
        return kind.error();
    if (!*kind)
        return Error { ErrorCode::NotFound, tr("There is no phase with id %1.").arg(phaseId), {},
            {} };
    const Id participantId = (*kind)->value(1).toLongLong();
    if (Status s = Access::requireParticipant(m_db, Permission::ChangePhase, participantId); !s)
        return s;
    const PhasePlan old { (*kind)->value(2).toInt(), (*kind)->value(3).toDouble() };
    const auto errors = PhaseRules::validatePlan(
        parsePhaseKind((*kind)->value(0).toString()).value_or(PhaseKind::Intensive), plan);
    if (!errors.isEmpty())
        return Error::validation(errors);
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto r = m_db.exec(
        QStringLiteral("UPDATE phase SET sessions_per_week = ?, hours_per_week = ? WHERE id = ?"),
        { plan.sessionsPerWeek, plan.hoursPerWeek, phaseId });
    if (!r)
        return r.error();
    AuditEvent event;
    event.action = QStringLiteral("phase.plan");
    event.entity = QStringLiteral("phase");
    event.entityId = phaseId;
    event.participantId = participantId;
    event.detail
        = QStringLiteral("%1 sessions, %2 h").arg(plan.sessionsPerWeek).arg(plan.hoursPerWeek);
    event.changes
        = AuditTrail::changes({ { QStringLiteral("sessions_per_week"), old.sessionsPerWeek },
                                  { QStringLiteral("hours_per_week"), old.hoursPerWeek } },
            { { QStringLiteral("sessions_per_week"), plan.sessionsPerWeek },
                { QStringLiteral("hours_per_week"), plan.hoursPerWeek } });
    if (Status s = AuditTrail::record(m_db, event); !s)
        return s;
    return tx.commit();
}

Status EpisodeStore::requireForEpisode(Id episodeId, Permission permission)
{
    auto owner = m_db.queryOne(
        QStringLiteral("SELECT participant_id FROM episode WHERE id = ?"), { episodeId });
    if (!owner)
        return owner.error();
    if (!*owner)
        return Error { ErrorCode::NotFound, tr("There is no episode with id %1.").arg(episodeId),
            {}, {} };
    return Access::requireParticipant(m_db, permission, (*owner)->value(0).toLongLong());
}

// Phases are history: existing rows only ever gain an end date, new phases are appended.
Status EpisodeStore::writePhases(const Episode& before, const Episode& after)
{
    if (const auto errors = PhaseRules::validateEpisode(after); !errors.isEmpty())
        return Error::validation(errors);
    for (const Phase& p : after.phases) {
        if (p.id > 0) {
            const auto old = std::find_if(before.phases.begin(), before.phases.end(),
                [&p](const Phase& b) { return b.id == p.id; });
            if (old != before.phases.end() && old->endDate == p.endDate)
                continue;
            auto r = m_db.exec(QStringLiteral("UPDATE phase SET end_date = ? WHERE id = ?"),
                { dateValue(p.endDate), p.id });
            if (!r)
                return r.error();
            continue;
        }
        auto r = m_db.exec(
            QStringLiteral(
                "INSERT INTO phase (episode_id, kind, start_date, end_date, sessions_per_week, "
                "hours_per_week, reason) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            { before.id, storageKey(p.kind), dateValue(p.startDate), dateValue(p.endDate),
                p.plan.sessionsPerWeek, p.plan.hoursPerWeek, p.reason });
        if (!r)
            return r.error();
    }
    return {};
}

} // namespace stepwise
