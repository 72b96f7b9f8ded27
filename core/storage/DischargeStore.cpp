// SPDX-License-Identifier: GPL-3.0-or-later
#include "DischargeStore.h"

#include "AssessmentStore.h"
#include "AttendanceQuery.h"
#include "AuditTrail.h"
#include "CarePlanStore.h"
#include "Database.h"
#include "EpisodeStore.h"
#include "SafetyAlertStore.h"
#include "StoredTime.h"
#include "ToxicologyStore.h"
#include "TreatmentPlanStore.h"
#include "UseEventStore.h"
#include "attendance/AttendanceStatus.h"
#include "attendance/Hours.h"
#include "auth/Access.h"
#include "common/Clock.h"

#include <QCoreApplication>

namespace stepwise {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::DischargeStore", text);
}

const Episode* latest(const QList<Episode>& episodes)
{
    return episodes.isEmpty() ? nullptr : &episodes.last();
}

} // namespace

Result<EpisodeFacts> DischargeStore::facts(Id participantId, const QDate& dischargeDate)
{
    if (Status s = Access::requireParticipant(m_db, Permission::ViewParticipant, participantId); !s)
        return s.error();
    auto episodes = EpisodeStore(m_db).episodes(participantId);
    if (!episodes)
        return episodes.error();
    const Episode* episode = latest(*episodes);
    if (!episode)
        return Error { ErrorCode::NotFound, tr("The participant has no episode of care."), {}, {} };
    EpisodeFacts f;
    f.episode = *episode;
    f.dischargeDate = episode->isOpen() ? dischargeDate : episode->dischargeDate;
    auto row = m_db.queryOne(QStringLiteral("SELECT legal_first_name, preferred_name, "
                                            "legal_last_name, record_number FROM participant "
                                            "WHERE id = ?"),
        { participantId });
    if (!row)
        return row.error();
    if (*row) {
        Participant p;
        p.legalFirstName = (*row)->value(0).toString();
        p.preferredName = (*row)->value(1).toString();
        p.legalLastName = (*row)->value(2).toString();
        f.participantName = p.displayName();
        f.recordNumber = (*row)->value(3).toString();
    }
    const QDate to = f.dischargeDate.isValid() ? f.dischargeDate : Clock::instance().today();
    auto history
        = AttendanceQuery::load(m_db, episode->admissionDate, to, QList<Id> { participantId });
    if (!history)
        return history.error();
    if (const auto it = history->constFind(participantId); it != history->cend()) {
        f.hoursAttended = AttendanceHours::unionHours(it->spans);
        for (const ExpectedSession& s : it->sessions) {
            if (!s.status)
                continue;
            if (attended(*s.status))
                ++f.sessionsAttended;
            else if (*s.status == AttendanceStatus::ExcusedAbsence)
                ++f.excusedAbsences;
            else
                ++f.unexcusedAbsences;
        }
    }
    auto assessments = AssessmentStore(m_db).history(participantId);
    if (!assessments)
        return assessments.error();
    f.scores = DischargeRules::finalScores(*assessments, episode->id);
    if (Status s = addRecordLines(f, participantId); !s)
        return s.error();
    return f;
}

