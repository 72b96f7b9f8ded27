// SPDX-License-Identifier: GPL-3.0-or-later
#include "TreatmentPlanStore.h"

#include "AuditTrail.h"
#include "Database.h"
#include "SettingsStore.h"
#include "auth/Access.h"
#include "common/Clock.h"
#include "common/ContentHash.h"
#include "plans/PlanJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace stepwise {

struct TreatmentPlanStore::Row
{
    Id id = 0;
    Id participantId = 0;
    Id episodeId = 0;
    int version = 0;
    QString content;
    QString changeNote;
    QDateTime finalizedAt; // invalid for a draft
    bool agreed = false;
    bool episodeOpen = false;
    bool current = false; // the latest finalized version of its episode
};

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::TreatmentPlanStore", text);
}

QString nowText()
{
    return Clock::instance().nowUtc().toString(Qt::ISODateWithMs);
}

QDateTime instantFrom(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

QDate dateFrom(const QVariant& v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

// The day a version was finalized where the clinic is: reviews and agreements are dated in it.
QDate localDate(const QDateTime& utc)
{
    return utc.isValid() ? utc.toLocalTime().date() : QDate();
}

Error conflict(const QString& message)
{
    return Error { ErrorCode::Conflict, message, {}, {} };
}

Error notFound(Id planId)
{
    return Error { ErrorCode::NotFound, tr("There is no treatment plan with id %1.").arg(planId),
        {}, {} };
}

Error notInCare()
{
    return conflict(tr("The participant is not in care: a treatment plan belongs to an open "
                       "episode."));
}

QString planHash(Id participantId, Id episodeId, int version, const QString& content,
    const QString& changeNote, Id finalizedBy, const QString& finalizedAt)
{
    return TreatmentPlanStore::contentHashOf(
        participantId, episodeId, version, content, changeNote, finalizedBy, finalizedAt);
}

QString progressJson(const QList<ObjectiveProgress>& progress)
{
    QJsonArray a;
    for (const ObjectiveProgress& p : progress) {
        a.append(QJsonObject { { QStringLiteral("objective"), p.objectiveKey },
            { QStringLiteral("status"), storageKey(p.status) },
            { QStringLiteral("note"), p.note } });
    }
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QList<ObjectiveProgress> progressFrom(const QString& text)
{
    QList<ObjectiveProgress> list;
    const QJsonArray a = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue& v : a) {
        const QJsonObject o = v.toObject();
        ObjectiveProgress p;
        p.objectiveKey = o.value(QLatin1String("objective")).toString();
        p.status = parseObjectiveStatus(o.value(QLatin1String("status")).toString())
                       .value_or(ObjectiveStatus::InProgress);
        p.note = o.value(QLatin1String("note")).toString();
        list.append(p);
    }
    return list;
}

Result<Id> episodeOwner(Database& db, Id episodeId)
{
    auto owner = db.queryOne(
        QStringLiteral("SELECT participant_id FROM episode WHERE id = ?"), { episodeId });
    if (!owner)
        return owner.error();
    if (!*owner)
        return Error { ErrorCode::NotFound, tr("There is no episode with id %1.").arg(episodeId),
            {}, {} };
    return (*owner)->value(0).toLongLong();
}

Status audit(Database& db, const char* action, Id planId, Id participantId, const QString& detail)
{
    AuditEvent event;
    event.action = QLatin1String(action);
    event.entity = QStringLiteral("treatment_plan");
    event.entityId = planId;
    event.participantId = participantId;
    event.detail = detail;
    return AuditTrail::record(db, event);
}

const QString selectVersions = QStringLiteral(
    "SELECT t.id, t.participant_id, t.episode_id, t.version, t.replaces_id, t.content, "
    "t.change_note, t.created_by, c.name, t.created_at, t.updated_at, t.finalized_by, f.name, "
    "t.finalized_at, t.content_hash, t.participant_agreed_on, t.participant_agreement "
    "FROM treatment_plan t LEFT JOIN staff c ON c.id = t.created_by "
    "LEFT JOIN staff f ON f.id = t.finalized_by ");

} // namespace

Result<TreatmentPlanStore::Row> TreatmentPlanStore::writableRow(Id planId, bool draft)
{
    auto r = row(planId);
    if (!r)
        return r;
    if (Status s = Access::requireParticipant(m_db, Permission::WriteRecord, r->participantId); !s)
        return s.error();
    if (Status s = requireWritable(*r, draft); !s)
        return s.error();
    return r;
}

Result<TreatmentPlanStore::Row> TreatmentPlanStore::row(Id planId)
{
    auto r = m_db.queryOne(
        QStringLiteral("SELECT t.id, t.participant_id, t.episode_id, t.version, t.content, "
                       "t.change_note, t.finalized_at, t.participant_agreed_on, "
                       "e.discharge_date IS NULL, "
                       "NOT EXISTS (SELECT 1 FROM treatment_plan n WHERE n.episode_id = "
                       "t.episode_id AND n.finalized_at IS NOT NULL AND n.version > t.version) "
                       "FROM treatment_plan t JOIN episode e ON e.id = t.episode_id "
                       "WHERE t.id = ?"),
        { planId });
    if (!r)
        return r.error();
    if (!*r)
        return notFound(planId);
    const QSqlRecord& q = **r;
    Row row;
    row.id = q.value(0).toLongLong();
    row.participantId = q.value(1).toLongLong();
    row.episodeId = q.value(2).toLongLong();
    row.version = q.value(3).toInt();
    row.content = q.value(4).toString();
    row.changeNote = q.value(5).toString();
    row.finalizedAt = instantFrom(q.value(6));
    row.agreed = !q.value(7).isNull();
    row.episodeOpen = q.value(8).toBool();
    row.current = row.finalizedAt.isValid() && q.value(9).toBool();
    return row;
}

Status TreatmentPlanStore::requireWritable(const Row& r, bool draft)
{
    if (!r.episodeOpen)
        return conflict(tr("The episode is closed: its treatment plan is kept as it was."));
    if (draft && r.finalizedAt.isValid())
        return conflict(
            tr("Version %1 is finalized and never changed: start a new draft.").arg(r.version));
    if (!draft && !r.finalizedAt.isValid())
        return conflict(tr("Version %1 is a draft: finalize it first.").arg(r.version));
    return {};
}

Result<PlanVersion> TreatmentPlanStore::draft(Id participantId)
{
    if (Status s = Access::requireParticipant(m_db, Permission::WriteRecord, participantId); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto episode = m_db.queryOne(
        QStringLiteral(
            "SELECT id FROM episode WHERE participant_id = ? AND discharge_date IS NULL"),
        { participantId });
    if (!episode)
        return episode.error();
    if (!*episode)
        return notInCare();
    const Id episodeId = (*episode)->value(0).toLongLong();
    auto existing = m_db.queryOne(
        QStringLiteral(
            "SELECT id FROM treatment_plan WHERE episode_id = ? AND finalized_at IS NULL"),
        { episodeId });
    if (!existing)
        return existing.error();
    if (*existing) {
        if (Status s = tx.commit(); !s)
            return s.error();
        return get((*existing)->value(0).toLongLong());
    }
    auto latest = m_db.queryOne(
        QStringLiteral("SELECT id, version, content FROM treatment_plan WHERE episode_id = ? "
                       "AND finalized_at IS NOT NULL ORDER BY version DESC LIMIT 1"),
        { episodeId });
    if (!latest)
        return latest.error();
    const int version = *latest ? (*latest)->value(1).toInt() + 1 : 1;
    const QVariant replaces = *latest ? (*latest)->value(0) : QVariant();
    const QString content = *latest ? (*latest)->value(2).toString()
                                    : QString::fromUtf8(TreatmentPlan().toJsonText());
    const QString now = nowText();
    auto r = m_db.exec(
        QStringLiteral("INSERT INTO treatment_plan (participant_id, episode_id, version, "
                       "replaces_id, content, created_by, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        { participantId, episodeId, version, replaces, content, m_db.actorId(), now, now });
    if (!r)
        return r.error();
    const Id id = r->lastInsertId().toLongLong();
    if (Status s = audit(m_db, "treatment_plan.draft", id, participantId,
            tr("Draft of treatment plan version %1 started").arg(version));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return get(id);
}

Result<TreatmentPlan> TreatmentPlanStore::saveDraft(
    Id planId, TreatmentPlan plan, const QString& changeNote)
{
    auto r = writableRow(planId, true);
    if (!r)
        return r.error();
    // Keys given before stay given, even when the caller built the plan afresh.
    if (auto stored = TreatmentPlan::fromJson(r->content.toUtf8())) {
        PlanKeyCounters& k = plan.lastKeys;
        const PlanKeyCounters& was = stored->lastKeys;
        k.problem = std::max(k.problem, was.problem);
        k.goal = std::max(k.goal, was.goal);
        k.objective = std::max(k.objective, was.objective);
        k.intervention = std::max(k.intervention, was.intervention);
    }
    plan.assignKeys();
    if (const QList<FieldError> errors = plan.structureErrors(); !errors.isEmpty())
        return Error::validation(errors);

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto u = m_db.exec(QStringLiteral("UPDATE treatment_plan SET content = ?, change_note = ?, "
                                      "updated_at = ? WHERE id = ? AND finalized_at IS NULL"),
        { QString::fromUtf8(plan.toJsonText()), changeNote.trimmed(), nowText(), planId });
    if (!u)
        return u.error();
    if (u->numRowsAffected() != 1)
        return conflict(tr("The draft was finalized or discarded meanwhile."));
    if (Status s = audit(m_db, "treatment_plan.save_draft", planId, r->participantId,
            tr("Draft of treatment plan version %1 saved").arg(r->version));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return plan;
}

Status TreatmentPlanStore::discardDraft(Id planId)
{
    auto r = writableRow(planId, true);
    if (!r)
        return r.error();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto d = m_db.exec(
        QStringLiteral("DELETE FROM treatment_plan WHERE id = ? AND finalized_at IS NULL"),
        { planId });
    if (!d)
        return d.error();
    if (d->numRowsAffected() != 1)
        return conflict(tr("The draft was finalized or discarded meanwhile."));
    if (Status s = audit(m_db, "treatment_plan.discard", planId, r->participantId,
            tr("Draft of treatment plan version %1 discarded").arg(r->version));
        !s)
        return s;
    return tx.commit();
}

Status TreatmentPlanStore::finalize(Id planId)
{
    auto r = writableRow(planId, true);
    if (!r)
        return r.error();
    auto plan = TreatmentPlan::fromJson(r->content.toUtf8());
    if (!plan)
        return plan.error();
    auto codes
        = m_db.exec(QStringLiteral("SELECT icd10_code FROM diagnosis WHERE participant_id = ?"),
            { r->participantId });
    if (!codes)
        return codes.error();
    QStringList chart;
    while (codes->next())
        chart.append(codes->value(0).toString());
    QList<FieldError> errors = plan->validate(chart);
    if (r->version > 1 && r->changeNote.trimmed().isEmpty())
        errors.append({ QStringLiteral("change_note"),
            tr("Say what changed from version %1.").arg(r->version - 1) });
    if (!errors.isEmpty())
        return Error::validation(errors);

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    const QString at = nowText();
    const QString hash = planHash(
        r->participantId, r->episodeId, r->version, r->content, r->changeNote, m_db.actorId(), at);
    auto u = m_db.exec(
        QStringLiteral("UPDATE treatment_plan SET finalized_by = ?, finalized_at = ?, "
                       "content_hash = ? WHERE id = ? AND finalized_at IS NULL AND content = ?"),
        { m_db.actorId(), at, hash, planId, r->content });
    if (!u)
        return u.error();
    if (u->numRowsAffected() != 1)
        return conflict(tr("The draft changed meanwhile: check it and finalize again."));
    if (Status s = audit(m_db, "treatment_plan.finalize", planId, r->participantId,
            tr("Treatment plan version %1 finalized").arg(r->version));
        !s)
        return s;
    return tx.commit();
}

Status TreatmentPlanStore::recordParticipantAgreement(
    Id planId, const QDate& agreedOn, const QString& how)
{
    auto r = writableRow(planId, false);
    if (!r)
        return r.error();
    if (!r->current)
        return conflict(tr("Version %1 has been replaced: record the agreement to the current "
                           "version.")
                            .arg(r->version));
    if (r->agreed)
        return conflict(
            tr("The participant's agreement to version %1 is already recorded.").arg(r->version));
    QList<FieldError> errors;
    const QDate finalizedOn = localDate(r->finalizedAt);
    if (!agreedOn.isValid())
        errors.append({ QStringLiteral("agreed_on"), tr("Give the day the participant agreed.") });
    else if (agreedOn > Clock::instance().today())
        errors.append({ QStringLiteral("agreed_on"), tr("The day cannot be in the future.") });
    else if (agreedOn < finalizedOn)
        errors.append({ QStringLiteral("agreed_on"),
            tr("The plan was finalized on %1: the participant agreed to it on or after that day.")
                .arg(finalizedOn.toString(Qt::ISODate)) });
    if (how.trimmed().isEmpty())
        errors.append({ QStringLiteral("agreement"),
            tr("Say who agreed and how, e.g. signed the printed plan.") });
    if (!errors.isEmpty())
        return Error::validation(errors);

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto u = m_db.exec(
        QStringLiteral("UPDATE treatment_plan SET participant_agreed_on = ?, "
                       "participant_agreement = ? WHERE id = ? AND participant_agreed_on IS NULL"),
        { agreedOn.toString(Qt::ISODate), how.trimmed(), planId });
    if (!u)
        return u.error();
    if (u->numRowsAffected() != 1)
        return conflict(
            tr("The participant's agreement to version %1 is already recorded.").arg(r->version));
    if (Status s = audit(m_db, "treatment_plan.participant_agreement", planId, r->participantId,
            tr("Participant agreed to version %1 on %2: %3")
                .arg(r->version)
                .arg(agreedOn.toString(Qt::ISODate), how.trimmed()));
        !s)
        return s;
    return tx.commit();
}

Result<QList<PlanVersion>> TreatmentPlanStore::select(Id episodeId, Id planId)
{
    // Two fixed statements: by episode (the draft first, then newest first) or one version.
    auto r = episodeId ? m_db.exec(selectVersions
                     + QStringLiteral("WHERE t.episode_id = ? "
                                      "ORDER BY t.finalized_at IS NOT NULL, t.version DESC"),
                 { episodeId })
                       : m_db.exec(selectVersions + QStringLiteral("WHERE t.id = ?"), { planId });
    if (!r)
        return r.error();
    QList<PlanVersion> list;
    while (r->next()) {
        PlanVersion v;
        v.id = r->value(0).toLongLong();
        v.participantId = r->value(1).toLongLong();
        v.episodeId = r->value(2).toLongLong();
        v.version = r->value(3).toInt();
        v.replacesId = r->value(4).toLongLong();
        auto plan = TreatmentPlan::fromJson(r->value(5).toString().toUtf8());
        if (!plan)
            return plan.error();
        v.plan = std::move(plan).value();
        v.changeNote = r->value(6).toString();
        v.createdBy = r->value(7).toLongLong();
        v.createdByName = r->value(8).toString();
        v.createdAt = instantFrom(r->value(9));
        v.updatedAt = instantFrom(r->value(10));
        v.finalizedBy = r->value(11).toLongLong();
        v.finalizedByName = r->value(12).toString();
        v.finalizedAt = instantFrom(r->value(13));
        v.contentHash = r->value(14).toString();
        v.participantAgreedOn = dateFrom(r->value(15));
        v.participantAgreement = r->value(16).toString();
        list.append(std::move(v));
    }
    return list;
}

Result<PlanVersion> TreatmentPlanStore::get(Id planId)
{
    auto owner = m_db.queryOne(
        QStringLiteral("SELECT participant_id FROM treatment_plan WHERE id = ?"), { planId });
    if (!owner)
        return owner.error();
    if (!*owner)
        return notFound(planId);
    if (Status s = Access::requireParticipant(
            m_db, Permission::ViewParticipant, (*owner)->value(0).toLongLong());
        !s)
        return s.error();
    auto list = select(0, planId);
    if (!list)
        return list.error();
    if (list->isEmpty())
        return notFound(planId);
    return list->first();
}

Result<QList<PlanVersion>> TreatmentPlanStore::versions(Id episodeId)
{
    auto owner = episodeOwner(m_db, episodeId);
    if (!owner)
        return owner.error();
    if (Status s = Access::requireParticipant(m_db, Permission::ViewParticipant, *owner); !s)
        return s.error();
    return select(episodeId, 0);
}

Result<std::optional<PlanVersion>> TreatmentPlanStore::current(Id episodeId)
{
    auto all = versions(episodeId);
    if (!all)
        return all.error();
    for (const PlanVersion& v : *all) {
        if (!v.isDraft())
            return std::optional(v);
    }
    return std::optional<PlanVersion>();
}

QString TreatmentPlanStore::contentHashOf(Id participantId, Id episodeId, int version,
    const QString& content, const QString& changeNote, Id finalizedBy, const QString& finalizedAt)
{
    return contentHash(QStringLiteral("plan.v1"),
        { participantId, episodeId, version, content, changeNote, finalizedBy, finalizedAt });
}

Result<bool> TreatmentPlanStore::verify(Id planId)
{
    auto q = m_db.queryOne(
        QStringLiteral("SELECT participant_id, episode_id, version, content, change_note, "
                       "finalized_by, finalized_at, content_hash FROM treatment_plan WHERE id = ?"),
        { planId });
    if (!q)
        return q.error();
    if (!*q)
        return notFound(planId);
    const QSqlRecord& r = **q;
    if (Status s
        = Access::requireParticipant(m_db, Permission::ViewParticipant, r.value(0).toLongLong());
        !s)
        return s.error();
    if (r.value(6).isNull())
        return false;
    return planHash(r.value(0).toLongLong(), r.value(1).toLongLong(), r.value(2).toInt(),
               r.value(3).toString(), r.value(4).toString(), r.value(5).toLongLong(),
               r.value(6).toString())
        == r.value(7).toString();
}

Result<Id> TreatmentPlanStore::recordReview(const PlanReviewInput& input)
{
    auto r = row(input.planId);
    if (!r)
        return r.error();
    if (Status s = Access::requireParticipant(m_db, Permission::WriteRecord, r->participantId); !s)
        return s.error();
    if (Status s = requireWritable(*r, false); !s)
        return s.error();
    if (!r->current)
        return conflict(
            tr("Version %1 has been replaced: review the current version.").arg(r->version));
    auto parsed = TreatmentPlan::fromJson(r->content.toUtf8());
    if (!parsed)
        return parsed.error();
    const TreatmentPlan& plan = *parsed;

    QList<FieldError> errors;
    const QDate finalizedOn = localDate(r->finalizedAt);
    if (!input.reviewedOn.isValid())
        errors.append({ QStringLiteral("reviewed_on"), tr("Give the day of the review.") });
    else if (input.reviewedOn > Clock::instance().today())
        errors.append(
            { QStringLiteral("reviewed_on"), tr("The review cannot be dated in the future.") });
    else if (input.reviewedOn < finalizedOn)
        errors.append({ QStringLiteral("reviewed_on"),
            tr("Version %1 was finalized on %2: a review of it is on or after that day.")
                .arg(r->version)
                .arg(finalizedOn.toString(Qt::ISODate)) });
    if (input.summary.trimmed().isEmpty())
        errors.append({ QStringLiteral("summary"),
            tr("Summarise the changes made, or why the plan stays as it is.") });
    if (input.tookPart.trimmed().isEmpty())
        errors.append({ QStringLiteral("took_part"), tr("Say who took part in the review.") });
    QSet<QString> given;
    for (const ObjectiveProgress& p : input.progress) {
        const QString f = QStringLiteral("progress.") + p.objectiveKey;
        if (!plan.objective(p.objectiveKey))
            errors.append({ f, tr("%1 is not an objective of this plan.").arg(p.objectiveKey) });
        else if (given.contains(p.objectiveKey))
            errors.append({ f, tr("The objective is rated twice.") });
        given.insert(p.objectiveKey);
    }
    for (const PlanObjective& o : plan.objectives()) {
        if (!isClosed(o.status) && !given.contains(o.key))
            errors.append({ QStringLiteral("progress.") + o.key,
                tr("Record the progress of this objective.") });
    }
    if (!errors.isEmpty())
        return Error::validation(errors);

    TreatmentPlan next = plan;
    QHash<QString, std::pair<ObjectiveStatus, ObjectiveStatus>> changed; // key: before, after
    for (const ObjectiveProgress& p : input.progress) {
        PlanObjective* o = next.objective(p.objectiveKey);
        if (o->status != p.status)
            changed.insert(p.objectiveKey, { o->status, p.status });
        o->status = p.status;
    }

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    const QString now = nowText();
    const QString reviewedOn = input.reviewedOn.toString(Qt::ISODate);
    QVariant resultId;
    if (!changed.isEmpty()) {
        auto draft = m_db.queryOne(
            QStringLiteral("SELECT id, content FROM treatment_plan WHERE episode_id = ? AND "
                           "finalized_at IS NULL"),
            { r->episodeId });
        if (!draft)
            return draft.error();
        // A draft in progress becomes the version after the one the review makes.
        if (*draft) {
            auto moved = m_db.exec(QStringLiteral("UPDATE treatment_plan SET version = ?, "
                                                  "replaces_id = NULL WHERE id = ?"),
                { r->version + 2, (*draft)->value(0) });
            if (!moved)
                return moved.error();
        }
        const int version = r->version + 1;
        const QString content = QString::fromUtf8(next.toJsonText());
        const QString note = tr("Plan review of %1: %2").arg(reviewedOn, input.summary.trimmed());
        const QString hash
            = planHash(r->participantId, r->episodeId, version, content, note, m_db.actorId(), now);
        auto inserted = m_db.exec(
            QStringLiteral("INSERT INTO treatment_plan (participant_id, episode_id, version, "
                           "replaces_id, content, change_note, created_by, created_at, "
                           "updated_at, finalized_by, finalized_at, content_hash) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { r->participantId, r->episodeId, version, r->id, content, note, m_db.actorId(), now,
                now, m_db.actorId(), now, hash });
        if (!inserted)
            return inserted.error();
        const Id newId = inserted->lastInsertId().toLongLong();
        resultId = newId;
        if (*draft) {
            auto draftPlan = TreatmentPlan::fromJson((*draft)->value(1).toString().toUtf8());
            if (!draftPlan)
                return draftPlan.error();
            // The review's statuses, where the draft had not changed them itself.
            for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
                PlanObjective* o = draftPlan->objective(it.key());
                if (o && o->status == it.value().first)
                    o->status = it.value().second;
            }
            auto rebased = m_db.exec(QStringLiteral("UPDATE treatment_plan SET replaces_id = ?, "
                                                    "content = ?, updated_at = ? WHERE id = ?"),
                { newId, QString::fromUtf8(draftPlan->toJsonText()), now, (*draft)->value(0) });
            if (!rebased)
                return rebased.error();
        }
        if (Status s = audit(m_db, "treatment_plan.finalize", newId, r->participantId,
                tr("Treatment plan version %1 finalized by the review of %2")
                    .arg(version)
                    .arg(reviewedOn));
            !s)
            return s.error();
    }
    auto inserted = m_db.exec(
        QStringLiteral("INSERT INTO plan_review (participant_id, episode_id, plan_id, "
                       "reviewed_on, occasion, progress, summary, took_part, participant_present, "
                       "result_plan_id, recorded_by, recorded_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { r->participantId, r->episodeId, r->id, reviewedOn, storageKey(input.occasion),
            progressJson(input.progress), input.summary.trimmed(), input.tookPart.trimmed(),
            input.participantPresent ? 1 : 0, resultId, m_db.actorId(), now });
    if (!inserted)
        return inserted.error();
    const Id reviewId = inserted->lastInsertId().toLongLong();
    AuditEvent event;
    event.action = QStringLiteral("plan_review.record");
    event.entity = QStringLiteral("plan_review");
    event.entityId = reviewId;
    event.participantId = r->participantId;
    event.detail = tr("%1 of treatment plan version %2 on %3")
                       .arg(label(input.occasion))
                       .arg(r->version)
                       .arg(reviewedOn);
    if (Status s = AuditTrail::record(m_db, event); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return reviewId;
}

Result<QList<PlanReview>> TreatmentPlanStore::reviews(Id episodeId)
{
    auto owner = episodeOwner(m_db, episodeId);
    if (!owner)
        return owner.error();
    if (Status s = Access::requireParticipant(m_db, Permission::ViewParticipant, *owner); !s)
        return s.error();
    auto r = m_db.exec(
        QStringLiteral("SELECT r.id, r.participant_id, r.episode_id, r.plan_id, p.version, "
                       "r.reviewed_on, r.occasion, r.progress, r.summary, r.took_part, "
                       "r.participant_present, r.result_plan_id, n.version, r.recorded_by, "
                       "s.name, r.recorded_at FROM plan_review r "
                       "JOIN treatment_plan p ON p.id = r.plan_id "
                       "LEFT JOIN treatment_plan n ON n.id = r.result_plan_id "
                       "LEFT JOIN staff s ON s.id = r.recorded_by WHERE r.episode_id = ? "
                       "ORDER BY r.reviewed_on DESC, r.id DESC"),
        { episodeId });
    if (!r)
        return r.error();
    QList<PlanReview> list;
    while (r->next()) {
        PlanReview v;
        v.id = r->value(0).toLongLong();
        v.participantId = r->value(1).toLongLong();
        v.episodeId = r->value(2).toLongLong();
        v.planId = r->value(3).toLongLong();
        v.planVersion = r->value(4).toInt();
        v.reviewedOn = dateFrom(r->value(5));
        v.occasion
            = parseReviewOccasion(r->value(6).toString()).value_or(ReviewOccasion::Scheduled);
        v.progress = progressFrom(r->value(7).toString());
        v.summary = r->value(8).toString();
        v.tookPart = r->value(9).toString();
        v.participantPresent = r->value(10).toBool();
        v.resultPlanId = r->value(11).toLongLong();
        v.resultVersion = r->value(12).toInt();
        v.recordedBy = r->value(13).toLongLong();
        v.recordedByName = r->value(14).toString();
        v.recordedAt = instantFrom(r->value(15));
        list.append(v);
    }
    return list;
}

Result<std::optional<PlanDue>> TreatmentPlanStore::due(Id participantId)
{
    if (Status s = Access::requireParticipant(m_db, Permission::ViewParticipant, participantId); !s)
        return s.error();
    auto all = dueForParticipants({ participantId }, Clock::instance().today());
    if (!all)
        return all.error();
    if (const auto it = all->constFind(participantId); it != all->cend())
        return std::optional(*it);
    return std::optional<PlanDue>();
}

Result<QHash<Id, PlanDue>> TreatmentPlanStore::dueForParticipants(
    const QList<Id>& participantIds, const QDate& today)
{
    if (Status s = Access::require(m_db, Permission::ViewParticipant); !s)
        return s.error();
    QHash<Id, PlanDue> result;
    if (participantIds.isEmpty())
        return result;
    QJsonArray ids;
    for (Id id : participantIds)
        ids.append(id);
    const QString filter = QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact));

    // The open episodes of those within reach, with their phases.
    auto e = m_db.exec(
        QStringLiteral("SELECT e.id, e.participant_id, e.admission_date, ph.kind, ph.start_date "
                       "FROM json_each(?) j CROSS JOIN participant p ON p.id = j.value "
                       "JOIN episode e ON e.participant_id = p.id AND e.discharge_date IS NULL "
                       "LEFT JOIN phase ph ON ph.episode_id = e.id WHERE ")
            + QLatin1String(Access::participantVisibleSql)
            + QStringLiteral(" ORDER BY e.id, ph.start_date, ph.id"),
        QVariantList { filter } + Access::visibilityValues(m_db));
    if (!e)
        return e.error();
    QHash<Id, Episode> episodes; // by episode id
    while (e->next()) {
        const Id id = e->value(0).toLongLong();
        Episode& episode = episodes[id];
        if (episode.id == 0) {
            episode.id = id;
            episode.participantId = e->value(1).toLongLong();
            episode.admissionDate = dateFrom(e->value(2));
        }
        if (e->value(3).isNull())
            continue;
        Phase p;
        p.episodeId = id;
        p.kind = parsePhaseKind(e->value(3).toString()).value_or(PhaseKind::Intensive);
        p.startDate = dateFrom(e->value(4));
        episode.phases.append(p);
    }
    if (episodes.isEmpty())
        return result;

    // The first finalization and the last review of each of those episodes; the rules need
    // no other dates.
    auto d = m_db.exec(
        QStringLiteral(
            "SELECT t.episode_id, 0, min(t.finalized_at) FROM json_each(?) j "
            "CROSS JOIN episode e ON e.participant_id = j.value AND e.discharge_date IS NULL "
            "JOIN treatment_plan t ON t.episode_id = e.id AND t.finalized_at IS NOT NULL "
            "GROUP BY t.episode_id "
            "UNION ALL SELECT r.episode_id, 1, max(r.reviewed_on) FROM json_each(?) j "
            "CROSS JOIN episode e ON e.participant_id = j.value AND e.discharge_date IS NULL "
            "JOIN plan_review r ON r.episode_id = e.id GROUP BY r.episode_id"),
        { filter, filter });
    if (!d)
        return d.error();
    QHash<Id, QDate> firstFinal, lastReview;
    while (d->next()) {
        const Id id = d->value(0).toLongLong();
        if (d->value(1).toInt() == 0)
            firstFinal.insert(id, localDate(instantFrom(d->value(2))));
        else
            lastReview.insert(id, dateFrom(d->value(2)));
    }
    auto settings = SettingsStore(m_db).load();
    if (!settings)
        return settings.error();
    for (const Episode& episode : std::as_const(episodes)) {
        QList<QDate> finalized, reviewed;
        if (firstFinal.contains(episode.id))
            finalized.append(firstFinal.value(episode.id));
        if (lastReview.contains(episode.id))
            reviewed.append(lastReview.value(episode.id));
        if (const auto due = PlanReviewRules::nextReviewDue(
                episode, finalized, reviewed, settings->records, today))
            result.insert(episode.participantId, *due);
    }
    return result;
}

} // namespace stepwise
