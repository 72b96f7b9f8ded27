// SPDX-License-Identifier: GPL-3.0-or-later
// Hours attended (issue 5): computed from the session's instants less the minutes late and left
// early, time in overlapping sessions counted once, each session counted in the local week of
// the day it started, whatever its UTC date and whatever the clocks did that week.
#include "AttendanceTestSupport.h"

using namespace stepwise;
using namespace stepwise::attendancetest;
using AttendanceHours::span;
using AttendanceHours::unionHours;
using AttendanceHours::weekStart;

namespace {

const QDate monday(2026, 1, 12);

SessionTimes evening(const QDate& date = monday)
{
    return session(date, "18:00", "21:00");
}

double spanHours(AttendanceStatus status, int late, int early)
{
    const std::optional<AttendedSpan> a = span(evening(), status, late, early);
    REQUIRE(a.has_value());
    return hoursOf(*a);
}

WeekHours weekOf(double requiredHours, int requiredDays, double attendedHours, int attendedDays)
{
    WeekHours w;
    w.weekStart = monday;
    w.required.hours = requiredHours;
    w.required.days = requiredDays;
    w.attended.hours = attendedHours;
    w.attended.daysAttended = attendedDays;
    w.attended.sessionsAttended = attendedDays;
    return w;
}

} // namespace

TEST_CASE("Present for the whole session attends all of it", "[attendance][hours]")
{
    const SessionTimes s = evening();
    const std::optional<AttendedSpan> a = span(s, AttendanceStatus::Present, 0, 0);
    REQUIRE(a.has_value());
    CHECK(a->localDate == monday);
    CHECK(a->startUtc == s.startUtc);
    CHECK(a->endUtc == s.endUtc);
    CHECK(hoursOf(*a) == Approx(3.0));
    CHECK(spanHours(AttendanceStatus::Telehealth, 0, 0) == Approx(3.0));
}

TEST_CASE("Minutes late and left early reduce the hours attended", "[attendance][hours]")
{
    SECTION("late")
    {
        const std::optional<AttendedSpan> a = span(evening(), AttendanceStatus::Late, 15, 0);
        REQUIRE(a.has_value());
        CHECK(a->startUtc == evening().startUtc.addSecs(15 * 60));
        CHECK(a->endUtc == evening().endUtc);
        CHECK(hoursOf(*a) == Approx(2.75));
    }
    SECTION("left early")
    {
        const std::optional<AttendedSpan> a = span(evening(), AttendanceStatus::LeftEarly, 0, 30);
        REQUIRE(a.has_value());
        CHECK(a->startUtc == evening().startUtc);
        CHECK(a->endUtc == evening().endUtc.addSecs(-30 * 60));
        CHECK(hoursOf(*a) == Approx(2.5));
    }
    SECTION("came late and left early")
    {
        CHECK(spanHours(AttendanceStatus::Late, 15, 30) == Approx(2.25));
        CHECK(spanHours(AttendanceStatus::LeftEarly, 15, 30) == Approx(2.25));
    }
}

TEST_CASE("Late and left-early minutes that use up the session leave no time attended",
    "[attendance][hours]")
{
    CHECK_FALSE(span(evening(), AttendanceStatus::Late, 180, 0).has_value());
    CHECK_FALSE(span(evening(), AttendanceStatus::Late, 200, 0).has_value());
    CHECK_FALSE(span(evening(), AttendanceStatus::LeftEarly, 0, 180).has_value());
    CHECK_FALSE(span(evening(), AttendanceStatus::Late, 100, 80).has_value());
    CHECK(spanHours(AttendanceStatus::Late, 179, 0) == Approx(1.0 / 60));
}

TEST_CASE("Absences attend no time", "[attendance][hours]")
{
    CHECK_FALSE(span(evening(), AttendanceStatus::ExcusedAbsence, 0, 0).has_value());
    CHECK_FALSE(span(evening(), AttendanceStatus::UnexcusedAbsence, 0, 0).has_value());
    CHECK(attended(AttendanceStatus::Present));
    CHECK(attended(AttendanceStatus::Late));
    CHECK(attended(AttendanceStatus::LeftEarly));
    CHECK(attended(AttendanceStatus::Telehealth));
    CHECK_FALSE(attended(AttendanceStatus::ExcusedAbsence));
    CHECK_FALSE(attended(AttendanceStatus::UnexcusedAbsence));
}

