// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoHistory.h"
#include "DemoRandom.h"
#include "instruments/Assessment.h"
#include "instruments/AssessmentSchedule.h"

#include <QDate>
#include <QList>

namespace stepwise::demo {

// What the assessment history of one synthetic participant rests on.
struct AssessmentSubject
{
    Id participantId = 0;
    PrimaryFocus focus = PrimaryFocus::SubstanceUse;
    QList<Diagnosis> diagnoses;
    QList<PlannedEpisode> history; // as DemoHistory planned it; the last may be open
};

// The follow-up a counselor records for the safety alert raised by the PHQ-9 given on
// `administeredOn`.
struct PlannedFollowUp
{
    QDate administeredOn;
    FollowUpAction action = FollowUpAction::SafetyPlan;
    QString note;
};

struct AssessmentPlan
{
    QList<AssessmentInput> inputs; // oldest first, for AssessmentStore::recordAll
    QList<PlannedFollowUp> followUps;
};

namespace DemoAssessments {

// A plausible history for every episode: PHQ-9 and GAD-7 at admission and then about on
// schedule (most improve, some stay flat or worsen, about 3% of participants answer PHQ-9 item
// 9 above 0), AUDIT and/or DAST-10 at admission and a monthly BAM where substance use is in the
// picture, ASAM at admission and around each phase change, and for some participants a progress
// rating every two weeks. About one in seven participants in care is left overdue for something
// on `today`. Nothing is dated after `today` or outside an episode.
AssessmentPlan plan(DemoRandom& rng, const AssessmentSubject& subject, const QDate& today,
    const AssessmentScheduleSettings& schedule);

} // namespace DemoAssessments
} // namespace stepwise::demo
