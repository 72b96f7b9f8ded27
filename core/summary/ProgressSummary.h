// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attendance/Hours.h"
#include "domain/Participant.h"
#include "instruments/Assessment.h"
#include "instruments/ScoreChange.h"
#include "recovery/Medication.h"
#include "recovery/Toxicology.h"
#include "recovery/UseEvent.h"
#include "storage/CarePlanStore.h"
#include "storage/TreatmentPlanStore.h"

#include <QDate>
#include <optional>

namespace stepwise {

// The scores of one instrument within the period, current versions only, oldest first.
struct InstrumentSeries
{
    QString instrument; // "phq9"
    QList<Assessment> assessments;
    // PHQ-9 and GAD-7: the change from the first score of the episode to the latest in the
    // period, judged by ScoreChangeRules (response, remission, worsening).
    std::optional<ScoreChange> change;

    const Assessment& first() const { return assessments.first(); }
    const Assessment& latest() const { return assessments.last(); }
};

// Everything a progress summary prints, read from the record for one participant and period.
// Built by SummaryCollector; laid out by ProgressSummaryDocument.
struct ProgressSummary
{
    QString clinicName;
    QString programName;
    Participant participant;
    QString counselorName; // empty when unassigned
    QDate from;
    QDate to;
    QDate preparedOn;

    // The latest episode overlapping the period, with all its phases; none when the
    // participant was not in care then.
    std::optional<Episode> episode;
    QList<Episode> episodesInPeriod; // every episode overlapping the period, oldest first
    int earlierEpisodes = 0;         // episodes admitted before `episode`, in the period or not

    // Every week (of the program's week start) overlapping the period, oldest first.
    QList<WeekHours> weeks;
    Qt::DayOfWeek weekStartsOn = Qt::Monday;

    QList<InstrumentSeries> instruments;  // in Instruments::all() order, only those given
    std::optional<Assessment> latestAsam; // the latest ASAM rating in the period

    std::optional<PlanVersion> plan; // the latest finalized version of the episode's plan

    QList<ToxScreen> screens; // collected in the period, current versions, oldest first
    QList<Medication> medications;
    QList<UseEvent> useEvents; // in the period, oldest first

    std::optional<AftercarePlanVersion> aftercare;
    // Aftercare prints when the participant is in the aftercare phase or was discharged.
    bool aftercareApplies = false;

    // Totals of `weeks`: whole weeks, so the first and last may reach outside the period.
    double hoursAttended() const;
    double hoursRequired() const;
    int sessionsAttended() const;
    const InstrumentSeries* series(const QString& instrument) const;
    // The phase on the last day of the period (or the episode's last phase).
    const Phase* phaseAtEnd() const;
};

} // namespace stepwise
