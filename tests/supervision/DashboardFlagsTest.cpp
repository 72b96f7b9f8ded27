// SPDX-License-Identifier: GPL-3.0-or-later
// The supervisors' dashboard (issue 8): each flag from a constructed history, off on the last
// day it does not apply and on from the first day it does. Thresholds are the rules' own
// (docs/supervision.md); the expected days are worked out by hand here.
#include "SupervisionTestSupport.h"
#include "storage/AssessmentStore.h"
#include "storage/NoteStore.h"
#include "storage/ReadinessStore.h"
#include "storage/SafetyAlertStore.h"
#include "storage/StaffStore.h"
#include "storage/ToxicologyStore.h"
#include "support/MockClock.h"
#include "support/RecordInputs.h"

#include <catch2/catch.hpp>

using namespace stepwise;
using namespace stepwise::supervisiontest;

namespace {

// `total` spread over the items from the first, at most `perItem` each, `last` on the last item
// (PHQ-9 item 9 raises a safety alert).
Answers answersFor(int items, int total, int last = 0)
{
    int rest = total - last;
    Answers a;
    for (int i = 0; i + 1 < items; ++i) {
        const int v = std::min(3, rest);
        a.append(v);
        rest -= v;
    }
    REQUIRE(rest == 0);
    a.append(last);
    return a;
}

void record(
    test::TestDatabase& t, Id pid, const char* instrument, const QDate& on, int total, int last = 0)
{
    AssessmentInput in;
    in.participantId = pid;
    in.instrument = QString::fromLatin1(instrument);
    in.administeredOn = on;
    in.answers = answersFor(qstrcmp(instrument, "phq9") == 0 ? 9 : 7, total, last);
    REQUIRE_OK(AssessmentStore(t.db()).record(in));
}

bool has(test::TestDatabase& t, Id pid, const QDate& on, CaseloadFlag flag)
{
    INFO(storageKey(flag).toStdString() << " on " << iso(on));
    return flagsOn(t, pid, on).has(flag);
}

} // namespace

TEST_CASE("Hours below the requirement last week are flagged from one minute short",
    "[supervision][flags][attendance]")
{
    const QDate today(2026, 2, 4); // Wednesday: last week is 26 January to 1 February
    test::MockClock clock(utc(today, "10:00"));
    test::TestDatabase t;
    const Id pid = admit(t, QStringLiteral("H-1"), QDate(2026, 1, 5));
    const Id iop = createTemplate(t, eveningIop(t.counselorId()));
    REQUIRE_OK(ScheduleStore(t.db()).enroll(iop, pid, QDate(2026, 1, 5)));
    REQUIRE_OK(ScheduleStore(t.db()).generate(iop, QDate(2026, 1, 5), today));
    for (const QDate& d : { QDate(2026, 1, 26), QDate(2026, 1, 28) })
        take(t, sessionOn(t, iop, d).id, { entry(pid, AttendanceStatus::Present) });
    const Id friday = sessionOn(t, iop, QDate(2026, 1, 30)).id;

    // Three 3-hour evenings meet the intensive phase's 9 hours.
    take(t, friday, { entry(pid, AttendanceStatus::Present) });
    CHECK_FALSE(has(t, pid, today, CaseloadFlag::BelowRequiredHours));
    // Leaving a minute early on Friday leaves 8 h 59 min.
    take(t, friday, { entry(pid, AttendanceStatus::Present, 0, 1) });
    CHECK(has(t, pid, today, CaseloadFlag::BelowRequiredHours));
}

TEST_CASE(
    "Two unexcused absences in a row are flagged, one is not", "[supervision][flags][attendance]")
{
    const QDate today(2026, 2, 4);
    test::MockClock clock(utc(today, "10:00"));
    test::TestDatabase t;
    const Id pid = admit(t, QStringLiteral("A-1"), QDate(2026, 1, 19));
    const Id iop = createTemplate(t, eveningIop(t.counselorId()));
    REQUIRE_OK(ScheduleStore(t.db()).enroll(iop, pid, QDate(2026, 1, 19)));
    REQUIRE_OK(ScheduleStore(t.db()).generate(iop, QDate(2026, 1, 19), today));
    for (const QDate& d : { QDate(2026, 1, 19), QDate(2026, 1, 21), QDate(2026, 1, 23),
             QDate(2026, 1, 26), QDate(2026, 1, 28) })
        take(t, sessionOn(t, iop, d).id, { entry(pid, AttendanceStatus::Present) });
    take(t, sessionOn(t, iop, QDate(2026, 2, 2)).id,
        { entry(pid, AttendanceStatus::UnexcusedAbsence) });

    const Id friday = sessionOn(t, iop, QDate(2026, 1, 30)).id;
    take(t, friday, { entry(pid, AttendanceStatus::Present) });
    CHECK_FALSE(has(t, pid, today, CaseloadFlag::ConsecutiveAbsences));
    // An excused absence neither counts nor breaks the run.
    take(t, friday, { entry(pid, AttendanceStatus::ExcusedAbsence) });
    CHECK_FALSE(has(t, pid, today, CaseloadFlag::ConsecutiveAbsences));
    take(t, friday, { entry(pid, AttendanceStatus::UnexcusedAbsence) });
    CHECK(has(t, pid, today, CaseloadFlag::ConsecutiveAbsences));
}

