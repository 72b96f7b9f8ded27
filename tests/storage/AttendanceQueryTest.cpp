// SPDX-License-Identifier: GPL-3.0-or-later
// What attendance adds up to (issue 5): the weekly hours report and its week start, the
// attendance part of the chart and the attendance flags of the caseload.
#include "storage/AttendanceQuery.h"

#include "AttendanceTestSupport.h"
#include "storage/CaseloadQuery.h"
#include "storage/EpisodeStore.h"
#include "storage/SettingsStore.h"
#include "support/MockClock.h"

#include <catch2/catch.hpp>

using namespace stepwise;
using namespace stepwise::storagetest;

namespace {

const HoursReportRow* rowOf(const HoursReport& report, Id participant)
{
    for (const HoursReportRow& row : report.rows) {
        if (row.participantId == participant)
            return &row;
    }
    return nullptr;
}

QList<Id> idsOf(const HoursReport& report)
{
    QList<Id> ids;
    for (const HoursReportRow& row : report.rows)
        ids.append(row.participantId);
    return ids;
}

CaseloadRow caseloadRow(test::TestDatabase& t, Id participant, const QDate& today)
{
    auto rows = CaseloadQuery::rows(t.db(), {}, today);
    REQUIRE_OK(rows);
    for (const CaseloadRow& row : rows.value()) {
        if (row.participantId == participant)
            return row;
    }
    FAIL("participant not in the caseload");
    return {};
}

} // namespace

