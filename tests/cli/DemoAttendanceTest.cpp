// SPDX-License-Identifier: GPL-3.0-or-later
// The demo clinic's schedule and year of attendance, read back through the stores and the
// attendance rules with a pinned clock (Monday 2025-06-16, 10:00).
#include "SharedDemo.h"
#include "attendance/Hours.h"
#include "attendance/SessionType.h"
#include "demo/DemoData.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoHolidays.h"
#include "storage/AttendanceQuery.h"
#include "storage/AttendanceStore.h"
#include "storage/CaseloadQuery.h"
#include "storage/EpisodeStore.h"
#include "storage/ParticipantStore.h"
#include "storage/ScheduleStore.h"
#include "storage/StaffStore.h"
#include "support/MockClock.h"
#include "support/TestDatabase.h"

#include <QSet>
#include <catch2/catch.hpp>

using namespace stepwise;
using namespace stepwise::test;

namespace {

const QDate Today = SharedDemo::Today;
const QDate FirstDay = Today.addYears(-1);
const QDate LastDay = Today.addDays(14);

QList<ScheduledSession> allSessions(Database& db)
{
    auto sessions = ScheduleStore(db).sessions(FirstDay.addDays(-30), LastDay.addDays(30));
    REQUIRE_OK(sessions);
    return *sessions;
}

// Every session with its sheet, as a line per recorded row, for comparing two clinics.
QStringList attendanceLines(Database& db)
{
    QStringList lines;
    for (const ScheduledSession& s : allSessions(db)) {
        auto sheet = AttendanceStore(db).sheet(s.id);
        REQUIRE_OK(sheet);
        lines.append(
            QStringLiteral("%1 %2 %3 %4")
                .arg(s.title(), s.times.localDate.toString(Qt::ISODate),
                    s.times.localStart.toString(), s.cancelled ? s.cancelReason : QString()));
        for (const AttendanceSheetRow& row : sheet->rows) {
            QString line = QStringLiteral("  ") + row.recordNumber;
            if (row.recorded)
                line += QStringLiteral(" %1 %2 %3 %4 %5")
                            .arg(storageKey(row.recorded->status))
                            .arg(row.recorded->minutesLate)
                            .arg(row.recorded->minutesLeftEarly)
                            .arg(row.recorded->dropIn)
                            .arg(row.recorded->note);
            lines.append(line);
        }
    }
    return lines;
}

Id demoCounselorId(Database& db)
{
    auto staff = StaffStore(db).list(true);
    REQUIRE_OK(staff);
    for (const StaffMember& s : *staff) {
        if (s.username == QLatin1String(DemoGenerator::CounselorUser))
            return s.id;
    }
    FAIL("no demo counselor");
    return 0;
}

} // namespace

TEST_CASE("the demo schedule has groups every week of the last year, none on holidays",
    "[demo][attendance]")
{
    MockClock clock(Today);
    SharedDemo demo;
    TestDatabase& t = demo.testDatabase();

    auto templates = ScheduleStore(t.db()).templates();
    REQUIRE_OK(templates);
    // A set of five groups for every hundred participants (DemoAttendance::ParticipantsPerTrack).
    REQUIRE(templates->size() == 5 * (SharedDemo::Participants / 100));
    QSet<QString> phases;
    for (const GroupTemplate& g : *templates) {
        CHECK(g.facilitatorId > 0);
        REQUIRE(g.phase);
        phases.insert(storageKey(*g.phase));
    }
    CHECK(phases.size() == 3); // a group for every phase

    const QList<ScheduledSession> sessions = allSessions(t.db());
    QSet<QDate> weeksWithGroups;
    QSet<QDate> days;
    int cancelled = 0;
    int individual = 0;
    // Minutes of each intensive group in one week without a holiday.
    QHash<Id, int> intensiveMinutes;
    const QDate plainWeek(2025, 3, 10);
    for (const ScheduledSession& s : sessions) {
        const QDate date = s.times.localDate;
        CHECK(date >= FirstDay);
        CHECK(date <= LastDay);
        days.insert(date);
        if (s.cancelled) {
            ++cancelled;
            CHECK(s.cancelReason.size() >= 3);
            CHECK(s.recordedCount == 0);
        }
        if (s.templateId == 0) {
            ++individual;
            CHECK(s.sessionType == QLatin1String(SessionTypes::IndividualCounseling));
            CHECK(s.expectedCount == 1);
            CHECK(s.facilitatorIds.size() == 1);
            continue;
        }
        if (!s.cancelled)
            weeksWithGroups.insert(AttendanceHours::weekStart(date, Qt::Monday));
        if (date >= plainWeek && date < plainWeek.addDays(7)
            && (s.templateName == QLatin1String("Morning IOP")
                || s.templateName == QLatin1String("Evening IOP")))
            intensiveMinutes[s.templateId] += s.times.minutes();
    }
    // From the first whole week (the year starts on a Sunday).
    for (QDate week = AttendanceHours::weekStart(FirstDay.addDays(6), Qt::Monday); week <= LastDay;
         week = week.addDays(7)) {
        INFO(week.toString(Qt::ISODate).toStdString());
        CHECK(weeksWithGroups.contains(week));
    }
    // US federal holidays in the year: New Year, Memorial Day, Independence Day, Labor Day,
    // Thanksgiving, Christmas.
    for (const QDate& holiday : { QDate(2024, 7, 4), QDate(2024, 9, 2), QDate(2024, 11, 28),
             QDate(2024, 12, 25), QDate(2025, 1, 1), QDate(2025, 5, 26) }) {
        INFO(holiday.toString(Qt::ISODate).toStdString());
        CHECK_FALSE(days.contains(holiday));
    }
    CHECK(cancelled >= 1);
    CHECK(cancelled <= 2);
    CHECK(individual > 100);
    // Either intensive group alone meets the adult intensive requirement (9 h a week).
    REQUIRE(intensiveMinutes.size() == 2);
    for (int minutes : std::as_const(intensiveMinutes))
        CHECK(minutes >= 9 * 60);
}