TEST_CASE("A safety alert is flagged until its follow-up is recorded", "[supervision][flags]")
{
    const QDate today(2026, 3, 5);
    test::MockClock clock(today);
    test::TestDatabase t;
    const Id pid = admit(t, QStringLiteral("S-1"), QDate(2026, 3, 2));
    record(t, pid, "phq9", today, 8);
    CHECK_FALSE(has(t, pid, today, CaseloadFlag::SafetyAlert));
    record(t, pid, "phq9", today, 9, 1); // item 9 answered 1
    CHECK(has(t, pid, today, CaseloadFlag::SafetyAlert));
    auto open = SafetyAlertStore(t.db()).alerts(pid, true);
    REQUIRE_OK(open);
    REQUIRE(open->size() == 1);
    REQUIRE_OK(SafetyAlertStore(t.db()).followUp(open->first().id, FollowUpAction::NoImminentRisk,
        QStringLiteral("Assessed in session: passive thoughts, no plan or intent")));
    CHECK_FALSE(has(t, pid, today, CaseloadFlag::SafetyAlert));
}

TEST_CASE("An assessment is flagged overdue the day after it falls due", "[supervision][flags]")
{
    const QDate admitted(2026, 3, 2);
    test::MockClock clock(admitted);
    test::TestDatabase t;
    const Id pid = admit(t, QStringLiteral("O-1"), admitted);
    // The baselines are due within 7 days of admission: 9 March.
    CHECK_FALSE(has(t, pid, QDate(2026, 3, 9), CaseloadFlag::AssessmentOverdue));
    CHECK(has(t, pid, QDate(2026, 3, 10), CaseloadFlag::AssessmentOverdue));
}

TEST_CASE("PHQ-9 or GAD-7 up by 5 since the episode's first score is flagged, by 4 is not",
    "[supervision][flags][assessment]")
{
    const QDate admitted(2026, 3, 2);
    const QDate today(2026, 4, 1);
    test::MockClock clock(today);
    test::TestDatabase t;
    const Id phq = admit(t, QStringLiteral("W-1"), admitted);
    const Id gad = admit(t, QStringLiteral("W-2"), admitted);

    record(t, phq, "phq9", QDate(2026, 3, 3), 10);
    record(t, phq, "phq9", QDate(2026, 3, 17), 14);
    CHECK_FALSE(has(t, phq, today, CaseloadFlag::WorseningScore));
    record(t, phq, "phq9", QDate(2026, 3, 31), 15);
    CHECK(has(t, phq, today, CaseloadFlag::WorseningScore));
    // Measured from the first score, not the lowest: down to 6 and back to 10 is no worse.
    record(t, gad, "gad7", QDate(2026, 3, 3), 10);
    record(t, gad, "gad7", QDate(2026, 3, 17), 6);
    record(t, gad, "gad7", QDate(2026, 3, 31), 14);
    CHECK_FALSE(has(t, gad, today, CaseloadFlag::WorseningScore));
    record(t, gad, "gad7", QDate(2026, 4, 1), 15);
    CHECK(has(t, gad, today, CaseloadFlag::WorseningScore));
}

TEST_CASE("A first treatment plan is flagged on the dashboard the day after it falls due",
    "[supervision][flags][plans]")
{
    const QDate admitted(2026, 3, 2);
    test::MockClock clock(admitted);
    test::TestDatabase t;
    const Id pid = admit(t, QStringLiteral("P-1"), admitted);
    CHECK_FALSE(has(t, pid, QDate(2026, 3, 9), CaseloadFlag::PlanOverdue));
    CHECK(has(t, pid, QDate(2026, 3, 10), CaseloadFlag::PlanOverdue));
}

TEST_CASE("A note unsigned 72 hours after the service is flagged from the next minute",
    "[supervision][flags][notes]")
{
    const QDate admitted(2026, 3, 2);
    test::MockClock clock(QDateTime(admitted, QTime(12, 0), Qt::UTC));
    test::TestDatabase t;
    const Id pid = admit(t, QStringLiteral("N-1"), admitted);
    auto id = NoteStore(t.db()).createDraft(
        test::phoneNote(pid, admitted, "Called about the schedule."));
    REQUIRE_OK(id);
    const QDate day3 = admitted.addDays(3);
    clock.set(QDateTime(day3, QTime(12, 0), Qt::UTC));
    CHECK_FALSE(has(t, pid, day3, CaseloadFlag::LateNote));
    clock.set(QDateTime(day3, QTime(12, 1), Qt::UTC));
    CHECK(has(t, pid, day3, CaseloadFlag::LateNote));
    REQUIRE_OK(NoteStore(t.db()).sign(id.value()));
    CHECK_FALSE(has(t, pid, day3, CaseloadFlag::LateNote));
}

