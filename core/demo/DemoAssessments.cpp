// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoAssessments.h"

#include "instruments/AsamPlacement.h"

#include <algorithm>

namespace stepwise::demo::DemoAssessments {

namespace {

// Demo data is sample content, not interface text: it is not translated, so a seed gives the
// same clinic in every locale (as DemoData).
QString utf8(const char* text)
{
    return QString::fromUtf8(text);
}

const QString Phq9 = QStringLiteral("phq9");
const QString Gad7 = QStringLiteral("gad7");
const QString Audit = QStringLiteral("audit");
const QString Dast10 = QStringLiteral("dast10");
const QString Bam = QStringLiteral("bam");
const QString Asam = QStringLiteral("asam");
const QString Progress = QStringLiteral("progress");

// Shares, in percent or as chances, that shape the clinic.
constexpr int ImprovingPercent = 85; // the rest stay flat or worsen
constexpr double SafetyAlertChance = 0.03;
constexpr double OpenAlertChance = 0.5; // of alerts of participants in care: not yet followed up
constexpr double OverdueChance = 0.15;  // of participants in care
constexpr double ProgressRatingChance = 0.4;

enum class Course { Improving, Flat, Worsening };

// How an episode's symptoms move, in thousandths of the baseline. Integer arithmetic only, so
// the same seed gives the same scores with every compiler and maths library.
struct Trajectory
{
    Course course = Course::Improving;
    int floor = 500; // improving: the share of the baseline reached in the long run
    int tau = 30;    // improving: days to get halfway there
    int rise = 250;  // worsening: added over the first two months

    int permille(int day) const
    {
        day = std::max(day, 0);
        switch (course) {
        case Course::Improving:
            return floor + (1000 - floor) * tau / (tau + day);
        case Course::Flat:
            return 1000;
        case Course::Worsening:
            return 1000 + rise * std::min(day, 60) / 60;
        }
        return 1000;
    }
};

// One episode as the assessments see it.
struct Frame
{
    const PlannedEpisode* episode = nullptr;
    QDate admission;
    QDate end;   // discharge, or today while open
    QDate limit; // nothing after this day: `end`, or earlier for a participant left overdue
    bool open = false;
    Trajectory trajectory;
    int phqBaseline = 0;
    int gadBaseline = 0;

