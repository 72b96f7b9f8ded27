// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attendance/Hours.h"
#include "domain/Episode.h"
#include "instruments/Assessment.h"
#include "storage/AttendanceStore.h"
#include "storage/TreatmentPlanStore.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace stepwise {

// A code of an external code system, as FHIR writes it in a Coding.
struct FhirCode
{
    const char* system;
    const char* code;
    const char* display; // the code system's own display, never translated
};

// The FHIR R4 resources of one participant's record, built from values core already holds:
// pure functions, no I/O. FhirExport reads the stores and assembles the Bundle. Every resource
// carries the 42 CFR Part 2 security labels (securityMeta). Code systems and codes are named in
// FhirResources.cpp with their sources, and listed in docs/fhir.md.
namespace FhirResources {

// "urn:uuid:..." for a resource: a name-based UUID (version 5) of the resource type and the
// Stepwise row it comes from, so the same record exports with the same fullUrls every time.
QString fullUrl(const char* resourceType, const QString& key);

// meta.security: 42 CFR Part 2 (v3-ActCode 42CFRPart2) and restricted (v3-Confidentiality R).
QJsonObject securityMeta();

// The LOINC code of an instrument's total score, for the instruments whose code is certain;
// nullopt for the others (see docs/fhir.md for those left out and why).
std::optional<FhirCode> totalScoreCode(const QString& instrumentId);

// The record number is the identifier, in the clinic-local system RecordNumberSystem; the
// clinic is named as its assigner. Stepwise stores sex at birth, not an administrative gender,
// so Patient.gender is left out (see docs/fhir.md).
inline constexpr auto RecordNumberSystem = "urn:stepwise:record-number";
QJsonObject patient(const Participant& participant, const QString& clinicName);

struct EpisodeContext
{
    QString patientUrl;
    QString clinicName;
    QString programName;
    QString careManager;       // the counselor's name; empty when not known for this episode
    QStringList conditionUrls; // the chart's diagnoses, primary first
    bool participantOnHold = false;
};
QJsonObject episodeOfCare(const Episode& episode, const EpisodeContext& context);

// One session the participant attended, for the span they attended (late arrival and early
// departure applied). `episodeUrl` may be empty when no episode covers the session's date.
QJsonObject encounter(const ParticipantSession& session, const AttendedSpan& attended,
    const QString& patientUrl, const QString& episodeUrl);

// The total score of an assessment as a survey Observation; nullopt when the instrument has no
// total or no certain LOINC code.
std::optional<QJsonObject> observation(const Assessment& assessment, const QString& patientUrl);

QJsonObject condition(const Diagnosis& diagnosis, const QString& patientUrl);

// A finalized treatment plan version: active while its episode is open, completed after.
// `conditionUrls` maps the chart's ICD-10-CM codes to their Condition entries, so the problems
// a plan addresses point at them.
QJsonObject carePlan(const PlanVersion& plan, const Episode& episode, const QString& patientUrl,
    const QHash<QString, QString>& conditionUrls);

} // namespace FhirResources
} // namespace stepwise
