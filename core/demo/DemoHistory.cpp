// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoHistory.h"

#include "DemoData.h"

#include <QSet>

namespace stepwise::demo::DemoHistory {

namespace {

QString utf8(const char* text)
{
    return QString::fromUtf8(text);
}

void addDiagnosis(QList<Diagnosis>& list, QSet<QByteArray>& usedGroups, DemoRandom& rng,
    std::span<const DiagnosisCode> codes)
{
    // One diagnosis per group: nobody gets both F32.1 and F33.1.
    const int index = rng.weightedIndex(codes, [&usedGroups](const DiagnosisCode& c) {
        return usedGroups.contains(QByteArray(c.group)) ? 0 : c.weight;
    });
    const DiagnosisCode& code = codes[index];
    const bool alternative = rng.chance(0.4);
    usedGroups.insert(QByteArray(code.group));
    list.append({ utf8(code.code), utf8(code.description),
        alternative ? code.alternative : code.severity });
}

// Phases in order, with their full planned length in days.
struct Step
{
    PhaseKind kind;
    bool setback = false;
    int days = 0;
};

int fullLength(DemoRandom& rng, const Step& step)
{
    switch (step.kind) {
    case PhaseKind::Intensive:
        return step.setback ? rng.between(14, 42) : rng.between(42, 84);
    case PhaseKind::StepDown:
        return rng.between(21, 42);
    case PhaseKind::Aftercare:
        return rng.between(56, 182);
    }
    return 42;
}

QList<Step> sequence(DemoRandom& rng, CareState state)
{
    constexpr PhaseKind I = PhaseKind::Intensive;
    constexpr PhaseKind S = PhaseKind::StepDown;
    constexpr PhaseKind A = PhaseKind::Aftercare;
    QList<Step> steps;
    switch (state) {
    case CareState::Intensive:
        switch (rng.weighted({ 88, 8, 4 })) {
        case 0:
            steps = { { I } };
            break;
        case 1:
            steps = { { I }, { S }, { I, true } };
            break;
        default:
            steps = { { I }, { S }, { A }, { I, true } };
        }
        break;
    case CareState::StepDown:
        steps = rng.chance(0.9) ? QList<Step> { { I }, { S } }
                                : QList<Step> { { I }, { S }, { I, true }, { S } };
        break;
    case CareState::Aftercare:
    case CareState::Discharged:
        steps = rng.chance(0.9) ? QList<Step> { { I }, { S }, { A } }
                                : QList<Step> { { I }, { S }, { I, true }, { S }, { A } };
        break;
    }
    for (Step& step : steps)
        step.days = fullLength(rng, step);
    return steps;
}

PhasePlan plan(DemoRandom& rng, PhaseKind kind, const ProgramSettings& settings)
{
    // Most participants keep the program default; some plans are individualised.
    switch (kind) {
    case PhaseKind::Intensive:
        return rng.chance(0.15) ? PhasePlan { 4, 12.0 } : settings.intensive;
    case PhaseKind::StepDown:
        return rng.chance(0.3) ? PhasePlan { 1, 3.0 } : settings.stepDown;
    case PhaseKind::Aftercare:
        return rng.chance(0.2) ? PhasePlan { 1, 1.0 } : settings.aftercare;
    }
    return settings.defaultPlan(kind);
}

// An episode laid out from day 0 (admission); placed on the calendar by `place`.
struct Draft
{
    QList<Step> steps;
    int dischargeDay = -1; // days after admission; -1 while in care
    bool completed = false;
};

Draft dischargedDraft(DemoRandom& rng, int completedPercent)
{
    Draft draft;
    draft.completed = rng.between(1, 100) <= completedPercent;
    if (draft.completed) {
        draft.steps = sequence(rng, CareState::Discharged);
    } else {
        const int stopIn = rng.weighted({ 60, 30, 10 }); // intensive, step-down, aftercare
        draft.steps = sequence(rng, CareState::Aftercare);
        if (draft.steps.size() > 3) // no setback for those who leave early
            draft.steps = { draft.steps[0], draft.steps[1], draft.steps[4] };
        draft.steps.resize(stopIn + 1);
    }
    int start = 0;
    for (qsizetype i = 0; i + 1 < draft.steps.size(); ++i)
        start += draft.steps[i].days;
    const int last = draft.steps.last().days;
    draft.dischargeDay = start + (draft.completed ? last - 1 : rng.between(3, last - 1));
    return draft;
}

PlannedEpisode place(DemoRandom& rng, const Draft& draft, const QDate& admission, bool readmission,
    const ProgramSettings& settings)
{
    PlannedEpisode episode;
    QDate start = admission;
    for (qsizetype i = 0; i < draft.steps.size(); ++i) {
        const Step& step = draft.steps[i];
        PlannedPhase phase;
        phase.kind = step.kind;
        phase.start = start;
        phase.plan = plan(rng, step.kind, settings);
        if (i == 0)
            phase.reason = utf8(rng.pick(readmission ? readmissionReasons() : admissionReasons()));
        else if (step.setback)
            phase.reason = utf8(rng.pick(setbackReasons()));
        else if (step.kind == PhaseKind::StepDown)
            phase.reason = utf8(rng.pick(stepDownReasons()));
        else
            phase.reason = utf8(rng.pick(aftercareReasons()));
        episode.phases.append(phase);
        start = start.addDays(step.days);
    }
    if (draft.dischargeDay >= 0) {
        episode.discharge = admission.addDays(draft.dischargeDay);
        episode.dischargeReason
            = utf8(rng.pick(draft.completed ? completionReasons() : earlyDischargeReasons()));
    }
    return episode;
}

} // namespace

QList<Diagnosis> diagnoses(DemoRandom& rng, PrimaryFocus focus)
{
    QList<Diagnosis> list;
    QSet<QByteArray> groups;
    switch (focus) {
    case PrimaryFocus::SubstanceUse:
        addDiagnosis(list, groups, rng, substanceUseCodes());
        if (rng.chance(0.25))
            addDiagnosis(list, groups, rng, substanceUseCodes());
        break;
    case PrimaryFocus::MentalHealth:
        addDiagnosis(list, groups, rng, mentalHealthCodes());
        if (rng.chance(0.45))
            addDiagnosis(list, groups, rng, mentalHealthCodes());
        break;
    case PrimaryFocus::CoOccurring:
        if (rng.chance(0.7)) {
            addDiagnosis(list, groups, rng, substanceUseCodes());
            addDiagnosis(list, groups, rng, mentalHealthCodes());
        } else {
            addDiagnosis(list, groups, rng, mentalHealthCodes());
            addDiagnosis(list, groups, rng, substanceUseCodes());
        }
        if (rng.chance(0.35))
            addDiagnosis(list, groups, rng, mentalHealthCodes());
        break;
    }
    if (focus != PrimaryFocus::MentalHealth && rng.chance(0.3)) {
        const DiagnosisCode& n = nicotineCode();
        list.append({ utf8(n.code), utf8(n.description), n.severity });
    }
    return list;
}

QList<PlannedEpisode> history(DemoRandom& rng, const QDate& today, CareState state,
    int episodeCount, const ProgramSettings& settings, int historyDays)
{
    const bool readmitted = episodeCount > 1;
    Draft last;
    QDate admission;
    if (state == CareState::Discharged) {
        last = dischargedDraft(rng, 55);
        admission = today.addDays(-rng.between(45, std::max(45, historyDays)));
        const QDate discharge = admission.addDays(last.dischargeDay);
        if (discharge >= today) // keep the whole episode in the past
            admission = admission.addDays(-today.daysTo(discharge) - rng.between(1, 60));
    } else {
        last.steps = sequence(rng, state);
        const int elapsed = rng.between(0, last.steps.last().days - 1);
        int before = 0;
        for (qsizetype i = 0; i + 1 < last.steps.size(); ++i)
            before += last.steps[i].days;
        admission = today.addDays(-elapsed - before);
    }

    QList<PlannedEpisode> episodes;
    episodes.append(place(rng, last, admission, readmitted, settings));

    // Earlier episodes, newest first: each ended some weeks or months before the next admission.
    QDate nextAdmission = admission;
    for (int e = episodeCount - 2; e >= 0; --e) {
        const Draft earlier = dischargedDraft(rng, 30);
        const int gap = rng.between(21, 180);
        const QDate start = nextAdmission.addDays(-gap - earlier.dischargeDay);
        episodes.prepend(place(rng, earlier, start, e > 0, settings));
        nextAdmission = start;
    }
    return episodes;
}

} // namespace stepwise::demo::DemoHistory
