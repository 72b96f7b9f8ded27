// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReadinessStore.h"

#include "AssessmentStore.h"
#include "AttendanceQuery.h"
#include "AuditTrail.h"
#include "Database.h"
#include "EpisodeStore.h"
#include "SafetyAlertStore.h"
#include "SettingsStore.h"
#include "ToxicologyStore.h"
#include "auth/Access.h"
#include "common/Clock.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace stepwise {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::ReadinessStore", text);
}

QString nowText()
{
    return Clock::instance().nowUtc().toString(Qt::ISODateWithMs);
}

Error notInCare()
{
    return Error { ErrorCode::Conflict,
        tr("The participant is not in care: there is no phase to review."), {}, {} };
}

std::optional<Episode> openEpisode(const QList<Episode>& episodes)
{
    for (const Episode& e : episodes) {
        if (e.isOpen())
            return e;
    }
    return std::nullopt;
}

} // namespace

Result<ReadinessInput> ReadinessStore::input(Id participantId, const QDate& today)
{
    auto episodes = EpisodeStore(m_db).episodes(participantId);
    if (!episodes)
        return episodes.error();
    const auto episode = openEpisode(*episodes);
    if (!episode || !episode->currentPhase())
        return notInCare();
    auto settings = SettingsStore(m_db).load();
    if (!settings)
        return settings.error();
    auto summary = AttendanceQuery::summary(m_db, participantId, today);
    if (!summary)
        return summary.error();
    auto history = AssessmentStore(m_db).history(participantId);
    if (!history)
        return history.error();
    auto alerts = SafetyAlertStore(m_db).alerts(participantId, true);
    if (!alerts)
        return alerts.error();

    ReadinessInput in;
    in.phase = episode->currentPhase()->kind;
    if (summary->length)
        in.length = *summary->length;
    // The four complete weeks before this one: the summary's weeks 4..7 of 8 are 4 to 1 weeks
    // ago, the eighth is the current, incomplete week.
    for (int i = 3; i < 7; ++i)
        in.lastFourWeeks.append(summary->weeks.at(i));
    in.attendancePercent = settings->attendance.readinessAttendancePercent;
    QList<DatedScore> phq9, gad7;
    for (const Assessment& a : *history) {
        if (a.episodeId != episode->id || a.superseded)
            continue;
        if (a.instrument == QLatin1String("phq9") && a.score.total)
            phq9.append({ a.administeredOn, *a.score.total });
        else if (a.instrument == QLatin1String("gad7") && a.score.total)
            gad7.append({ a.administeredOn, *a.score.total });
        else if (a.instrument == QLatin1String("asam")
            && (!in.latestAsam || a.administeredOn > in.latestAsam->administeredOn))
            in.latestAsam = a;
    }
    auto byDate = [](const DatedScore& a, const DatedScore& b) { return a.date < b.date; };
    std::stable_sort(phq9.begin(), phq9.end(), byDate);
    std::stable_sort(gad7.begin(), gad7.end(), byDate);
    in.phq9Count = int(phq9.size());
    in.gad7Count = int(gad7.size());
    in.phq9 = ScoreChangeRules::change(phq9);
    in.gad7 = ScoreChangeRules::change(gad7);
    in.openSafetyAlerts = int(alerts->size());
    return in;
}

Result<QList<ReadinessIndicator>> ReadinessStore::indicators(Id participantId, const QDate& today)
{
    auto in = input(participantId, today);
    if (!in)
        return in.error();
    QList<ReadinessIndicator> list = ReadinessRules::indicators(*in);
    // Toxicology and recorded use (issue 6) come from their own rules.
    auto recovery = ToxicologyStore(m_db).recoverySignals(participantId, today);
    if (!recovery)
        return recovery.error();
    list.append(RecoverySignalsRules::indicator(*recovery));
    return list;
}

Result<Id> ReadinessStore::insertExtension(
    Id participantId, Id phaseId, int weeks, const QString& reason, Id approvedBy)
{
    PhaseExtension x;
    x.phaseId = phaseId;
    x.weeks = weeks;
    x.reason = reason.trimmed();
    x.approvedBy = approvedBy;
    if (const auto errors = LengthOfStayRules::validate(x); !errors.isEmpty())
        return Error::validation(errors);
    auto approver = m_db.queryOne(
        QStringLiteral("SELECT s.name FROM staff s JOIN staff_role r ON r.staff_id = s.id "
                       "WHERE s.id = ? AND s.active = 1 AND r.role = 'supervisor'"),
        { approvedBy });
    if (!approver)
        return approver.error();
    if (!approver->has_value())
        return Error::validation({ { QLatin1String(LengthOfStayRules::ApprovedBy),
            tr("The approver must be an active supervisor.") } });
    auto r = m_db.exec(QStringLiteral("INSERT INTO phase_extension (phase_id, weeks, reason, "
                                      "approved_by, recorded_by, recorded_at) "
                                      "VALUES (?, ?, ?, ?, ?, ?)"),
        { phaseId, weeks, x.reason, approvedBy, m_db.actorId(), nowText() });
    if (!r)
        return r.error();
    const Id id = r->lastInsertId().toLongLong();
    AuditEvent event;
    event.action = QStringLiteral("phase.extend");
    event.entity = QStringLiteral("phase");
    event.entityId = phaseId;
    event.participantId = participantId;
    event.detail = tr("%1 weeks, approved by %2").arg(weeks).arg((*approver)->value(0).toString());
    if (Status s = AuditTrail::record(m_db, event); !s)
        return s.error();
    return id;
}

