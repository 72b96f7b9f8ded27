// SPDX-License-Identifier: GPL-3.0-or-later
// The group schedule as a program manager meets it (issue 5): a template generates its sessions
// in the group's time zone, holidays left out and nothing duplicated; members are expected from
// their enrolment; individual sessions are booked and cancelled with a reason.
#include "storage/ScheduleStore.h"

#include "AttendanceTestSupport.h"
#include "attendance/SessionType.h"
#include "storage/EpisodeStore.h"
#include "storage/SettingsStore.h"
#include "support/MockClock.h"

#include <catch2/catch.hpp>

using namespace stepwise;
using namespace stepwise::storagetest;

namespace {

SessionInput individual(Id participant, Id facilitator, const QDate& date)
{
    SessionInput in;
    in.sessionType = QStringLiteral("individual_counseling");
    in.date = date;
    in.start = QTime(10, 0);
    in.end = QTime(11, 0);
    in.location = QStringLiteral("Office 4");
    in.facilitatorIds = { facilitator };
    in.participantIds = { participant };
    return in;
}

} // namespace

TEST_CASE("Evening IOP generates its Mon/Wed/Fri sessions in New York time, skipping a holiday",
    "[storage][schedule]")
{
    test::MockClock clock(utc(QDate(2026, 1, 2), "15:00"));
    test::TestDatabase t;
    ScheduleStore store(t.db());
    const Id iop = createTemplate(t, eveningIop(t.counselorId()));

    auto back = store.groupTemplate(iop);
    REQUIRE_OK(back);
    CHECK(back->name == QStringLiteral("Evening IOP"));
    CHECK(back->weekdays == QList<Qt::DayOfWeek> { Qt::Monday, Qt::Wednesday, Qt::Friday });
    CHECK(back->start == QTime(18, 0));
    CHECK(back->end == QTime(21, 0));
    CHECK(back->timeZone == newYork);
    REQUIRE(back->phase.has_value());
    CHECK(*back->phase == PhaseKind::Intensive);
    CHECK(back->facilitatorName == QStringLiteral("Dana Counselor"));
    CHECK(back->active);
    CHECK(back->scheduleText().endsWith(QStringLiteral("18:00–21:00")));

    // Two weeks from Monday 12 January; Monday 19 January (Martin Luther King Jr. Day) is off.
    const QSet<QDate> holiday { QDate(2026, 1, 19) };
    auto created = store.generate(iop, QDate(2026, 1, 12), QDate(2026, 1, 25), holiday);
    REQUIRE_OK(created);
    CHECK(created.value() == 5);

    QList<ScheduledSession> sessions = sessionsOf(t, iop, QDate(2026, 1, 1), QDate(2026, 3, 1));
    CHECK(datesOf(sessions)
        == QList<QDate> { QDate(2026, 1, 12), QDate(2026, 1, 14), QDate(2026, 1, 16),
            QDate(2026, 1, 21), QDate(2026, 1, 23) });
    for (const ScheduledSession& s : sessions) {
        INFO("session on " << iso(s.times.localDate));
        CHECK(s.templateId == iop);
        CHECK(s.title() == QStringLiteral("Evening IOP"));
        CHECK(s.sessionType == QStringLiteral("group_therapy"));
        CHECK(s.location == QStringLiteral("Room 2"));
        CHECK(s.times.timeZone == newYork);
        CHECK(s.times.localStart == QTime(18, 0));
        CHECK(s.times.localEnd == QTime(21, 0));
        // New York keeps standard time (UTC-5) in January: 18:00 is 23:00 UTC, 21:00 is 02:00
        // UTC the next day.
        CHECK(iso(s.times.startUtc) == iso(utc(s.times.localDate, "23:00")));
        CHECK(iso(s.times.endUtc) == iso(utc(s.times.localDate.addDays(1), "02:00")));
        CHECK(s.times.minutes() == 180);
        CHECK(s.facilitatorIds == QList<Id> { t.counselorId() });
        CHECK(s.facilitatorNames == QStringList { QStringLiteral("Dana Counselor") });
        CHECK_FALSE(s.cancelled);
    }

    // The same range again adds nothing; a longer range adds only the new dates.
    auto again = store.generate(iop, QDate(2026, 1, 12), QDate(2026, 1, 25), holiday);
    REQUIRE_OK(again);
    CHECK(again.value() == 0);
    auto longer = store.generate(iop, QDate(2026, 1, 12), QDate(2026, 1, 31), holiday);
    REQUIRE_OK(longer);
    CHECK(longer.value() == 3);
    sessions = sessionsOf(t, iop, QDate(2026, 1, 1), QDate(2026, 3, 1));
    CHECK(sessions.size() == 8);
    CHECK(rowCount(t, QStringLiteral("scheduled_session")) == 8);
    CHECK_FALSE(datesOf(sessions).contains(QDate(2026, 1, 19)));

    const QList<AuditEntry> audit = auditRows(t, QStringLiteral("group.generate"));
    REQUIRE(audit.size() == 3);
    CHECK(audit.first().entityId == iop);
    CHECK(audit.first().detail.contains(QStringLiteral("skipping 2026-01-19")));
}

