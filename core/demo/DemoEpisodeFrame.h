// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/demo: what DemoAssessments (the planner) and DemoAnswers (the item-level
// answers) share: instrument ids, the shares that shape the clinic, and an episode's course.
#include "DemoAssessments.h"

#include <algorithm>

namespace stepwise::demo::DemoAssessments {

// Demo data is sample content, not interface text: it is not translated, so a seed gives the
// same clinic in every locale (as DemoData).
inline QString utf8(const char* text)
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

inline QDate clampDate(const QDate& date, const QDate& low, const QDate& high)
{
    return std::min(std::max(date, low), high);
}

inline int scaled(int baseline, int permille)
{
    return (baseline * permille + 500) / 1000;
}

// `total` points spread over items with the given relative weights, none above `max`.
inline QList<int> spread(DemoRandom& rng, int total, const QList<int>& weights, int max)
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

inline Answers answersOf(const QList<int>& values)
{
    Answers answers;
    answers.reserve(values.size());
    for (int v : values)
        answers.append(v);
    return answers;
}

inline AssessmentInput input(Id participantId, const QString& instrument, const QDate& date)
{
    AssessmentInput in;
    in.participantId = participantId;
    in.instrument = instrument;
    in.administeredOn = date;
    return in;
}

} // namespace stepwise::demo::DemoAssessments