TEST_CASE("most demo participants meet their hours and a few are flagged", "[demo][attendance]")
{
    MockClock clock(Today);
    SharedDemo demo;
    TestDatabase& t = demo.testDatabase();

    // A typical week: two weeks back, no holiday, everyone's attendance taken.
    auto report = AttendanceQuery::weekReport(t.db(), Today.addDays(-14));
    REQUIRE_OK(report);
    int required = 0;
    int met = 0;
    int below = 0;
    for (const HoursReportRow& row : report->rows) {
        // Weeks of an admission, a discharge or a step down are measured against less.
        if (!row.week.required.required() || row.week.required.prorated
            || row.week.required.stepDownWeek)
            continue;
        ++required;
        if (row.week.below())
            ++below;
        else
            ++met;
    }
    INFO(met << " of " << required << " met their hours");
    REQUIRE(required >= 30);
    CHECK(met * 100 >= required * 60);
    CHECK(below >= 3);

    // The caseload today: a few in care stopped coming and are flagged for it.
    auto caseload = CaseloadQuery::rows(t.db(), {}, Today);
    REQUIRE_OK(caseload);
    int inCare = 0;
    int unexcusedRuns = 0;
    int noAttendance = 0;
    for (const CaseloadRow& row : *caseload) {
        if (!row.phase)
            continue;
        ++inCare;
        unexcusedRuns += row.attendance.consecutiveUnexcused >= 2 ? 1 : 0;
        noAttendance += row.attendance.noAttendanceIn7Days ? 1 : 0;
    }
    INFO(unexcusedRuns << " with 2+ unexcused in a row, " << noAttendance
                       << " without attendance in 7 days, of " << inCare << " in care");
    CHECK(unexcusedRuns >= 2);
    CHECK(noAttendance >= 2);
    CHECK(unexcusedRuns * 100 <= inCare * 20);
    CHECK(noAttendance * 100 <= inCare * 15);
}