TEST_CASE("Members are expected from their enrolment date until they leave the group",
    "[storage][schedule][enrolment]")
{
    test::MockClock clock(utc(QDate(2026, 1, 24), "12:00"));
    test::TestDatabase t;
    ScheduleStore store(t.db());
    const Id ana = admit(t, QStringLiteral("R-1"), QDate(2026, 1, 5), 0, QStringLiteral("Adams"));
    const Id ben = admit(t, QStringLiteral("R-2"), QDate(2026, 1, 5), 0, QStringLiteral("Brooks"));
    const Id iop = createTemplate(t, eveningIop(t.counselorId()));

    // Ana joins before the sessions exist, Ben after.
    REQUIRE_OK(store.enroll(iop, ana, QDate(2026, 1, 12)));
    REQUIRE_OK(store.generate(iop, QDate(2026, 1, 12), QDate(2026, 1, 30)));
    REQUIRE_OK(store.enroll(iop, ben, QDate(2026, 1, 19)));

    const QList<Id> anaOnly { ana };
    const QList<Id> both = ana < ben ? QList<Id> { ana, ben } : QList<Id> { ben, ana };
    for (const QDate& d : { QDate(2026, 1, 12), QDate(2026, 1, 14), QDate(2026, 1, 16) }) {
        INFO(iso(d));
        CHECK(expectedAt(t, sessionOn(t, iop, d).id) == anaOnly);
    }
    for (const QDate& d : { QDate(2026, 1, 19), QDate(2026, 1, 21), QDate(2026, 1, 23),
             QDate(2026, 1, 26), QDate(2026, 1, 30) }) {
        INFO(iso(d));
        CHECK(expectedAt(t, sessionOn(t, iop, d).id) == both);
    }
    CHECK(sessionOn(t, iop, QDate(2026, 1, 21)).expectedCount == 2);

    auto members = store.members(iop, QDate(2026, 1, 13));
    REQUIRE_OK(members);
    REQUIRE(members->size() == 1);
    CHECK(members->first().participantId == ana);
    CHECK(members->first().from == QDate(2026, 1, 12));
    CHECK(members->first().to.isNull());
    members = store.members(iop, QDate(2026, 1, 20));
    REQUIRE_OK(members);
    REQUIRE(members->size() == 2);
    CHECK(members->at(0).name.startsWith(QStringLiteral("Adams")));
    CHECK(members->at(1).name.startsWith(QStringLiteral("Brooks")));

    // Enrolling someone who is already a member is refused.
    Status twice = store.enroll(iop, ana, QDate(2026, 1, 20));
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().code == ErrorCode::Conflict);

    // Ben came on Friday 23 January after all; then his last group is recorded as the 21st.
    take(t, sessionOn(t, iop, QDate(2026, 1, 23)).id, { entry(ben, AttendanceStatus::Present) });
    REQUIRE_OK(store.unenroll(iop, ben, QDate(2026, 1, 21)));

    for (const QDate& d : { QDate(2026, 1, 19), QDate(2026, 1, 21), QDate(2026, 1, 23) }) {
        INFO("kept on " << iso(d));
        CHECK(expectedAt(t, sessionOn(t, iop, d).id) == both);
    }
    for (const QDate& d : { QDate(2026, 1, 26), QDate(2026, 1, 28), QDate(2026, 1, 30) }) {
        INFO("no longer expected on " << iso(d));
        CHECK(expectedAt(t, sessionOn(t, iop, d).id) == anaOnly);
    }
    members = store.members(iop, QDate(2026, 1, 21));
    REQUIRE_OK(members);
    REQUIRE(members->size() == 2);
    CHECK(members->at(1).to == QDate(2026, 1, 21));
    members = store.members(iop, QDate(2026, 1, 22));
    REQUIRE_OK(members);
    REQUIRE(members->size() == 1);
    CHECK(members->first().participantId == ana);

    // Sessions generated later expect only the current members.
    auto created = store.generate(iop, QDate(2026, 2, 2), QDate(2026, 2, 6));
    REQUIRE_OK(created);
    CHECK(created.value() == 3);
    CHECK(expectedAt(t, sessionOn(t, iop, QDate(2026, 2, 4)).id) == anaOnly);

    CHECK(auditRows(t, QStringLiteral("group.enroll")).size() == 2);
    const QList<AuditEntry> left = auditRows(t, QStringLiteral("group.unenroll"));
    REQUIRE(left.size() == 1);
    CHECK(left.first().participantId == ben);
}

