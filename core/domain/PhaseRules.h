// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Episode.h"
#include "common/Result.h"

namespace stepwise::PhaseRules {

inline constexpr auto Date = "date";
inline constexpr auto Reason = "reason";
inline constexpr auto Kind = "kind";
inline constexpr auto SessionsPerWeek = "sessions_per_week";
inline constexpr auto HoursPerWeek = "hours_per_week";

// A plan within sane bounds: intensive and step-down need at least one session a week.
QList<FieldError> validatePlan(PhaseKind kind, const PhasePlan& plan);

// Whole-episode invariants: phases lie within admission..discharge, do not overlap, only the
// last may be open, an open episode has exactly one open phase, a closed one has none.
QList<FieldError> validateEpisode(const Episode& episode);

// The episode as it is after moving to `to` on `date`: the current phase ends the day before
// and the new one starts on `date`. Refused with a reason when the move is not allowed
// (closed episode, same phase, date before the current phase began or after today, no reason).
Result<Episode> transition(const Episode& episode, PhaseKind to, const QDate& date,
    const PhasePlan& plan, const QString& reason, const QDate& today);

// A new episode starting in the intensive phase on `admission`; refused when another episode
// is still open or `admission` is not after the last discharge, in the future or before birth.
Result<Episode> admit(const QList<Episode>& previous, const QDate& admission,
    const QDate& dateOfBirth, const PhasePlan& plan, const QString& reason, const QDate& today);

// The episode closed on `date`: current phase and episode end that day.
Result<Episode> discharge(
    const Episode& episode, const QDate& date, const QString& reason, const QDate& today);

// Counted inclusively: the admission day is day 1. Computed, never stored.
int daysInProgram(const Episode& episode, const QDate& today);
int daysInPhase(const Phase& phase, const QDate& today);

} // namespace stepwise::PhaseRules