Status DischargeStore::addRecordLines(EpisodeFacts& f, Id participantId)
{
    const Id episodeId = f.episode.id;
    auto plan = TreatmentPlanStore(m_db).current(episodeId);
    if (!plan)
        return plan.error();
    if (*plan) {
        f.planLines.append(tr("Treatment plan version %1:").arg((*plan)->version));
        for (const PlanProblem& problem : (*plan)->plan.problems)
            for (const PlanGoal& goal : problem.goals)
                for (const PlanObjective& o : goal.objectives)
                    f.planLines.append(
                        QStringLiteral("- %1: %2").arg(o.text.trimmed(), label(o.status)));
    }

    auto screens = ToxicologyStore(m_db).screens(participantId);
    if (!screens)
        return screens.error();
    int count = 0, positive = 0;
    QDate lastPositive;
    for (const ToxScreen& s : *screens) {
        if (s.episodeId != episodeId)
            continue;
        ++count;
        if (!ToxicologyRules::summarize(s).unexpectedPositives.isEmpty()) {
            ++positive;
            lastPositive = std::max(lastPositive, s.collectedOn);
        }
    }
    auto uses = UseEventStore(m_db).events(participantId);
    if (!uses)
        return uses.error();
    int useCount = 0;
    QDate lastUse;
    for (const UseEvent& u : *uses) {
        if (u.episodeId == episodeId) {
            ++useCount;
            lastUse = std::max(lastUse, u.occurredOn);
        }
    }
    if (count > 0)
        f.toxicologyLines.append(positive > 0
                ? tr("%1 drug screens, %2 with an unexpected positive result (the last on %3).")
                      .arg(count)
                      .arg(positive)
                      .arg(lastPositive.toString(Qt::ISODate))
                : tr("%1 drug screens, none with an unexpected positive result.").arg(count));
    if (useCount > 0)
        f.toxicologyLines.append(tr("%1 recorded episodes of use (the last on %2).")
                                     .arg(useCount)
                                     .arg(lastUse.toString(Qt::ISODate)));

    auto aftercare = AftercarePlanStore(m_db).current(episodeId);
    if (!aftercare)
        return aftercare.error();
    if (*aftercare) {
        const AftercarePlan& a = (*aftercare)->plan;
        for (const AftercareService& s : a.services) {
            QString line = QStringLiteral("- %1: %2").arg(label(s.kind), s.provider);
            if (s.appointmentDate.isValid())
                line += tr(", first appointment %1").arg(s.appointmentDate.toString(Qt::ISODate));
            f.aftercareLines.append(line + QLatin1Char('.'));
        }
        for (const SupportGroup& g : a.supportGroups)
            f.aftercareLines.append(QStringLiteral("- %1: %2.").arg(label(g.kind), g.name));
        if (a.soberLiving)
            f.aftercareLines.append(tr("- Sober living: %1.").arg(a.soberLiving->residence));
    }
    return {};
}

Status DischargeStore::discharge(const DischargeInput& input)
{
    if (Status s = Access::requireParticipant(m_db, Permission::ChangePhase, input.participantId);
        !s)
        return s;
    auto episodes = EpisodeStore(m_db).episodes(input.participantId);
    if (!episodes)
        return episodes.error();
    const Episode* episode = latest(*episodes);
    if (!episode || !episode->isOpen())
        return Error { ErrorCode::Conflict,
            tr("The participant is not in care. A discharge without a record is completed with "
               "Write Discharge Summary."),
            {}, {} };

    auto open = SafetyAlertStore(m_db).alerts(input.participantId, true);
    if (!open)
        return open.error();
    QStringList unanswered;
    for (const SafetyAlert& a : *open) {
        const bool answered
            = std::any_of(input.alertFollowUps.cbegin(), input.alertFollowUps.cend(),
                [&a](const AlertFollowUp& f) { return f.alertId == a.id; });
        if (!answered)
            unanswered.append(a.message);
    }
    DischargeRecord check;
    check.dischargeDate = input.date;
    check.reason = input.reason;
    check.reasonNote = input.reasonNote;
    check.summary = input.summary;
    QList<FieldError> errors
        = DischargeRules::validate(check, episode->admissionDate, Clock::instance().today());
    for (const AlertFollowUp& f : input.alertFollowUps) {
        if (f.note.trimmed().size() < 10) {
            errors.append({ QStringLiteral("alerts"),
                tr("Describe what was done about the safety alert (at least 10 characters).") });
            break;
        }
    }
    if (!unanswered.isEmpty())
        errors.append({ QStringLiteral("alerts"),
            tr("Record what was done about the open safety alert before discharge: %1")
                .arg(unanswered.join(QStringLiteral("; "))) });
    if (!errors.isEmpty())
        return Error::validation(errors);

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    SafetyAlertStore alerts(m_db);
    for (const AlertFollowUp& f : input.alertFollowUps) {
        if (Status s = alerts.followUp(f.alertId, f.action, f.note); !s)
            return s;
    }
    QString reason = label(input.reason);
    if (!input.reasonNote.trimmed().isEmpty())
        reason += QStringLiteral(": ") + input.reasonNote.trimmed();
    if (Status s = EpisodeStore(m_db).discharge(episode->id, input.date, reason); !s)
        return s;
    if (Status s = writeRecord(input, episode->id, input.date); !s)
        return s;
    return tx.commit();
}

