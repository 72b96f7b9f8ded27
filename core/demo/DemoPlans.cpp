// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoPlans.h"

#include "DemoData.h"
#include "DemoPeople.h"
#include "storage/CarePlanStore.h"
#include "storage/TreatmentPlanStore.h"

#include <QSet>

namespace stepwise::demo {

namespace {

using DemoText::Concern;

QString utf8(const char* text)
{
    return QString::fromUtf8(text);
}

constexpr double NoPlanWhenDischargedChance = 0.12; // "most discharged ones" have a plan
constexpr double LatePlanChance = 0.08;
constexpr double FirstPlanOverdueChance = 0.03; // of those in care past the due date
constexpr double ReviewBehindChance = 0.15;     // in care: the latest review not held yet
constexpr double AgreementChance = 0.93;
constexpr double RevisionChance = 0.25; // at a phase change review
constexpr double RelapsePlanChance = 0.88;

const char* const agreements[] = { "Signed the printed plan", "Signed the plan in session",
    "Agreed verbally in session; signature on the printed copy", "Signed electronically" };

const char* phaseObjective(PhaseKind kind)
{
    switch (kind) {
    case PhaseKind::StepDown:
        return "Attend the step-down group weekly and one community support meeting a week for "
               "4 weeks.";
    case PhaseKind::Aftercare:
        return "Attend the first outpatient therapy appointment and the aftercare group every "
               "week for 6 weeks.";
    case PhaseKind::Intensive:
        return "Return to full structure: every IOP group and a screen each week for 3 weeks.";
    }
    return "";
}

const char* phaseName(PhaseKind kind)
{
    switch (kind) {
    case PhaseKind::StepDown:
        return "step-down";
    case PhaseKind::Aftercare:
        return "aftercare";
    case PhaseKind::Intensive:
        return "intensive";
    }
    return "";
}

} // namespace

Status DemoPlans::write(const RecordSubject& s, int episode, bool leaveFirstPlanOverdue)
{
    const PlannedEpisode& planned = s.history.at(episode);
    Span span;
    span.planned = &planned;
    span.episodeId = s.episodeIds.at(episode);
    span.admission = planned.phases.first().start;
    span.open = !planned.discharge.isValid();
    span.end = span.open ? m_c.today : planned.discharge;
    m_relapse.reset();
    m_c.actAs(s.counselorId);
    if (Status st = treatmentPlan(s, span, leaveFirstPlanOverdue); !st)
        return st;
    if (Status st = relapsePlan(s, span); !st)
        return st;
    if (Status st = aftercarePlan(s, span); !st)
        return st;
    m_c.clock.release();
    return {};
}

PlanIntervention DemoPlans::intervention(
    const RecordSubject& s, const char* serviceType, const char* frequency, Concern concern)
{
    PlanIntervention i;
    i.serviceType = utf8(serviceType);
    i.frequency = utf8(frequency);
    const bool prescribing = i.serviceType == QLatin1String("Medication management");
    bool prescribed = false;
    for (const PlannedMedication& m : s.medications)
        prescribed = prescribed || m.concern == concern;
    if (prescribing && prescribed && !s.prescriber.isEmpty()) {
        // The prescriber is outside the program's staff.
        i.responsibleName = s.prescriber + QStringLiteral(" (prescriber)");
    } else if (i.serviceType == QLatin1String("Psychoeducation") && m_c.rng.chance(0.3)) {
        i.responsibleStaffId = m_c.supervisorId;
        i.responsibleName = m_c.staffName(m_c.supervisorId);
    } else {
        i.responsibleStaffId = s.counselorId;
        i.responsibleName = m_c.staffName(s.counselorId);
    }
    return i;
}

TreatmentPlan DemoPlans::buildPlan(const RecordSubject& s, const QDate& on)
{
    TreatmentPlan plan;
    QSet<int> used;
    for (qsizetype d = 0; d < s.concerns.size() && plan.problems.size() < 3; ++d) {
        const Concern concern = s.concerns.at(d);
        // Nicotine is worked on only when it is not crowded out, and not by everyone.
        if (used.contains(int(concern))
            || (concern == Concern::Nicotine && (d + 1 < s.concerns.size() || m_c.rng.chance(0.5))))
            continue;
        used.insert(int(concern));
        const DemoText::ConcernText& text = DemoText::concernText(concern);
        PlanProblem problem;
        problem.statement = utf8(text.problems[m_c.rng.between(0, 1)]);
        problem.diagnosisCode = s.codes.at(d);
        PlanGoal goal;
        const int g = m_c.rng.between(0, 1);
        goal.participantWords = utf8(text.participantWords[g]);
        goal.clinicalTerms = utf8(text.clinicalTerms[g]);

        // Candidates: the concern's own, the ones every substance concern shares, and the
        // medication's when one treats it.
        QList<DemoText::ObjectiveText> candidates(text.objectives.begin(), text.objectives.end());
        const bool substance = DemoText::isSubstance(concern) && concern != Concern::Nicotine;
        if (substance) {
            for (const DemoText::ObjectiveText& o : DemoText::substanceObjectives())
                candidates.append(o);
        }
        QString medicationName;
        for (const PlannedMedication& m : s.medications) {
            if (m.concern == concern && medicationName.isEmpty())
                medicationName = m.generic;
        }
        const int wanted = plan.problems.isEmpty() ? m_c.rng.between(2, 3) : m_c.rng.between(1, 2);
        struct Choice
        {
            DemoText::ObjectiveText text;
            bool medication;
        };
        QList<Choice> chosen;
        if (!medicationName.isEmpty() && m_c.rng.chance(0.8))
            chosen.append({ DemoText::medicationObjective(), true });
        const qsizetype target = std::min<qsizetype>(wanted, chosen.size() + candidates.size());
        QSet<int> taken;
        while (chosen.size() < target) {
            const int i = m_c.rng.between(0, int(candidates.size()) - 1);
            if (taken.contains(i))
                continue;
            taken.insert(i);
            chosen.append({ candidates.at(i), false });
        }
        for (const Choice& c : chosen) {
            const DemoText::ObjectiveText& o = c.text;
            PlanObjective objective;
            const QString raw = utf8(o.text);
            objective.text = raw.contains(QLatin1String("%1"))
                ? raw.arg(c.medication ? medicationName : DemoText::substanceWord(concern))
                : raw;
            // Objectives are written as statements, as lists print them ("...: Met").
            if (objective.text.endsWith(QLatin1Char('.')))
                objective.text.chop(1);
            objective.targetDate = on.addDays(7 * o.weeks + m_c.rng.between(-3, 3));
            objective.interventions.append(intervention(s, o.serviceType, o.frequency, concern));
            // Some objectives are served by two services, the counselor's sessions and a group.
            if (m_c.rng.chance(0.2)
                && QLatin1String(o.serviceType) != QLatin1String("Group therapy"))
                objective.interventions.append(
                    intervention(s, "Group therapy", "3 times a week", concern));
            goal.objectives.append(objective);
        }
        problem.goals.append(goal);
        plan.problems.append(problem);
    }
    return plan;
}

Status DemoPlans::treatmentPlan(const RecordSubject& s, const Span& span, bool leaveOverdue)
{
    DemoRandom& rng = m_c.rng;
    if (!span.open && rng.chance(NoPlanWhenDischargedChance))
        return {};
    const int initialDays = m_c.records.initialPlanDays;
    const QDate due = span.admission.addDays(initialDays);
    const QDate finalizeOn = span.admission.addDays(rng.chance(LatePlanChance)
            ? rng.between(initialDays + 1, initialDays + 7)
            : rng.between(1, std::max(1, initialDays - 1)));
    const bool pastDue = span.open && due < m_c.today;
    const bool overdue
        = pastDue && !s.onHold && (leaveOverdue || rng.chance(FirstPlanOverdueChance));
    const QDate startOn = std::max(span.admission, finalizeOn.addDays(-rng.between(0, 2)));
    // A discharge within days of admission leaves no plan; a recent admission may have a draft.
    if ((!span.open && finalizeOn > span.end) || !m_c.reached(startOn, 17))
        return {};

    TreatmentPlanStore store(m_c.db);
    // The counselor starts the draft in the first days, sometimes finishing it another day.
    m_c.pinOn(startOn, 13, 16);
    auto draft = store.draft(s.participantId);
    if (!draft)
        return draft.error();
    TreatmentPlan plan = buildPlan(s, finalizeOn);
    if (overdue) {
        // Only the problems written down so far: the objectives are still to come.
        for (PlanProblem& p : plan.problems)
            p.goals.clear();
    }
    auto saved = store.saveDraft(draft->id, plan, {});
    if (!saved)
        return saved.error();
    if (overdue) {
        ++m_c.counts.firstPlansOverdue;
        return {};
    }
    if (finalizeOn > span.end || !m_c.pinOn(finalizeOn, 16, 18))
        return {}; // still a draft: the episode is younger than the plan
    if (Status st = store.finalize(draft->id); !st)
        return st;
    ++m_c.counts.treatmentPlans;
    ++m_c.counts.planVersions;

    if (rng.chance(AgreementChance)) {
        const QDate agreed = finalizeOn.addDays(rng.chance(0.7) ? 0 : rng.between(1, 3));
        if (agreed <= span.end && m_c.pinOn(agreed, 18, 19)) {
            if (Status st
                = store.recordParticipantAgreement(draft->id, agreed, utf8(rng.pick(agreements)));
                !st)
                return st;
        }
    }
    return reviews(s, span, draft->id, *saved, finalizeOn);
}

Status DemoPlans::reviews(const RecordSubject& s, const Span& span, Id planId, TreatmentPlan plan,
    const QDate& finalizedOn)
{
    DemoRandom& rng = m_c.rng;
    TreatmentPlanStore store(m_c.db);
    Episode episode; // as the review rules see it: open, its phases
    episode.id = span.episodeId;
    episode.admissionDate = span.admission;
    for (const PlannedPhase& p : span.planned->phases) {
        Phase phase;
        phase.kind = p.kind;
        phase.startDate = p.start;
        episode.phases.append(phase);
    }
    QDate limit = span.end;
    if (span.open && rng.chance(ReviewBehindChance))
        limit = m_c.today.addDays(-rng.between(8, 30));

    // How many reviews until each objective is met; some are not met in this episode.
    QHash<QString, int> meetAt;
    for (const PlanObjective& o : plan.objectives())
        meetAt.insert(o.key, rng.chance(0.15) ? 1000 : rng.between(1, 4));
    QList<QDate> reviewed;
    int round = 0;
    for (;;) {
        const auto due = PlanReviewRules::nextReviewDue(
            episode, { finalizedOn }, reviewed, m_c.records, limit);
        if (!due)
            break;
        const QDate last = reviewed.isEmpty() ? finalizedOn : reviewed.last();
        const bool phaseChange = due->kind == PlanDueKind::PhaseChange;
        QDate on = due->dueDate.addDays(-rng.between(0, 4));
        on = phaseChange ? std::max(on, due->since) : std::max(on, last.addDays(1));
        if (on > limit || !m_c.pinOn(on, 11, 17))
            break;
        ++round;
        PlanReviewInput in;
        in.planId = planId;
        in.reviewedOn = on;
        in.occasion = phaseChange ? ReviewOccasion::PhaseChange : ReviewOccasion::Scheduled;
        bool changed = false;
        for (const PlanObjective& o : plan.objectives()) {
            if (isClosed(o.status))
                continue;
            const bool met = round >= meetAt.value(o.key);
            ObjectiveProgress p;
            p.objectiveKey = o.key;
            p.status = met ? ObjectiveStatus::Met : ObjectiveStatus::InProgress;
            p.note = DemoText::progressNote(rng, met);
            changed = changed || p.status != o.status;
            in.progress.append(p);
        }
        in.participantPresent = rng.chance(0.95);
        const QString counselor
            = QStringLiteral("%1 (primary counselor)").arg(m_c.staffName(s.counselorId));
        const QString supervisor
            = QStringLiteral("%1 (clinical supervisor)").arg(m_c.staffName(m_c.supervisorId));
        if (in.participantPresent) {
            in.tookPart = QStringLiteral("%1 (participant), %2").arg(s.name, counselor);
            if (phaseChange || rng.chance(0.4))
                in.tookPart += QStringLiteral(", ") + supervisor;
        } else {
            in.tookPart = QStringLiteral("%1, %2; participant updated by phone the next day")
                              .arg(counselor, supervisor);
        }
        in.summary = DemoText::reviewSummary(rng, changed, phaseChange);
        auto review = store.recordReview(in);
        if (!review)
            return review.error();
        ++m_c.counts.planReviews;
        reviewed.append(on);
        for (const ObjectiveProgress& p : std::as_const(in.progress))
            plan.objective(p.objectiveKey)->status = p.status;
        if (changed) {
            // The review made the next version: its id is on the review, its content is `plan`.
            ++m_c.counts.planVersions;
            auto list = store.reviews(span.episodeId);
            if (!list)
                return list.error();
            for (const PlanReview& r : std::as_const(*list)) {
                if (r.id == *review && r.resultPlanId > 0)
                    planId = r.resultPlanId;
            }
        }
        if (phaseChange && due->phase && rng.chance(RevisionChance)) {
            auto revised = revise(s, *due->phase, on);
            if (!revised)
                return revised.error();
            if (revised->id > 0) {
                planId = revised->id;
                plan = revised->plan;
                for (const PlanObjective& o : plan.objectives()) {
                    if (!meetAt.contains(o.key))
                        meetAt.insert(o.key, round + rng.between(1, 3));
                }
            }
        }
    }
    return {};
}

Result<PlanVersion> DemoPlans::revise(const RecordSubject& s, PhaseKind phase, const QDate& on)
{
    TreatmentPlanStore store(m_c.db);
    auto draft = store.draft(s.participantId);
    if (!draft)
        return draft.error();
    TreatmentPlan plan = draft->plan;
    if (plan.problems.isEmpty() || plan.problems.first().goals.isEmpty()) {
        if (Status st = store.discardDraft(draft->id); !st)
            return st.error();
        return PlanVersion {};
    }
    PlanObjective objective;
    objective.text = utf8(phaseObjective(phase));
    objective.text.chop(1); // no full stop, as the others
    objective.targetDate = on.addDays(m_c.rng.between(28, 42));
    objective.status = ObjectiveStatus::InProgress;
    objective.interventions.append(
        intervention(s, phase == PhaseKind::Aftercare ? "Case management" : "Group therapy",
            phase == PhaseKind::Intensive ? "3 times a week" : "weekly", Concern::Adjustment));
    plan.problems.first().goals.first().objectives.append(objective);
    const QString note
        = QStringLiteral("Added an objective for the %1 phase.").arg(utf8(phaseName(phase)));
    auto saved = store.saveDraft(draft->id, plan, note);
    if (!saved)
        return saved.error();
    if (Status st = store.finalize(draft->id); !st)
        return st.error();
    ++m_c.counts.planVersions;
    PlanVersion v = *draft;
    v.plan = *saved;
    return v;
}

QList<SupportContact> DemoPlans::contacts(const RecordSubject& s)
{
    QList<SupportContact> list;
    const auto relationships = demo::relationships();
    const int count = m_c.rng.between(1, 3);
    for (int i = 0; i < count; ++i) {
        SupportContact c;
        c.name = DemoPeople::staffName(m_c.rng);
        c.relationship = i == 0 && s.substanceUse() && m_c.rng.chance(0.6)
            ? QStringLiteral("Sponsor")
            : utf8(m_c.rng.pick(relationships));
        c.phone = DemoPeople::phone(m_c.rng);
        list.append(c);
    }
    return list;
}

Status DemoPlans::relapsePlan(const RecordSubject& s, const Span& span)
{
    DemoRandom& rng = m_c.rng;
    if (span.admission.daysTo(span.end) < 14 || !rng.chance(RelapsePlanChance))
        return {};
    const QDate on = std::min(span.admission.addDays(rng.between(10, 20)), span.end);
    if (!m_c.pinOn(on, 14, 17))
        return {};
    const bool substance = s.substanceUse();
    RelapsePlan plan;
    plan.triggers = DemoText::triggers(rng, substance, rng.between(3, 4));
    plan.warningSigns = DemoText::warningSigns(rng, rng.between(2, 3));
    plan.copingStrategies = DemoText::copingStrategies(rng, substance, rng.between(3, 4));
    plan.peopleToCall = contacts(s);
    RelapsePlanStore store(m_c.db);
    if (auto id = store.save(s.participantId, plan); !id)
        return id.error();
    ++m_c.counts.relapsePlans;
    m_relapse = plan;

    // Updated at a step-down now and then: what the intensive weeks taught.
    for (const PlannedPhase& phase : span.planned->phases) {
        if (phase.kind != PhaseKind::StepDown || phase.start <= on || !rng.chance(0.4))
            continue;
        const QDate update = std::min(phase.start.addDays(rng.between(0, 6)), span.end);
        if (!m_c.pinOn(update, 14, 17))
            break;
        for (const QString& t : DemoText::triggers(rng, substance, 1)) {
            if (!plan.triggers.contains(t))
                plan.triggers.append(t);
        }
        for (const QString& c : DemoText::copingStrategies(rng, substance, 2)) {
            if (!plan.copingStrategies.contains(c))
                plan.copingStrategies.append(c);
        }
        if (auto id = store.save(s.participantId, plan); !id)
            return id.error();
        ++m_c.counts.relapsePlans;
        m_relapse = plan;
        break;
    }
    return {};
}

Status DemoPlans::aftercarePlan(const RecordSubject& s, const Span& span)
{
    DemoRandom& rng = m_c.rng;
    QDate on;
    for (const PlannedPhase& phase : span.planned->phases) {
        if (phase.kind == PhaseKind::Aftercare && phase.start <= span.end)
            on = phase.start.addDays(rng.between(-3, 3));
    }
    if (on.isValid()) {
        if (!rng.chance(0.92))
            return {};
    } else {
        if (span.open)
            return {};
        const QString reason = span.planned->dischargeReason;
        const bool completed = reason.startsWith(QLatin1String("Completed"));
        const bool gone = reason.startsWith(QLatin1String("Stopped"))
            || reason.startsWith(QLatin1String("Incarcerated"));
        if (!rng.chance(completed ? 0.9 : gone ? 0.15 : 0.65))
            return {};
        on = span.end.addDays(-rng.between(0, 3));
    }
    on = std::clamp(on, span.admission, span.end);
    if (!m_c.pinOn(on, 13, 17))
        return {};

    const bool substance = s.substanceUse();
    AftercarePlan plan;
    if (rng.chance(0.85) || !substance) {
        const DemoText::ProviderText& p = DemoText::therapyProvider(rng);
        AftercareService service;
        service.kind = AftercareServiceKind::OutpatientTherapy;
        service.provider = utf8(p.name);
        service.contactPerson = DemoPeople::staffName(rng);
        service.phone = DemoPeople::phone(rng);
        service.referralDate = on.addDays(-rng.between(0, 5));
        service.appointmentDate = on.addDays(rng.between(3, 18));
        if (rng.chance(0.8))
            service.appointmentTime = QTime(rng.between(9, 16), rng.chance(0.5) ? 0 : 30);
        service.note = utf8(p.note);
        plan.services.append(service);
    }
    if (!s.medications.isEmpty()) {
        const DemoText::ProviderText& p = DemoText::prescriberClinic(rng);
        AftercareService service;
        service.kind = AftercareServiceKind::MedicationManagement;
        service.provider = utf8(p.name);
        service.contactPerson = s.prescriber;
        service.phone = DemoPeople::phone(rng);
        service.referralDate = on;
        service.appointmentDate = on.addDays(rng.between(7, 28));
        service.note = utf8(p.note);
        plan.services.append(service);
    }
    QList<DemoText::MeetingText> fitting;
    for (const DemoText::MeetingText& m : DemoText::meetings()) {
        if (m.substanceUse == substance)
            fitting.append(m);
    }
    const int groups = rng.between(substance ? 1 : 0, std::min<int>(2, int(fitting.size())));
    QSet<int> taken;
    while (plan.supportGroups.size() < groups) {
        const int i = rng.between(0, int(fitting.size()) - 1);
        if (taken.contains(i))
            continue;
        taken.insert(i);
        const DemoText::MeetingText& m = fitting.at(i);
        SupportGroup g;
        g.kind = SupportGroupKind(m.kind);
        g.name = utf8(m.name);
        g.days = m.days;
        g.time = QTime(m.hour, m.minute);
        g.location = utf8(m.location);
        g.online = g.location.isEmpty();
        plan.supportGroups.append(g);
    }
    if (plan.services.isEmpty() && plan.supportGroups.isEmpty())
        return {};
    if (substance && rng.chance(0.08)) {
        SoberLiving home;
        home.residence = utf8(DemoText::soberLivingResidence(rng));
        home.address = QStringLiteral("%1 %2 %3, %4")
                           .arg(rng.between(100, 9899))
                           .arg(utf8(rng.pick(streets())), utf8(rng.pick(streetKinds())),
                               utf8(rng.pick(towns())));
        home.phone = DemoPeople::phone(rng);
        home.moveInDate = on.addDays(rng.between(-7, 14));
        plan.soberLiving = home;
    }
    if (m_relapse) {
        plan.seedFrom(*m_relapse);
    } else {
        plan.relapseTriggers = DemoText::triggers(rng, substance, 2).join(QLatin1Char('\n'));
        plan.copingPlan = DemoText::copingStrategies(rng, substance, 3).join(QLatin1Char('\n'));
        plan.supportNetwork = contacts(s);
    }
    AftercarePlanStore store(m_c.db);
    if (auto id = store.save(s.participantId, plan); !id)
        return id.error();
    ++m_c.counts.aftercarePlans;
    return {};
}

} // namespace stepwise::demo
