// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's counts (issue 8): every count equals the list a click on it shows, the totals
// add up, and on a demo clinic the entries are exactly the caseload's participants in care.
#include "SupervisionTestSupport.h"
#include "demo/DemoGenerator.h"
#include "storage/CaseloadQuery.h"
#include "supervision/CaseloadFlagRules.h"
#include "support/MockClock.h"

#include <QSet>
#include <catch2/catch.hpp>

using namespace stepwise;
using namespace stepwise::supervisiontest;

namespace {

DashboardEntry entry(Id id, const char* name, Id counselor, PhaseKind phase,
    std::initializer_list<CaseloadFlag> flags)
{
    DashboardEntry e;
    e.participantId = id;
    e.recordNumber = QStringLiteral("R-%1").arg(id);
    e.name = QString::fromUtf8(name);
    e.counselorId = counselor;
    e.phase = phase;
    for (CaseloadFlag f : flags)
        e.flags.set(f);
    return e;
}

StaffMember staff(Id id, const char* name, RoleSet roles, bool active = true)
{
    StaffMember s;
    s.id = id;
    s.name = QString::fromUtf8(name);
    s.roles = roles;
    s.active = active;
    return s;
}

QList<Id> ids(const QList<DashboardEntry>& entries)
{
    QList<Id> out;
    for (const DashboardEntry& e : entries)
        out.append(e.participantId);
    return out;
}

// Every count of every line is the size of the list behind it, and the lines add up to the
// total.
void requireCountsMatchLists(const Dashboard& d)
{
    CounselorLoad sum;
    for (const CounselorLoad& load : d.loads()) {
        INFO("counselor " << load.name.toStdString() << " (" << load.counselorId << ")");
        DashboardSelection mine;
        mine.counselorId = load.counselorId;
        CHECK(load.inCare == d.count(mine));
        CHECK(load.inCare == int(d.select(mine).size()));
        for (PhaseKind phase : allValues<PhaseKind>()) {
            DashboardSelection s = mine;
            s.phase = phase;
            CHECK(load.count(phase) == int(d.select(s).size()));
            sum.byPhase.at(std::size_t(phase)) += load.count(phase);
        }
        for (CaseloadFlag flag : allValues<CaseloadFlag>()) {
            INFO(storageKey(flag).toStdString());
            DashboardSelection s = mine;
            s.flag = flag;
            const QList<DashboardEntry> listed = d.select(s);
            CHECK(load.count(flag) == int(listed.size()));
            for (const DashboardEntry& e : listed)
                CHECK(e.flags.has(flag));
            sum.byFlag.at(std::size_t(flag)) += load.count(flag);
        }
        DashboardSelection flagged = mine;
        flagged.flaggedOnly = true;
        CHECK(load.flagged == int(d.select(flagged).size()));
        sum.inCare += load.inCare;
        sum.flagged += load.flagged;
    }
    CHECK(sum.inCare == d.total().inCare);
    CHECK(sum.inCare == int(d.entries().size()));
    CHECK(sum.flagged == d.total().flagged);
    CHECK(sum.byPhase == d.total().byPhase);
    CHECK(sum.byFlag == d.total().byFlag);
}

} // namespace