TEST_CASE("Generating refuses an empty range or one longer than 550 days and writes nothing",
    "[storage][schedule][validation]")
{
    test::MockClock clock(utc(QDate(2026, 1, 2), "15:00"));
    test::TestDatabase t;
    ScheduleStore store(t.db());
    const Id iop = createTemplate(t, eveningIop(t.counselorId()));
    const int auditBefore = rowCount(t, QStringLiteral("audit_log"));

    auto requireRangeRefused = [&](const QDate& from, const QDate& to) {
        INFO(iso(from) << " to " << iso(to));
        auto r = store.generate(iop, from, to);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Validation);
        CHECK(r.error().hasField(QStringLiteral("range")));
        CHECK(rowCount(t, QStringLiteral("scheduled_session")) == 0);
        CHECK(rowCount(t, QStringLiteral("audit_log")) == auditBefore);
    };
    requireRangeRefused(QDate(2026, 2, 1), QDate(2026, 1, 31)); // ends before it starts
    requireRangeRefused(QDate(), QDate(2026, 1, 31));
    requireRangeRefused(QDate(2026, 1, 5), QDate());
    requireRangeRefused(QDate(2026, 1, 5), QDate(2026, 1, 5).addDays(551));

    // 550 days is the longest range: Mon/Wed/Fri within it, counted day by day.
    const QDate from(2026, 1, 5);
    const QDate to = from.addDays(550);
    int meetings = 0;
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        const int dow = d.dayOfWeek();
        if (dow == Qt::Monday || dow == Qt::Wednesday || dow == Qt::Friday)
            ++meetings;
    }
    auto longest = store.generate(iop, from, to);
    REQUIRE_OK(longest);
    CHECK(longest.value() == meetings);
    CHECK(rowCount(t, QStringLiteral("scheduled_session")) == meetings);
}

