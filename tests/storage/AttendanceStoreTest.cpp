// SPDX-License-Identifier: GPL-3.0-or-later
// Taking attendance (issue 5): a sheet saved as one change or not at all, drop-ins, corrections
// in the audit trail, when it may be taken and who may take it.
#include "storage/AttendanceStore.h"

#include "AttendanceTestSupport.h"
#include "storage/EpisodeStore.h"
#include "support/MockClock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace stepwise;
using namespace stepwise::storagetest;

namespace {

// Monday 12 January 2026, 18:00-21:00 in New York: 23:00 UTC to 02:00 UTC on the 13th.
const QDate groupNight(2026, 1, 12);

QString key(Id participant, const char* field)
{
    return QString::number(participant) + QLatin1Char('.') + QLatin1String(field);
}

const AttendanceSheetRow* rowOf(const AttendanceSheet& sheet, Id participant)
{
    for (const AttendanceSheetRow& row : sheet.rows) {
        if (row.participantId == participant)
            return &row;
    }
    return nullptr;
}

} // namespace

TEST_CASE("A saved attendance sheet reads back row by row, a drop-in marked as such",
    "[storage][attendance]")
{
    test::MockClock clock(utc(groupNight.addDays(1), "15:00"));
    test::TestDatabase t;
    ScheduleStore schedule(t.db());
    const Id ana = admit(t, QStringLiteral("R-1"), QDate(2026, 1, 5), 0, QStringLiteral("Adams"));
    const Id ben = admit(t, QStringLiteral("R-2"), QDate(2026, 1, 5), 0, QStringLiteral("Brooks"));
    const Id cal = admit(t, QStringLiteral("R-3"), QDate(2026, 1, 5), 0, QStringLiteral("Cole"));
    const Id iop = createTemplate(t, eveningIop(t.counselorId()));
    REQUIRE_OK(schedule.enroll(iop, ana, QDate(2026, 1, 5)));
    REQUIRE_OK(schedule.enroll(iop, ben, QDate(2026, 1, 5)));
    const Id session = sessionIdOn(t, iop, groupNight);

    AttendanceEntry late = entry(ben, AttendanceStatus::Late, 20);
    late.note = QStringLiteral("  Bus was late  ");
    take(t, session,
        { entry(ana, AttendanceStatus::Present), late, entry(cal, AttendanceStatus::Present) });

    auto sheet = AttendanceStore(t.db()).sheet(session);
    REQUIRE_OK(sheet);
    REQUIRE(sheet->rows.size() == 3);
    // Expected participants by name, then the drop-in.
    CHECK(sheet->rows.at(0).participantId == ana);
    CHECK(sheet->rows.at(1).participantId == ben);
    CHECK(sheet->rows.at(2).participantId == cal);
    CHECK(sheet->rows.at(0).expected);
    CHECK(sheet->rows.at(1).expected);
    CHECK_FALSE(sheet->rows.at(2).expected);

    REQUIRE(sheet->rows.at(0).recorded.has_value());
    CHECK(sheet->rows.at(0).recorded->status == AttendanceStatus::Present);
    CHECK_FALSE(sheet->rows.at(0).recorded->dropIn);
    CHECK(sheet->rows.at(0).recordedByName == QStringLiteral("Riley Lead"));
    REQUIRE(sheet->rows.at(1).recorded.has_value());
    CHECK(sheet->rows.at(1).recorded->status == AttendanceStatus::Late);
    CHECK(sheet->rows.at(1).recorded->minutesLate == 20);
    CHECK(sheet->rows.at(1).recorded->note == QStringLiteral("Bus was late"));
    REQUIRE(sheet->rows.at(2).recorded.has_value());
    CHECK(sheet->rows.at(2).recorded->dropIn);

    CHECK(sheet->session.expectedCount == 2);
    CHECK(sheet->session.recordedCount == 3);
    CHECK(sheet->session.attendedCount == 3);
    CHECK(sheet->session.notTakenCount == 0);
    CHECK_FALSE(sheet->session.attendancePending(clock.nowUtc()));
    CHECK(auditRows(t, QStringLiteral("attendance.record")).size() == 3);

    // Ben's history: 20 minutes off a 3-hour session.
    auto history = AttendanceStore(t.db()).history(ben, QDate(2026, 1, 1), QDate(2026, 1, 31));
    REQUIRE_OK(history);
    REQUIRE(history->size() == 1);
    CHECK(history->first().session.id == session);
    CHECK(history->first().expected);
    CHECK(history->first().hours == Approx(2.0 + 40.0 / 60.0));
    // Cal's shows the drop-in.
    history = AttendanceStore(t.db()).history(cal, QDate(2026, 1, 1), QDate(2026, 1, 31));
    REQUIRE_OK(history);
    REQUIRE(history->size() == 1);
    CHECK_FALSE(history->first().expected);
    REQUIRE(history->first().entry.has_value());
    CHECK(history->first().entry->dropIn);
    CHECK(history->first().hours == Approx(3.0));
}