TEST_CASE("Dashboard counts per counselor equal the lists behind them", "[supervision][dashboard]")
{
    using F = CaseloadFlag;
    const QList<DashboardEntry> entries {
        entry(1, "Avery, Sam", 10, PhaseKind::Intensive, { F::SafetyAlert, F::LateNote }),
        entry(2, "Baker, Lee", 10, PhaseKind::Intensive, {}),
        entry(3, "Chen, Wei", 10, PhaseKind::StepDown, { F::LateNote }),
        entry(4, "Diaz, Ana", 11, PhaseKind::Aftercare, { F::PositiveToxicology }),
        entry(5, "Evans, Jo", 0, PhaseKind::Intensive, { F::BelowRequiredHours }),
        entry(6, "Ford, Max", 12, PhaseKind::StepDown, { F::WorseningScore, F::CosignPending }),
    };
    const Dashboard d(QDate(2026, 3, 2), entries,
        { staff(10, "Dana Counselor", { StaffRole::Counselor }),
            staff(11, "Ari Counselor", { StaffRole::Counselor }),
            staff(12, "Former Counselor", { StaffRole::Counselor }, false),
            staff(13, "Kim Counselor", { StaffRole::Counselor }),
            staff(14, "Sue Supervisor", { StaffRole::Supervisor }) });
    requireCountsMatchLists(d);

    // Counselors by name, Kim with nobody in care as well; the former counselor because Ford is
    // still theirs; then nobody's caseload. The supervisor carries none and is not listed.
    QStringList names;
    for (const CounselorLoad& l : d.loads())
        names << l.name;
    CHECK(names
        == QStringList { QStringLiteral("Ari Counselor"), QStringLiteral("Dana Counselor"),
            QStringLiteral("Kim Counselor"), QStringLiteral("Former Counselor"), QString() });
    CHECK(d.loads().at(3).takesParticipants == false);
    CHECK(d.loads().at(4).counselorId == 0);
    const CounselorLoad& dana = d.loads().at(1);
    CHECK(dana.inCare == 3);
    CHECK(dana.count(PhaseKind::Intensive) == 2);
    CHECK(dana.count(PhaseKind::StepDown) == 1);
    CHECK(dana.count(F::LateNote) == 2);
    CHECK(dana.count(F::SafetyAlert) == 1);
    CHECK(dana.flagged == 2);
    CHECK(d.loads().at(2).inCare == 0);
    CHECK(d.total().inCare == 6);
    CHECK(d.total().flagged == 5);
    CHECK(d.total().count(F::LateNote) == 2);

    DashboardSelection late;
    late.flag = F::LateNote;
    CHECK(ids(d.select(late)) == QList<Id> { 1, 3 });
    DashboardSelection unassigned;
    unassigned.counselorId = 0;
    CHECK(ids(d.select(unassigned)) == QList<Id> { 5 });
}

TEST_CASE("On a demo clinic the dashboard holds exactly the caseload's participants in care",
    "[supervision][dashboard][demo]")
{
    const QDate today(2025, 6, 16);
    test::MockClock clock(today);
    test::TestDatabase t;
    generateDemo(t, 40, 8, today);

    const Dashboard d = dashboard(t, today);
    requireCountsMatchLists(d);

    // The same participants, with the same flags, as the whole caseload read row by row.
    auto rows = CaseloadQuery::rows(t.db(), {}, today);
    REQUIRE_OK(rows);
    QHash<Id, CaseloadFlags> expected;
    for (const CaseloadRow& row : *rows) {
        if (row.phase && row.daysInProgram >= 0)
            expected.insert(row.participantId, CaseloadFlagRules::of(row));
    }
    REQUIRE(expected.size() >= 15);
    REQUIRE(int(d.entries().size()) == expected.size());
    int flagged = 0;
    for (const DashboardEntry& e : d.entries()) {
        INFO(e.recordNumber.toStdString());
        REQUIRE(expected.contains(e.participantId));
        CHECK(e.flags == expected.value(e.participantId));
        flagged += e.flags.any() ? 1 : 0;
    }
    // A demo clinic has something for a supervisor to look at, and not everyone is flagged.
    CHECK(flagged > 0);
    CHECK(flagged < int(d.entries().size()));
    // The caseload as the window opens it: the same rows in the same order, less the discharged,
    // with the same flags.
    CaseloadFilter current;
    current.excludeDischarged = true;
    auto opening = CaseloadQuery::rows(t.db(), current, today);
    REQUIRE_OK(opening);
    QList<Id> wanted;
    for (const CaseloadRow& row : *rows) {
        if (row.status != ParticipantStatus::Discharged)
            wanted.append(row.participantId);
    }
    REQUIRE(wanted.size() < rows->size());
    QList<Id> got;
    for (const CaseloadRow& row : *opening) {
        got.append(row.participantId);
        if (expected.contains(row.participantId))
            CHECK(CaseloadFlagRules::of(row) == expected.value(row.participantId));
    }
    CHECK(got == wanted);
}

TEST_CASE("Only supervisors open the dashboard", "[supervision][dashboard][access]")
{
    test::TestDatabase t;
    const Id kim = t.addStaff(QStringLiteral("Kim Counselor"), { StaffRole::Counselor });
    t.actAs(kim, { StaffRole::Counselor });
    auto refused = DashboardQuery::load(t.db(), QDate(2026, 3, 2));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Forbidden);
    const Id sue = t.addStaff(QStringLiteral("Sue Supervisor"), { StaffRole::Supervisor });
    t.actAs(sue, { StaffRole::Supervisor });
    CHECK(DashboardQuery::load(t.db(), QDate(2026, 3, 2)).ok());
}
