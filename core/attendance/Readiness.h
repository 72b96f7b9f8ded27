// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Hours.h"
#include "LengthOfStay.h"
#include "instruments/Assessment.h"
#include "instruments/ScoreChange.h"

#include <QJsonArray>
#include <optional>

namespace stepwise {

// What the clinician decides at a readiness review. Stepwise never decides it.
enum class ReadinessDecisionKind {
    StepDown,  // to the next, less intensive phase
    Extend,    // stay in the phase longer (an extension with weeks and an approver)
    StepUp,    // back to a more intensive phase, or referral to a higher level of care
    Discharge, // end the episode
};
QString storageKey(ReadinessDecisionKind k); // "step_down", "extend", "step_up", "discharge"
QString label(ReadinessDecisionKind k);
std::optional<ReadinessDecisionKind> parseReadinessDecisionKind(const QString& key);
inline constexpr std::array allReadinessDecisionKinds { ReadinessDecisionKind::StepDown,
    ReadinessDecisionKind::Extend, ReadinessDecisionKind::StepUp,
    ReadinessDecisionKind::Discharge };

// One transparent indicator: what it looks at, what the data say, and whether that supports
// stepping down. "Info" when the data cannot say (nothing required, too few scores).
struct ReadinessIndicator
{
    enum class State { Met, NotMet, Info };
    QString key; // "weeks_in_phase", "attendance", "phq9", "gad7", "asam", "safety", "toxicology"
    QString label;
    QString value;
    State state = State::Info;
    bool operator==(const ReadinessIndicator&) const = default;
};

struct ReadinessInput
{
    PhaseKind phase = PhaseKind::Intensive;
    LengthOfStay length;
    QList<WeekHours> lastFourWeeks;  // the last four complete weeks, oldest first
    int attendancePercent = 90;      // AttendanceSettings::readinessAttendancePercent
    std::optional<ScoreChange> phq9; // from ScoreChangeRules::change
    std::optional<ScoreChange> gad7;
    int phq9Count = 0; // scores in the episode (0 or 1 when there is no change yet)
    int gad7Count = 0;
    std::optional<Assessment> latestAsam; // in the episode
    int openSafetyAlerts = 0;
};

// A decision as recorded, with the indicators as they were when it was made.
struct ReadinessDecision
{
    Id id = 0;
    Id participantId = 0;
    Id episodeId = 0;
    Id phaseId = 0;
    PhaseKind phase = PhaseKind::Intensive;
    ReadinessDecisionKind kind = ReadinessDecisionKind::StepDown;
    QString reason;
    QList<ReadinessIndicator> indicators;
    Id decidedBy = 0;
    QString decidedByName;
    QDateTime decidedAt; // UTC
    QDate effectiveDate; // of the phase change or discharge it made; null for an extension
};

namespace ReadinessRules {

inline constexpr auto Reason = "reason";
inline constexpr auto Kind = "kind";

QList<ReadinessIndicator> indicators(const ReadinessInput& input);

QJsonArray toJson(const QList<ReadinessIndicator>& indicators);
QList<ReadinessIndicator> fromJson(const QJsonArray& array);
QString stateKey(ReadinessIndicator::State s); // "met", "not_met", "info"

// The phase a decision moves to from `current`: step-down goes one phase down, step-up one up;
// nullopt when there is none (no step down from aftercare, no step up from intensive within the
// program: the decision then refers to a higher level of care and discharges).
std::optional<PhaseKind> targetPhase(ReadinessDecisionKind kind, PhaseKind current);

} // namespace ReadinessRules
} // namespace stepwise
