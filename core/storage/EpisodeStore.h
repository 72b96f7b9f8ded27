// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Access.h"
#include "common/Result.h"
#include "domain/Episode.h"

namespace stepwise {

class Database;

// Episodes of care and their phases. Each method applies a PhaseRules function to the stored
// episode and writes the result in one transaction, with an audit row.
class EpisodeStore
{
public:
    explicit EpisodeStore(Database& db)
        : m_db(db)
    { }

    Result<QList<Episode>> episodes(Id participantId); // oldest first, with phases
    Result<Episode> episode(Id episodeId);

    // Opens a new episode in the intensive phase; sets the participant active.
    Result<Id> admit(
        Id participantId, const QDate& date, const PhasePlan& plan, const QString& reason = {});
    // Closes the current phase the day before `date` and opens `to` on `date`.
    Status transition(Id episodeId, PhaseKind to, const QDate& date, const PhasePlan& plan,
        const QString& reason);
    // Closes the episode and its phase on `date`; sets the participant discharged.
    Status discharge(Id episodeId, const QDate& date, const QString& reason);
    // Edits the weekly plan of one phase (the clinic individualises it).
    Status updatePlan(Id phaseId, const PhasePlan& plan);

private:
    Status requireForEpisode(Id episodeId, Permission permission);
    Status writePhases(const Episode& before, const Episode& after);
    Database& m_db;
};

} // namespace stepwise
