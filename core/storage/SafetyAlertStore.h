// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "instruments/Assessment.h"

namespace stepwise {

class Database;

// Safety alerts raised by assessments (PHQ-9 item 9 above 0). An alert stays open, on the
// chart header and in the caseload, until a clinician records what was done, once.
class SafetyAlertStore
{
public:
    explicit SafetyAlertStore(Database& db)
        : m_db(db)
    { }

    Result<QList<SafetyAlert>> alerts(Id participantId, bool openOnly = false);
    // The follow-up needs a note of what was done (at least 10 characters).
    Status followUp(Id alertId, FollowUpAction action, const QString& note);

    // For AssessmentStore, inside its transaction: raises an alert for each safety flag of
    // `score` unless the chain `replacesId` belongs to already has one open for that flag.
    static Status raise(
        Database& db, Id participantId, Id assessmentId, Id replacesId, const QList<Flag>& flags);

private:
    Database& m_db;
};

} // namespace stepwise