TEST_CASE("Time in overlapping sessions counts once", "[attendance][hours]")
{
    const AttendedSpan group = present(monday, "18:00", "21:00");
    CHECK(unionHours({}) == 0.0);
    SECTION("partial overlap")
    {
        CHECK(unionHours({ group, present(monday, "20:00", "22:00") }) == Approx(4.0));
        CHECK(unionHours({ present(monday, "20:00", "22:00"), group }) == Approx(4.0));
        CHECK(unionHours({ present(monday, "17:00", "19:00"), group }) == Approx(4.0));
    }
    SECTION("one inside the other")
    {
        CHECK(unionHours({ group, present(monday, "19:00", "20:00") }) == Approx(3.0));
        CHECK(unionHours({ present(monday, "19:00", "20:00"), group }) == Approx(3.0));
    }
    SECTION("identical sessions")
    {
        CHECK(unionHours({ group, group }) == Approx(3.0));
        CHECK(unionHours({ group, group, group }) == Approx(3.0));
    }
    SECTION("a chain of overlaps and a separate session")
    {
        // 17-19, 18-21 and 20:30-22 cover 17-22; 09-10 is apart from them.
        CHECK(unionHours({ present(monday, "20:30", "22:00"), group,
                  present(monday, "09:00", "10:00"), present(monday, "17:00", "19:00") })
            == Approx(6.0));
    }
    SECTION("back to back and apart")
    {
        CHECK(unionHours({ present(monday, "15:00", "18:00"), group }) == Approx(6.0));
        CHECK(unionHours({ group, present(monday.addDays(2), "18:00", "21:00") }) == Approx(6.0));
    }
    SECTION("late arrival into an overlapping session")
    {
        const std::optional<AttendedSpan> late
            = span(session(monday, "20:00", "22:00"), AttendanceStatus::Late, 90, 0);
        REQUIRE(late.has_value());
        // 21:30-22:00 after 18-21: nothing shared.
        CHECK(unionHours({ group, *late }) == Approx(3.5));
    }
}

TEST_CASE("A week's hours, days and sessions come from the spans of its seven local days",
    "[attendance][hours]")
{
    const QList<AttendedSpan> spans = { present(monday, "18:00", "21:00"),
        present(monday, "20:00", "21:30"), present(monday.addDays(2), "18:00", "21:00"),
        present(monday.addDays(6), "10:00", "11:00"), present(monday.addDays(7), "18:00", "21:00"),
        present(monday.addDays(-1), "18:00", "21:00") };
    const WeekAttendance w = AttendanceHours::week(spans, monday);
    CHECK(w.hours == Approx(3.5 + 3 + 1));
    CHECK(w.daysAttended == 3);
    CHECK(w.sessionsAttended == 4);

    const WeekAttendance none = AttendanceHours::week({}, monday);
    CHECK(none.hours == 0.0);
    CHECK(none.daysAttended == 0);
    CHECK(none.sessionsAttended == 0);
}

TEST_CASE("A session crossing midnight counts in full on the day it started", "[attendance][hours]")
{
    const QDate sunday = monday.addDays(6);
    const AttendedSpan late = present(sunday, "22:00", "01:00");
    CHECK(late.localDate == sunday);
    CHECK(hoursOf(late) == Approx(3.0));
    const WeekAttendance w = AttendanceHours::week({ late }, monday);
    CHECK(w.hours == Approx(3.0));
    CHECK(w.daysAttended == 1);
    CHECK(AttendanceHours::week({ late }, monday.addDays(7)).hours == 0.0);
}

TEST_CASE("A Sunday-evening session counts in its local week, not in its UTC week",
    "[attendance][hours][week]")
{
    // 20:00-23:00 EST on Sunday 29 November is 01:00-04:00 UTC on Monday 30 November.
    const QDate sunday(2026, 11, 29);
    const AttendedSpan s = present(sunday, "20:00", "23:00");
    REQUIRE(s.startUtc.toUTC().date() == QDate(2026, 11, 30));

    SECTION("weeks starting on Monday")
    {
        const QDate week = weekStart(sunday, Qt::Monday);
        CHECK(week == QDate(2026, 11, 23));
        CHECK(AttendanceHours::week({ s }, week).hours == Approx(3.0));
        CHECK(AttendanceHours::week({ s }, week).daysAttended == 1);
        CHECK(AttendanceHours::week({ s }, QDate(2026, 11, 30)).hours == 0.0);
    }
    SECTION("weeks starting on Sunday")
    {
        const QDate week = weekStart(sunday, Qt::Sunday);
        CHECK(week == sunday);
        CHECK(AttendanceHours::week({ s }, week).hours == Approx(3.0));
        CHECK(AttendanceHours::week({ s }, QDate(2026, 11, 22)).hours == 0.0);
    }
}