TEST_CASE("One refused row refuses the whole sheet with the participant's field, nothing written",
    "[storage][attendance][validation]")
{
    test::MockClock clock(utc(groupNight.addDays(1), "15:00"));
    test::TestDatabase t;
    ScheduleStore schedule(t.db());
    const Id ana = admit(t, QStringLiteral("R-1"), QDate(2026, 1, 5), 0, QStringLiteral("Adams"));
    const Id ben = admit(t, QStringLiteral("R-2"), QDate(2026, 1, 5), 0, QStringLiteral("Brooks"));
    const Id iop = createTemplate(t, eveningIop(t.counselorId()));
    REQUIRE_OK(schedule.enroll(iop, ana, QDate(2026, 1, 5)));
    REQUIRE_OK(schedule.enroll(iop, ben, QDate(2026, 1, 5)));
    const Id session = sessionIdOn(t, iop, groupNight);
    const int auditBefore = rowCount(t, QStringLiteral("audit_log"));

    auto requireRefused = [&](const AttendanceEntry& bad, const char* field) {
        Status r
            = AttendanceStore(t.db()).save(session, { entry(ana, AttendanceStatus::Present), bad });
        INFO("field " << field);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Validation);
        CHECK(r.error().hasField(key(ben, field)));
        CHECK_FALSE(r.error().hasField(key(ana, "status")));
        CHECK(rowCount(t, QStringLiteral("attendance")) == 0);
        CHECK(rowCount(t, QStringLiteral("audit_log")) == auditBefore);
        CHECK(expectedAt(t, session).size() == 2);
        auto sheet = AttendanceStore(t.db()).sheet(session);
        REQUIRE_OK(sheet);
        for (const AttendanceSheetRow& row : sheet->rows)
            CHECK_FALSE(row.recorded.has_value());
    };

    SECTION("late without the minutes")
    {
        requireRefused(entry(ben, AttendanceStatus::Late), "minutes_late");
    }
    SECTION("left early without the minutes")
    {
        requireRefused(entry(ben, AttendanceStatus::LeftEarly), "minutes_left_early");
    }
    SECTION("minutes on an absence")
    {
        requireRefused(entry(ben, AttendanceStatus::UnexcusedAbsence, 10), "status");
        requireRefused(entry(ben, AttendanceStatus::ExcusedAbsence, 0, 30), "status");
    }
    SECTION("minutes that leave nothing of the 3-hour session")
    {
        requireRefused(entry(ben, AttendanceStatus::Late, 180), "minutes_late");
        requireRefused(entry(ben, AttendanceStatus::Late, 100, 80), "minutes_late");
        // One minute of the session left is still attendance.
        take(t, session,
            { entry(ana, AttendanceStatus::Present), entry(ben, AttendanceStatus::Late, 100, 79) });
        CHECK(rowCount(t, QStringLiteral("attendance")) == 2);
    }
    SECTION("the same participant twice")
    {
        Status r = AttendanceStore(t.db()).save(session,
            { entry(ben, AttendanceStatus::Present), entry(ben, AttendanceStatus::Telehealth) });
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().hasField(key(ben, "status")));
        CHECK(rowCount(t, QStringLiteral("attendance")) == 0);
    }
}

