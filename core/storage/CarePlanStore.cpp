// SPDX-License-Identifier: GPL-3.0-or-later
#include "CarePlanStore.h"

#include "AuditTrail.h"
#include "Database.h"
#include "auth/Access.h"
#include "common/Clock.h"

#include <QCoreApplication>

namespace stepwise {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::CarePlanStore", text);
}

// What differs between the two kinds of plan: fixed SQL for each table and the episode rule.
template<typename Plan> struct Traits;

template<> struct Traits<RelapsePlan>
{
    static constexpr auto entity = "relapse_plan";
    static constexpr auto action = "relapse_plan.save";
    // Only while in care: the plan is worked on during treatment.
    static constexpr auto episodeSql
        = "SELECT e.id, (SELECT max(version) FROM relapse_plan WHERE episode_id = e.id) "
          "FROM episode e WHERE e.participant_id = ? AND e.discharge_date IS NULL";
    static constexpr auto latestSql
        = "SELECT id FROM relapse_plan WHERE episode_id = ? ORDER BY version DESC LIMIT 1";
    static constexpr auto insertSql = "INSERT INTO relapse_plan (participant_id, episode_id, "
                                      "version, replaces_id, content, recorded_by, recorded_at) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?)";
    static constexpr auto selectSql
        = "SELECT r.id, r.participant_id, r.episode_id, r.version, r.replaces_id, r.content, "
          "r.recorded_by, s.name, r.recorded_at FROM relapse_plan r "
          "LEFT JOIN staff s ON s.id = r.recorded_by WHERE r.episode_id = ? "
          "ORDER BY r.version DESC";
    static QString noEpisode()
    {
        return tr("The participant is not in care: a relapse prevention plan belongs to an open "
                  "episode.");
    }
    static QString detail(int version)
    {
        return tr("Relapse prevention plan version %1 saved").arg(version);
    }
    static RelapsePlan prepared(const RelapsePlan& p) { return p.normalized(); }
};

template<> struct Traits<AftercarePlan>
{
    static constexpr auto entity = "aftercare_plan";
    static constexpr auto action = "aftercare_plan.save";
    // The latest episode, open or not: the plan is finished at discharge, and a readmission
    // starts a new one.
    static constexpr auto episodeSql
        = "SELECT e.id, (SELECT max(version) FROM aftercare_plan WHERE episode_id = e.id) "
          "FROM episode e WHERE e.participant_id = ? "
          "ORDER BY e.admission_date DESC, e.id DESC LIMIT 1";
    static constexpr auto latestSql
        = "SELECT id FROM aftercare_plan WHERE episode_id = ? ORDER BY version DESC LIMIT 1";
    static constexpr auto insertSql = "INSERT INTO aftercare_plan (participant_id, episode_id, "
                                      "version, replaces_id, content, recorded_by, recorded_at) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?)";
    static constexpr auto selectSql
        = "SELECT r.id, r.participant_id, r.episode_id, r.version, r.replaces_id, r.content, "
          "r.recorded_by, s.name, r.recorded_at FROM aftercare_plan r "
          "LEFT JOIN staff s ON s.id = r.recorded_by WHERE r.episode_id = ? "
          "ORDER BY r.version DESC";
    static QString noEpisode()
    {
        return tr("The participant has never been admitted: an aftercare plan belongs to an "
                  "episode.");
    }
    static QString detail(int version)
    {
        return tr("Aftercare plan version %1 saved").arg(version);
    }
    static AftercarePlan prepared(const AftercarePlan& p) { return p; }
};

} // namespace

template<typename Plan> Result<Id> CarePlanStore<Plan>::save(Id participantId, const Plan& input)
{
    using T = Traits<Plan>;
    if (Status s = Access::requireParticipant(m_db, Permission::WriteRecord, participantId); !s)
        return s.error();
    const Plan plan = T::prepared(input);
    if (const QList<FieldError> errors = plan.validate(); !errors.isEmpty())
        return Error::validation(errors);
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto episode = m_db.queryOne(QLatin1String(T::episodeSql), { participantId });
    if (!episode)
        return episode.error();
    if (!*episode)
        return Error { ErrorCode::Conflict, T::noEpisode(), {}, {} };
    const Id episodeId = (*episode)->value(0).toLongLong();
    const int version = (*episode)->value(1).toInt() + 1;
    auto latest = m_db.queryOne(QLatin1String(T::latestSql), { episodeId });
    if (!latest)
        return latest.error();
    const QVariant replaces = *latest ? (*latest)->value(0) : QVariant();
    auto r = m_db.exec(QLatin1String(T::insertSql),
        { participantId, episodeId, version, replaces, QString::fromUtf8(plan.toJsonText()),
            m_db.actorId(), Clock::instance().nowUtc().toString(Qt::ISODateWithMs) });
    if (!r)
        return r.error();
    const Id id = r->lastInsertId().toLongLong();
    AuditEvent event;
    event.action = QLatin1String(T::action);
    event.entity = QLatin1String(T::entity);
    event.entityId = id;
    event.participantId = participantId;
    event.detail = T::detail(version);
    if (Status s = AuditTrail::record(m_db, event); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

template<typename Plan>
Result<QList<CarePlanVersion<Plan>>> CarePlanStore<Plan>::versions(Id episodeId)
{
    auto owner = m_db.queryOne(
        QStringLiteral("SELECT participant_id FROM episode WHERE id = ?"), { episodeId });
    if (!owner)
        return owner.error();
    if (!*owner)
        return Error { ErrorCode::NotFound, tr("There is no episode with id %1.").arg(episodeId),
            {}, {} };
    if (Status s = Access::requireParticipant(
            m_db, Permission::ViewParticipant, (*owner)->value(0).toLongLong());
        !s)
        return s.error();
    auto r = m_db.exec(QLatin1String(Traits<Plan>::selectSql), { episodeId });
    if (!r)
        return r.error();
    QList<CarePlanVersion<Plan>> list;
    while (r->next()) {
        CarePlanVersion<Plan> v;
        v.id = r->value(0).toLongLong();
        v.participantId = r->value(1).toLongLong();
        v.episodeId = r->value(2).toLongLong();
        v.version = r->value(3).toInt();
        v.replacesId = r->value(4).toLongLong();
        auto plan = Plan::fromJson(r->value(5).toString().toUtf8());
        if (!plan)
            return plan.error();
        v.plan = std::move(plan).value();
        v.recordedBy = r->value(6).toLongLong();
        v.recordedByName = r->value(7).toString();
        v.recordedAt = QDateTime::fromString(r->value(8).toString(), Qt::ISODateWithMs);
        list.append(std::move(v));
    }
    return list;
}

template<typename Plan>
Result<std::optional<CarePlanVersion<Plan>>> CarePlanStore<Plan>::current(Id episodeId)
{
    auto all = versions(episodeId);
    if (!all)
        return all.error();
    if (all->isEmpty())
        return std::optional<CarePlanVersion<Plan>>();
    return std::optional(all->first());
}

template class CarePlanStore<RelapsePlan>;
template class CarePlanStore<AftercarePlan>;

} // namespace stepwise