    int phaseAt(const QDate& date) const
    {
        int index = 0;
        for (qsizetype i = 0; i < episode->phases.size(); ++i) {
            if (episode->phases.at(i).start <= date)
                index = int(i);
        }
        return index;
    }
    const PlannedPhase& phase(int index) const { return episode->phases.at(index); }
    // A return to intensive care after a setback: symptoms are up again for a while.
    bool inSetback(const QDate& date) const
    {
        const int i = phaseAt(date);
        return i > 0 && phase(i).kind == PhaseKind::Intensive;
    }
    int day(const QDate& date) const { return int(admission.daysTo(date)); }
    int severity(const QDate& date) const
    {
        return trajectory.permille(day(date)) + (inSetback(date) ? 250 : 0);
    }
};

QDate clampDate(const QDate& date, const QDate& low, const QDate& high)
{
    return std::min(std::max(date, low), high);
}

int scaled(int baseline, int permille)
{
    return (baseline * permille + 500) / 1000;
}

// `total` points spread over items with the given relative weights, none above `max`.
QList<int> spread(DemoRandom& rng, int total, const QList<int>& weights, int max)
{
    QList<int> values(weights.size(), 0);
    total = std::min(total, max * int(weights.size()));
    QList<int> indexes(weights.size());
    for (int i = 0; i < indexes.size(); ++i)
        indexes[i] = i;
    for (int left = total; left > 0; --left) {
        const int i = rng.weightedIndex(
            indexes, [&](int index) { return values.at(index) < max ? weights.at(index) : 0; });
        ++values[i];
    }
    return values;
}

Answers answersOf(const QList<int>& values)
{
    Answers answers;
    answers.reserve(values.size());
    for (int v : values)
        answers.append(v);
    return answers;
}

AssessmentInput input(Id participantId, const QString& instrument, const QDate& date)
{
    AssessmentInput in;
    in.participantId = participantId;
    in.instrument = instrument;
    in.administeredOn = date;
    return in;
}

// PHQ-9 items 1-8 in order; sleep, energy, mood and interest are the most often endorsed.
const QList<int> phqWeights = { 3, 3, 4, 4, 3, 2, 3, 1 };
const QList<int> gadWeights = { 4, 4, 4, 3, 2, 3, 2 };

Answers phq9Answers(DemoRandom& rng, int total, int item9)
{
    QList<int> values = spread(rng, total - item9, phqWeights, 3);
    values.append(item9);
    return answersOf(values);
}

// AUDIT: items 1-8 score 0-4, items 9 and 10 score 0, 2 or 4. Drinking frequency (item 1) is
// set first so no one reports harm without drinking.
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

// DAST-10: `points` items answered in the problem direction; item 3 ("able to stop") scores
// on "no", so its value is the reverse of its point. Item 1 (any non-medical use) always.
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

struct Substances
{
    bool alcohol = false;
    QStringList drugItems; // BAM 7x keys, primary first
};

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

int clampInt(int value, int low, int high)
{
    return std::clamp(value, low, high);
}

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

// Days from `last` to the next administration, as clinics keep to a schedule: within two days
// of the interval. An aftercare participant moved back to intensive care is seen again soon.
QDate nextDate(DemoRandom& rng, const Frame& frame, const QDate& last, bool monthly)
{
    const int i = frame.phaseAt(last);
    const bool aftercare = frame.phase(i).kind == PhaseKind::Aftercare;
    QDate next = last.addDays(monthly || aftercare ? rng.between(25, 35) : rng.between(12, 16));
    if (!monthly && aftercare && i + 1 < frame.episode->phases.size()) {
        const PlannedPhase& after = frame.phase(i + 1);
        if (after.kind != PhaseKind::Aftercare && next > after.start.addDays(3))
            next = after.start.addDays(rng.between(0, 3));
    }
    return next;
}

// Dates from a baseline within three days of admission up to the frame's limit.
QList<QDate> walk(DemoRandom& rng, const Frame& frame, bool monthly)
{
    QList<QDate> dates;
    QDate date = std::min(frame.admission.addDays(rng.between(0, 3)), frame.end);
    while (date <= frame.limit || dates.isEmpty()) {
        dates.append(date);
        date = nextDate(rng, frame, date, monthly);
    }
    return dates;
}

struct PhqSlot
{
    int input = 0; // index into the plan's inputs
    int total = 0;
    bool latestOfOpenEpisode = false;
};

class Planner
{
public:
    Planner(DemoRandom& rng, const AssessmentSubject& subject, const QDate& today,
        const AssessmentScheduleSettings& schedule)
        : m_rng(rng)
        , m_subject(subject)
        , m_today(today)
        , m_schedule(schedule)
        , m_substances(substancesOf(subject.diagnoses))
    { }

    AssessmentPlan run()
    {
        m_substanceUse = m_subject.focus != PrimaryFocus::MentalHealth;
        m_progressRatings = m_rng.chance(ProgressRatingChance);
        for (qsizetype e = 0; e < m_subject.history.size(); ++e)
            addEpisode(m_subject.history.at(e));
        addSafetyAlert();
        std::stable_sort(m_plan.inputs.begin(), m_plan.inputs.end(),
            [](const AssessmentInput& a, const AssessmentInput& b) {
                return a.administeredOn < b.administeredOn;
            });
        return m_plan;
    }

private:
    int interval(const QString& instrument, PhaseKind kind) const
    {
        return m_schedule.interval(instrument, kind);
    }

    Trajectory trajectory()
    {
        Trajectory t;
        const int roll = m_rng.between(1, 100);
        if (roll <= ImprovingPercent) {
            t.course = Course::Improving;
            t.floor = m_rng.between(250, 600);
            t.tau = m_rng.between(20, 45);
        } else {
            t.course = roll <= ImprovingPercent + 8 ? Course::Flat : Course::Worsening;
            t.rise = m_rng.between(150, 400);
        }
        return t;
    }

