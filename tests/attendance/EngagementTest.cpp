// SPDX-License-Identifier: GPL-3.0-or-later
// Engagement and the caseload's attendance flags (issue 5): the attendance rate over four weeks
// leaves excused absences out; unexcused absences in a row are counted since the last session
// attended, excused ones neither counting nor breaking the run; the flags are below the hours
// last week, two or more unexcused absences in a row, and no attendance in seven days once the
// episode is a week old and in a phase that requires hours.
#include "AttendanceTestSupport.h"

using namespace stepwise;
using namespace stepwise::attendancetest;
using EngagementRules::engagement;
using St = AttendanceStatus;

namespace {

// Wednesday 18 March 2026: with Monday weeks, last week is 9-15 March.
const QDate today(2026, 3, 18);
const QDate lastMonday(2026, 3, 9);
const AttendanceSettings defaults;

bool mentions(const QStringList& lines, const QString& text)
{
    for (const QString& line : lines) {
        if (line.contains(text))
            return true;
    }
    return false;
}

// Three 3-hour sessions on three days of last week.
QList<AttendedSpan> fullLastWeek()
{
    return { present(lastMonday, "18:00", "21:00"),
        present(lastMonday.addDays(2), "18:00", "21:00"),
        present(lastMonday.addDays(4), "18:00", "21:00") };
}

// Expected sessions at the spans, all attended: keeps the unexcused-absence flag quiet.
QList<ExpectedSession> attendedAt(const QList<AttendedSpan>& spans)
{
    QList<ExpectedSession> sessions;
    for (const AttendedSpan& s : spans)
        sessions.append({ s.localDate, s.startUtc, St::Present });
    return sessions;
}

} // namespace

TEST_CASE("Nothing recorded gives no rate", "[attendance][engagement]")
{
    const Engagement e = engagement({}, today);
    CHECK_FALSE(e.ratePercent.has_value());
    CHECK(e.sessionsCounted == 0);
    CHECK(e.consecutiveUnexcused == 0);
    CHECK(e.lastAttended.isNull());

    // Sessions whose attendance has not been taken are not recorded.
    const Engagement pending = engagement({ expected(today, std::nullopt) }, today);
    CHECK_FALSE(pending.ratePercent.has_value());
    CHECK(pending.lastAttended.isNull());
}

TEST_CASE("The attendance rate covers 28 days and leaves excused absences out",
    "[attendance][engagement]")
{
    const QList<ExpectedSession> sessions = { expected(today, St::Present),
        expected(today.addDays(-2), St::Late), expected(today.addDays(-4), St::LeftEarly),
        expected(today.addDays(-6), St::ExcusedAbsence),
        expected(today.addDays(-8), St::ExcusedAbsence),
        expected(today.addDays(-9), St::UnexcusedAbsence),
        // The first day of the 28.
        expected(today.addDays(-27), St::Telehealth),
        // Outside the window and after today: not counted.
        expected(today.addDays(-28), St::UnexcusedAbsence),
        expected(today.addDays(-40), St::UnexcusedAbsence),
        expected(today.addDays(1), St::UnexcusedAbsence),
        expected(today.addDays(-3), std::nullopt) };
    const Engagement e = engagement(sessions, today);
    CHECK(e.sessionsCounted == 5);
    CHECK(e.sessionsAttended == 4);
    REQUIRE(e.ratePercent.has_value());
    CHECK(*e.ratePercent == 80);
}

TEST_CASE("A rate of only absences is zero", "[attendance][engagement]")
{
    const Engagement e = engagement({ expected(today.addDays(-1), St::UnexcusedAbsence),
                                        expected(today.addDays(-3), St::UnexcusedAbsence) },
        today);
    REQUIRE(e.ratePercent.has_value());
    CHECK(*e.ratePercent == 0);
    CHECK(e.lastAttended.isNull());
}

