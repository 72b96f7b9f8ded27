// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoAnswers.h"

#include "instruments/AsamPlacement.h"

namespace stepwise::demo::DemoAssessments {

namespace {

// PHQ-9 items 1-8 in order; sleep, energy, mood and interest are the most often endorsed.

const QList<int> phqWeights = { 3, 3, 4, 4, 3, 2, 3, 1 };

const QList<int> gadWeights = { 4, 4, 4, 3, 2, 3, 2 };

// AUDIT: items 1-8 score 0-4, items 9 and 10 score 0, 2 or 4. Drinking frequency (item 1) is

// set first so no one reports harm without drinking.

// DAST-10: `points` items answered in the problem direction; item 3 ("able to stop") scores

// on "no", so its value is the reverse of its point. Item 1 (any non-medical use) always.

bool hasCode(const QList<Diagnosis>& diagnoses, const char* prefix)
{
    for (const Diagnosis& d : diagnoses) {
        if (d.icd10Code.startsWith(QLatin1String(prefix)))
            return true;
    }
    return false;
}

// Drug diagnoses and the BAM item 7 column that details them.

struct DrugColumn
{
    const char* prefix;
    const char* item;
};

constexpr DrugColumn drugColumns[]
    = { { "F12", "7a" }, { "F13", "7b" }, { "F14", "7c" }, { "F15", "7d" }, { "F11", "7e" } };

int clampInt(int value, int low, int high)
{
    return std::clamp(value, low, high);
}

// Short synthetic narratives for the six ASAM dimensions: low (0-1), moderate (2), high (3-4).

constexpr const char* asamNarratives[6][3][2] = {
    { { "No withdrawal signs; last use more than two weeks ago.",
          "No intoxication or withdrawal symptoms reported or observed." },
        { "Mild withdrawal symptoms (sleep, irritability) after recent use; monitored in "
          "session.",
            "Recent use; withdrawal risk manageable with outpatient monitoring." },
        { "Recent heavy use with tremor and sweating; withdrawal risk needs close monitoring.",
            "Withdrawal symptoms this week; coordinated with primary care for medical "
            "oversight." } },
    { { "No biomedical conditions that interfere with treatment.",
          "Stable health; medications taken as prescribed." },
        { "Chronic pain managed by primary care; may limit attendance on some days.",
            "Hypertension and poor sleep; primary care follow-up scheduled." },
        { "Untreated liver enzyme elevation; medical evaluation arranged.",
            "Uncontrolled diabetes complicating recovery; care coordinated with primary care." } },
    { { "Mood stable; no safety concerns reported.",
          "Mild anxiety, managed with coping skills learned in group." },
        { "Depressive symptoms affecting motivation and sleep; medication review requested.",
            "Anxiety and low mood interfere with daily routines; weekly individual sessions." },
        { "Significant depressive symptoms with hopelessness; safety plan in place.",
            "Frequent panic symptoms and trauma reminders limit functioning." } },
    { { "Engaged and sets own goals; attends consistently.",
          "Motivated; completes assignments and asks for feedback." },
        { "Ambivalent about change; attends but minimizes consequences of use.",
            "Acknowledges problems but is unsure about the goal of abstinence." },
        { "Attends under external pressure; does not yet see use as a problem.",
            "Resistant to treatment recommendations; engagement work ongoing." } },
    { { "Uses relapse prevention skills; recognizes triggers early.",
          "No return to use; coping plan practised in group." },
        { "Cravings several times a week; relapse prevention plan being built.",
            "Some risk of return to use under stress; limited coping skills so far." },
        { "Continued use despite treatment; high risk of relapse without structure.",
            "Recent return to use; strong cravings and few coping strategies." } },
    { { "Stable housing with supportive family; sober peers.",
          "Lives alone in stable housing; attends mutual-help meetings." },
        { "Lives with a partner who drinks; building a sober support network.",
            "Housing stable but few supports; job stress is a trigger." },
        { "Unstable housing and conflict at home; case management referral made.",
            "Most contacts still use; at risk of losing housing." } },
};

struct AsamRange
{
    int low;
    int high;
};

AsamPlacement placement(DemoRandom& rng, PhaseKind kind, bool setback)
{
    static constexpr const char* higherLevelReasons[] = {
        "Partial hospitalization is not available within travel distance; IOP with added "
        "individual sessions agreed.",
        "Participant declined partial hospitalization to keep working; risks and added supports "
        "discussed.",
        "Insurer authorized intensive outpatient only; appeal filed and weekly review scheduled.",
    };
    static constexpr const char* stayReasons[] = {
        "Participant asked for fewer hours to return to full-time work; weekly check-ins agreed.",
        "Childcare limits attendance; reduced schedule agreed with added phone contact.",
    };
    AsamPlacement p;
    p.edition = 3;
    if (kind == PhaseKind::Intensive) {
        p.placedLevel = QStringLiteral("2.1");
        p.recommendedLevel = !setback && rng.chance(0.1) ? QStringLiteral("2.5") : p.placedLevel;
        if (p.recommendedLevel != p.placedLevel)
            p.reason = utf8(rng.pick(higherLevelReasons));
    } else {
        p.placedLevel = QStringLiteral("1");
        p.recommendedLevel = kind == PhaseKind::StepDown && rng.chance(0.08) ? QStringLiteral("2.1")
                                                                             : p.placedLevel;
        if (p.recommendedLevel != p.placedLevel)
            p.reason = utf8(rng.pick(stayReasons));
    }
    return p;
}

// Risk ratings that fit the phase being placed in: highest for intensive care.

} // namespace

Answers gad7Answers(DemoRandom& rng, int total)
{
    return answersOf(spread(rng, total, gadWeights, 3));
}

Answers phq9Answers(DemoRandom& rng, int total, int item9)
{
    QList<int> values = spread(rng, total - item9, phqWeights, 3);
    values.append(item9);
    return answersOf(values);
}

Answers auditAnswers(DemoRandom& rng, int total, int frequency)
{
    QList<int> values(10, 0);
    values[0] = std::min(total, frequency);
    static const QList<int> weights = { 0, 4, 4, 2, 2, 2, 2, 2, 1, 1 };
    QList<int> indexes(10);
    for (int i = 0; i < 10; ++i)
        indexes[i] = i;
    int left = total - values[0];
    while (left > 0) {
        auto step = [](int index) { return index >= 8 ? 2 : 1; };
        auto weightOf = [&](int index) {
            return values.at(index) + step(index) <= 4 && step(index) <= left ? weights.at(index)
                                                                              : 0;
        };
        int open = 0;
        for (int i : indexes)
            open += weightOf(i);
        if (open == 0)
            break;
        const int i = rng.weightedIndex(indexes, weightOf);
        values[i] += step(i);
        left -= step(i);
    }
    return answersOf(values);
}

Answers dastAnswers(DemoRandom& rng, int points)
{
    QList<int> scored(10, 0);
    scored[0] = 1;
    QList<int> rest = spread(rng, points - 1, { 0, 3, 3, 1, 3, 2, 2, 1, 2, 1 }, 1);
    for (int i = 1; i < 10; ++i)
        scored[i] = rest.at(i);
    scored[2] = 1 - scored[2];
    return answersOf(scored);
}

Substances substancesOf(const QList<Diagnosis>& diagnoses)
{
    Substances s;
    s.alcohol = hasCode(diagnoses, "F10");
    for (const Diagnosis& d : diagnoses) {
        for (const DrugColumn& c : drugColumns) {
            if (d.icd10Code.startsWith(QLatin1String(c.prefix)))
                s.drugItems.append(QLatin1String(c.item));
        }
    }
    return s;
}

BamBaseline bamBaseline(DemoRandom& rng, const Substances& s)
{
    BamBaseline b;
    b.alcoholDays = s.alcohol ? rng.between(8, 26) : rng.between(0, 3);
    b.drugDays = s.drugItems.isEmpty() ? rng.between(0, 2) : rng.between(6, 26);
    b.heavyShare = rng.between(30, 90);
    b.selfHelpDays = rng.between(0, 4);
    b.workDays = rng.chance(0.6) ? rng.between(8, 22) : rng.between(0, 4);
    b.supportDays = rng.between(4, 24);
    b.spirituality = rng.between(0, 4);
    b.income = rng.chance(0.7);
    return b;
}

Answers bamAnswers(DemoRandom& rng, const Frame& frame, const QDate& date, int phqTotal,
    const Substances& s, const BamBaseline& b)
{
    const InstrumentDefinition* d = Instruments::find(Bam);
    Answers answers(d->items.size(), 0);
    auto set = [&](const char* key, int value) { answers[d->indexOf(QLatin1String(key))] = value; };
    const int permille = std::min(frame.severity(date), 1400);
    const bool first = frame.day(date) < 7;
    // Use falls faster than mood: many are abstinent after the first weeks.
    const int usePermille = frame.trajectory.course == Course::Improving && !first
        ? permille * permille / 1000 - 150
        : permille;
    const int alcohol = clampInt(scaled(b.alcoholDays, usePermille) - rng.between(0, 2), 0, 30);
    const int heavy = std::min(alcohol, alcohol * b.heavyShare / 100);
    const int drugs = clampInt(scaled(b.drugDays, usePermille) - rng.between(0, 2), 0, 30);
    set("1", rng.between(1, 3));
    set("2", clampInt(scaled(rng.between(6, 20), permille), 0, 30));
    set("3", clampInt(phqTotal + rng.between(-3, 3), 0, 30));
    set("4", alcohol);
    set("5", heavy);
    set("6", drugs);
    // Item 7 details item 6: the main drug on every day of use, others on some of them.
    QStringList items = s.drugItems;
    if (items.isEmpty() && drugs > 0)
        items.append(QStringLiteral("7a"));
    for (qsizetype i = 0; i < items.size(); ++i)
        set(items.at(i).toLatin1().constData(), i == 0 ? drugs : rng.between(0, drugs));
    const int craving = clampInt(scaled(3, permille) + rng.between(-1, 1), 0, 4);
    set("8", craving);
    set("9", clampInt(4 - craving + rng.between(-1, 0), 0, 4));
    set("10", clampInt(b.selfHelpDays + (first ? 0 : rng.between(0, 8)), 0, 30));
    set("11", clampInt(scaled(rng.between(2, 10), usePermille), 0, 30));
    set("12", b.spirituality);
    set("13", clampInt(b.workDays + rng.between(-2, 2), 0, 30));
    set("14", b.income ? 1 : 0);
    set("15", clampInt(scaled(2, permille) + rng.between(-1, 1), 0, 4));
    set("16", clampInt(b.supportDays + (first ? 0 : rng.between(0, 6)), 0, 30));
    set("17", clampInt(4 - scaled(3, permille) + rng.between(-1, 0), 0, 4));
    return answers;
}

AssessmentInput asam(DemoRandom& rng, Id participantId, const QDate& date, PhaseKind kind,
    bool setback, bool substanceUse)
{
    static constexpr AsamRange intensive[6]
        = { { 0, 2 }, { 0, 2 }, { 1, 3 }, { 1, 3 }, { 2, 3 }, { 1, 3 } };
    static constexpr AsamRange stepDown[6]
        = { { 0, 1 }, { 0, 1 }, { 1, 2 }, { 0, 2 }, { 1, 2 }, { 0, 2 } };
    static constexpr AsamRange aftercare[6]
        = { { 0, 0 }, { 0, 1 }, { 0, 2 }, { 0, 1 }, { 1, 2 }, { 0, 2 } };
    const AsamRange* ranges = kind == PhaseKind::Intensive ? intensive
        : kind == PhaseKind::StepDown                      ? stepDown
                                                           : aftercare;
    AssessmentInput in = input(participantId, Asam, date);
    for (int i = 0; i < 6; ++i) {
        int rating = rng.between(ranges[i].low, ranges[i].high);
        if (i == 0 && !substanceUse)
            rating = 0; // no substance, no intoxication or withdrawal
        if (i == 4 && setback && rng.chance(0.15))
            rating = 4;
        in.answers.append(rating);
        const int band = rating <= 1 ? 0 : rating == 2 ? 1 : 2;
        const int variant = i == 0 && !substanceUse ? 1 : rng.between(0, 1);
        in.narratives.append(utf8(asamNarratives[i][band][variant]));
    }
    in.details = placement(rng, kind, setback).toJson();
    return in;
}

AssessmentInput progressRating(
    DemoRandom& rng, Id participantId, const Frame& frame, const QDate& date)
{
    static constexpr const char* notes[5][2] = {
        { "Missed sessions this period; goals reviewed and barriers discussed.",
            "Reports more use and less structure; treatment plan to be revised." },
        { "Attends, but little change on goals so far.",
            "Working on the same objectives; needs support with daily structure." },
        { "Some progress: practising coping skills and keeping appointments.",
            "Progress on the sleep and routine goals; cravings still frequent." },
        { "Clear progress on most objectives; uses the relapse prevention plan.",
            "Returned to work part-time; supportive in group." },
        { "Goals nearly met; preparing for the next phase.",
            "Stable routine and sober supports in place; mentoring newer members." },
    };
    const int permille = frame.severity(date);
    const int weeks = frame.day(date) / 7;
    int progress = 1;
    if (frame.trajectory.course == Course::Worsening || permille > 1050)
        progress = rng.between(0, 1);
    else if (frame.trajectory.course == Course::Flat)
        progress = rng.between(1, 2);
    else
        progress = clampInt(1 + weeks / 4 + rng.between(-1, 0), 1, 4);
    const int engagement = clampInt(progress + rng.between(0, 1), 1, 4);
    AssessmentInput in = input(participantId, Progress, date);
    in.answers = { engagement, progress };
    in.note = utf8(notes[progress][rng.between(0, 1)]);
    return in;
}

} // namespace stepwise::demo::DemoAssessments