TEST_CASE("Weeks start on the configured day whichever day it is", "[attendance][hours][week]")
{
    // Wednesday 25 November 2026.
    const QDate wednesday(2026, 11, 25);
    REQUIRE(wednesday.dayOfWeek() == Qt::Wednesday);
    CHECK(weekStart(wednesday, Qt::Monday) == QDate(2026, 11, 23));
    CHECK(weekStart(wednesday, Qt::Tuesday) == QDate(2026, 11, 24));
    CHECK(weekStart(wednesday, Qt::Wednesday) == wednesday);
    CHECK(weekStart(wednesday, Qt::Thursday) == QDate(2026, 11, 19));
    CHECK(weekStart(wednesday, Qt::Friday) == QDate(2026, 11, 20));
    CHECK(weekStart(wednesday, Qt::Saturday) == QDate(2026, 11, 21));
    CHECK(weekStart(wednesday, Qt::Sunday) == QDate(2026, 11, 22));

    // Every day of a fortnight across a year end, for every first day.
    for (int first = Qt::Monday; first <= Qt::Sunday; ++first) {
        for (QDate day(2026, 12, 25); day <= QDate(2027, 1, 7); day = day.addDays(1)) {
            const QDate start = weekStart(day, Qt::DayOfWeek(first));
            INFO("first day " << first << ", day " << day.toString(Qt::ISODate).toStdString());
            CHECK(start.dayOfWeek() == first);
            CHECK(start <= day);
            CHECK(start.daysTo(day) < 7);
        }
    }
}

namespace {

struct DstWeek
{
    QTimeZone zone;
    QDate changeNight; // a Sunday
    Qt::DayOfWeek first;
    QList<QDate> evenings; // ordinary 18:00-21:00 sessions that week
    double changeNightHours;
};

void checkDstWeek(const DstWeek& d)
{
    const QDate week = weekStart(d.changeNight, d.first);
    INFO("zone " << d.zone.id().toStdString() << ", week of "
                 << week.toString(Qt::ISODate).toStdString());
    QList<AttendedSpan> spans;
    const AttendedSpan night = present(d.changeNight, "00:30", "03:30", d.zone);
    CHECK(hoursOf(night) == Approx(d.changeNightHours));
    spans.append(night);
    for (const QDate& day : d.evenings) {
        REQUIRE(weekStart(day, d.first) == week);
        const AttendedSpan e = present(day, "18:00", "21:00", d.zone);
        CHECK(hoursOf(e) == Approx(3.0));
        spans.append(e);
    }
    const WeekAttendance w = AttendanceHours::week(spans, week);
    CHECK(w.hours == Approx(d.changeNightHours + 3.0 * d.evenings.size()));
    CHECK(w.sessionsAttended == d.evenings.size() + 1);
}

} // namespace

TEST_CASE("The week New York clocks go forward adds up in real hours", "[attendance][hours][dst]")
{
    // Monday weeks: 2-8 March, the change on the Sunday; an evening session that Sunday too.
    checkDstWeek({ newYork(), QDate(2026, 3, 8), Qt::Monday,
        { QDate(2026, 3, 2), QDate(2026, 3, 4), QDate(2026, 3, 8) }, 2.0 });
    // Sunday weeks: 8-14 March, the change on the first day.
    checkDstWeek({ newYork(), QDate(2026, 3, 8), Qt::Sunday,
        { QDate(2026, 3, 8), QDate(2026, 3, 10), QDate(2026, 3, 12) }, 2.0 });
}

TEST_CASE("The week New York clocks go back adds up in real hours", "[attendance][hours][dst]")
{
    checkDstWeek({ newYork(), QDate(2026, 11, 1), Qt::Monday,
        { QDate(2026, 10, 26), QDate(2026, 10, 28), QDate(2026, 11, 1) }, 4.0 });
    checkDstWeek({ newYork(), QDate(2026, 11, 1), Qt::Sunday,
        { QDate(2026, 11, 1), QDate(2026, 11, 3), QDate(2026, 11, 5) }, 4.0 });
}

