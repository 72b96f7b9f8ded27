// SPDX-License-Identifier: GPL-3.0-or-later
// The attendance summary the schema keeps per participant (version 7): the last day attended and
// the unexcused absences since. The caseload review reads it instead of the whole history, so it
// must say exactly what the engagement rules say over that history, after every kind of change.
#include "SupervisionTestSupport.h"
#include "storage/AttendanceQuery.h"
#include "support/MockClock.h"

#include <catch2/catch.hpp>

using namespace stepwise;
using namespace stepwise::supervisiontest;

namespace {

// The rules over every session ever recorded for the participant, up to `today`.
Engagement fromHistory(test::TestDatabase& t, Id pid, const QDate& today)
{
    auto all = AttendanceQuery::load(t.db(), QDate(2000, 1, 1), today, QList<Id> { pid });
    REQUIRE_OK(all);
    return EngagementRules::engagement(all->value(pid).sessions, today);
}

Engagement kept(test::TestDatabase& t, Id pid)
{
    auto r = AttendanceQuery::recordedEngagement(t.db(), { pid });
    REQUIRE_OK(r);
    return r->value(pid);
}

} // namespace

TEST_CASE("The kept summary follows recording, correcting and the run's end",
    "[supervision][attendance][summary]")
{
    const QDate today(2026, 2, 4);
    test::MockClock clock(utc(today, "22:00"));
    test::TestDatabase t;
    const Id pid = admit(t, QStringLiteral("S-1"), QDate(2026, 1, 19));
    const Id iop = createTemplate(t, eveningIop(t.counselorId()));
    REQUIRE_OK(ScheduleStore(t.db()).enroll(iop, pid, QDate(2026, 1, 19)));
    REQUIRE_OK(ScheduleStore(t.db()).generate(iop, QDate(2026, 1, 19), today));
    const auto at
        = [&](int month, int day) { return sessionIdOn(t, iop, QDate(2026, month, day)); };

    CHECK(kept(t, pid).lastAttended.isNull()); // nothing recorded: no row, nothing attended
    CHECK(kept(t, pid).consecutiveUnexcused == 0);

    take(t, at(1, 19), { entry(pid, AttendanceStatus::Present) });
    take(t, at(1, 21), { entry(pid, AttendanceStatus::UnexcusedAbsence) });
    take(t, at(1, 23), { entry(pid, AttendanceStatus::ExcusedAbsence) });
    take(t, at(1, 26), { entry(pid, AttendanceStatus::UnexcusedAbsence) });
    CHECK(kept(t, pid).lastAttended == QDate(2026, 1, 19));
    CHECK(kept(t, pid).consecutiveUnexcused == 2); // the excused absence neither counts nor breaks

    // Recorded out of order: an earlier session taken late changes nothing after the last attended.
    take(t, at(1, 28), { entry(pid, AttendanceStatus::UnexcusedAbsence) });
    CHECK(kept(t, pid).consecutiveUnexcused == 3);
    // A correction in the middle of the run ends it there.
    take(t, at(1, 26), { entry(pid, AttendanceStatus::Late, 10) });
    CHECK(kept(t, pid).lastAttended == QDate(2026, 1, 26));
    CHECK(kept(t, pid).consecutiveUnexcused == 1);
    // Corrected back, the run is whole again.
    take(t, at(1, 26), { entry(pid, AttendanceStatus::UnexcusedAbsence) });
    CHECK(kept(t, pid).lastAttended == QDate(2026, 1, 19));
    CHECK(kept(t, pid).consecutiveUnexcused == 3);

    const Engagement rules = fromHistory(t, pid, today);
    CHECK(kept(t, pid).lastAttended == rules.lastAttended);
    CHECK(kept(t, pid).consecutiveUnexcused == rules.consecutiveUnexcused);
}

TEST_CASE("The kept summary equals the engagement rules over the whole history of a demo clinic",
    "[supervision][attendance][summary]")
{
    const QDate today(2025, 6, 16);
    test::TestDatabase t;
    DemoOptions options;
    options.participants = 90;
    options.inCare = 50;
    options.years = 2;
    options.seed = 8;
    options.today = today;
    REQUIRE_OK(DemoGenerator::generate(t.db(), options));

    auto all = AttendanceQuery::load(t.db(), QDate(2000, 1, 1), today);
    REQUIRE_OK(all);
    QList<Id> ids = all->keys();
    auto kept = AttendanceQuery::recordedEngagement(t.db(), ids);
    REQUIRE_OK(kept);
    int withRun = 0;
    int attendedSome = 0;
    for (Id id : std::as_const(ids)) {
        const Engagement rules = EngagementRules::engagement(all->value(id).sessions, today);
        const Engagement summary = kept->value(id);
        INFO("participant " << id);
        CHECK(summary.lastAttended == rules.lastAttended);
        CHECK(summary.consecutiveUnexcused == rules.consecutiveUnexcused);
        withRun += rules.consecutiveUnexcused > 0 ? 1 : 0;
        attendedSome += rules.lastAttended.isValid() ? 1 : 0;
    }
    // The clinic has both kinds, so the comparison above compared something.
    CHECK(withRun > 0);
    CHECK(attendedSome > 45);
}