TEST_CASE("demo attendance looks like a clinic's", "[demo][attendance]")
{
    MockClock clock(Today);
    SharedDemo demo;
    TestDatabase& t = demo.testDatabase();

    QMap<AttendanceStatus, int> statuses;
    int rows = 0;
    int dropIns = 0;
    int lateOutOfRange = 0;
    int absencesWithoutNote = 0;
    int excused = 0;
    for (const ScheduledSession& s : allSessions(t.db())) {
        auto sheet = AttendanceStore(t.db()).sheet(s.id);
        REQUIRE_OK(sheet);
        for (const AttendanceSheetRow& row : sheet->rows) {
            if (!row.recorded)
                continue;
            ++rows;
            ++statuses[row.recorded->status];
            dropIns += row.recorded->dropIn ? 1 : 0;
            if (row.recorded->status == AttendanceStatus::Late
                && (row.recorded->minutesLate < 5 || row.recorded->minutesLate > 30))
                ++lateOutOfRange;
            if (row.recorded->status == AttendanceStatus::ExcusedAbsence) {
                ++excused;
                absencesWithoutNote += row.recorded->note.isEmpty() ? 1 : 0;
            }
        }
    }
    REQUIRE(rows > 1000);
    int attendedRows = 0;
    for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
        attendedRows += attended(it.key()) ? it.value() : 0;
    INFO(attendedRows << " of " << rows << " attended");
    CHECK(attendedRows * 100 >= rows * 80);
    CHECK(attendedRows * 100 <= rows * 97);
    CHECK(statuses.value(AttendanceStatus::Late) * 100 >= rows * 2);
    CHECK(statuses.value(AttendanceStatus::LeftEarly) > 0);
    CHECK(statuses.value(AttendanceStatus::Telehealth) > 0);
    CHECK(statuses.value(AttendanceStatus::UnexcusedAbsence) > 0);
    CHECK(excused > 0);
    CHECK(dropIns > 0);
    CHECK(dropIns * 100 < rows);
    CHECK(lateOutOfRange == 0);
    CHECK(absencesWithoutNote == 0); // an excused absence says why

    // Those discharged early mostly stopped coming before they left; those who completed the
    // program came to the end.
    QSet<QString> early;
    for (const char* reason : demo::earlyDischargeReasons())
        early.insert(QString::fromUtf8(reason));
    auto participants = ParticipantStore(t.db()).all();
    REQUIRE_OK(participants);
    int earlyCounted = 0;
    int earlyAttended = 0;
    int completedCounted = 0;
    int completedAttended = 0;
    for (const Participant& p : *participants) {
        auto episodes = EpisodeStore(t.db()).episodes(p.id);
        REQUIRE_OK(episodes);
        for (const Episode& e : *episodes) {
            if (e.isOpen() || e.dischargeDate < FirstDay.addDays(30))
                continue;
            auto history = AttendanceStore(t.db()).history(
                p.id, e.dischargeDate.addDays(-13), e.dischargeDate);
            REQUIRE_OK(history);
            const bool left = early.contains(e.dischargeReason);
            for (const ParticipantSession& ps : *history) {
                if (!ps.entry)
                    continue;
                (left ? earlyCounted : completedCounted) += 1;
                (left ? earlyAttended : completedAttended) += attended(ps.entry->status) ? 1 : 0;
            }
        }
    }
    REQUIRE(earlyCounted > 20);
    REQUIRE(completedCounted > 20);
    INFO("last two weeks: early " << earlyAttended << "/" << earlyCounted << ", completed "
                                  << completedAttended << "/" << completedCounted);
    CHECK(earlyAttended * completedCounted * 10 < completedAttended * earlyCounted * 8);
}

TEST_CASE("demo attendance is taken for sessions that started, except the demo counselor's "
          "latest",
    "[demo][attendance]")
{
    MockClock clock(Today);
    SharedDemo demo;
    TestDatabase& t = demo.testDatabase();
    const Id counselor = demoCounselorId(t.db());
    const QDateTime now = Clock::instance().nowUtc();
    int past = 0;
    int pending = 0;
    int future = 0;
    for (const ScheduledSession& s : allSessions(t.db())) {
        INFO(s.title().toStdString()
            << " " << s.times.localDate.toString(Qt::ISODate).toStdString());
        if (s.times.startUtc > now) {
            ++future;
            CHECK(s.recordedCount == 0);
            continue;
        }
        if (s.cancelled)
            continue;
        ++past;
        if (s.attendancePending(now)) {
            ++pending;
            // Left for the demo counselor, who leads it, to take this week.
            CHECK(s.facilitatorIds.contains(counselor));
            CHECK(s.times.localDate >= Today.addDays(-6));
            CHECK(s.recordedCount == 0);
        }
    }
    CHECK(past > 500);
    CHECK(future > 20);
    CHECK(pending >= 1);
    CHECK(pending <= 2);
}

TEST_CASE("the same seed and day give the same schedule and attendance", "[demo][attendance]")
{
    MockClock clock(Today);
    TestDatabase a;
    TestDatabase b;
    TestDatabase c;
    SharedDemo::generate(a.db(), 30, 21);
    SharedDemo::generate(b.db(), 30, 21);
    SharedDemo::generate(c.db(), 30, 22);
    const QStringList la = attendanceLines(a.db());
    CHECK(la.size() > 500);
    CHECK(la == attendanceLines(b.db()));
    CHECK(la != attendanceLines(c.db()));
}

TEST_CASE("The demo groups do not meet on US federal holidays of the clinic's calendar",
    "[demo][attendance]")
{
    const QSet<QDate> expected { QDate(2026, 1, 1), QDate(2026, 5, 25), QDate(2026, 7, 4),
        QDate(2026, 9, 7), QDate(2026, 11, 26), QDate(2026, 12, 25) };
    CHECK(demo::DemoHolidays::between(QDate(2026, 1, 1), QDate(2026, 12, 31)) == expected);
    // Only the days inside the range: Thanksgiving 2025 and New Year 2026.
    CHECK(demo::DemoHolidays::between(QDate(2025, 11, 1), QDate(2026, 1, 31))
        == QSet<QDate> { QDate(2025, 11, 27), QDate(2025, 12, 25), QDate(2026, 1, 1) });
}
