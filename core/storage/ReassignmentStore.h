// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "domain/Episode.h"

#include <QList>

namespace stepwise {

class Database;

// A counselor a supervisor may give participants to, with the caseload they already carry.
struct ReceivingCounselor
{
    Id id = 0;
    QString name;
    int inCare = 0; // participants with an open episode on their caseload
};

// Moving participants between counselors' caseloads (issue 8). Supervisors only
// (Permission::ReassignCounselor).
class ReassignmentStore
{
public:
    explicit ReassignmentStore(Database& db);

    // Active staff with the counselor role, by name.
    Result<QList<ReceivingCounselor>> receivingCounselors();

    // Puts every participant in `participantIds` on the counselor's caseload in one
    // transaction, with an audit row each ("participant.reassign": from whom, to whom, why).
    // Those already on it are left alone and not counted. Refused whole, with the reason, when
    // the counselor cannot take participants or a participant does not exist. Returns how many
    // moved.
    Result<int> reassign(const QList<Id>& participantIds, Id counselorId, const QString& reason);

private:
    Database& m_db;
};

} // namespace stepwise