TEST_CASE("The week London clocks go forward adds up in real hours", "[attendance][hours][dst]")
{
    checkDstWeek({ london(), QDate(2026, 3, 29), Qt::Monday,
        { QDate(2026, 3, 23), QDate(2026, 3, 25), QDate(2026, 3, 29) }, 2.0 });
    checkDstWeek({ london(), QDate(2026, 3, 29), Qt::Sunday,
        { QDate(2026, 3, 29), QDate(2026, 3, 31), QDate(2026, 4, 2) }, 2.0 });
}

TEST_CASE("The week London clocks go back adds up in real hours", "[attendance][hours][dst]")
{
    checkDstWeek({ london(), QDate(2026, 10, 25), Qt::Monday,
        { QDate(2026, 10, 19), QDate(2026, 10, 21), QDate(2026, 10, 25) }, 4.0 });
    checkDstWeek({ london(), QDate(2026, 10, 25), Qt::Sunday,
        { QDate(2026, 10, 25), QDate(2026, 10, 27), QDate(2026, 10, 29) }, 4.0 });
}

TEST_CASE("Adult intensive week totals around the change night", "[attendance][hours][dst]")
{
    // Two 3-hour evenings and the 2-hour change-night session: 8 of 9 h, below; the same
    // sessions the week clocks go back: 10 h, not below.
    const QList<Episode> episodes = { intensiveSince(QDate(2026, 1, 5)) };
    const QList<AttendedSpan> spring = { present(QDate(2026, 3, 3), "18:00", "21:00"),
        present(QDate(2026, 3, 5), "18:00", "21:00"),
        present(QDate(2026, 3, 8), "00:30", "03:30") };
    const WeekHours s = AttendanceHours::weekHours(
        episodes, {}, spring, QDate(2026, 3, 2), AttendanceSettings {});
    CHECK(s.attended.hours == Approx(8.0));
    CHECK(s.attended.daysAttended == 3);
    CHECK(s.belowHours());
    CHECK_FALSE(s.belowDays());

    const QList<AttendedSpan> fall = { present(QDate(2026, 10, 27), "18:00", "21:00"),
        present(QDate(2026, 10, 29), "18:00", "21:00"),
        present(QDate(2026, 11, 1), "00:30", "03:30") };
    const WeekHours f = AttendanceHours::weekHours(
        episodes, {}, fall, QDate(2026, 10, 26), AttendanceSettings {});
    CHECK(f.attended.hours == Approx(10.0));
    CHECK_FALSE(f.below());
}

TEST_CASE("A week at its required hours is not below them", "[attendance][hours]")
{
    CHECK_FALSE(weekOf(9, 3, 9.0, 3).belowHours());
    CHECK_FALSE(weekOf(9, 3, 9.0, 3).below());
    CHECK_FALSE(weekOf(9, 3, 12.0, 4).below());
    CHECK(weekOf(9, 3, 8.99, 3).belowHours());
    CHECK(weekOf(9, 3, 8.99, 3).below());
    CHECK_FALSE(weekOf(9, 3, 8.99, 3).belowDays());
    // Hours made up on fewer days than required.
    CHECK(weekOf(9, 3, 9.0, 2).belowDays());
    CHECK_FALSE(weekOf(9, 3, 9.0, 2).belowHours());
    CHECK(weekOf(9, 3, 9.0, 2).below());
    // Nothing required: nothing to fall below.
    CHECK_FALSE(weekOf(0, 0, 0.0, 0).below());
}

TEST_CASE(
    "Hours summed from three 3-hour sessions meet a 9-hour requirement", "[attendance][hours]")
{
    const QList<Episode> episodes = { intensiveSince(QDate(2026, 1, 5)) };
    const QList<AttendedSpan> spans
        = { present(monday, "18:00", "21:00"), present(monday.addDays(2), "18:00", "21:00"),
              present(monday.addDays(4), "18:00", "21:00") };
    const WeekHours w
        = AttendanceHours::weekHours(episodes, {}, spans, monday, AttendanceSettings {});
    CHECK(w.weekStart == monday);
    CHECK(w.required.hours == Approx(9.0));
    CHECK(w.attended.hours == Approx(9.0));
    CHECK_FALSE(w.below());

    const std::optional<AttendedSpan> late
        = span(evening(monday.addDays(4)), AttendanceStatus::Late, 1, 0);
    REQUIRE(late.has_value());
    const WeekHours short1 = AttendanceHours::weekHours(
        episodes, {}, { spans.at(0), spans.at(1), *late }, monday, AttendanceSettings {});
    CHECK(short1.belowHours());
}