TEST_CASE("Unexcused absences in a row count back to the last session attended",
    "[attendance][engagement]")
{
    SECTION("excused absences in between neither count nor break the run")
    {
        const Engagement e = engagement({ expected(today, St::UnexcusedAbsence),
                                            expected(today.addDays(-2), St::ExcusedAbsence),
                                            expected(today.addDays(-4), St::UnexcusedAbsence),
                                            expected(today.addDays(-6), St::Present),
                                            expected(today.addDays(-8), St::UnexcusedAbsence) },
            today);
        CHECK(e.consecutiveUnexcused == 2);
        CHECK(e.lastAttended == today.addDays(-6));
    }
    SECTION("a session attended ends the run")
    {
        const Engagement e = engagement(
            { expected(today, St::Late), expected(today.addDays(-2), St::UnexcusedAbsence),
                expected(today.addDays(-4), St::UnexcusedAbsence) },
            today);
        CHECK(e.consecutiveUnexcused == 0);
        CHECK(e.lastAttended == today);
    }
    SECTION("the order sessions are given in does not matter")
    {
        const Engagement e = engagement(
            { expected(today.addDays(-6), St::Telehealth), expected(today, St::UnexcusedAbsence),
                expected(today.addDays(-8), St::UnexcusedAbsence),
                expected(today.addDays(-4), St::UnexcusedAbsence),
                expected(today.addDays(-2), St::UnexcusedAbsence) },
            today);
        CHECK(e.consecutiveUnexcused == 3);
        CHECK(e.lastAttended == today.addDays(-6));
    }
    SECTION("never attended: every unexcused absence is in the run")
    {
        const Engagement e = engagement({ expected(today, St::UnexcusedAbsence),
                                            expected(today.addDays(-2), St::ExcusedAbsence),
                                            expected(today.addDays(-4), St::UnexcusedAbsence),
                                            expected(today.addDays(-50), St::UnexcusedAbsence) },
            today);
        CHECK(e.consecutiveUnexcused == 3);
        CHECK(e.lastAttended.isNull());
    }
}

TEST_CASE("The last session attended may be outside the rate's window", "[attendance][engagement]")
{
    const Engagement e = engagement({ expected(today.addDays(-35), St::Present),
                                        expected(today.addDays(-3), St::ExcusedAbsence) },
        today);
    CHECK(e.lastAttended == today.addDays(-35));
    CHECK_FALSE(e.ratePercent.has_value());
}

TEST_CASE("Below the hours last week is flagged with the hours", "[attendance][flags]")
{
    const QList<Episode> episodes = { intensiveSince(QDate(2026, 1, 5)) };
    // Two of last week's three sessions: 6 of 9 h; one this week, which does not help.
    QList<AttendedSpan> spans = fullLastWeek();
    spans.removeLast();
    spans.append(present(today.addDays(-1), "18:00", "21:00"));
    const AttendanceFlags f
        = EngagementRules::flags(episodes, {}, spans, attendedAt(spans), today, defaults);
    CHECK(f.lastWeek.weekStart == lastMonday);
    CHECK(f.lastWeek.attended.hours == Approx(6.0));
    CHECK(f.lastWeek.required.hours == Approx(9.0));
    CHECK(f.belowRequiredLastWeek);
    CHECK(f.any());
    const QStringList text = f.describe();
    REQUIRE(text.size() == 1);
    CHECK(text.first().contains(QStringLiteral("6")));
    CHECK(text.first().contains(QStringLiteral("9")));
}

TEST_CASE(
    "The week of admission is not flagged below hours, the week after is", "[attendance][flags]")
{
    // Admitted last Saturday: two days of last week in care, nothing attended.
    const QList<Episode> episodes = { intensiveSince(lastMonday.addDays(5)) };
    const AttendanceFlags f = EngagementRules::flags(episodes, {}, {}, {}, today, defaults);
    CHECK(f.lastWeek.required.hours == Approx(9.0 * 2 / 7).margin(0.005));
    CHECK(f.lastWeek.below());            // the numbers still say so
    CHECK_FALSE(f.belowRequiredLastWeek); // but the caseload does not flag it
    // A week later the first full week counts.
    const AttendanceFlags next
        = EngagementRules::flags(episodes, {}, {}, {}, today.addDays(7), defaults);
    CHECK(next.belowRequiredLastWeek);
}

