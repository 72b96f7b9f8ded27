// SPDX-License-Identifier: GPL-3.0-or-later
// When a treatment plan is due (issue 6): the first plan after admission, the review every
// planReviewDays (30 by default) and the review at each phase change, with the day itself on
// time and the day after overdue. Dates are worked out by hand: admitted Monday 5 January 2026.
#include "plans/PlanReviewRules.h"

#include "PlanTestSupport.h"

#include <catch2/catch.hpp>

using namespace stepwise;
using namespace stepwise::plantest;

namespace {

const QDate admitted(2026, 1, 5);

Episode episode(const QList<std::pair<PhaseKind, QDate>>& phases = {})
{
    Episode e;
    e.id = 1;
    e.admissionDate = admitted;
    Phase first;
    first.kind = PhaseKind::Intensive;
    first.startDate = admitted;
    e.phases.append(first);
    for (const auto& [kind, start] : phases) {
        e.phases.last().endDate = start.addDays(-1);
        Phase p;
        p.kind = kind;
        p.startDate = start;
        e.phases.append(p);
    }
    return e;
}

PlanDue dueOn(const Episode& e, const QList<QDate>& finalized, const QList<QDate>& reviewed,
    const QDate& today, const RecordsSettings& settings = {})
{
    const auto due = PlanReviewRules::nextReviewDue(e, finalized, reviewed, settings, today);
    REQUIRE(due.has_value());
    INFO("due " << iso(due->dueDate) << " since " << iso(due->since));
    return *due;
}

} // namespace

TEST_CASE("The first plan is due initialPlanDays after admission", "[plans][review_due]")
{
    const PlanDue onDay = dueOn(episode(), {}, {}, QDate(2026, 1, 12));
    CHECK(onDay.kind == PlanDueKind::FirstPlan);
    CHECK(onDay.dueDate == QDate(2026, 1, 12));
    CHECK(onDay.since == admitted);
    CHECK(onDay.daysOverdue == 0);
    CHECK_FALSE(onDay.overdue());

    const PlanDue dayAfter = dueOn(episode(), {}, {}, QDate(2026, 1, 13));
    CHECK(dayAfter.overdue());
    CHECK(dayAfter.daysOverdue == 1);
    CHECK(dayAfter.summary().contains(QLatin1String("overdue by 1 day")));

    CHECK(dueOn(episode(), {}, {}, QDate(2026, 1, 6)).daysOverdue == 0);

    RecordsSettings quick;
    quick.initialPlanDays = 3;
    CHECK(dueOn(episode(), {}, {}, QDate(2026, 1, 9), quick).daysOverdue == 1);

    // A review without a finalized plan cannot exist, and does not stand in for one.
    CHECK(dueOn(episode(), {}, { QDate(2026, 1, 8) }, QDate(2026, 1, 9)).kind
        == PlanDueKind::FirstPlan);
}

TEST_CASE("A review is due planReviewDays after the first finalization", "[plans][review_due]")
{
    const QList<QDate> finalized { QDate(2026, 1, 9) };
    const PlanDue onDay = dueOn(episode(), finalized, {}, QDate(2026, 2, 8));
    CHECK(onDay.kind == PlanDueKind::Review);
    CHECK(onDay.dueDate == QDate(2026, 2, 8)); // 9 January + 30 days
    CHECK(onDay.since == QDate(2026, 1, 9));
    CHECK_FALSE(onDay.overdue());
    CHECK(dueOn(episode(), finalized, {}, QDate(2026, 2, 9)).daysOverdue == 1);
    CHECK(dueOn(episode(), finalized, {}, QDate(2026, 2, 18)).daysOverdue == 10);

    // Later versions finalized outside a review do not restart the count.
    CHECK(dueOn(episode(), { QDate(2026, 2, 1), QDate(2026, 1, 9) }, {}, QDate(2026, 2, 9)).dueDate
        == QDate(2026, 2, 8));

    RecordsSettings fortnightly;
    fortnightly.planReviewDays = 14;
    CHECK(dueOn(episode(), finalized, {}, QDate(2026, 1, 23), fortnightly).dueDate
        == QDate(2026, 1, 23));
}

TEST_CASE("Each review restarts the count from its own date", "[plans][review_due]")
{
    const QList<QDate> finalized { QDate(2026, 1, 9) };
    // Reviews in any order: the latest counts. 5 February + 30 days is 7 March (2026 is not a
    // leap year).
    const QList<QDate> reviews { QDate(2026, 2, 5), QDate(2026, 1, 20) };
    const PlanDue d = dueOn(episode(), finalized, reviews, QDate(2026, 3, 7));
    CHECK(d.kind == PlanDueKind::Review);
    CHECK(d.since == QDate(2026, 2, 5));
    CHECK(d.dueDate == QDate(2026, 3, 7));
    CHECK(d.daysOverdue == 0);
    CHECK(dueOn(episode(), finalized, reviews, QDate(2026, 3, 8)).daysOverdue == 1);
}