TEST_CASE("Changing saved attendance is a correction with before and after in the audit trail",
    "[storage][attendance][audit]")
{
    test::MockClock clock(utc(groupNight.addDays(1), "15:00"));
    test::TestDatabase t;
    const Id ana = admit(t, QStringLiteral("R-1"), QDate(2026, 1, 5));
    const Id iop = createTemplate(t, eveningIop(t.counselorId()));
    REQUIRE_OK(ScheduleStore(t.db()).enroll(iop, ana, QDate(2026, 1, 5)));
    const Id session = sessionIdOn(t, iop, groupNight);

    take(t, session, { entry(ana, AttendanceStatus::Present) });
    CHECK(auditRows(t, QStringLiteral("attendance.record")).size() == 1);
    CHECK(auditRows(t, QStringLiteral("attendance.correct")).isEmpty());

    // Saving the same again changes nothing and adds no audit row.
    const int auditBefore = rowCount(t, QStringLiteral("audit_log"));
    take(t, session, { entry(ana, AttendanceStatus::Present) });
    CHECK(rowCount(t, QStringLiteral("audit_log")) == auditBefore);

    take(t, session, { entry(ana, AttendanceStatus::Late, 15) });
    const QList<AuditEntry> corrections = auditRows(t, QStringLiteral("attendance.correct"));
    REQUIRE(corrections.size() == 1);
    CHECK(corrections.first().participantId == ana);
    CHECK(corrections.first().entityId == session);
    const QJsonObject changes
        = QJsonDocument::fromJson(corrections.first().changes.toUtf8()).object();
    INFO(str(corrections.first().changes));
    CHECK(changes.value(QStringLiteral("status"))
              .toObject()
              .value(QStringLiteral("before"))
              .toString()
        == QStringLiteral("present"));
    CHECK(
        changes.value(QStringLiteral("status")).toObject().value(QStringLiteral("after")).toString()
        == QStringLiteral("late"));
    CHECK(changes.value(QStringLiteral("minutes_late"))
              .toObject()
              .value(QStringLiteral("after"))
              .toInt()
        == 15);

    auto sheet = AttendanceStore(t.db()).sheet(session);
    REQUIRE_OK(sheet);
    REQUIRE(sheet->rows.size() == 1);
    REQUIRE(sheet->rows.first().recorded.has_value());
    CHECK(sheet->rows.first().recorded->status == AttendanceStatus::Late);
    CHECK(sheet->rows.first().recorded->minutesLate == 15);
    CHECK(rowCount(t, QStringLiteral("attendance")) == 1);
}

TEST_CASE("Attendance is refused before the session starts and for a cancelled session",
    "[storage][attendance][validation]")
{
    // 17:59 in New York on the evening of the group.
    test::MockClock clock(utc(groupNight, "22:59"));
    test::TestDatabase t;
    ScheduleStore schedule(t.db());
    const Id ana = admit(t, QStringLiteral("R-1"), QDate(2026, 1, 5));
    const Id iop = createTemplate(t, eveningIop(t.counselorId()));
    REQUIRE_OK(schedule.enroll(iop, ana, QDate(2026, 1, 5)));
    const Id session = sessionIdOn(t, iop, groupNight);
    const Id cancelled = sessionIdOn(t, iop, QDate(2026, 1, 9));
    REQUIRE_OK(schedule.cancel(cancelled, QStringLiteral("Snow day")));

    Status early = AttendanceStore(t.db()).save(session, { entry(ana, AttendanceStatus::Present) });
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().code == ErrorCode::Conflict);
    CHECK(rowCount(t, QStringLiteral("attendance")) == 0);

    Status none
        = AttendanceStore(t.db()).save(cancelled, { entry(ana, AttendanceStatus::Present) });
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().code == ErrorCode::Conflict);
    CHECK(none.error().message.contains(QStringLiteral("Snow day")));
    CHECK(rowCount(t, QStringLiteral("attendance")) == 0);

    // At 18:00 the group has started.
    clock.set(utc(groupNight, "23:00"));
    take(t, session, { entry(ana, AttendanceStatus::Present) });
    CHECK(rowCount(t, QStringLiteral("attendance")) == 1);
}