Result<Id> ReadinessStore::extend(Id participantId, int weeks, const QString& reason, Id approvedBy)
{
    if (Status s = Access::requireParticipant(m_db, Permission::ChangePhase, participantId); !s)
        return s.error();
    auto episodes = EpisodeStore(m_db).episodes(participantId);
    if (!episodes)
        return episodes.error();
    const auto episode = openEpisode(*episodes);
    if (!episode || !episode->currentPhase())
        return notInCare();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto id
        = insertExtension(participantId, episode->currentPhase()->id, weeks, reason, approvedBy);
    if (!id)
        return id.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<Id> ReadinessStore::decide(Id participantId, const DecisionInput& d)
{
    if (Status s = Access::requireParticipant(m_db, Permission::ChangePhase, participantId); !s)
        return s.error();
    if (d.reason.trimmed().size() < 10)
        return Error::validation({ { QLatin1String(ReadinessRules::Reason),
            tr("Give the clinical reason for the decision (at least 10 characters).") } });
    const QDate today = Clock::instance().today();
    // The indicators as they stand before the decision changes anything.
    auto before = indicators(participantId, today);
    if (!before)
        return before.error();
    auto episodes = EpisodeStore(m_db).episodes(participantId);
    if (!episodes)
        return episodes.error();
    const auto episode = openEpisode(*episodes);
    if (!episode || !episode->currentPhase())
        return notInCare();
    const Phase phase = *episode->currentPhase();
    auto settings = SettingsStore(m_db).load();
    if (!settings)
        return settings.error();

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    EpisodeStore episodesStore(m_db);
    QVariant effective;
    QVariant extensionId;
    const QString reason = d.reason.trimmed();
    switch (d.kind) {
    case ReadinessDecisionKind::StepDown:
    case ReadinessDecisionKind::StepUp: {
        const auto to = ReadinessRules::targetPhase(d.kind, phase.kind);
        if (!to) {
            if (d.kind == ReadinessDecisionKind::StepDown)
                return Error::validation({ { QLatin1String(ReadinessRules::Kind),
                    tr("Aftercare is the last phase; record a discharge instead.") } });
            // Intensive is the program's most intensive phase: stepping up is a referral to a
            // higher level of care, which ends this episode.
            if (Status s = episodesStore.discharge(episode->id, d.effectiveDate,
                    tr("Referred to a higher level of care: %1").arg(reason));
                !s)
                return s.error();
        } else if (Status s = episodesStore.transition(
                       episode->id, *to, d.effectiveDate, settings->defaultPlan(*to), reason);
                   !s)
            return s.error();
        effective = d.effectiveDate.toString(Qt::ISODate);
        break;
    }
    case ReadinessDecisionKind::Discharge:
        if (Status s = episodesStore.discharge(episode->id, d.effectiveDate, reason); !s)
            return s.error();
        effective = d.effectiveDate.toString(Qt::ISODate);
        break;
    case ReadinessDecisionKind::Extend: {
        auto id = insertExtension(participantId, phase.id, d.extensionWeeks, reason, d.approvedBy);
        if (!id)
            return id.error();
        extensionId = *id;
        break;
    }
    }
    const QList<ReadinessIndicator>& indicators = *before;
    auto r = m_db.exec(
        QStringLiteral("INSERT INTO readiness_decision (participant_id, episode_id, phase_id, "
                       "decision, reason, indicators, effective_date, extension_id, decided_by, "
                       "decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { participantId, episode->id, phase.id, storageKey(d.kind), reason,
            QString::fromUtf8(
                QJsonDocument(ReadinessRules::toJson(indicators)).toJson(QJsonDocument::Compact)),
            effective, extensionId, m_db.actorId(), nowText() });
    if (!r)
        return r.error();
    const Id id = r->lastInsertId().toLongLong();
    AuditEvent event;
    event.action = QStringLiteral("readiness.decide");
    event.entity = QStringLiteral("readiness_decision");
    event.entityId = id;
    event.participantId = participantId;
    event.detail = QStringLiteral("%1: %2").arg(label(d.kind), reason);
    if (Status s = AuditTrail::record(m_db, event); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<QList<ReadinessDecision>> ReadinessStore::decisions(Id participantId)
{
    if (Status s = Access::requireParticipant(m_db, Permission::ViewParticipant, participantId); !s)
        return s.error();
    auto r = m_db.exec(
        QStringLiteral("SELECT d.id, d.episode_id, d.phase_id, ph.kind, d.decision, d.reason, "
                       "d.indicators, d.decided_by, s.name, d.decided_at, d.effective_date "
                       "FROM readiness_decision d JOIN phase ph ON ph.id = d.phase_id "
                       "LEFT JOIN staff s ON s.id = d.decided_by WHERE d.participant_id = ? "
                       "ORDER BY d.decided_at DESC, d.id DESC"),
        { participantId });
    if (!r)
        return r.error();
    QList<ReadinessDecision> list;
    while (r->next()) {
        ReadinessDecision d;
        d.id = r->value(0).toLongLong();
        d.participantId = participantId;
        d.episodeId = r->value(1).toLongLong();
        d.phaseId = r->value(2).toLongLong();
        d.phase = parsePhaseKind(r->value(3).toString()).value_or(PhaseKind::Intensive);
        d.kind = parseReadinessDecisionKind(r->value(4).toString())
                     .value_or(ReadinessDecisionKind::StepDown);
        d.reason = r->value(5).toString();
        d.indicators = ReadinessRules::fromJson(
            QJsonDocument::fromJson(r->value(6).toString().toUtf8()).array());
        d.decidedBy = r->value(7).toLongLong();
        d.decidedByName = r->value(8).toString();
        d.decidedAt = QDateTime::fromString(r->value(9).toString(), Qt::ISODateWithMs);
        d.effectiveDate = r->value(10).isNull()
            ? QDate()
            : QDate::fromString(r->value(10).toString(), Qt::ISODate);
        list.append(d);
    }
    return list;
}

} // namespace stepwise
