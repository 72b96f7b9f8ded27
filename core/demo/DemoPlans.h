// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoRecordContext.h"
#include "common/Result.h"
#include "plans/AftercarePlan.h"
#include "plans/RelapsePlan.h"
#include "plans/TreatmentPlan.h"
#include "storage/TreatmentPlanStore.h"

#include <optional>

namespace stepwise::demo {

// The plans of one episode, written through TreatmentPlanStore and CarePlanStore as the
// participant's counselor, with the clock set to each step's day:
// - the treatment plan: 1-3 problems from the diagnoses, a goal each in the participant's words
//   and in clinical terms, 1-3 measurable objectives with target dates and an intervention,
//   finalized within a week of admission (about 8% late), agreed by the participant; reviewed
//   about every 30 days and within a week of each phase change, objectives moving from in
//   progress to met (each change a new version), now and then revised for a new phase. About
//   one in ten in care is left with a review overdue, and a few with the first plan overdue;
// - a relapse prevention plan for most past their first two weeks, updated at some step-downs;
// - an aftercare plan on entering aftercare or at discharge.
// Called while the episode is open in the database, before its discharge is written.
class DemoPlans
{
public:
    explicit DemoPlans(DemoRecordContext& context)
        : m_c(context)
    { }

    // `leaveFirstPlanOverdue`: an episode in care past its first plan's due date keeps only a
    // draft (the demo counselor's caseload shows the flag).
    Status write(const RecordSubject& subject, int episode, bool leaveFirstPlanOverdue);

private:
    struct Span
    {
        const PlannedEpisode* planned = nullptr;
        Id episodeId = 0;
        QDate admission;
        QDate end; // discharge, or today while open
        bool open = false;
    };

    TreatmentPlan buildPlan(const RecordSubject& s, const QDate& on);
    PlanIntervention intervention(const RecordSubject& s, const char* serviceType,
        const char* frequency, const DemoText::Concern concern);
    Status treatmentPlan(const RecordSubject& s, const Span& span, bool leaveOverdue);
    Status reviews(const RecordSubject& s, const Span& span, Id planId, TreatmentPlan plan,
        const QDate& finalizedOn);
    // A new version with an objective for the phase entered; an empty version when the plan
    // has nowhere to put it.
    Result<PlanVersion> revise(const RecordSubject& s, PhaseKind phase, const QDate& on);
    Status relapsePlan(const RecordSubject& s, const Span& span);
    Status aftercarePlan(const RecordSubject& s, const Span& span);
    QList<SupportContact> contacts(const RecordSubject& s);

    DemoRecordContext& m_c;
    std::optional<RelapsePlan> m_relapse; // the episode's latest, for the aftercare plan
};

} // namespace stepwise::demo
