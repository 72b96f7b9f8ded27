// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "domain/Participant.h"
#include "plans/AftercarePlan.h"
#include "plans/RelapsePlan.h"

#include <QDateTime>
#include <optional>

namespace stepwise {

class Database;

// One saved version of a relapse prevention or aftercare plan.
template<typename Plan> struct CarePlanVersion
{
    Id id = 0;
    Id participantId = 0;
    Id episodeId = 0;
    int version = 1;
    Id replacesId = 0; // the version this one replaced; 0 for the first
    Plan plan;
    Id recordedBy = 0;
    QString recordedByName;
    QDateTime recordedAt; // UTC
};

// Relapse prevention plans (RelapsePlanStore) and aftercare plans (AftercarePlanStore), per
// episode. A save validates the plan and writes a new version replacing the previous one;
// versions are never changed. Saving needs Permission::WriteRecord for the participant: a
// relapse prevention plan is for the open episode, an aftercare plan for the latest episode,
// open or discharged (it is often completed at discharge). Reading needs ViewParticipant.
template<typename Plan> class CarePlanStore
{
public:
    explicit CarePlanStore(Database& db)
        : m_db(db)
    { }

    // Returns the new version's id.
    Result<Id> save(Id participantId, const Plan& plan);
    Result<std::optional<CarePlanVersion<Plan>>> current(Id episodeId);
    Result<QList<CarePlanVersion<Plan>>> versions(Id episodeId); // newest first

private:
    Database& m_db;
};

extern template class CarePlanStore<RelapsePlan>;
extern template class CarePlanStore<AftercarePlan>;
using RelapsePlanStore = CarePlanStore<RelapsePlan>;
using AftercarePlanStore = CarePlanStore<AftercarePlan>;
using RelapsePlanVersion = CarePlanVersion<RelapsePlan>;
using AftercarePlanVersion = CarePlanVersion<AftercarePlan>;

} // namespace stepwise
