// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoAssessments.h"

#include "DemoAnswers.h"

#include <algorithm>

namespace stepwise::demo::DemoAssessments {

namespace {

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
            g.answers = gad7Answers(m_rng, gad);
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