Status DischargeStore::completeRecord(const DischargeInput& input)
{
    if (Status s = Access::requireParticipant(m_db, Permission::ChangePhase, input.participantId);
        !s)
        return s;
    auto episodes = EpisodeStore(m_db).episodes(input.participantId);
    if (!episodes)
        return episodes.error();
    const Episode* episode = latest(*episodes);
    if (!episode || episode->isOpen())
        return Error { ErrorCode::Conflict,
            tr("The participant is still in care: discharge them to write the record."), {}, {} };
    auto existing = record(episode->id);
    if (!existing)
        return existing.error();
    if (*existing)
        return Error { ErrorCode::Conflict,
            tr("This episode already has a signed discharge record; it is never changed."), {},
            {} };
    DischargeRecord check;
    check.dischargeDate = episode->dischargeDate;
    check.reason = input.reason;
    check.reasonNote = input.reasonNote;
    check.summary = input.summary;
    if (const auto errors
        = DischargeRules::validate(check, episode->admissionDate, Clock::instance().today());
        !errors.isEmpty())
        return Error::validation(errors);
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (Status s = writeRecord(input, episode->id, episode->dischargeDate); !s)
        return s;
    return tx.commit();
}

Status DischargeStore::writeRecord(const DischargeInput& input, Id episodeId, const QDate& date)
{
    auto scores = AssessmentStore(m_db).history(input.participantId);
    if (!scores)
        return scores.error();
    DischargeRecord r;
    r.episodeId = episodeId;
    r.participantId = input.participantId;
    r.dischargeDate = date;
    r.reason = input.reason;
    r.reasonNote = input.reasonNote.trimmed();
    r.condition = input.condition;
    r.conditionNote = input.conditionNote.trimmed();
    r.finalScores = DischargeRules::finalScores(*scores, episodeId);
    r.summary = input.summary.trimmed();
    r.signedBy = m_db.actorId();
    r.signedAt = Clock::instance().nowUtc();
    r.contentHash = DischargeRules::hash(r);
    auto w = m_db.exec(
        QStringLiteral("INSERT INTO discharge (episode_id, participant_id, reason, reason_note, "
                       "condition, condition_note, final_scores, summary, signed_by, signed_at, "
                       "content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { episodeId, r.participantId, storageKey(r.reason), r.reasonNote, storageKey(r.condition),
            r.conditionNote, DischargeRules::finalScoresJson(r.finalScores), r.summary, r.signedBy,
            StoredTime::text(r.signedAt), r.contentHash });
    if (!w)
        return w.error();
    AuditEvent event;
    event.action = QStringLiteral("discharge.sign");
    event.entity = QStringLiteral("episode");
    event.entityId = episodeId;
    event.participantId = input.participantId;
    event.detail = tr("%1; hash %2").arg(label(r.reason), r.contentHash);
    return AuditTrail::record(m_db, event);
}

Result<std::optional<DischargeRecord>> DischargeStore::record(Id episodeId)
{
    auto row = m_db.queryOne(
        QStringLiteral("SELECT d.participant_id, e.discharge_date, d.reason, d.reason_note, "
                       "d.condition, d.condition_note, d.final_scores, d.summary, d.signed_by, "
                       "s.name, d.signed_at, d.content_hash FROM discharge d "
                       "JOIN episode e ON e.id = d.episode_id "
                       "JOIN staff s ON s.id = d.signed_by WHERE d.episode_id = ?"),
        { episodeId });
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<DischargeRecord>();
    const QSqlRecord& q = **row;
    DischargeRecord r;
    r.episodeId = episodeId;
    r.participantId = q.value(0).toLongLong();
    if (Status s = Access::requireParticipant(m_db, Permission::ViewParticipant, r.participantId);
        !s)
        return s.error();
    r.dischargeDate = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    r.reason = parseDischargeReason(q.value(2).toString()).value_or(DischargeReason::Other);
    r.reasonNote = q.value(3).toString();
    r.condition
        = parseDischargeCondition(q.value(4).toString()).value_or(DischargeCondition::Unknown);
    r.conditionNote = q.value(5).toString();
    r.finalScores = DischargeRules::parseFinalScores(q.value(6).toString());
    r.summary = q.value(7).toString();
    r.signedBy = q.value(8).toLongLong();
    r.signedByName = q.value(9).toString();
    r.signedAt = StoredTime::read(q.value(10));
    r.contentHash = q.value(11).toString();
    return std::optional<DischargeRecord>(r);
}

} // namespace stepwise