TEST_CASE("A trainee's signed note is flagged until a supervisor co-signs it, not while returned",
    "[supervision][flags][notes]")
{
    const QDate today(2026, 3, 4);
    test::MockClock clock(QDateTime(today, QTime(12, 0), Qt::UTC));
    test::TestDatabase t;
    const Id trainee = t.addStaff(QStringLiteral("Tess Trainee"), { StaffRole::Counselor });
    const Id sue = t.addStaff(QStringLiteral("Sue Supervisor"), { StaffRole::Supervisor });
    auto member = StaffStore(t.db()).get(trainee);
    REQUIRE_OK(member);
    StaffMember m = member.value();
    m.cosignRequired = true;
    REQUIRE_OK(StaffStore(t.db()).update(m));
    const Id pid = admit(t, QStringLiteral("C-1"), QDate(2026, 3, 2), trainee);

    t.actAs(trainee, { StaffRole::Counselor });
    auto id = NoteStore(t.db()).createDraft(test::phoneNote(pid, today, "Checked in after group."));
    REQUIRE_OK(id);
    t.actAs(t.leadId(), { StaffRole::Counselor, StaffRole::Supervisor });
    CHECK_FALSE(has(t, pid, today, CaseloadFlag::CosignPending)); // a draft waits on its author

    t.actAs(trainee, { StaffRole::Counselor });
    REQUIRE_OK(NoteStore(t.db()).sign(id.value()));
    t.actAs(sue, { StaffRole::Supervisor });
    CHECK(has(t, pid, today, CaseloadFlag::CosignPending));
    REQUIRE_OK(NoteStore(t.db()).returnToAuthor(id.value(), QStringLiteral("Add the plan.")));
    CHECK_FALSE(has(t, pid, today, CaseloadFlag::CosignPending));

    t.actAs(trainee, { StaffRole::Counselor });
    REQUIRE_OK(NoteStore(t.db()).addAddendum(
        id.value(), QStringLiteral("Plan: attend Thursday's group.")));
    t.actAs(sue, { StaffRole::Supervisor });
    CHECK(has(t, pid, today, CaseloadFlag::CosignPending));
    REQUIRE_OK(NoteStore(t.db()).cosign(id.value()));
    CHECK_FALSE(has(t, pid, today, CaseloadFlag::CosignPending));
}

TEST_CASE("A phase beyond its expected length is flagged until an extension covers it",
    "[supervision][flags][readiness]")
{
    const QDate now(2026, 2, 4);
    test::MockClock clock(utc(now, "10:00"));
    test::TestDatabase t;
    const Id sue = t.addStaff(QStringLiteral("Sue Supervisor"), { StaffRole::Supervisor });
    // Admitted Monday 6 October 2025: day 84, the last of 12 weeks, is 28 December.
    const Id pid = admit(t, QStringLiteral("L-1"), QDate(2025, 10, 6));
    CHECK_FALSE(has(t, pid, QDate(2025, 12, 28), CaseloadFlag::BeyondExpectedLength));
    CHECK(has(t, pid, QDate(2025, 12, 29), CaseloadFlag::BeyondExpectedLength));
    // 4 February is day 122; an extension of 6 weeks runs to day 126.
    CHECK(has(t, pid, now, CaseloadFlag::BeyondExpectedLength));
    REQUIRE_OK(ReadinessStore(t.db()).extend(
        pid, 6, QStringLiteral("Relapse in week 10; rebuilding routine in IOP"), sue));
    CHECK_FALSE(has(t, pid, now, CaseloadFlag::BeyondExpectedLength));
}

TEST_CASE("An unexpected positive screen is flagged on the dashboard for 14 days",
    "[supervision][flags][recovery]")
{
    test::MockClock clock(QDate(2026, 3, 20));
    test::TestDatabase t;
    const Id pid = admit(t, QStringLiteral("T-1"), QDate(2026, 3, 2));
    CHECK_FALSE(has(t, pid, QDate(2026, 3, 20), CaseloadFlag::PositiveToxicology));
    REQUIRE_OK(
        ToxicologyStore(t.db()).record(test::positiveScreen(pid, QDate(2026, 3, 16), "cocaine")));
    CHECK(has(t, pid, QDate(2026, 3, 20), CaseloadFlag::PositiveToxicology));
    // Collected on the 16th: still flagged on the 29th, no longer on the 30th.
    CHECK(has(t, pid, QDate(2026, 3, 29), CaseloadFlag::PositiveToxicology));
    CHECK_FALSE(has(t, pid, QDate(2026, 3, 30), CaseloadFlag::PositiveToxicology));
}
