// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attendance/Readiness.h"
#include "common/Result.h"

namespace stepwise {

class Database;

// What the clinician decided at a readiness review, and what it needs.
struct DecisionInput
{
    ReadinessDecisionKind kind = ReadinessDecisionKind::StepDown;
    QString reason;
    QDate effectiveDate;    // step down, step up and discharge: the first day of the change
    int extensionWeeks = 0; // extend
    Id approvedBy = 0;      // extend: a supervisor
};

// Step-down readiness: the indicators, extensions and decisions. A decision makes the change it
// names (a phase change, an extension or a discharge) in the same transaction as its record,
// which keeps the indicators as they were at that moment.
class ReadinessStore
{
public:
    explicit ReadinessStore(Database& db)
        : m_db(db)
    { }

    // What the indicators are computed from, for the participant's open episode.
    Result<ReadinessInput> input(Id participantId, const QDate& today);
    Result<QList<ReadinessIndicator>> indicators(Id participantId, const QDate& today);

    // Extends the current phase (ChangePhase; the approver must be an active supervisor).
    Result<Id> extend(Id participantId, int weeks, const QString& reason, Id approvedBy);

    Result<Id> decide(Id participantId, const DecisionInput& decision);
    Result<QList<ReadinessDecision>> decisions(Id participantId); // newest first

private:
    Result<Id> insertExtension(
        Id participantId, Id phaseId, int weeks, const QString& reason, Id approvedBy);
    Database& m_db;
};

} // namespace stepwise
