// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Episode.h"
#include "notes/RecordsSettings.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace stepwise {

// Why a plan review was held; stored in plan_review.occasion.
enum class ReviewOccasion { Scheduled, PhaseChange, Requested };
QString storageKey(ReviewOccasion o); // "scheduled", "phase_change", "requested"
QString label(ReviewOccasion o);
std::optional<ReviewOccasion> parseReviewOccasion(const QString& key);
QList<ReviewOccasion> allReviewOccasions();

// What the treatment plan of an open episode needs next.
enum class PlanDueKind {
    FirstPlan,   // no version is finalized yet
    Review,      // the periodic review
    PhaseChange, // a phase started after the last review
};

struct PlanDue
{
    PlanDueKind kind = PlanDueKind::FirstPlan;
    QDate dueDate;
    // What the due date counts from: the admission, the last review (or the first finalization
    // when there is none), or the start of the phase that needs a review.
    QDate since;
    std::optional<PhaseKind> phase; // PhaseChange: the phase entered
    int daysOverdue = 0;            // 0 up to and including the due date
    bool overdue() const { return daysOverdue > 0; }
    // "Treatment plan review overdue by 3 days", for the caseload and the chart header.
    QString summary() const;
    bool operator==(const PlanDue&) const = default;
};

namespace PlanReviewRules {

// Days after a phase starts within which its review is due. A phase change is a planned event
// the team sees coming, but the review needs the participant and the team together, so it gets
// a week, as an ASAM review after a phase change does (AssessmentScheduleSettings::windowDays).
inline constexpr int PhaseChangeGraceDays = 7;

// What is due for the episode's treatment plan, or nothing for a closed episode.
// - No finalized version: the first plan, admission + initialPlanDays.
// - Otherwise the periodic review: the last review date, or the first finalization date when
//   there has been no review, + planReviewDays. A version finalized outside a review does not
//   restart the count: a review records progress and who took part, an edit does not.
// - And the phase change review: when a phase started after that same date (a review on the
//   phase's first day counts for it), due on the phase's start + PhaseChangeGraceDays.
// When both are pending, the earlier due date is returned (the phase change on a tie).
// `finalizedOn` and `reviewedOn` are local dates within this episode only, in any order.
std::optional<PlanDue> nextReviewDue(const Episode& episode, const QList<QDate>& finalizedOn,
    const QList<QDate>& reviewedOn, const RecordsSettings& settings, const QDate& today);

} // namespace PlanReviewRules
} // namespace stepwise
