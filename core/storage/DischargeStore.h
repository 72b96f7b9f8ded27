// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "discharge/DischargeRules.h"
#include "instruments/Assessment.h"

namespace stepwise {

class Database;

// A safety alert still open at discharge and what was done about it.
struct AlertFollowUp
{
    Id alertId = 0;
    FollowUpAction action = FollowUpAction::SafetyPlan;
    QString note;
};

// What the clinician enters to discharge a participant.
struct DischargeInput
{
    Id participantId = 0;
    QDate date;
    DischargeReason reason = DischargeReason::Completed;
    QString reasonNote;
    DischargeCondition condition = DischargeCondition::Unknown;
    QString conditionNote;
    QString summary;
    // One for every safety alert still open: a discharge does not leave one unanswered.
    QList<AlertFollowUp> alertFollowUps;
};

// Discharge with its signed record: reason, condition, final scores and the summary. The
// record is written with the discharge, in one transaction, and never changed. An episode
// closed without one (by a readiness decision, an import, or before this version) gets its
// record afterwards with completeRecord().
class DischargeStore
{
public:
    explicit DischargeStore(Database& db)
        : m_db(db)
    { }

    // The record as it stands for the participant's open episode (or, when there is none, the
    // latest one), for the draft summary: attendance, scores, phases.
    Result<EpisodeFacts> facts(Id participantId, const QDate& dischargeDate);
    // Closes the open episode on input.date (the phase, group memberships, open alerts with
    // their follow-ups) and stores the signed record. Field errors: "date", "reason_note",
    // "summary", "alerts".
    Status discharge(const DischargeInput& input);
    // The record of the latest episode when it was discharged without one.
    Status completeRecord(const DischargeInput& input);
    Result<std::optional<DischargeRecord>> record(Id episodeId);

private:
    // The treatment plan's objectives, toxicology and use, and the aftercare plan.
    Status addRecordLines(EpisodeFacts& facts, Id participantId);
    Status writeRecord(const DischargeInput& input, Id episodeId, const QDate& date);
    Database& m_db;
};

} // namespace stepwise
