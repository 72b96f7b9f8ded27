// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace stepwise {

// One answer a person may give to an item, and the points it scores. They differ where an
// item is reverse-scored (DAST-10 item 3) or where the scale skips values (AUDIT items 9-10).
struct ResponseOption
{
    int value = 0;  // what the clinician types
    int points = 0; // what it adds to the total
    QString label;  // short anchor wording ("Several days")
};

// One item of an instrument. Items either offer fixed options or take a whole number in a range
// (BAM's "how many days in the past 30"), with `recode` turning the number into points.
struct InstrumentItem
{
    QString key;   // stable: "1", "9", "7a"; the key in stored answers
    QString label; // short neutral label, never copyrighted item wording
    QList<ResponseOption> options;
    int minValue = 0; // for range items (options empty)
    int maxValue = 0;
    std::function<int(int)> recode; // range items: value -> points; identity when unset
    bool scored = true;             // counts toward the total and subscales
    bool narrative = false;         // a free-text narrative goes with the rating (ASAM)

    bool isRange() const { return options.isEmpty(); }
    bool accepts(int value) const;
    int pointsFor(int value) const; // precondition: accepts(value)
    // "0, 2 or 4" or "0 to 30", for messages.
    QString allowedText() const;
};

// A severity band of the total; bands of one instrument cover its total range without gaps.
struct Band
{
    int min = 0;
    int max = 0;
    QString key;   // stable, lower case, as `stepwise-cli score` prints it ("moderately severe")
    QString label; // for people ("Moderately severe")
    int level = 0; // 0 lowest .. 4 highest, for colours
};

struct Subscale
{
    QString key; // "use", "risk", "protective"
    QString label;
    QStringList items; // item keys
    int min = 0;
    int max = 0;
    bool higherIsBetter = false;
};

// Something the clinician must see beside the total. A safety flag raises an alert that stays
// on the participant until a clinician records the follow-up.
struct Flag
{
    QString key;     // stable: "self_harm", "positive_screen"
    QString message; // for people
    bool safety = false;
    QStringList items; // the items that raised it
    bool operator==(const Flag& o) const { return key == o.key && items == o.items; }
};

// What scoring needs besides the answers.
struct ScoringContext
{
    // AUDIT-C's cut-off depends on it: "female" or "male"; empty when not given.
    QString sex;
};

using Answers = QList<std::optional<int>>; // one per item, in the definition's order

struct Score
{
    std::optional<int> total; // none for ratings without a total (ASAM, progress rating)
    QString band;             // Band::key, or "positive"/"negative" for a screen
    QString bandLabel;
    int bandLevel = 0;
    QMap<QString, int> subscales;
    QList<Flag> flags;
    QStringList concernItems;  // item keys whose answers signal concern (BAM)
    QString convention;        // the scoring convention used, stored with the result
    std::optional<int> cutoff; // the cut-off applied (AUDIT-C)
    bool hasSafetyFlag() const;
    bool operator==(const Score&) const = default;
};

// An instrument as data: items, options, scoring, bands, flags and its published source.
struct InstrumentDefinition
{
    QString id;        // "phq9": the name used by the CLI, the database and CSV files
    QString name;      // "PHQ-9"
    QString title;     // "Patient Health Questionnaire-9 (depression)"
    QString source;    // published source, also in docs/instruments.md
    QString timeFrame; // "Over the last 2 weeks"
    int version = 1;   // bumped when scoring changes; stored with every result
    QList<InstrumentItem> items;
    bool hasTotal = true;
    int minTotal = 0;
    int maxTotal = 0;
    QList<Band> bands;
    QList<Subscale> subscales;
    QString convention; // stored with results; empty for plain sums
    // Flags and concern items from valid answers (points and raw values are both available).
    std::function<void(const InstrumentDefinition&, const Answers&, const ScoringContext&, Score&)>
        interpret;
    // Rules between items (BAM: heavy-drinking days cannot exceed drinking days); field errors
    // keyed by item key.
    std::function<QList<FieldError>(const InstrumentDefinition&, const Answers&)> crossCheck;
    // The total's band, or nullptr when the total has none (AUDIT-C uses a cut-off instead).
    const Band* bandFor(int total) const;
    int indexOf(const QString& itemKey) const;
    // True when every item offers the same options (PHQ-9): one legend serves the whole form.
    bool sharesOptions() const;
};

namespace Instruments {

// Every instrument Stepwise knows, in the order menus list them.
const QList<InstrumentDefinition>& all();
// By id ("phq9") or name ("PHQ-9"), case-insensitively; nullptr when unknown.
const InstrumentDefinition* find(const QString& idOrName);
QStringList ids();

// Checks every answer (answered, allowed, consistent) and scores them. Validation errors name
// each item ("item" fields are the item keys) so a form or the CLI can say which.
Result<Score> score(
    const InstrumentDefinition& definition, const Answers& answers, const ScoringContext& context);

// "Item 9" / "Item 7a" for messages.
QString itemName(const QString& key);

} // namespace Instruments
} // namespace stepwise
