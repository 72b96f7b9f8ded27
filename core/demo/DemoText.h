// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoRandom.h"
#include "notes/NoteFormat.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <span>

namespace stepwise::demo {

// The phrase tables the synthetic clinical record is written from: problems, goals and
// objectives per diagnosis, note sentences, plan contents. Sample content, not interface text:
// never translated, so a seed writes the same record in every locale. Every person, provider
// and group named here is invented.
namespace DemoText {

// What a diagnosis is about, for choosing the words that fit it.
enum class Concern {
    Alcohol,
    Opioid,
    Stimulant,
    Cocaine,
    Cannabis,
    Sedative,
    Nicotine,
    Depression,
    Anxiety,
    Panic,
    Trauma,
    Bipolar,
    Adjustment,
    Attention,
    Personality,
};

// From an ICD-10-CM code of the demo's lists ("F11.20" -> Opioid).
Concern concernOf(const QString& icd10Code);
bool isSubstance(Concern c);
// "alcohol", "opioids", ...: how notes and objectives name a substance concern.
QString substanceWord(Concern c);
// The screen results a return to use of this concern shows (Analytes keys); empty for
// concerns no drug screen detects.
QStringList useAnalytes(Concern c);

// One measurable objective as a plan writes it, with the intervention that serves it.
struct ObjectiveText
{
    const char* text; // may hold %1 for the substance word
    const char* serviceType;
    const char* frequency;
    int weeks; // from the plan to its target date
};

struct ConcernText
{
    const char* problems[2];
    const char* participantWords[2];
    const char* clinicalTerms[2];
    std::span<const ObjectiveText> objectives; // specific to the concern
};

const ConcernText& concernText(Concern c);
// Objectives every substance concern can use, with %1 for the substance word.
std::span<const ObjectiveText> substanceObjectives();
// For a participant on a medication for the concern: %1 is the medication's name.
const ObjectiveText& medicationObjective();

// Treatment plan reviews.
QString reviewSummary(DemoRandom& rng, bool statusesChanged, bool phaseChange);
QString progressNote(DemoRandom& rng, bool met);

// Relapse prevention and aftercare.
QStringList triggers(DemoRandom& rng, bool substanceUse, int count);
QStringList warningSigns(DemoRandom& rng, int count);
QStringList copingStrategies(DemoRandom& rng, bool substanceUse, int count);

struct ProviderText
{
    const char* name;
    const char* note;
};
const ProviderText& therapyProvider(DemoRandom& rng);
const ProviderText& prescriberClinic(DemoRandom& rng);

struct MeetingText
{
    int kind; // 0 twelve-step, 1 SMART Recovery, 2 other (SupportGroupKind's order)
    const char* name;
    QList<Qt::DayOfWeek> days;
    int hour;
    int minute;
    const char* location; // empty: online
    bool substanceUse;    // a meeting about substance use rather than mental health
};
std::span<const MeetingText> meetings();

const char* soberLivingResidence(DemoRandom& rng);

// Progress notes. `name` is how the note refers to the participant.
QMap<QString, QString> individualNote(
    DemoRandom& rng, NoteFormat format, const QString& name, bool substanceUse, bool lapse);
QMap<QString, QString> groupPart(
    DemoRandom& rng, NoteFormat format, const QString& name, bool late);
QString groupSummary(DemoRandom& rng, const QString& groupName, int present);
// A case-management, medication-management or phone note (Free format, key "note").
QString freeNote(DemoRandom& rng, NoteContact contact, const QString& name);
QString returnComment(DemoRandom& rng);
QString returnAnswer(DemoRandom& rng);
QString addendum(DemoRandom& rng);
QString useNote(DemoRandom& rng);

// The clinician's assessment that replaces the draft summary's bracketed prompt, by how the
// episode ended (DischargeReason's order).
QString dischargeAssessment(DemoRandom& rng, int reason, const QString& name);

} // namespace DemoText
} // namespace stepwise::demo
