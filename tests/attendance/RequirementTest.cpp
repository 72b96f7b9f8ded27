// SPDX-License-Identifier: GPL-3.0-or-later
// What a week requires (issue 5): ASAM level 2.1 is at least 9 structured hours a week for adults
// and 6 for adolescents, on three days; step-down one 3-hour session; aftercare nothing. Each day
// in care takes a seventh of the requirement of its phase and age group, so a week with a phase
// change, an admission, a discharge or an 18th birthday is prorated day by day.
#include "AttendanceTestSupport.h"

using namespace stepwise;
using namespace stepwise::attendancetest;
using AttendanceHours::requirement;

namespace {

// The week of Monday 2 March 2026.
const QDate week(2026, 3, 2);
const QDate thursday = week.addDays(3);
const AttendanceSettings defaults;
// Someone turning 16 in the summer of 2026: an adolescent all year.
const QDate adolescentBirth(2010, 7, 1);

WeekRequirement of(const QList<Episode>& episodes, const QDate& dob = {}, const QDate& from = week,
    const AttendanceSettings& settings = defaults)
{
    return requirement(episodes, dob, from, settings);
}

// Hundredths of an hour are as fine as anyone reads hours.
Approx hours(double h)
{
    return Approx(h).margin(0.005);
}

} // namespace

TEST_CASE("A full adult intensive week requires 9 hours on 3 days", "[attendance][requirement]")
{
    const WeekRequirement r = of({ intensiveSince(QDate(2026, 1, 5)) });
    CHECK(r.hours == hours(9.0));
    CHECK(r.days == 3);
    CHECK(r.daysInCare == 7);
    CHECK_FALSE(r.prorated);
    CHECK(r.phases == QList<PhaseKind> { PhaseKind::Intensive });
    CHECK_FALSE(r.stepDownWeek);
    CHECK(r.required());
}

TEST_CASE(
    "A full adolescent intensive week requires 6 hours on 3 days", "[attendance][requirement]")
{
    const WeekRequirement r = of({ intensiveSince(QDate(2026, 1, 5)) }, adolescentBirth);
    CHECK(r.hours == hours(6.0));
    CHECK(r.days == 3);
    CHECK_FALSE(r.prorated);
}

TEST_CASE("Full step-down and aftercare weeks", "[attendance][requirement]")
{
    const Episode stepDown = episode({ { PhaseKind::Intensive, QDate(2025, 11, 3) },
        { PhaseKind::StepDown, QDate(2026, 1, 5) } });
    const WeekRequirement s = of({ stepDown });
    CHECK(s.hours == hours(3.0));
    CHECK(s.days == 1);
    CHECK(of({ stepDown }, adolescentBirth).hours == hours(3.0));

    const Episode aftercare = episode({ { PhaseKind::Intensive, QDate(2025, 9, 1) },
        { PhaseKind::StepDown, QDate(2025, 11, 3) }, { PhaseKind::Aftercare, QDate(2026, 1, 5) } });
    const WeekRequirement a = of({ aftercare });
    CHECK(a.hours == 0.0);
    CHECK(a.days == 0);
    CHECK(a.daysInCare == 7);
    CHECK_FALSE(a.required());
}

TEST_CASE(
    "A step-down on Thursday prorates the week between the two phases", "[attendance][requirement]")
{
    const QList<Episode> episodes = { episode(
        { { PhaseKind::Intensive, QDate(2026, 1, 5) }, { PhaseKind::StepDown, thursday } }) };
    const WeekRequirement r = of(episodes);
    // Monday to Wednesday intensive, Thursday to Sunday step-down.
    CHECK(r.hours == hours(9.0 * 3 / 7 + 3.0 * 4 / 7));
    // 3 x 3/7 + 1 x 4/7 = 13/7, rounded up.
    CHECK(r.days == 2);
    CHECK(r.prorated);
    CHECK(r.daysInCare == 7);
    CHECK(r.phases == QList<PhaseKind> { PhaseKind::Intensive, PhaseKind::StepDown });
    CHECK(r.stepDownWeek);

    SECTION("the following week is a full step-down week, still marked as stepping down")
    {
        const WeekRequirement next = of(episodes, {}, week.addDays(7));
        CHECK(next.hours == hours(3.0));
        CHECK(next.days == 1);
        CHECK_FALSE(next.prorated);
        CHECK(next.stepDownWeek);
    }
    SECTION("two weeks later the step-down is no longer recent")
    {
        CHECK_FALSE(of(episodes, {}, week.addDays(14)).stepDownWeek);
    }
    SECTION("the week before it is not a step-down week")
    {
        const WeekRequirement before = of(episodes, {}, week.addDays(-7));
        CHECK_FALSE(before.stepDownWeek);
        CHECK(before.hours == hours(9.0));
    }
}