    void addEpisode(const PlannedEpisode& episode)
    {
        Frame frame;
        frame.episode = &episode;
        frame.admission = episode.phases.first().start;
        frame.open = !episode.discharge.isValid();
        frame.end = frame.open ? m_today : std::min(episode.discharge, m_today);
        frame.limit = frame.end;
        frame.trajectory = trajectory();
        frame.phqBaseline = m_subject.focus == PrimaryFocus::SubstanceUse ? m_rng.between(10, 19)
                                                                          : m_rng.between(11, 23);
        frame.gadBaseline = std::clamp(frame.phqBaseline + m_rng.between(-5, 2), 10, 21);
        if (frame.end < frame.admission)
            return;

        // Someone in care who missed the last rounds: nothing since a day past the interval.
        const PhaseKind current = episode.phases.last().kind;
        bool skipCurrentAsam = false;
        if (frame.open && m_rng.chance(OverdueChance)) {
            const int lastPhase = int(episode.phases.size()) - 1;
            const QDate changed = episode.phases.last().start;
            if (lastPhase > 0 && changed.addDays(m_schedule.windowDays) < m_today
                && m_rng.chance(0.3)) {
                skipCurrentAsam = true;
            } else {
                const int days = std::max(interval(Phq9, current), interval(Gad7, current));
                if (days > 0)
                    frame.limit = m_today.addDays(-days - m_rng.between(1, 21));
            }
        }

        addMeasures(frame, current);
        addScreens(frame);
        addAsam(frame, skipCurrentAsam);
        if (m_substanceUse)
            addBam(frame);
        if (m_progressRatings)
            addProgressRatings(frame);
    }

    void addMeasures(const Frame& frame, PhaseKind current)
    {
        QList<QDate> dates = walk(m_rng, frame, false);
        // In care and not left overdue: the last round is within the current interval.
        if (frame.open && frame.limit == frame.end) {
            int days = std::min(interval(Phq9, current), interval(Gad7, current));
            if (days <= 0)
                days = std::max(interval(Phq9, current), interval(Gad7, current));
            const int gap = int(dates.last().daysTo(m_today));
            if (days > 0 && gap > days)
                dates.append(m_today.addDays(-m_rng.between(0, std::min(3, gap - 1))));
        }
        for (qsizetype i = 0; i < dates.size(); ++i) {
            const QDate& date = dates.at(i);
            // The baseline is the intake's picture, before any change or noise.
            const int permille = i == 0 ? 1000 : frame.severity(date);
            const int noise = i == 0 ? 0 : m_rng.between(-2, 2);
            const int phq = std::clamp(scaled(frame.phqBaseline, permille) + noise, 0, 24);
            const int gad = std::clamp(
                scaled(frame.gadBaseline, permille) + (i == 0 ? 0 : m_rng.between(-2, 2)), 0, 21);
            AssessmentInput p = input(m_subject.participantId, Phq9, date);
            p.answers = phq9Answers(m_rng, phq, 0);
            m_phq.append({ int(m_plan.inputs.size()), phq, frame.open && i + 1 == dates.size() });
            m_plan.inputs.append(p);
            AssessmentInput g = input(m_subject.participantId, Gad7, date);
            g.answers = answersOf(spread(m_rng, gad, gadWeights, 3));
            m_plan.inputs.append(g);
        }
    }

    QDate admissionDay(const Frame& frame)
    {
        return std::min(frame.admission.addDays(m_rng.between(0, 3)), frame.end);
    }

    // Alcohol and drug screens at admission; some mental-health intakes get an AUDIT too.
    void addScreens(const Frame& frame)
    {
        const QDate date = admissionDay(frame);
        const Id id = m_subject.participantId;
        if (m_substanceUse && m_substances.alcohol) {
            AssessmentInput a = input(id, Audit, date);
            a.answers = auditAnswers(m_rng, m_rng.between(9, 28), m_rng.between(2, 4));
            m_plan.inputs.append(a);
        } else if (!m_substanceUse && m_rng.chance(0.25)) {
            AssessmentInput a = input(id, Audit, date);
            const int total = m_rng.between(0, 7);
            a.answers = auditAnswers(m_rng, total, total > 0 ? m_rng.between(1, 2) : 0);
            m_plan.inputs.append(a);
        }
        if (m_substanceUse && !m_substances.drugItems.isEmpty()) {
            AssessmentInput d = input(id, Dast10, date);
            d.answers = dastAnswers(m_rng, m_rng.between(3, 9));
            m_plan.inputs.append(d);
        }
    }

    // At admission, and within three days of each phase change (before counts: the review that
    // decided the change).
    void addAsam(const Frame& frame, bool skipCurrent)
    {
        const QList<PlannedPhase>& phases = frame.episode->phases;
        const int before = std::min(3, m_schedule.windowDays);
        for (qsizetype i = 0; i < phases.size(); ++i) {
            if (skipCurrent && i + 1 == phases.size())
                break;
            const PlannedPhase& phase = phases.at(i);
            const QDate date = i == 0 ? admissionDay(frame)
                                      : clampDate(phase.start.addDays(m_rng.between(-before, 3)),
                                          frame.admission, frame.end);
            if (i > 0 && date > frame.limit)
                break;
            const bool setback = i > 0 && phase.kind == PhaseKind::Intensive;
            m_plan.inputs.append(
                asam(m_rng, m_subject.participantId, date, phase.kind, setback, m_substanceUse));
        }
    }