TEST_CASE(
    "The facilitator, the participant's counselor and supervisors take attendance, no one else",
    "[storage][attendance][access]")
{
    test::MockClock clock(utc(groupNight.addDays(1), "15:00"));
    test::TestDatabase t;
    const Id sam = t.addStaff(QStringLiteral("Sam Facilitator"), { StaffRole::Counselor });
    const Id kim = t.addStaff(QStringLiteral("Kim Counselor"), { StaffRole::Counselor });
    const Id sue = t.addStaff(QStringLiteral("Sue Supervisor"), { StaffRole::Supervisor });
    const Id ada = t.addStaff(QStringLiteral("Ada Admin"), { StaffRole::Administrator });
    // Ana is on Dana's caseload, Cal on Kim's; Sam leads the group.
    const Id ana = admit(
        t, QStringLiteral("R-1"), QDate(2026, 1, 5), t.counselorId(), QStringLiteral("Adams"));
    const Id cal = admit(t, QStringLiteral("R-3"), QDate(2026, 1, 5), kim, QStringLiteral("Cole"));
    const Id iop = createTemplate(t, eveningIop(sam));
    REQUIRE_OK(ScheduleStore(t.db()).enroll(iop, ana, QDate(2026, 1, 5)));
    REQUIRE_OK(ScheduleStore(t.db()).enroll(iop, cal, QDate(2026, 1, 5)));
    const Id session = sessionIdOn(t, iop, groupNight);
    const Id lead = t.leadId();
    const RoleSet everything { StaffRole::Counselor, StaffRole::Supervisor,
        StaffRole::Administrator };

    auto refused = [&](Id staff, const RoleSet& roles, Id participant) {
        t.actAs(staff, roles);
        Status r = AttendanceStore(t.db()).save(
            session, { entry(participant, AttendanceStatus::Present) });
        t.actAs(lead, everything);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Forbidden);
    };

    SECTION("a counselor who neither leads the group nor has the participant")
    {
        refused(kim, { StaffRole::Counselor }, ana);
        CHECK(rowCount(t, QStringLiteral("attendance")) == 0);
    }
    SECTION("an administrator without a clinical role")
    {
        refused(ada, { StaffRole::Administrator }, ana);
        CHECK(rowCount(t, QStringLiteral("attendance")) == 0);
    }
    SECTION("the facilitator, for members of another counselor's caseload")
    {
        t.actAs(sam, { StaffRole::Counselor });
        REQUIRE_OK(AttendanceStore(t.db()).save(session,
            { entry(ana, AttendanceStatus::Present), entry(cal, AttendanceStatus::Telehealth) }));
        auto sheet = AttendanceStore(t.db()).sheet(session);
        REQUIRE_OK(sheet);
        t.actAs(lead, everything);
        REQUIRE(rowOf(*sheet, ana) != nullptr);
        CHECK(rowOf(*sheet, ana)->recordedByName == QStringLiteral("Sam Facilitator"));
        CHECK(rowCount(t, QStringLiteral("attendance")) == 2);
    }
    SECTION("the participant's own counselor, for that participant only")
    {
        // An individual session Sam leads with Ana alone: Dana takes Ana's attendance.
        SessionInput one;
        one.sessionType = QStringLiteral("individual_counseling");
        one.date = groupNight;
        one.start = QTime(9, 0);
        one.end = QTime(10, 0);
        one.facilitatorIds = { sam };
        one.participantIds = { ana };
        auto alone = ScheduleStore(t.db()).book(one);
        REQUIRE_OK(alone);
        t.actAs(t.counselorId(), { StaffRole::Counselor });
        Status individual = AttendanceStore(t.db()).save(
            alone.value(), { entry(ana, AttendanceStatus::Present) });
        t.actAs(lead, everything);
        REQUIRE_OK(individual);
        CHECK(rowCount(t, QStringLiteral("attendance")) == 1);

        // In the group Ana shares with Kim's Cal, Dana still takes Ana's row.
        t.actAs(t.counselorId(), { StaffRole::Counselor });
        Status own
            = AttendanceStore(t.db()).save(session, { entry(ana, AttendanceStatus::Present) });
        t.actAs(lead, everything);
        INFO((own.ok() ? std::string() : test::describe(own.error())));
        CHECK(own.ok());
        CHECK(rowCount(t, QStringLiteral("attendance")) == (own.ok() ? 2 : 1));
        refused(t.counselorId(), { StaffRole::Counselor }, cal);
    }
    SECTION("a supervisor, for anyone")
    {
        t.actAs(sue, { StaffRole::Supervisor });
        REQUIRE_OK(AttendanceStore(t.db()).save(session,
            { entry(ana, AttendanceStatus::ExcusedAbsence),
                entry(cal, AttendanceStatus::Present) }));
        t.actAs(lead, everything);
        CHECK(rowCount(t, QStringLiteral("attendance")) == 2);
    }
}