TEST_CASE("Sessions on the nights the clocks change get the instants the wall clock means",
    "[storage][schedule][dst]")
{
    test::MockClock clock(utc(QDate(2026, 1, 2), "15:00"));
    test::TestDatabase t;
    ScheduleStore store(t.db());

    // Saturday 23:00 to 03:00: 4 hours on the wall clock. New York springs forward at 02:00 on
    // Sunday 8 March 2026 and falls back at 02:00 on Sunday 1 November 2026.
    const Id late = createTemplate(t,
        group(QStringLiteral("Saturday late group"), { Qt::Saturday }, "23:00", "03:00",
            t.counselorId()));
    REQUIRE_OK(store.generate(late, QDate(2026, 3, 1), QDate(2026, 3, 15)));
    REQUIRE_OK(store.generate(late, QDate(2026, 10, 25), QDate(2026, 11, 8)));

    const ScheduledSession before = sessionOn(t, late, QDate(2026, 3, 7));
    CHECK(iso(before.times.startUtc) == iso(utc(QDate(2026, 3, 8), "04:00"))); // 23:00 EST
    CHECK(iso(before.times.endUtc) == iso(utc(QDate(2026, 3, 8), "07:00")));   // 03:00 EDT
    CHECK(before.times.minutes() == 180);
    CHECK(before.times.localStart == QTime(23, 0));
    CHECK(before.times.localEnd == QTime(3, 0));

    const ScheduledSession after = sessionOn(t, late, QDate(2026, 3, 14));
    CHECK(iso(after.times.startUtc) == iso(utc(QDate(2026, 3, 15), "03:00"))); // 23:00 EDT
    CHECK(iso(after.times.endUtc) == iso(utc(QDate(2026, 3, 15), "07:00")));
    CHECK(after.times.minutes() == 240);

    const ScheduledSession fallBack = sessionOn(t, late, QDate(2026, 10, 31));
    CHECK(iso(fallBack.times.startUtc) == iso(utc(QDate(2026, 11, 1), "03:00"))); // 23:00 EDT
    CHECK(iso(fallBack.times.endUtc) == iso(utc(QDate(2026, 11, 1), "08:00")));   // 03:00 EST
    CHECK(fallBack.times.minutes() == 300);

    // The evening group is an hour earlier in UTC once daylight saving time begins.
    const Id iop = createTemplate(t, eveningIop(t.counselorId()));
    REQUIRE_OK(store.generate(iop, QDate(2026, 3, 6), QDate(2026, 3, 9)));
    CHECK(iso(sessionOn(t, iop, QDate(2026, 3, 6)).times.startUtc)
        == iso(utc(QDate(2026, 3, 6), "23:00")));
    CHECK(iso(sessionOn(t, iop, QDate(2026, 3, 9)).times.startUtc)
        == iso(utc(QDate(2026, 3, 9), "22:00")));

    // 02:30 does not exist on 8 March: that date is left for a person to book, and said so.
    const Id early = createTemplate(t,
        group(QStringLiteral("Sunday early group"), { Qt::Sunday }, "02:30", "04:00",
            t.counselorId()));
    auto created = store.generate(early, QDate(2026, 3, 1), QDate(2026, 3, 15));
    REQUIRE_OK(created);
    CHECK(created.value() == 2);
    CHECK(datesOf(sessionsOf(t, early, QDate(2026, 3, 1), QDate(2026, 3, 15)))
        == QList<QDate> { QDate(2026, 3, 1), QDate(2026, 3, 15) });
    const QList<AuditEntry> audit = auditRows(t, QStringLiteral("group.generate"));
    REQUIRE_FALSE(audit.isEmpty());
    CHECK(audit.last().entityId == early);
    CHECK(audit.last().detail.contains(QStringLiteral("not on 2026-03-08")));
}

