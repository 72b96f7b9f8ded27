// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoRandom.h"
#include "domain/Episode.h"
#include "domain/ProgramSettings.h"

#include <QDate>
#include <QList>

namespace stepwise::demo {

// Where a synthetic participant stands today.
enum class CareState { Intensive, StepDown, Aftercare, Discharged };

struct PlannedPhase
{
    PhaseKind kind = PhaseKind::Intensive;
    QDate start;
    PhasePlan plan;
    QString reason;
};

// One episode as the stores will be asked to record it: admit on phases.first().start,
// transition to each later phase, and discharge when `discharge` is set.
struct PlannedEpisode
{
    QList<PlannedPhase> phases;
    QDate discharge;
    QString dischargeReason;
};

namespace DemoHistory {

// The clinical picture: diagnoses that fit the primary focus, primary first.
QList<Diagnosis> diagnoses(DemoRandom& rng, PrimaryFocus focus);

// `episodeCount` episodes, oldest first, all but the last discharged; the last ends in `state`
// on `today`. Durations follow common IOP practice: intensive 6-12 weeks, step-down 3-6
// weeks, aftercare 2-6 months; some participants step back up after a setback. A discharged
// participant's last admission falls within `historyDays` before today.
QList<PlannedEpisode> history(DemoRandom& rng, const QDate& today, CareState state,
    int episodeCount, const ProgramSettings& settings, int historyDays = 730);

} // namespace DemoHistory
} // namespace stepwise::demo