TEST_CASE("The weekly hours report adds what was attended against what the phase requires",
    "[storage][attendance][report]")
{
    test::MockClock clock(utc(QDate(2026, 1, 26), "10:00"));
    test::TestDatabase t;
    ScheduleStore schedule(t.db());
    const Id kim = t.addStaff(QStringLiteral("Kim Counselor"), { StaffRole::Counselor });
    const Id adams = admit(t, QStringLiteral("R-1"), QDate(2026, 1, 5), 0, QStringLiteral("Adams"));
    const Id brooks
        = admit(t, QStringLiteral("R-2"), QDate(2026, 1, 5), kim, QStringLiteral("Brooks"));
    // Cole comes after the week, Diaz left before it, Evans joins on its Thursday.
    const Id cole = admit(t, QStringLiteral("R-3"), QDate(2026, 1, 20), 0, QStringLiteral("Cole"));
    const Id diaz = admit(t, QStringLiteral("R-4"), QDate(2025, 12, 1), 0, QStringLiteral("Diaz"));
    const Id evans
        = admit(t, QStringLiteral("R-5"), QDate(2026, 1, 15), 0, QStringLiteral("Evans"));
    auto diazEpisodes = EpisodeStore(t.db()).episodes(diaz);
    REQUIRE_OK(diazEpisodes);
    REQUIRE_OK(EpisodeStore(t.db()).discharge(
        diazEpisodes->first().id, QDate(2026, 1, 9), QStringLiteral("Completed")));

    const Id iop = createTemplate(t, eveningIop(t.counselorId()));
    // Relapse prevention on Wednesdays 20:00-22:00 overlaps the last hour of the IOP.
    GroupTemplate rp = group(
        QStringLiteral("Relapse prevention"), { Qt::Wednesday }, "20:00", "22:00", t.counselorId());
    rp.sessionType = QStringLiteral("relapse_prevention");
    const Id relapse = createTemplate(t, rp);
    for (Id p : { adams, brooks })
        REQUIRE_OK(schedule.enroll(iop, p, QDate(2026, 1, 5)));
    REQUIRE_OK(schedule.enroll(iop, evans, QDate(2026, 1, 15)));
    REQUIRE_OK(schedule.enroll(relapse, adams, QDate(2026, 1, 5)));
    REQUIRE_OK(schedule.generate(iop, QDate(2026, 1, 12), QDate(2026, 1, 16)));
    REQUIRE_OK(schedule.generate(relapse, QDate(2026, 1, 12), QDate(2026, 1, 16)));

    // Adams: Monday in full, Wednesday 30 minutes late to the IOP and then relapse prevention
    // (18:30-22:00 is 3.5 hours, the overlap counted once), Friday left an hour early.
    take(t, sessionOn(t, iop, QDate(2026, 1, 12)).id,
        { entry(adams, AttendanceStatus::Present), entry(brooks, AttendanceStatus::Present) });
    take(t, sessionOn(t, iop, QDate(2026, 1, 14)).id,
        { entry(adams, AttendanceStatus::Late, 30), entry(brooks, AttendanceStatus::Present) });
    take(t, sessionOn(t, relapse, QDate(2026, 1, 14)).id,
        { entry(adams, AttendanceStatus::Present) });
    take(t, sessionOn(t, iop, QDate(2026, 1, 16)).id,
        { entry(adams, AttendanceStatus::LeftEarly, 0, 60),
            entry(brooks, AttendanceStatus::Present), entry(evans, AttendanceStatus::Present) });

    auto report = AttendanceQuery::weekReport(t.db(), QDate(2026, 1, 14));
    REQUIRE_OK(report);
    CHECK(report->weekStartsOn == Qt::Monday);
    CHECK(report->weekStart == QDate(2026, 1, 12));
    CHECK(report->weekEnd == QDate(2026, 1, 18));
    // Only those in care during the week, by name.
    CHECK(idsOf(*report) == QList<Id> { adams, brooks, evans });
    CHECK_FALSE(idsOf(*report).contains(cole));
    CHECK_FALSE(idsOf(*report).contains(diaz));

    const HoursReportRow* a = rowOf(*report, adams);
    REQUIRE(a != nullptr);
    CHECK(a->week.required.hours == Approx(9.0));
    CHECK(a->week.required.days == 3);
    CHECK(a->week.attended.hours == Approx(3.0 + 3.5 + 2.0));
    CHECK(a->week.attended.daysAttended == 3);
    CHECK(a->week.attended.sessionsAttended == 4);
    CHECK(a->flags == QStringList { QStringLiteral("below_hours") });
    CHECK(a->counselorName == QStringLiteral("Dana Counselor"));

    const HoursReportRow* b = rowOf(*report, brooks);
    REQUIRE(b != nullptr);
    CHECK(b->week.attended.hours == Approx(9.0));
    CHECK(b->week.attended.daysAttended == 3);
    CHECK(b->flags.isEmpty());
    CHECK(b->counselorName == QStringLiteral("Kim Counselor"));

    // Evans was in care four days of seven: 9 x 4/7 = 5.14 hours and 2 days required.
    const HoursReportRow* e = rowOf(*report, evans);
    REQUIRE(e != nullptr);
    CHECK(e->week.required.daysInCare == 4);
    CHECK(e->week.required.hours == Approx(5.14));
    CHECK(e->week.required.days == 2);
    CHECK(e->week.attended.hours == Approx(3.0));
    CHECK(e->flags
        == QStringList { QStringLiteral("below_hours"), QStringLiteral("below_days"),
            QStringLiteral("prorated") });

    SECTION("a counselor sees only their own caseload")
    {
        t.actAs(t.counselorId(), { StaffRole::Counselor });
        auto own = AttendanceQuery::weekReport(t.db(), QDate(2026, 1, 14));
        REQUIRE_OK(own);
        CHECK(idsOf(*own) == QList<Id> { adams, evans });
        t.actAs(kim, { StaffRole::Counselor });
        auto theirs = AttendanceQuery::weekReport(t.db(), QDate(2026, 1, 14));
        REQUIRE_OK(theirs);
        CHECK(idsOf(*theirs) == QList<Id> { brooks });
    }
    SECTION("a week nobody was in care is empty")
    {
        auto empty = AttendanceQuery::weekReport(t.db(), QDate(2025, 11, 5));
        REQUIRE_OK(empty);
        CHECK(empty->rows.isEmpty());
    }
}

