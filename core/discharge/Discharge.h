// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Participant.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace stepwise {

// Why an episode ended. Maps onto SAMHSA's TEDS-D reason-for-discharge categories (completed,
// dropped out, terminated by facility, transferred, incarcerated, death, other), with transfers
// split by direction and moving away kept apart, as an IOP's outcome reports need.
enum class DischargeReason {
    Completed,
    TransferredHigher, // to a more intensive level of care (PHP, residential, inpatient)
    TransferredLower,  // to standard outpatient or another lower level
    LeftAgainstAdvice,
    Administrative, // discharged by the program (e.g. rules, non-attendance)
    Moved,
    Incarcerated,
    Deceased,
    Other, // needs a note
};

// The clinician's judgement of the participant's condition at discharge.
enum class DischargeCondition { Improved, PartlyImproved, Unchanged, Worsened, Unknown };

QString storageKey(DischargeReason r);
QString storageKey(DischargeCondition c);
std::optional<DischargeReason> parseDischargeReason(const QString& key);
std::optional<DischargeCondition> parseDischargeCondition(const QString& key);
QString label(DischargeReason r);
QString label(DischargeCondition c);
QList<DischargeReason> allDischargeReasons();
QList<DischargeCondition> allDischargeConditions();

// One instrument's first and last score in the episode, kept with the discharge as it stood.
struct FinalScore
{
    QString instrument; // "phq9"
    QString name;       // "PHQ-9"
    QDate firstDate;
    std::optional<int> firstTotal;
    QString firstBand;
    QDate lastDate;
    std::optional<int> lastTotal;
    QString lastBand;
    bool operator==(const FinalScore&) const = default;
};

// The signed discharge record of one episode.
struct DischargeRecord
{
    Id episodeId = 0;
    Id participantId = 0;
    QDate dischargeDate; // the episode's
    DischargeReason reason = DischargeReason::Completed;
    QString reasonNote; // where to, or why; required for Other
    DischargeCondition condition = DischargeCondition::Unknown;
    QString conditionNote;
    QList<FinalScore> finalScores;
    QString summary;
    Id signedBy = 0;
    QString signedByName;
    QDateTime signedAt; // UTC
    QString contentHash;
};

} // namespace stepwise