TEST_CASE("Booking an individual session names what is missing and saves nothing",
    "[storage][schedule][booking]")
{
    test::MockClock clock(utc(QDate(2026, 1, 20), "08:00"));
    test::TestDatabase t;
    ScheduleStore store(t.db());
    const Id pid = admit(t, QStringLiteral("R-1"), QDate(2026, 1, 5));

    auto requireRefused = [&](const SessionInput& in, const QStringList& fields) {
        auto r = store.book(in);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Validation);
        for (const QString& f : fields) {
            INFO("field " << str(f));
            CHECK(r.error().hasField(f));
        }
        CHECK(r.error().fields.size() == fields.size());
        CHECK(rowCount(t, QStringLiteral("scheduled_session")) == 0);
        CHECK(rowCount(t, QStringLiteral("session_expected")) == 0);
    };

    SECTION("no participant")
    {
        SessionInput in = individual(pid, t.counselorId(), QDate(2026, 1, 21));
        in.participantIds.clear();
        requireRefused(in, { QStringLiteral("participants") });
    }
    SECTION("no facilitator")
    {
        SessionInput in = individual(pid, t.counselorId(), QDate(2026, 1, 21));
        in.facilitatorIds.clear();
        requireRefused(in, { QStringLiteral("facilitators") });
    }
    SECTION("a session type the program does not have")
    {
        SessionInput in = individual(pid, t.counselorId(), QDate(2026, 1, 21));
        in.sessionType = QStringLiteral("Art therapy");
        requireRefused(in, { QStringLiteral("session_type") });

        // Once the program adds the type in its settings, it can be booked.
        ProgramSettings s = SettingsStore(t.db()).load().value();
        s.attendance.customSessionTypes = { QStringLiteral("Art therapy") };
        REQUIRE_OK(SettingsStore(t.db()).save(s));
        auto booked = store.book(in);
        REQUIRE_OK(booked);
        auto session = store.session(booked.value());
        REQUIRE_OK(session);
        CHECK(session->sessionType == QStringLiteral("Art therapy"));
        CHECK(session->title() == QStringLiteral("Art therapy"));
    }
    SECTION("all three at once")
    {
        SessionInput in;
        in.sessionType = QStringLiteral("astrology");
        in.date = QDate(2026, 1, 21);
        in.start = QTime(10, 0);
        in.end = QTime(11, 0);
        requireRefused(in,
            { QStringLiteral("session_type"), QStringLiteral("participants"),
                QStringLiteral("facilitators") });
    }
    SECTION("a complete booking is in the calendar with its participant and facilitator")
    {
        auto id = store.book(individual(pid, t.counselorId(), QDate(2026, 1, 21)));
        REQUIRE_OK(id);
        auto s = store.session(id.value());
        REQUIRE_OK(s);
        CHECK(s->templateId == 0);
        CHECK(s->sessionType == QStringLiteral("individual_counseling"));
        CHECK(s->title() == SessionTypes::label(QStringLiteral("individual_counseling")));
        CHECK(s->times.localDate == QDate(2026, 1, 21));
        CHECK(s->times.localStart == QTime(10, 0));
        CHECK(s->times.minutes() == 60);
        // Booked on this workstation: its time zone, whatever that is.
        const QTimeZone zone = SessionTime::workstationZone();
        CHECK(s->times.timeZone == zone.id());
        CHECK(iso(s->times.startUtc) == iso(QDateTime(QDate(2026, 1, 21), QTime(10, 0), zone)));
        CHECK(s->facilitatorIds == QList<Id> { t.counselorId() });
        CHECK(s->expectedCount == 1);
        CHECK(expectedAt(t, id.value()) == QList<Id> { pid });
        const QList<AuditEntry> audit = auditRows(t, QStringLiteral("session.book"));
        REQUIRE(audit.size() == 1);
        CHECK(audit.first().participantId == pid);
        CHECK(audit.first().entityId == id.value());
    }
}

TEST_CASE("A cancelled session stays in the calendar with its reason, unless attendance was taken",
    "[storage][schedule][cancel]")
{
    test::MockClock clock(utc(QDate(2026, 1, 22), "08:00"));
    test::TestDatabase t;
    ScheduleStore store(t.db());
    const Id pid = admit(t, QStringLiteral("R-1"), QDate(2026, 1, 5));
    auto tomorrow = store.book(individual(pid, t.counselorId(), QDate(2026, 1, 23)));
    REQUIRE_OK(tomorrow);
    auto yesterday = store.book(individual(pid, t.counselorId(), QDate(2026, 1, 21)));
    REQUIRE_OK(yesterday);

    // A reason is required.
    Status noReason = store.cancel(tomorrow.value(), QStringLiteral("  "));
    REQUIRE_FALSE(noReason.ok());
    CHECK(noReason.error().code == ErrorCode::Validation);
    CHECK(noReason.error().hasField(QStringLiteral("reason")));
    CHECK_FALSE(store.session(tomorrow.value())->cancelled);

    REQUIRE_OK(store.cancel(tomorrow.value(), QStringLiteral(" Counselor out sick ")));
    auto cancelled = store.session(tomorrow.value());
    REQUIRE_OK(cancelled);
    CHECK(cancelled->cancelled);
    CHECK(cancelled->cancelReason == QStringLiteral("Counselor out sick"));
    CHECK_FALSE(cancelled->attendancePending(utc(QDate(2026, 1, 24), "12:00")));
    auto listed = store.sessions(QDate(2026, 1, 23), QDate(2026, 1, 23));
    REQUIRE_OK(listed);
    REQUIRE(listed->size() == 1);
    CHECK(listed->first().cancelled);
    const QList<AuditEntry> audit = auditRows(t, QStringLiteral("session.cancel"));
    REQUIRE(audit.size() == 1);
    CHECK(audit.first().detail == QStringLiteral("Counselor out sick"));

    Status again = store.cancel(tomorrow.value(), QStringLiteral("Snow day"));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Conflict);
    CHECK(store.session(tomorrow.value())->cancelReason == QStringLiteral("Counselor out sick"));

    // Yesterday's session happened and its attendance is on record: it cannot be cancelled.
    take(t, yesterday.value(), { entry(pid, AttendanceStatus::Present) });
    Status taken = store.cancel(yesterday.value(), QStringLiteral("Entered by mistake"));
    REQUIRE_FALSE(taken.ok());
    CHECK(taken.error().code == ErrorCode::Conflict);
    auto kept = store.session(yesterday.value());
    REQUIRE_OK(kept);
    CHECK_FALSE(kept->cancelled);
    CHECK(kept->recordedCount == 1);
    CHECK(auditRows(t, QStringLiteral("session.cancel")).size() == 1);
}

