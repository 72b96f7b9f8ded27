// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Medication.h"
#include "common/Result.h"

#include <QDate>
#include <QDateTime>
#include <array>
#include <optional>

namespace stepwise {

// One analyte's result as the cup or the laboratory reports it. Dilute and invalid describe the
// specimen rather than the substance: neither is a positive, and a program recollects.
enum class ToxResultValue { Negative, Positive, Dilute, Invalid };
QString storageKey(ToxResultValue v); // "negative", "positive", "dilute", "invalid"
QString label(ToxResultValue v);
std::optional<ToxResultValue> parseToxResultValue(const QString& text); // key or English label
inline constexpr std::array allToxResultValues { ToxResultValue::Negative, ToxResultValue::Positive,
    ToxResultValue::Dilute, ToxResultValue::Invalid };

enum class Specimen { Urine, OralFluid, Breath, Blood, Other };
QString storageKey(Specimen v); // "urine", "oral_fluid", "breath", "blood", "other"
QString label(Specimen v);
std::optional<Specimen> parseSpecimen(const QString& text);
inline constexpr std::array allSpecimens { Specimen::Urine, Specimen::OralFluid, Specimen::Breath,
    Specimen::Blood, Specimen::Other };

struct ToxResult
{
    QString analyte; // an Analytes key, or the laboratory's name for it
    ToxResultValue result = ToxResultValue::Negative;
    // A positive explained by a prescription (set by markExpected) or by the clinician, who then
    // gives the reason. Never set on a negative, dilute or invalid result.
    bool expected = false;
    QString expectedReason;
    bool operator==(const ToxResult&) const = default;
};

// A drug screen as recorded: never changed; a correction is a new version naming this one.
struct ToxScreen
{
    Id id = 0;
    Id participantId = 0;
    Id episodeId = 0; // the episode of care the collection date falls in
    QDate collectedOn;
    bool observed = false; // collection observed by staff
    Specimen specimen = Specimen::Urine;
    QString panel; // an Analytes::panels() key or the panel's name as typed
    QList<ToxResult> results;
    QString note;
    Id recordedBy = 0;
    QString recordedByName;
    QDateTime recordedAt; // UTC
    Id replacesId = 0;
    QString correctionReason;
    bool superseded = false; // a newer version replaces this one
    int versionNumber = 1;

    const ToxResult* result(const QString& analyte) const;
};

// What a clinician enters for a screen (record, or correct with a reason).
struct ToxScreenInput
{
    Id participantId = 0;
    QDate collectedOn;
    bool observed = false;
    Specimen specimen = Specimen::Urine;
    QString panel;
    QList<ToxResult> results; // `expected` here is the clinician's own mark, with its reason
    QString note;
};

// One thing a screen shows, in words for the chart.
struct ToxFinding
{
    enum class Kind {
        UnexpectedPositive, // positive and not explained by a prescription
        ExpectedPositive,
        SpecimenProblem, // dilute or invalid: recollect
        MissingExpected, // a maintenance medication prescribed but negative
        AllNegative,
    };
    Kind kind = Kind::AllNegative;
    QString analyte; // empty for AllNegative
    QString text;
};

struct ToxSummary
{
    QStringList unexpectedPositives; // analytes
    QStringList expectedPositives;
    QStringList dilute;
    QStringList invalid;
    QStringList missingExpected;
    bool allNegative = false;   // every result negative (and there is at least one)
    QList<ToxFinding> findings; // in the order above
    bool needsRecollection() const { return !dilute.isEmpty() || !invalid.isEmpty(); }
};

namespace ToxicologyRules {

// Field keys of validation errors: "collected_on", "results" (none entered) and, for the result
// at index N of the input, "results.N.analyte", "results.N.result", "results.N.expected",
// "results.N.expected_reason"; "correction_reason" for a correction.
inline constexpr auto CollectedOn = "collected_on";
inline constexpr auto Results = "results";
inline constexpr auto CorrectionReason = "correction_reason";
QString resultField(int index, const char* part); // "results.2.expected_reason"

// What record() refuses without looking at the database: a missing or future date, no result,
// a blank or repeated analyte (compared after Analytes::normalize), a positive specimen validity
// test, an expected mark on a result that is not positive or without a reason.
QList<FieldError> validate(const ToxScreenInput& input, const QDate& today);

// The reason markExpected gives: "prescribed buprenorphine (Suboxone) since 2026-09-01".
QString expectedReason(const Medication& m);

// Marks each positive result expected when a medication active on `collectedOn` lists its
// analyte, naming the medication (all of them when several do). A positive the clinician
// already marked expected keeps their reason. Negative, dilute and invalid results are never
// expected: their marks are cleared. Analytes are compared after Analytes::normalize.
QList<ToxResult> markExpected(
    QList<ToxResult> results, const QList<Medication>& medications, const QDate& collectedOn);

// The findings of one screen. With the participant's medications it also finds a maintenance
// medication (buprenorphine, methadone: Analytes::isAdherenceMarker) active on the collection
// date whose analyte the screen reports negative while none of that medication's analytes is
// positive: a possible missed dose or diversion the clinician asks about (see Toxicology.cpp).
// A panel that does not test for it finds nothing.
ToxSummary summarize(const ToxScreen& screen, const QList<Medication>& medications = {});

} // namespace ToxicologyRules
} // namespace stepwise
