// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Instrument.h"
#include "domain/Participant.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace stepwise {

// What a clinician enters for one administration of an instrument.
struct AssessmentInput
{
    Id participantId = 0;
    QString instrument; // id: "phq9"
    QDate administeredOn;
    Answers answers;        // one per item, in the definition's order
    QStringList narratives; // per item, for instruments with narratives (ASAM); may be empty
    QString note;
    // AUDIT-C: "female" or "male" for the cut-off; empty takes the participant's sex at birth
    // (and the lower cut-off when that is neither).
    QString sex;
    QJsonObject details; // ASAM: AsamPlacement::toJson()
};

// One stored version of an assessment, with its result as scored when it was saved.
struct Assessment
{
    Id id = 0;
    Id participantId = 0;
    Id episodeId = 0;
    QString instrument;
    int definitionVersion = 1;
    QDate administeredOn;
    Answers answers;
    QStringList narratives;
    QJsonObject details;
    QString note;
    Score score;
    Id recordedBy = 0;
    QString recordedByName;
    QDateTime recordedAt; // UTC
    Id replacesId = 0;    // the version this one corrects
    QString correctionReason;
    bool superseded = false; // a later version corrects this one
    int versionNumber = 1;   // 1 for the original, 2 for its first correction, ...

    const InstrumentDefinition* definition() const { return Instruments::find(instrument); }
    // "14 (Moderate)", "Use 2 · Risk 9 · Protective 15", "D1 0 · D2 1 · ..." for tables.
    QString summary() const;
};

// What a clinician did about a safety alert.
enum class FollowUpAction {
    SafetyPlan,          // safety plan made or reviewed with the participant
    CrisisReferral,      // referred to crisis services (988, mobile crisis team)
    EmergencyEvaluation, // sent for emergency evaluation
    Consultation,        // discussed with a supervisor or prescriber, plan agreed
    NoImminentRisk,      // risk assessed: no imminent risk, monitoring continues
    EnteredInError,      // the answer was entered in error and has been corrected
};
QString storageKey(FollowUpAction a);
QString label(FollowUpAction a);
std::optional<FollowUpAction> parseFollowUpAction(const QString& key);
QList<FollowUpAction> allFollowUpActions();

struct SafetyAlert
{
    Id id = 0;
    Id participantId = 0;
    Id assessmentId = 0;
    QString flag; // Flag::key, "self_harm"
    QString message;
    QDateTime raisedAt;
    QDate administeredOn; // of the assessment that raised it
    QString instrument;
    std::optional<FollowUpAction> action;
    QString actionNote;
    Id followedUpBy = 0;
    QString followedUpByName;
    QDateTime followedUpAt;
    bool isOpen() const { return !action.has_value(); }
};

} // namespace stepwise