TEST_CASE("A phase change needs a review within a week of the new phase", "[plans][review_due]")
{
    const QList<QDate> finalized { QDate(2026, 1, 9) };
    const QList<QDate> reviews { QDate(2026, 2, 5) };
    const Episode stepped = episode({ { PhaseKind::StepDown, QDate(2026, 2, 16) } });

    const PlanDue onDay = dueOn(stepped, finalized, reviews, QDate(2026, 2, 23));
    CHECK(onDay.kind == PlanDueKind::PhaseChange);
    CHECK(onDay.phase == PhaseKind::StepDown);
    CHECK(onDay.since == QDate(2026, 2, 16));
    CHECK(onDay.dueDate == QDate(2026, 2, 23)); // 16 February + 7
    CHECK_FALSE(onDay.overdue());
    CHECK(dueOn(stepped, finalized, reviews, QDate(2026, 2, 24)).daysOverdue == 1);

    SECTION("a review on the phase's first day counts for the phase change")
    {
        const PlanDue d = dueOn(stepped, finalized, { QDate(2026, 2, 16) }, QDate(2026, 2, 24));
        CHECK(d.kind == PlanDueKind::Review);
        CHECK(d.dueDate == QDate(2026, 3, 18));
    }
    SECTION("a review the day before does not")
    {
        CHECK(dueOn(stepped, finalized, { QDate(2026, 2, 15) }, QDate(2026, 2, 24)).kind
            == PlanDueKind::PhaseChange);
    }
    SECTION("the periodic review comes first when it is due sooner")
    {
        // Reviewed 20 January: the periodic review is due 19 February, before 23 February.
        const PlanDue d = dueOn(stepped, finalized, { QDate(2026, 1, 20) }, QDate(2026, 2, 17));
        CHECK(d.kind == PlanDueKind::Review);
        CHECK(d.dueDate == QDate(2026, 2, 19));
    }
    SECTION("on a tie the phase change is named")
    {
        // Reviewed 24 January: both are due 23 February.
        const PlanDue d = dueOn(stepped, finalized, { QDate(2026, 1, 24) }, QDate(2026, 2, 17));
        CHECK(d.kind == PlanDueKind::PhaseChange);
        CHECK(d.dueDate == QDate(2026, 2, 23));
    }
    SECTION("a first plan written after the phase began already fits that phase")
    {
        const PlanDue d = dueOn(stepped, { QDate(2026, 2, 20) }, {}, QDate(2026, 2, 27));
        CHECK(d.kind == PlanDueKind::Review);
        CHECK(d.dueDate == QDate(2026, 3, 22));
    }
    SECTION("with two unreviewed phase changes the first one sets the date")
    {
        const Episode twice = episode({ { PhaseKind::StepDown, QDate(2026, 2, 16) },
            { PhaseKind::Intensive, QDate(2026, 2, 20) } });
        const PlanDue d = dueOn(twice, finalized, reviews, QDate(2026, 2, 25));
        CHECK(d.phase == PhaseKind::StepDown);
        CHECK(d.daysOverdue == 2);
    }
}

TEST_CASE("Nothing is due for a discharged episode, and a readmission starts again",
    "[plans][review_due]")
{
    Episode closed = episode();
    closed.dischargeDate = QDate(2026, 2, 27);
    CHECK_FALSE(PlanReviewRules::nextReviewDue(closed, {}, {}, {}, QDate(2026, 3, 30)).has_value());

    // The new episode's own plans only: its first plan is due a week after readmission.
    Episode again;
    again.admissionDate = QDate(2026, 4, 6);
    Phase p;
    p.startDate = again.admissionDate;
    again.phases.append(p);
    const PlanDue d = dueOn(again, {}, {}, QDate(2026, 4, 14));
    CHECK(d.kind == PlanDueKind::FirstPlan);
    CHECK(d.dueDate == QDate(2026, 4, 13));
    CHECK(d.daysOverdue == 1);
}

TEST_CASE("Review occasions have stable keys", "[plans][review_due]")
{
    QStringList keys;
    for (ReviewOccasion o : allReviewOccasions()) {
        keys.append(storageKey(o));
        CHECK(parseReviewOccasion(storageKey(o)) == o);
        CHECK_FALSE(label(o).isEmpty());
    }
    // The values plan_review.occasion accepts (Schema.cpp, migration 5).
    CHECK(keys
        == QStringList { QStringLiteral("scheduled"), QStringLiteral("phase_change"),
            QStringLiteral("requested") });
}