TEST_CASE("A step-down on Thursday with weeks starting on Sunday", "[attendance][requirement]")
{
    AttendanceSettings sundays;
    sundays.weekStartsOn = Qt::Sunday;
    const QList<Episode> episodes = { episode(
        { { PhaseKind::Intensive, QDate(2026, 1, 5) }, { PhaseKind::StepDown, thursday } }) };
    // Sunday 1 March to Saturday 7 March: four intensive days, three step-down days.
    const WeekRequirement r = of(episodes, {}, QDate(2026, 3, 1), sundays);
    CHECK(r.hours == hours(9.0 * 4 / 7 + 3.0 * 3 / 7));
    // 3 x 4/7 + 1 x 3/7 = 15/7, rounded up.
    CHECK(r.days == 3);
    CHECK(r.stepDownWeek);
}

TEST_CASE("Stepping back up is not a step-down week", "[attendance][requirement]")
{
    const QList<Episode> episodes = { episode({ { PhaseKind::Intensive, QDate(2025, 11, 3) },
        { PhaseKind::StepDown, QDate(2026, 1, 5) }, { PhaseKind::Intensive, thursday } }) };
    const WeekRequirement r = of(episodes);
    CHECK(r.hours == hours(3.0 * 3 / 7 + 9.0 * 4 / 7));
    CHECK(r.phases == QList<PhaseKind> { PhaseKind::StepDown, PhaseKind::Intensive });
    CHECK_FALSE(r.stepDownWeek);
    CHECK_FALSE(of(episodes, {}, week.addDays(7)).stepDownWeek);
}

TEST_CASE("An admission mid-week requires only the days in care", "[attendance][requirement]")
{
    const QList<Episode> episodes = { intensiveSince(thursday) };
    const WeekRequirement r = of(episodes);
    CHECK(r.daysInCare == 4);
    CHECK(r.hours == hours(9.0 * 4 / 7));
    // 3 x 4/7 = 12/7, rounded up.
    CHECK(r.days == 2);
    CHECK(r.prorated);
    CHECK(r.phases == QList<PhaseKind> { PhaseKind::Intensive });
    CHECK_FALSE(r.stepDownWeek);

    const WeekRequirement before = of(episodes, {}, week.addDays(-7));
    CHECK(before.daysInCare == 0);
    CHECK_FALSE(before.required());
}

TEST_CASE("A discharge mid-week requires only the days in care", "[attendance][requirement]")
{
    // Discharged on Tuesday: in care Monday and Tuesday.
    const QList<Episode> episodes
        = { episode({ { PhaseKind::Intensive, QDate(2026, 1, 5) } }, week.addDays(1)) };
    const WeekRequirement r = of(episodes);
    CHECK(r.daysInCare == 2);
    CHECK(r.hours == hours(9.0 * 2 / 7));
    CHECK(r.days == 1);
    CHECK(r.prorated);

    const WeekRequirement after = of(episodes, {}, week.addDays(7));
    CHECK(after.daysInCare == 0);
    CHECK(after.hours == 0.0);
    CHECK_FALSE(after.required());
}

TEST_CASE("A discharge and a readmission in one week count both episodes' days",
    "[attendance][requirement]")
{
    const QList<Episode> episodes
        = { episode({ { PhaseKind::Intensive, QDate(2026, 1, 5) } }, week, 1),
              episode({ { PhaseKind::Intensive, thursday } }, {}, 2) };
    const WeekRequirement r = of(episodes);
    CHECK(r.daysInCare == 5);
    CHECK(r.hours == hours(9.0 * 5 / 7));
    CHECK(r.days == 3);
    CHECK(r.prorated);
}

