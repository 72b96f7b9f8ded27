// SPDX-License-Identifier: GPL-3.0-or-later
// The caseload's "Needs attention" from the clinical record (issue 6): a first treatment plan
// past due, notes unsigned past the deadline, and an unexpected positive screen; each on at its
// boundary and off once dealt with.
#include "AttendanceTestSupport.h"
#include "storage/CaseloadQuery.h"
#include "storage/NoteStore.h"
#include "storage/ToxicologyStore.h"
#include "support/MockClock.h"
#include "support/RecordInputs.h"

#include <catch2/catch.hpp>

using namespace stepwise;
using namespace stepwise::storagetest;

namespace {

const QDate admitted(2026, 3, 2);

const CaseloadRow& rowOf(const QList<CaseloadRow>& rows, Id pid)
{
    for (const CaseloadRow& r : rows)
        if (r.participantId == pid)
            return r;
    FAIL("participant not in the caseload");
    return rows.first();
}

QList<CaseloadRow> caseload(test::TestDatabase& t, const QDate& today)
{
    auto rows = CaseloadQuery::rows(t.db(), {}, today);
    REQUIRE_OK(rows);
    return rows.value();
}

} // namespace

TEST_CASE("A first treatment plan is flagged the day after it falls due", "[caseload][plans]")
{
    test::MockClock clock(admitted);
    test::TestDatabase t;
    const Id pid = admit(t, QStringLiteral("C-1"), admitted);
    // Due 7 days after admission (the default), on 9 March.
    CHECK_FALSE(rowOf(caseload(t, QDate(2026, 3, 9)), pid).planDue.has_value());
    const CaseloadRow late = rowOf(caseload(t, QDate(2026, 3, 10)), pid);
    REQUIRE(late.planDue.has_value());
    CHECK(late.planDue->kind == PlanDueKind::FirstPlan);
    CHECK(late.planDue->daysOverdue == 1);
    CHECK(late.needsAttention());
}

TEST_CASE("A note unsigned 72 hours after the service is flagged on the participant's row",
    "[caseload][notes]")
{
    test::MockClock clock(QDateTime(admitted, QTime(12, 0), Qt::UTC));
    test::TestDatabase t;
    const Id pid = admit(t, QStringLiteral("C-2"), admitted);
    auto id = NoteStore(t.db()).createDraft(
        test::phoneNote(pid, admitted, "Called about the schedule."));
    REQUIRE_OK(id);
    clock.set(QDateTime(admitted.addDays(3), QTime(12, 0), Qt::UTC));
    CHECK(rowOf(caseload(t, admitted.addDays(3)), pid).lateUnsignedNotes == 0);
    clock.set(QDateTime(admitted.addDays(3), QTime(12, 1), Qt::UTC));
    CHECK(rowOf(caseload(t, admitted.addDays(3)), pid).lateUnsignedNotes == 1);
    REQUIRE_OK(NoteStore(t.db()).sign(id.value()));
    CHECK(rowOf(caseload(t, admitted.addDays(3)), pid).lateUnsignedNotes == 0);
}

TEST_CASE("An unexpected positive screen is flagged for two weeks", "[caseload][recovery]")
{
    test::MockClock clock(QDate(2026, 3, 20));
    test::TestDatabase t;
    const Id pid = admit(t, QStringLiteral("C-3"), admitted);
    REQUIRE_OK(
        ToxicologyStore(t.db()).record(test::positiveScreen(pid, QDate(2026, 3, 16), "cocaine")));
    const CaseloadRow row = rowOf(caseload(t, QDate(2026, 3, 20)), pid);
    REQUIRE_FALSE(row.recoveryFlags.isEmpty());
    CHECK(row.needsAttention());
    // 13 days later it still counts; 14 days later it does not (RecoverySignals' window).
    CHECK_FALSE(rowOf(caseload(t, QDate(2026, 3, 29)), pid).recoveryFlags.isEmpty());
    CHECK(rowOf(caseload(t, QDate(2026, 3, 30)), pid).recoveryFlags.isEmpty());
}
