// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "domain/Participant.h"

#include <QDateTime>

namespace stepwise {

class Database;

struct EmergencyGrant
{
    Id id = 0;
    Id staffId = 0;
    Id participantId = 0;
    QString reason;
    QDateTime grantedAt, expiresAt; // UTC
};

// "Break the glass": a clinician opens a chart outside their caseload with a typed reason, for
// the program's emergency-access minutes. The grant and every chart view it allows are flagged
// in the audit trail for supervisors to review (HIPAA 45 CFR 164.312(a)(2)(ii)).
namespace EmergencyAccess {

inline constexpr int MinimumReasonLength = 10;

Result<EmergencyGrant> grant(Database& db, Id participantId, const QString& reason);
// The signed-in user's unexpired grant for the participant, if any.
Result<std::optional<EmergencyGrant>> active(Database& db, Id participantId);

} // namespace EmergencyAccess
} // namespace stepwise