TEST_CASE("A phase change and a discharge end the memberships of groups the participant leaves",
    "[storage][schedule]")
{
    // Monday 2 February 2026 admission; Evening IOP (intensive) and an any-phase Saturday group
    // from then to the end of March; the Step-down group on Tuesdays.
    test::MockClock clock(QDateTime(QDate(2026, 3, 5), QTime(9, 0)));
    test::TestDatabase t;
    const QDate admitted(2026, 2, 2);
    const Id ana = admit(t, QStringLiteral("R-1"), admitted);
    ScheduleStore store(t.db());
    const Id iop = createTemplate(t, eveningIop(t.counselorId()));
    GroupTemplate saturday = group(
        QStringLiteral("Saturday skills"), { Qt::Saturday }, "10:00", "12:00", t.counselorId());
    saturday.phase.reset();
    const Id skills = createTemplate(t, saturday);
    GroupTemplate stepDown = group(
        QStringLiteral("Step-down group"), { Qt::Tuesday }, "18:00", "21:00", t.counselorId());
    stepDown.phase = PhaseKind::StepDown;
    const Id tuesday = createTemplate(t, stepDown);
    for (Id g : { iop, skills })
        REQUIRE_OK(store.enroll(g, ana, admitted));
    for (Id g : { iop, skills, tuesday })
        REQUIRE_OK(store.generate(g, admitted, QDate(2026, 3, 31)));

    // Stepping down on Wednesday 4 March: Evening IOP expects Ana up to Tuesday 3 March only;
    // the any-phase group keeps her.
    auto episodes = EpisodeStore(t.db()).episodes(ana);
    REQUIRE_OK(episodes);
    const Id episode = episodes->first().id;
    REQUIRE_OK(EpisodeStore(t.db()).transition(
        episode, PhaseKind::StepDown, QDate(2026, 3, 4), { 1, 3.0 }, QStringLiteral("Goals met")));
    CHECK(expectedAt(t, sessionOn(t, iop, QDate(2026, 3, 2)).id).contains(ana));
    CHECK_FALSE(expectedAt(t, sessionOn(t, iop, QDate(2026, 3, 4)).id).contains(ana));
    CHECK_FALSE(expectedAt(t, sessionOn(t, iop, QDate(2026, 3, 30)).id).contains(ana));
    CHECK(expectedAt(t, sessionOn(t, skills, QDate(2026, 3, 7)).id).contains(ana));
    auto iopMembers = store.members(iop, QDate(2026, 3, 3));
    REQUIRE_OK(iopMembers);
    REQUIRE(iopMembers->size() == 1);
    CHECK(iopMembers->first().to == QDate(2026, 3, 3));

    // Enrolled in the step-down group, then discharged on 14 March: no group expects her after.
    REQUIRE_OK(store.enroll(tuesday, ana, QDate(2026, 3, 4)));
    clock.set(QDateTime(QDate(2026, 3, 16), QTime(9, 0)));
    REQUIRE_OK(
        EpisodeStore(t.db()).discharge(episode, QDate(2026, 3, 14), QStringLiteral("Completed")));
    CHECK(expectedAt(t, sessionOn(t, tuesday, QDate(2026, 3, 10)).id).contains(ana));
    CHECK_FALSE(expectedAt(t, sessionOn(t, tuesday, QDate(2026, 3, 17)).id).contains(ana));
    CHECK(expectedAt(t, sessionOn(t, skills, QDate(2026, 3, 14)).id).contains(ana));
    CHECK_FALSE(expectedAt(t, sessionOn(t, skills, QDate(2026, 3, 21)).id).contains(ana));
}
