// SPDX-License-Identifier: GPL-3.0-or-later
// Reassigning participants between counselors (issue 8): supervisors only, all or nothing, one
// audit row per participant moved, and the receiving counselors' loads.
#include "SupervisionTestSupport.h"
#include "storage/ReassignmentStore.h"
#include "storage/StaffStore.h"
#include "support/MockClock.h"

#include <catch2/catch.hpp>

using namespace stepwise;
using namespace stepwise::supervisiontest;

namespace {

const QDate today(2026, 3, 10);

Id counselorOf(test::TestDatabase& t, Id pid)
{
    auto p = ParticipantStore(t.db()).get(pid);
    REQUIRE_OK(p);
    return p->counselorId;
}

struct Clinic
{
    test::TestDatabase t;
    Id kim = 0;
    Id sue = 0;
    QList<Id> danas; // three on Dana's caseload
    Id kims = 0;     // one on Kim's
    Clinic()
    {
        kim = t.addStaff(QStringLiteral("Kim Counselor"), { StaffRole::Counselor });
        sue = t.addStaff(QStringLiteral("Sue Supervisor"), { StaffRole::Supervisor });
        for (int i = 1; i <= 3; ++i)
            danas << admit(t, QStringLiteral("D-%1").arg(i), QDate(2026, 3, 2));
        kims = admit(t, QStringLiteral("K-1"), QDate(2026, 3, 2), kim);
    }
};

} // namespace

TEST_CASE("A supervisor moves participants to another caseload with an audit row for each",
    "[supervision][reassign]")
{
    test::MockClock clock(today);
    Clinic c;
    c.t.actAs(c.sue, { StaffRole::Supervisor });
    ReassignmentStore store(c.t.db());

    auto before = store.receivingCounselors();
    REQUIRE_OK(before);
    // Active counselors by name; the supervisor carries no caseload. Riley Lead holds every role.
    REQUIRE(before->size() == 3);
    CHECK(before->at(0).name == QStringLiteral("Dana Counselor"));
    CHECK(before->at(0).inCare == 3);
    CHECK(before->at(1).name == QStringLiteral("Kim Counselor"));
    CHECK(before->at(1).inCare == 1);
    CHECK(before->at(2).name == QStringLiteral("Riley Lead"));

    // Kim's own participant is in the list too: already there, it is neither moved nor audited.
    auto moved = store.reassign(
        { c.danas.at(0), c.danas.at(1), c.kims }, c.kim, QStringLiteral("Dana on leave in March"));
    REQUIRE_OK(moved);
    CHECK(moved.value() == 2);
    CHECK(counselorOf(c.t, c.danas.at(0)) == c.kim);
    CHECK(counselorOf(c.t, c.danas.at(1)) == c.kim);
    CHECK(counselorOf(c.t, c.danas.at(2)) == c.t.counselorId());

    c.t.actAs(c.t.leadId(), { StaffRole::Administrator, StaffRole::Supervisor });
    const QList<AuditEntry> rows = auditRows(c.t, QStringLiteral("participant.reassign"));
    REQUIRE(rows.size() == 2);
    for (const AuditEntry& row : rows) {
        CHECK(row.staffId == c.sue);
        CHECK(row.detail
            == QStringLiteral("to Kim Counselor (%1) from Dana Counselor (%2); reason: Dana on "
                              "leave in March")
                   .arg(c.kim)
                   .arg(c.t.counselorId()));
    }
    CHECK(QSet<Id> { rows.at(0).participantId, rows.at(1).participantId }
        == QSet<Id> { c.danas.at(0), c.danas.at(1) });

    c.t.actAs(c.sue, { StaffRole::Supervisor });
    auto after = store.receivingCounselors();
    REQUIRE_OK(after);
    CHECK(after->at(0).inCare == 1);
    CHECK(after->at(1).inCare == 3);
    // The dashboard shows the new loads.
    const Dashboard d = dashboard(c.t, today);
    for (const CounselorLoad& l : d.loads()) {
        if (l.counselorId == c.kim)
            CHECK(l.inCare == 3);
        if (l.counselorId == c.t.counselorId())
            CHECK(l.inCare == 1);
    }
}

TEST_CASE(
    "Reassigning is refused whole, with the reason, and changes nothing", "[supervision][reassign]")
{
    test::MockClock clock(today);
    Clinic c;
    const auto requireUnchanged = [&c] {
        c.t.actAs(c.t.leadId(),
            { StaffRole::Counselor, StaffRole::Supervisor, StaffRole::Administrator });
        for (Id pid : c.danas)
            CHECK(counselorOf(c.t, pid) == c.t.counselorId());
        CHECK(counselorOf(c.t, c.kims) == c.kim);
        CHECK(auditRows(c.t, QStringLiteral("participant.reassign")).isEmpty());
    };

    SECTION("a counselor may not, and the refusal is audited")
    {
        c.t.actAs(c.kim, { StaffRole::Counselor });
        auto r = ReassignmentStore(c.t.db()).reassign({ c.danas.at(0) }, c.kim, {});
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Forbidden);
        CHECK_FALSE(ReassignmentStore(c.t.db()).receivingCounselors().ok());
        requireUnchanged();
        CHECK_FALSE(auditRows(c.t, QStringLiteral("access.denied")).isEmpty());
    }
    SECTION("to someone who is not a counselor")
    {
        c.t.actAs(c.sue, { StaffRole::Supervisor });
        auto r = ReassignmentStore(c.t.db()).reassign({ c.danas.at(0) }, c.sue, {});
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().hasField(QStringLiteral("counselor")));
        CHECK(r.error().message.contains(QStringLiteral("not a counselor")));
        requireUnchanged();
    }
    SECTION("to a counselor who is no longer active")
    {
        c.t.actAs(c.t.leadId(), { StaffRole::Administrator });
        auto member = StaffStore(c.t.db()).get(c.kim);
        REQUIRE_OK(member);
        StaffMember m = member.value();
        m.active = false;
        REQUIRE_OK(StaffStore(c.t.db()).update(m));
        c.t.actAs(c.sue, { StaffRole::Supervisor });
        auto r = ReassignmentStore(c.t.db()).reassign({ c.danas.at(0) }, c.kim, {});
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("no longer active")));
        requireUnchanged();
    }
    SECTION("when one of the participants does not exist")
    {
        c.t.actAs(c.sue, { StaffRole::Supervisor });
        auto r = ReassignmentStore(c.t.db()).reassign({ c.danas.at(0), 9999 }, c.kim, {});
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::NotFound);
        requireUnchanged();
    }
    SECTION("with nobody chosen")
    {
        c.t.actAs(c.sue, { StaffRole::Supervisor });
        CHECK_FALSE(ReassignmentStore(c.t.db()).reassign({}, c.kim, {}).ok());
        requireUnchanged();
    }
}