TEST_CASE("The hours report follows the program's first day of the week",
    "[storage][attendance][report][settings]")
{
    test::MockClock clock(utc(QDate(2026, 1, 26), "10:00"));
    test::TestDatabase t;
    ScheduleStore schedule(t.db());
    const Id pid = admit(t, QStringLiteral("R-1"), QDate(2026, 1, 5));
    const Id iop = createTemplate(t, eveningIop(t.counselorId()));
    GroupTemplate family
        = group(QStringLiteral("Family Sunday"), { Qt::Sunday }, "14:00", "16:00", t.counselorId());
    family.sessionType = QStringLiteral("family_session");
    const Id sunday = createTemplate(t, family);
    REQUIRE_OK(schedule.enroll(iop, pid, QDate(2026, 1, 5)));
    REQUIRE_OK(schedule.enroll(sunday, pid, QDate(2026, 1, 5)));
    REQUIRE_OK(schedule.generate(iop, QDate(2026, 1, 12), QDate(2026, 1, 16)));
    REQUIRE_OK(schedule.generate(sunday, QDate(2026, 1, 18), QDate(2026, 1, 18)));
    for (const QDate& d : { QDate(2026, 1, 12), QDate(2026, 1, 14), QDate(2026, 1, 16) })
        take(t, sessionOn(t, iop, d).id, { entry(pid, AttendanceStatus::Present) });
    take(t, sessionOn(t, sunday, QDate(2026, 1, 18)).id, { entry(pid, AttendanceStatus::Present) });

    // Weeks start on Monday: Sunday the 18th ends the week of the 12th.
    auto monday = AttendanceQuery::weekReport(t.db(), QDate(2026, 1, 18));
    REQUIRE_OK(monday);
    CHECK(monday->weekStart == QDate(2026, 1, 12));
    CHECK(monday->weekEnd == QDate(2026, 1, 18));
    REQUIRE(monday->rows.size() == 1);
    CHECK(monday->rows.first().week.attended.hours == Approx(11.0));
    CHECK(monday->rows.first().week.attended.daysAttended == 4);

    // An administrator makes Sunday the first day of the week.
    const Id ada = t.addStaff(QStringLiteral("Ada Admin"), { StaffRole::Administrator });
    t.actAs(ada, { StaffRole::Administrator });
    ProgramSettings s = SettingsStore(t.db()).load().value();
    s.attendance.weekStartsOn = Qt::Sunday;
    REQUIRE_OK(SettingsStore(t.db()).save(s));
    t.actAs(t.leadId(), { StaffRole::Counselor, StaffRole::Supervisor, StaffRole::Administrator });

    auto sundayWeek = AttendanceQuery::weekReport(t.db(), QDate(2026, 1, 18));
    REQUIRE_OK(sundayWeek);
    CHECK(sundayWeek->weekStartsOn == Qt::Sunday);
    CHECK(sundayWeek->weekStart == QDate(2026, 1, 18));
    CHECK(sundayWeek->weekEnd == QDate(2026, 1, 24));
    REQUIRE(sundayWeek->rows.size() == 1);
    CHECK(sundayWeek->rows.first().week.attended.hours == Approx(2.0));
    CHECK(sundayWeek->rows.first().week.attended.daysAttended == 1);

    auto before = AttendanceQuery::weekReport(t.db(), QDate(2026, 1, 14));
    REQUIRE_OK(before);
    CHECK(before->weekStart == QDate(2026, 1, 11));
    REQUIRE(before->rows.size() == 1);
    CHECK(before->rows.first().week.attended.hours == Approx(9.0));
    CHECK(before->rows.first().week.attended.daysAttended == 3);
}