    void addBam(const Frame& frame)
    {
        const BamBaseline baseline = bamBaseline(m_rng, m_substances);
        for (const QDate& date : walk(m_rng, frame, true)) {
            AssessmentInput b = input(m_subject.participantId, Bam, date);
            const int phq = scaled(frame.phqBaseline, frame.severity(date));
            b.answers = bamAnswers(m_rng, frame, date, phq, m_substances, baseline);
            m_plan.inputs.append(b);
        }
    }

    void addProgressRatings(const Frame& frame)
    {
        QDate date = frame.admission.addDays(m_rng.between(12, 16));
        while (date <= frame.limit) {
            m_plan.inputs.append(progressRating(m_rng, m_subject.participantId, frame, date));
            date = date.addDays(m_rng.between(12, 16));
        }
    }

    // About 3% of participants answer item 9 above 0 once. In care, about half of those were
    // seen lately and the counselor has not recorded the follow-up yet; the others were
    // followed up the next day.
    void addSafetyAlert()
    {
        if (m_phq.isEmpty() || !m_rng.chance(SafetyAlertChance))
            return;
        const bool inCare = m_phq.last().latestOfOpenEpisode;
        const bool leaveOpen = inCare && m_rng.chance(OpenAlertChance);
        int slot = int(m_phq.size()) - 1;
        if (!leaveOpen && m_phq.size() > 1)
            slot = m_rng.between(0, int(m_phq.size()) - (inCare ? 2 : 1));
        const PhqSlot& chosen = m_phq.at(slot);
        AssessmentInput& in = m_plan.inputs[chosen.input];
        const int item9 = m_rng.chance(0.8) ? 1 : 2;
        const int total = std::max(chosen.total + item9, m_rng.between(12, 20));
        in.answers = phq9Answers(m_rng, total, item9);
        if (leaveOpen)
            return;
        static constexpr struct
        {
            FollowUpAction action;
            int weight;
            const char* notes[2];
        } actions[] = {
            { FollowUpAction::SafetyPlan, 45,
                { "Safety plan reviewed with the participant; crisis line 988 and supports listed.",
                    "Passive thoughts, no plan or intent; safety plan made and shared with "
                    "partner." } },
            { FollowUpAction::NoImminentRisk, 25,
                { "Columbia screen negative for plan or intent; no imminent risk, weekly check.",
                    "Thoughts fleeting, strong reasons for living; no imminent risk found." } },
            { FollowUpAction::Consultation, 20,
                { "Discussed with the clinical supervisor; medication review with prescriber "
                  "booked.",
                    "Consulted psychiatrist; dose adjusted and follow-up in one week." } },
            { FollowUpAction::CrisisReferral, 8,
                { "Referred to the mobile crisis team; they met the participant the same day.",
                    "Warm hand-off to 988 counselor; follow-up call completed next morning." } },
            { FollowUpAction::EmergencyEvaluation, 2,
                { "Escorted to the emergency department for evaluation; discharged with plan.",
                    "Sent for emergency evaluation; outpatient follow-up arranged." } },
        };
        const int a = m_rng.weightedIndex(actions, [](const auto& x) { return x.weight; });
        m_plan.followUps.append(
            { in.administeredOn, actions[a].action, utf8(actions[a].notes[m_rng.between(0, 1)]) });
    }

    DemoRandom& m_rng;
    const AssessmentSubject& m_subject;
    const QDate m_today;
    const AssessmentScheduleSettings& m_schedule;
    const Substances m_substances;
    bool m_substanceUse = true;
    bool m_progressRatings = false;
    AssessmentPlan m_plan;
    QList<PhqSlot> m_phq;
};

} // namespace

AssessmentPlan plan(DemoRandom& rng, const AssessmentSubject& subject, const QDate& today,
    const AssessmentScheduleSettings& schedule)
{
    if (subject.history.isEmpty())
        return {};
    return Planner(rng, subject, today, schedule).run();
}

} // namespace stepwise::demo::DemoAssessments