TEST_CASE("An 18th birthday mid-week prorates between the adolescent and adult requirement",
    "[attendance][requirement]")
{
    // 18 on Thursday 5 March 2026.
    const QDate dob(2008, 3, 5);
    const QList<Episode> episodes = { intensiveSince(QDate(2026, 1, 5)) };
    const WeekRequirement r = of(episodes, dob);
    CHECK(r.hours == hours(6.0 * 3 / 7 + 9.0 * 4 / 7));
    CHECK(r.days == 3);
    CHECK(r.prorated);
    CHECK(r.phases == QList<PhaseKind> { PhaseKind::Intensive });

    CHECK(of(episodes, dob, week.addDays(-7)).hours == hours(6.0));
    CHECK_FALSE(of(episodes, dob, week.addDays(-7)).prorated);
    CHECK(of(episodes, dob, week.addDays(7)).hours == hours(9.0));
}

TEST_CASE("An unknown birth date counts as adult", "[attendance][requirement]")
{
    const QList<Episode> episodes = { intensiveSince(QDate(2026, 1, 5)) };
    CHECK(of(episodes, QDate()).hours == hours(9.0));
    CHECK(of(episodes, QDate()).days == 3);
}

TEST_CASE(
    "Custom requirements and adult age from settings are honoured", "[attendance][requirement]")
{
    AttendanceSettings s;
    s.setRequirement(PhaseKind::Intensive, AgeGroup::Adult, { 12.0, 4 });
    s.setRequirement(PhaseKind::Intensive, AgeGroup::Adolescent, { 8.0, 2 });
    s.setRequirement(PhaseKind::StepDown, AgeGroup::Adult, { 4.5, 2 });
    s.setRequirement(PhaseKind::Aftercare, AgeGroup::Adult, { 1.0, 1 });
    CHECK(s.requirement(PhaseKind::Intensive, AgeGroup::Adult) == HoursRequirement { 12.0, 4 });

    const QList<Episode> intensive = { intensiveSince(QDate(2026, 1, 5)) };
    CHECK(of(intensive, {}, week, s).hours == hours(12.0));
    CHECK(of(intensive, {}, week, s).days == 4);
    CHECK(of(intensive, adolescentBirth, week, s).hours == hours(8.0));
    CHECK(of(intensive, adolescentBirth, week, s).days == 2);

    // Adults from 21: a 19-year-old takes the adolescent requirement.
    s.adultFromAge = 21;
    const QDate nineteen(2006, 6, 1);
    CHECK(of(intensive, nineteen, week, s).hours == hours(8.0));
    s.adultFromAge = 18;
    CHECK(of(intensive, nineteen, week, s).hours == hours(12.0));

    const QList<Episode> stepDown = { episode({ { PhaseKind::Intensive, QDate(2025, 11, 3) },
        { PhaseKind::StepDown, QDate(2026, 1, 5) } }) };
    CHECK(of(stepDown, {}, week, s).hours == hours(4.5));
    CHECK(of(stepDown, {}, week, s).days == 2);

    const QList<Episode> aftercare = { episode(
        { { PhaseKind::Intensive, QDate(2025, 9, 1) }, { PhaseKind::StepDown, QDate(2025, 11, 3) },
            { PhaseKind::Aftercare, QDate(2026, 1, 5) } }) };
    CHECK(of(aftercare, {}, week, s).hours == hours(1.0));
    CHECK(of(aftercare, {}, week, s).required());
}

TEST_CASE("The phase on a day follows the episodes", "[attendance][requirement]")
{
    const QList<Episode> episodes = { episode(
        { { PhaseKind::Intensive, QDate(2026, 1, 5) }, { PhaseKind::StepDown, thursday } },
        QDate(2026, 3, 31)) };
    using AttendanceHours::phaseOn;
    CHECK_FALSE(phaseOn(episodes, QDate(2026, 1, 4)).has_value());
    CHECK(phaseOn(episodes, QDate(2026, 1, 5)) == PhaseKind::Intensive);
    CHECK(phaseOn(episodes, thursday.addDays(-1)) == PhaseKind::Intensive);
    CHECK(phaseOn(episodes, thursday) == PhaseKind::StepDown);
    CHECK(phaseOn(episodes, QDate(2026, 3, 31)) == PhaseKind::StepDown);
    CHECK_FALSE(phaseOn(episodes, QDate(2026, 4, 1)).has_value());
}