TEST_CASE("A full week of hours raises no flag", "[attendance][flags]")
{
    const QList<Episode> episodes = { intensiveSince(QDate(2026, 1, 5)) };
    QList<AttendedSpan> spans = fullLastWeek();
    spans.append(present(today.addDays(-1), "18:00", "21:00"));
    const AttendanceFlags f
        = EngagementRules::flags(episodes, {}, spans, attendedAt(spans), today, defaults);
    CHECK_FALSE(f.belowRequiredLastWeek);
    CHECK_FALSE(f.noAttendanceIn7Days);
    CHECK(f.lastAttended == today.addDays(-1));
    CHECK_FALSE(f.any());
    CHECK(f.describe().isEmpty());
}

TEST_CASE("Last week follows the configured first day of the week", "[attendance][flags]")
{
    AttendanceSettings sundays;
    sundays.weekStartsOn = Qt::Sunday;
    const QList<Episode> episodes = { intensiveSince(QDate(2026, 1, 5)) };
    // Sunday 8 to Saturday 14 March: the Sunday-week before today's (15-21 March).
    const QList<AttendedSpan> spans = { present(QDate(2026, 3, 8), "18:00", "21:00"),
        present(QDate(2026, 3, 10), "18:00", "21:00"),
        present(QDate(2026, 3, 12), "18:00", "21:00") };
    const AttendanceFlags f
        = EngagementRules::flags(episodes, {}, spans, attendedAt(spans), today, sundays);
    CHECK(f.lastWeek.weekStart == QDate(2026, 3, 8));
    CHECK(f.lastWeek.attended.hours == Approx(9.0));
    CHECK_FALSE(f.belowRequiredLastWeek);
    // With Monday weeks the Sunday session falls in the week before: 6 h last week.
    const AttendanceFlags m
        = EngagementRules::flags(episodes, {}, spans, attendedAt(spans), today, defaults);
    CHECK(m.lastWeek.attended.hours == Approx(6.0));
    CHECK(m.belowRequiredLastWeek);
}

TEST_CASE("Two unexcused absences in a row are flagged, one is not", "[attendance][flags]")
{
    const QList<Episode> episodes = { intensiveSince(QDate(2026, 1, 5)) };
    QList<AttendedSpan> spans = fullLastWeek();
    QList<ExpectedSession> sessions = attendedAt(spans);
    sessions.append(expected(today.addDays(-2), St::UnexcusedAbsence));

    const AttendanceFlags one
        = EngagementRules::flags(episodes, {}, spans, sessions, today, defaults);
    CHECK(one.consecutiveUnexcused == 1);
    CHECK_FALSE(one.any());

    sessions.append(expected(today.addDays(-1), St::ExcusedAbsence));
    sessions.append(expected(today, St::UnexcusedAbsence));
    const AttendanceFlags two
        = EngagementRules::flags(episodes, {}, spans, sessions, today, defaults);
    CHECK(two.consecutiveUnexcused == 2);
    CHECK(two.any());
    CHECK(mentions(two.describe(), QStringLiteral("2")));

    sessions.append(expected(today.addDays(-1), St::UnexcusedAbsence));
    const AttendanceFlags three
        = EngagementRules::flags(episodes, {}, spans, sessions, today, defaults);
    CHECK(three.consecutiveUnexcused == 3);
    CHECK(mentions(three.describe(), QStringLiteral("3")));
}