TEST_CASE("The chart shows 8 weeks of hours, engagement and the attendance flags",
    "[storage][attendance][summary]")
{
    // Wednesday 4 February 2026, before that evening's group.
    const QDate today(2026, 2, 4);
    test::MockClock clock(utc(today, "10:00"));
    test::TestDatabase t;
    ScheduleStore schedule(t.db());
    const Id pid = admit(t, QStringLiteral("R-1"), QDate(2026, 1, 5));
    const Id iop = createTemplate(t, eveningIop(t.counselorId()));
    REQUIRE_OK(schedule.enroll(iop, pid, QDate(2026, 1, 5)));
    REQUIRE_OK(schedule.generate(iop, QDate(2026, 1, 5), today));

    const QList<std::pair<QDate, AttendanceStatus>> taken {
        { QDate(2026, 1, 5), AttendanceStatus::Present },
        { QDate(2026, 1, 7), AttendanceStatus::Present },
        { QDate(2026, 1, 9), AttendanceStatus::Present },
        { QDate(2026, 1, 12), AttendanceStatus::Present },
        { QDate(2026, 1, 14), AttendanceStatus::Present },
        { QDate(2026, 1, 16), AttendanceStatus::Present },
        { QDate(2026, 1, 19), AttendanceStatus::Present },
        { QDate(2026, 1, 21), AttendanceStatus::ExcusedAbsence },
        { QDate(2026, 1, 23), AttendanceStatus::Present },
        { QDate(2026, 1, 26), AttendanceStatus::Present },
        { QDate(2026, 1, 28), AttendanceStatus::UnexcusedAbsence },
        { QDate(2026, 1, 30), AttendanceStatus::UnexcusedAbsence },
        { QDate(2026, 2, 2), AttendanceStatus::UnexcusedAbsence },
    };
    for (const auto& [date, status] : taken)
        take(t, sessionOn(t, iop, date).id, { entry(pid, status) });

    auto summary = AttendanceQuery::summary(t.db(), pid, today);
    REQUIRE_OK(summary);
    REQUIRE(summary->weeks.size() == 8);
    // Oldest first, ending with this week.
    CHECK(summary->weeks.first().weekStart == QDate(2025, 12, 15));
    CHECK(summary->weeks.last().weekStart == QDate(2026, 2, 2));
    // Before the admission nothing was required.
    CHECK(summary->weeks.at(2).required.daysInCare == 0);
    CHECK_FALSE(summary->weeks.at(2).required.required());
    CHECK_FALSE(summary->weeks.at(2).below());
    const QList<double> hours { 0, 0, 0, 9, 9, 6, 3, 0 };
    const QList<int> days { 0, 0, 0, 3, 3, 2, 1, 0 };
    for (int i = 0; i < 8; ++i) {
        INFO("week of " << iso(summary->weeks.at(i).weekStart));
        CHECK(summary->weeks.at(i).attended.hours == Approx(hours.at(i)));
        CHECK(summary->weeks.at(i).attended.daysAttended == days.at(i));
    }
    CHECK(summary->weeks.at(3).required.hours == Approx(9.0));
    CHECK_FALSE(summary->weeks.at(4).below());
    CHECK(summary->weeks.at(5).belowHours());
    CHECK(summary->weeks.at(6).below());

    // The 28 days from 8 January: 11 sessions recorded, the excused absence left out, 7 of 10
    // attended. Three unexcused absences in a row since the last attended session.
    const Engagement& e = summary->engagement;
    CHECK(e.sessionsCounted == 10);
    CHECK(e.sessionsAttended == 7);
    REQUIRE(e.ratePercent.has_value());
    CHECK(*e.ratePercent == 70);
    CHECK(e.consecutiveUnexcused == 3);
    CHECK(e.lastAttended == QDate(2026, 1, 26));

    const AttendanceFlags& f = summary->flags;
    CHECK(f.lastWeek.weekStart == QDate(2026, 1, 26));
    CHECK(f.belowRequiredLastWeek);
    CHECK(f.consecutiveUnexcused == 3);
    CHECK(f.noAttendanceIn7Days);
    CHECK(f.lastAttended == QDate(2026, 1, 26));
    CHECK(f.any());
    CHECK(f.describe().contains(QStringLiteral("Below hours last week (3 of 9 h)")));
    CHECK(f.describe().contains(QStringLiteral("3 unexcused absences in a row")));

    REQUIRE(summary->length.has_value());
    CHECK(summary->length->daysInPhase == 31);
    CHECK(summary->length->expectedMaxDays == 12 * 7);
    CHECK_FALSE(summary->length->pastExpected());
    CHECK(summary->extensions.isEmpty());

    // A counselor without the participant does not see any of it.
    const Id kim = t.addStaff(QStringLiteral("Kim Counselor"), { StaffRole::Counselor });
    t.actAs(kim, { StaffRole::Counselor });
    auto refused = AttendanceQuery::summary(t.db(), pid, today);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Forbidden);
}

