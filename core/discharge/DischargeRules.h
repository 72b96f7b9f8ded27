// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "discharge/Discharge.h"
#include "domain/Episode.h"
#include "instruments/Assessment.h"

namespace stepwise {

// What the record says about one episode, gathered by DischargeStore for the draft summary.
// Lines from the treatment, toxicology and aftercare records come ready-written by their own
// modules so that this one does not depend on them.
struct EpisodeFacts
{
    QString participantName;
    QString recordNumber;
    Episode episode;
    QDate dischargeDate;
    int sessionsAttended = 0;
    int excusedAbsences = 0;
    int unexcusedAbsences = 0;
    double hoursAttended = 0.0;
    QList<FinalScore> scores;
    QStringList planLines;
    QStringList toxicologyLines;
    QStringList aftercareLines;
    DischargeReason reason = DischargeReason::Completed;
    QString reasonNote;
    DischargeCondition condition = DischargeCondition::Unknown;
};

namespace DischargeRules {

// First and last scored result per instrument within the episode, from current versions, in
// the instruments' usual order. Ratings without a total (ASAM) are left to the summary text.
QList<FinalScore> finalScores(const QList<Assessment>& history, Id episodeId);

// The summary a clinician starts from: course of treatment, attendance, scores, plan,
// toxicology, condition and aftercare. Plain text with headings; the clinician edits it.
QString draftSummary(const EpisodeFacts& facts);

// Field errors for a discharge record as entered: "reason_note" (Other, transfers),
// "summary" (at least a few sentences' worth), "date".
QList<FieldError> validate(
    const DischargeRecord& record, const QDate& admission, const QDate& today);

// Stored with the record; covers everything printed on it.
QString hash(const DischargeRecord& record);

QString finalScoresJson(const QList<FinalScore>& scores);
QList<FinalScore> parseFinalScores(const QString& json);

} // namespace DischargeRules

} // namespace stepwise