TEST_CASE("No attendance in 7 days is flagged", "[attendance][flags]")
{
    const QList<Episode> episodes = { intensiveSince(QDate(2026, 1, 5)) };
    SECTION("last attended 8 days ago")
    {
        const QList<AttendedSpan> spans = { present(today.addDays(-8), "18:00", "21:00") };
        const AttendanceFlags f
            = EngagementRules::flags(episodes, {}, spans, attendedAt(spans), today, defaults);
        CHECK(f.noAttendanceIn7Days);
        CHECK(f.lastAttended == today.addDays(-8));
        CHECK(f.any());
        // The line names the day last attended (the 10th).
        CHECK(mentions(f.describe(), QString::number(today.addDays(-8).day())));
    }
    SECTION("last attended 6 days ago")
    {
        const QList<AttendedSpan> spans = { present(today.addDays(-6), "18:00", "21:00") };
        const AttendanceFlags f
            = EngagementRules::flags(episodes, {}, spans, attendedAt(spans), today, defaults);
        CHECK_FALSE(f.noAttendanceIn7Days);
    }
    SECTION("never attended")
    {
        const AttendanceFlags f = EngagementRules::flags(episodes, {}, {}, {}, today, defaults);
        CHECK(f.noAttendanceIn7Days);
        CHECK(f.lastAttended.isNull());
        CHECK_FALSE(f.describe().isEmpty());
    }
    SECTION("a drop-in recorded only as time attended counts as attendance")
    {
        const QList<AttendedSpan> spans = { present(today.addDays(-2), "18:00", "21:00") };
        const AttendanceFlags f = EngagementRules::flags(episodes, {}, spans, {}, today, defaults);
        CHECK_FALSE(f.noAttendanceIn7Days);
        CHECK(f.lastAttended == today.addDays(-2));
    }
}

TEST_CASE("No attendance in 7 days waits until the episode is a week old", "[attendance][flags]")
{
    const AttendanceFlags young = EngagementRules::flags(
        { intensiveSince(today.addDays(-5)) }, {}, {}, {}, today, defaults);
    CHECK_FALSE(young.noAttendanceIn7Days);

    const AttendanceFlags older = EngagementRules::flags(
        { intensiveSince(today.addDays(-8)) }, {}, {}, {}, today, defaults);
    CHECK(older.noAttendanceIn7Days);
}

TEST_CASE("No attendance in 7 days does not apply in aftercare by default", "[attendance][flags]")
{
    const QList<Episode> episodes = { episode(
        { { PhaseKind::Intensive, QDate(2025, 9, 1) }, { PhaseKind::StepDown, QDate(2025, 11, 3) },
            { PhaseKind::Aftercare, QDate(2026, 1, 5) } }) };
    const QList<AttendedSpan> spans = { present(today.addDays(-20), "18:00", "21:00") };
    const AttendanceFlags f
        = EngagementRules::flags(episodes, {}, spans, attendedAt(spans), today, defaults);
    CHECK_FALSE(f.noAttendanceIn7Days);
    CHECK_FALSE(f.belowRequiredLastWeek);
    CHECK_FALSE(f.any());

    // A program that requires an hour a week in aftercare gets the flag.
    AttendanceSettings s;
    s.setRequirement(PhaseKind::Aftercare, AgeGroup::Adult, { 1.0, 1 });
    const AttendanceFlags required
        = EngagementRules::flags(episodes, {}, spans, attendedAt(spans), today, s);
    CHECK(required.noAttendanceIn7Days);
    CHECK(required.belowRequiredLastWeek);
}

TEST_CASE(
    "Below hours during a step-down week is still reported, marked as such", "[attendance][flags]")
{
    // Stepped down on Thursday of last week: 9x3/7 + 3x4/7 h required, 3 h attended.
    const QList<Episode> episodes = { episode({ { PhaseKind::Intensive, QDate(2026, 1, 5) },
        { PhaseKind::StepDown, lastMonday.addDays(3) } }) };
    const QList<AttendedSpan> spans
        = { present(lastMonday, "18:00", "21:00"), present(today.addDays(-1), "18:00", "21:00") };
    const AttendanceFlags f
        = EngagementRules::flags(episodes, {}, spans, attendedAt(spans), today, defaults);
    CHECK(f.lastWeek.required.stepDownWeek);
    CHECK(f.belowRequiredLastWeek);
    REQUIRE(f.describe().size() == 1);
    CHECK(f.describe().first().contains(QStringLiteral("3")));
}