TEST_CASE(
    "The caseload flags hours below last week, absences in a row and a week without attendance",
    "[storage][attendance][caseload]")
{
    const QDate today(2026, 2, 4); // Wednesday; last week is 26 January to 1 February
    test::MockClock clock(utc(today, "10:00"));
    test::TestDatabase t;
    ScheduleStore schedule(t.db());
    const Id steady
        = admit(t, QStringLiteral("R-1"), QDate(2026, 1, 5), 0, QStringLiteral("Adams"));
    const Id shortWeek
        = admit(t, QStringLiteral("R-2"), QDate(2026, 1, 5), 0, QStringLiteral("Brooks"));
    const Id twoMisses
        = admit(t, QStringLiteral("R-3"), QDate(2026, 1, 5), 0, QStringLiteral("Cole"));
    const Id quiet = admit(t, QStringLiteral("R-4"), QDate(2026, 1, 5), 0, QStringLiteral("Diaz"));
    const Id iop = createTemplate(t, eveningIop(t.counselorId()));
    for (Id p : { steady, shortWeek, twoMisses, quiet })
        REQUIRE_OK(schedule.enroll(iop, p, QDate(2026, 1, 5)));
    REQUIRE_OK(schedule.generate(iop, QDate(2026, 1, 26), today));

    using S = AttendanceStatus;
    auto night = [&](const QDate& d, S a, S b, S c, S q) {
        take(t, sessionOn(t, iop, d).id,
            { entry(steady, a), entry(shortWeek, b), entry(twoMisses, c), entry(quiet, q) });
    };
    night(QDate(2026, 1, 26), S::Present, S::Present, S::Present, S::Present);
    night(QDate(2026, 1, 28), S::Present, S::ExcusedAbsence, S::Present, S::UnexcusedAbsence);
    night(QDate(2026, 1, 30), S::Present, S::Present, S::Present, S::ExcusedAbsence);
    night(QDate(2026, 2, 2), S::Present, S::Present, S::UnexcusedAbsence, S::ExcusedAbsence);
    // Cole also missed an individual session on Tuesday.
    SessionInput one;
    one.sessionType = QStringLiteral("individual_counseling");
    one.date = QDate(2026, 2, 3);
    one.start = QTime(10, 0);
    one.end = QTime(11, 0);
    one.facilitatorIds = { t.counselorId() };
    one.participantIds = { twoMisses };
    auto booked = schedule.book(one);
    REQUIRE_OK(booked);
    take(t, booked.value(), { entry(twoMisses, S::UnexcusedAbsence) });

    const CaseloadRow a = caseloadRow(t, steady, today);
    CHECK(a.attendance.lastWeek.attended.hours == Approx(9.0));
    CHECK_FALSE(a.attendance.belowRequiredLastWeek);
    CHECK(a.attendance.consecutiveUnexcused == 0);
    CHECK_FALSE(a.attendance.noAttendanceIn7Days);
    CHECK(a.attendance.lastAttended == QDate(2026, 2, 2));
    CHECK_FALSE(a.attendance.any());
    CHECK(a.daysOverExpectedLength == 0);

    const CaseloadRow b = caseloadRow(t, shortWeek, today);
    CHECK(b.attendance.lastWeek.attended.hours == Approx(6.0));
    CHECK(b.attendance.belowRequiredLastWeek);
    CHECK(b.attendance.consecutiveUnexcused == 0);
    CHECK_FALSE(b.attendance.noAttendanceIn7Days);
    CHECK(b.attendance.describe()
        == QStringList { QStringLiteral("Below hours last week (6 of 9 h)") });

    const CaseloadRow c = caseloadRow(t, twoMisses, today);
    CHECK_FALSE(c.attendance.belowRequiredLastWeek);
    CHECK(c.attendance.consecutiveUnexcused == 2);
    CHECK_FALSE(c.attendance.noAttendanceIn7Days);
    CHECK(
        c.attendance.describe() == QStringList { QStringLiteral("2 unexcused absences in a row") });

    // Diaz last came on 26 January, nine days ago; the excused absences since neither add to the
    // run of one unexcused absence nor count as attendance.
    const CaseloadRow d = caseloadRow(t, quiet, today);
    CHECK(d.attendance.noAttendanceIn7Days);
    CHECK(d.attendance.lastAttended == QDate(2026, 1, 26));
    CHECK(d.attendance.consecutiveUnexcused == 1);
    CHECK(d.attendance.belowRequiredLastWeek);

    // A week later with nothing more taken, Adams too has gone 7 days without attendance.
    const CaseloadRow later = caseloadRow(t, steady, QDate(2026, 2, 9));
    CHECK(later.attendance.noAttendanceIn7Days);
    CHECK(caseloadRow(t, steady, QDate(2026, 2, 8)).attendance.noAttendanceIn7Days == false);
}
