// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "domain/Episode.h"
#include "instruments/ScoreChange.h"

#include <QDate>
#include <QList>
#include <optional>

namespace stepwise {

// Which episodes and sessions the program outcomes count (issue 8). Each empty part matches all.
struct OutcomeFilter
{
    QDate from, to;                    // the period, inclusive; both required
    std::optional<PhaseKind> phase;    // episodes with time in this phase during the period
    std::optional<PrimaryFocus> focus; // the participant's primary focus
    std::optional<Id> counselorId;     // the participant's counselor now
};

// One episode of care overlapping the period, as the statistics read it.
struct OutcomeEpisode
{
    Id episodeId = 0;
    Id participantId = 0;
    Id counselorId = 0;
    PrimaryFocus focus = PrimaryFocus::SubstanceUse;
    QDate admission;
    QDate discharge;            // null while in care
    QString dischargeReasonKey; // the signed discharge record's; empty without one
    QList<Phase> phases;        // oldest first
    QList<DatedScore> phq9;     // current versions with a total, in date order
    QList<DatedScore> gad7;
};

// Attendance recorded inside the period at sessions that were held, for one participant and the
// phase they were in on the session's day (none outside an episode).
struct OutcomeAttendance
{
    Id participantId = 0;
    Id counselorId = 0;
    PrimaryFocus focus = PrimaryFocus::SubstanceUse;
    std::optional<PhaseKind> phase;
    int attended = 0; // present, late, left early or by telehealth
    int excused = 0;
    int unexcused = 0;
};

struct OutcomeData
{
    QList<OutcomeEpisode> episodes;
    QList<OutcomeAttendance> attendance;
};

struct ReasonCount
{
    QString reasonKey; // DischargeReason key; empty: closed without a discharge record
    int count = 0;
};

// Lengths of the phases of the episodes discharged in the period.
struct PhaseStay
{
    PhaseKind phase = PhaseKind::Intensive;
    int phases = 0;
    std::optional<double> medianDays;
};

// Of the episodes admitted in the period that can be followed `week` weeks (admitted at least
// that long before today), how many were still in care then or had completed the program.
struct RetentionPoint
{
    int week = 0;
    int followed = 0;
    int retained = 0;
    std::optional<double> share() const
    {
        return followed > 0 ? std::optional<double>(double(retained) / followed) : std::nullopt;
    }
};

// PHQ-9 or GAD-7 change from each episode's first score to its latest score by the period's end.
struct ScoreOutcome
{
    QString instrument; // "phq9", "gad7"
    int measured = 0;   // episodes with two scores or more
    std::optional<double> meanChange;
    int eligible = 0; // baseline high enough to judge response and remission
    int responded = 0;
    int remitted = 0;
    int worsened = 0;
    std::optional<double> responseRate() const { return rate(responded); }
    std::optional<double> remissionRate() const { return rate(remitted); }

private:
    std::optional<double> rate(int n) const
    {
        return eligible > 0 ? std::optional<double>(double(n) / eligible) : std::nullopt;
    }
};

struct ProgramOutcomes
{
    OutcomeFilter filter;
    QDate today;
    int episodes = 0; // matching the filter, overlapping the period
    int admissions = 0;
    int discharges = 0;
    QList<ReasonCount> dischargesByReason; // most first
    int completed = 0;
    std::optional<double> completionRate() const
    {
        return discharges > 0 ? std::optional<double>(double(completed) / discharges)
                              : std::nullopt;
    }
    QList<PhaseStay> stays; // one per phase kind
    QList<RetentionPoint> retention;
    int attended = 0;
    int excused = 0;
    int unexcused = 0;
    // Excused absences are left out, as the engagement rules leave them out.
    std::optional<double> attendanceRate() const
    {
        return attended + unexcused > 0
            ? std::optional<double>(double(attended) / (attended + unexcused))
            : std::nullopt;
    }
    ScoreOutcome phq9;
    ScoreOutcome gad7;
};

namespace OutcomeRules {

inline constexpr int RetentionWeeks = 12; // a typical IOP course (8-12 weeks)
inline constexpr auto CompletedReason = "completed";

// Checks a filter before any reading: both dates, in order.
QList<FieldError> validate(const OutcomeFilter& filter);
ProgramOutcomes compute(const OutcomeData& data, const OutcomeFilter& filter, const QDate& today);
std::optional<double> median(QList<int> values);

} // namespace OutcomeRules
} // namespace stepwise
