// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/demo: item-level answers of each instrument that add up to the totals the
// planner (DemoAssessments.cpp) intends, consistent between items as the instruments require.
#include "DemoEpisodeFrame.h"

namespace stepwise::demo::DemoAssessments {

struct Substances
{
    bool alcohol = false;
    QStringList drugItems; // BAM 7x keys, primary first
};

// Baselines of the BAM day counts, kept for the episode so months read as one person's.
struct BamBaseline
{
    int alcoholDays = 0;
    int drugDays = 0;
    int heavyShare = 50; // percent of drinking days that are heavy
    int selfHelpDays = 0;
    int workDays = 0;
    int supportDays = 0;
    int spirituality = 0;
    bool income = true;
};

// Answers adding up to `total`, spread over the items most often endorsed; PHQ-9 item 9 as given.
Answers phq9Answers(DemoRandom& rng, int total, int item9);
Answers gad7Answers(DemoRandom& rng, int total);
// AUDIT items 1-10 with item 1 (drinking frequency) set first.
Answers auditAnswers(DemoRandom& rng, int total, int frequency);
Answers dastAnswers(DemoRandom& rng, int points);

// Which substances the diagnoses name (F10 alcohol; F11-F15 the BAM item 7 columns).
Substances substancesOf(const QList<Diagnosis>& diagnoses);

BamBaseline bamBaseline(DemoRandom& rng, const Substances& s);

Answers bamAnswers(DemoRandom& rng, const Frame& frame, const QDate& date, int phqTotal,
    const Substances& s, const BamBaseline& b);

// Ratings, narratives and placement that fit the phase being placed in.
AssessmentInput asam(DemoRandom& rng, Id participantId, const QDate& date, PhaseKind kind,
    bool setback, bool substanceUse);

// Engagement and progress that follow the episode's course, with a note.
AssessmentInput progressRating(
    DemoRandom& rng, Id participantId, const Frame& frame, const QDate& date);

} // namespace stepwise::demo::DemoAssessments
