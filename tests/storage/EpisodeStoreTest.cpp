// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/EpisodeStore.h"

#include "storage/AuditTrail.h"
#include "storage/CaseloadQuery.h"
#include "storage/ParticipantStore.h"
#include "storage/SettingsStore.h"
#include "storage/StaffStore.h"
#include "support/MockClock.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

using namespace stepwise;

namespace {

const QDate today(2026, 11, 26);

Id admit(test::TestDatabase& t, const QString& record, const QDate& on)
{
    Participant p = test::sampleParticipant(record);
    p.counselorId = t.counselorId();
    auto id = ParticipantStore(t.db()).add(
        p, Admission { on, SettingsStore(t.db()).load()->intensive, {} });
    REQUIRE_OK(id);
    return id.value();
}

Episode only(test::TestDatabase& t, Id participant)
{
    auto list = EpisodeStore(t.db()).episodes(participant);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 1);
    return list->first();
}

} // namespace

TEST_CASE("Intake opens an episode in the intensive phase with the program's default plan",
    "[storage][episode]")
{
    test::MockClock clock(today);
    test::TestDatabase t;
    ProgramSettings s = SettingsStore(t.db()).load().value();
    s.intensive = { 4, 12.0 };
    REQUIRE_OK(SettingsStore(t.db()).save(s));

    const Id id = admit(t, QStringLiteral("R-1"), QDate(2026, 11, 2));
    const Episode e = only(t, id);
    CHECK(e.admissionDate == QDate(2026, 11, 2));
    REQUIRE(e.phases.size() == 1);
    CHECK(e.phases.first().kind == PhaseKind::Intensive);
    CHECK(e.phases.first().plan == PhasePlan { 4, 12.0 });
    CHECK(e.phases.first().reason == QStringLiteral("Admission"));
}

TEST_CASE(
    "A transition is stored as one change: old phase closed, new phase open", "[storage][episode]")
{
    test::MockClock clock(today);
    test::TestDatabase t;
    const Id id = admit(t, QStringLiteral("R-1"), QDate(2026, 9, 1));
    EpisodeStore store(t.db());
    const Id episode = only(t, id).id;
    REQUIRE_OK(store.transition(
        episode, PhaseKind::StepDown, QDate(2026, 11, 2), { 2, 4.0 }, QStringLiteral("Goals met")));

    const Episode e = only(t, id);
    REQUIRE(e.phases.size() == 2);
    CHECK(e.phases.at(0).endDate == QDate(2026, 11, 1));
    CHECK(e.phases.at(1).kind == PhaseKind::StepDown);
    CHECK(e.phases.at(1).startDate == QDate(2026, 11, 2));
    CHECK(e.phases.at(1).reason == QStringLiteral("Goals met"));

    // A refused transition leaves both rows as they were.
    auto refused = store.transition(
        episode, PhaseKind::Aftercare, QDate(2026, 11, 2), { 1, 1.5 }, QStringLiteral("x"));
    REQUIRE_FALSE(refused.ok());
    CHECK(only(t, id) == e);

    auto audit = AuditTrail::entries(t.db(), QStringLiteral("episode"), episode);
    REQUIRE(audit.ok());
    REQUIRE(audit->size() == 2);
    CHECK(audit->at(1).action == QStringLiteral("phase.transition"));
    CHECK(audit->at(1).detail == QStringLiteral("intensive -> step_down on 2026-11-02"));
}

TEST_CASE("Discharge and readmission make a second episode", "[storage][episode]")
{
    test::MockClock clock(today);
    test::TestDatabase t;
    const Id id = admit(t, QStringLiteral("R-1"), QDate(2026, 3, 1));
    EpisodeStore store(t.db());
    const Id first = only(t, id).id;
    REQUIRE_OK(
        store.discharge(first, QDate(2026, 5, 1), QStringLiteral("Left against clinical advice")));
    CHECK(ParticipantStore(t.db()).get(id)->status == ParticipantStatus::Discharged);
    CHECK_FALSE(store.discharge(first, QDate(2026, 5, 2), QStringLiteral("again")).ok());

    REQUIRE_FALSE(store.admit(id, QDate(2026, 5, 1), { 3, 9.0 }).ok());
    auto second = store.admit(id, QDate(2026, 10, 1), { 3, 9.0 });
    REQUIRE(second.ok());
    auto all = store.episodes(id);
    REQUIRE(all->size() == 2);
    CHECK(all->at(0).dischargeReason == QStringLiteral("Left against clinical advice"));
    CHECK(all->at(0).phases.last().endDate == QDate(2026, 5, 1));
    CHECK(all->at(1).isOpen());
    CHECK(all->at(1).phases.first().reason == QStringLiteral("Readmission"));
    CHECK(ParticipantStore(t.db()).get(id)->status == ParticipantStatus::Active);
    REQUIRE_FALSE(store.admit(id, QDate(2026, 11, 1), { 3, 9.0 }).ok()); // still in care
}

TEST_CASE("A phase plan can be individualised", "[storage][episode]")
{
    test::MockClock clock(today);
    test::TestDatabase t;
    const Id id = admit(t, QStringLiteral("R-1"), QDate(2026, 11, 1));
    EpisodeStore store(t.db());
    const Id phase = only(t, id).phases.first().id;
    REQUIRE_OK(store.updatePlan(phase, { 5, 15.0 }));
    CHECK(only(t, id).phases.first().plan == PhasePlan { 5, 15.0 });
    CHECK_FALSE(store.updatePlan(phase, { 0, 0.0 }).ok());
    CHECK(store.updatePlan(9999, { 3, 9.0 }).error().code == ErrorCode::NotFound);
}

TEST_CASE("Settings missing from the database take the defaults", "[storage][settings]")
{
    test::TestDatabase t;
    auto s = SettingsStore(t.db()).load();
    REQUIRE(s.ok());
    CHECK(s.value() == ProgramSettings {});
    ProgramSettings changed;
    changed.clinicName = QStringLiteral("Harbor Light \"East\" Clinic");
    changed.aftercare = { 0, 0.0 };
    REQUIRE_OK(SettingsStore(t.db()).save(changed));
    CHECK(SettingsStore(t.db()).load().value() == changed);
}

TEST_CASE("The caseload computes age and days from today and filters", "[storage][caseload]")
{
    test::MockClock clock(today);
    test::TestDatabase t;
    StaffMember other;
    other.name = QStringLiteral("Eli Counselor");
    const Id eli = StaffStore(t.db()).add(other).value();

    const Id a = admit(t, QStringLiteral("A-1"), QDate(2026, 9, 1));
    const Id b = admit(t, QStringLiteral("B-1"), QDate(2026, 11, 20));
    Participant pb = ParticipantStore(t.db()).get(b).value();
    pb.counselorId = eli;
    pb.legalLastName = QStringLiteral("Abbott");
    REQUIRE_OK(ParticipantStore(t.db()).update(pb));
    REQUIRE_OK(EpisodeStore(t.db()).transition(
        only(t, a).id, PhaseKind::StepDown, QDate(2026, 11, 10), { 2, 4.0 }, QStringLiteral("ok")));
    const Id c = admit(t, QStringLiteral("C-1"), QDate(2026, 1, 5));
    REQUIRE_OK(EpisodeStore(t.db()).discharge(
        only(t, c).id, QDate(2026, 4, 1), QStringLiteral("Completed")));

    auto rows = CaseloadQuery::rows(t.db(), {}, today);
    REQUIRE_OK(rows);
    REQUIRE(rows->size() == 3);
    const CaseloadRow& first = rows->at(0); // sorted by last name: Abbott first
    CHECK(first.participantId == b);
    CHECK(first.counselorName == QStringLiteral("Eli Counselor"));
    CHECK(first.age == 36); // born 1990-05-17
    CHECK(first.phase == PhaseKind::Intensive);
    CHECK(first.daysInPhase == 7);
    CHECK(first.daysInProgram == 7);

    auto stepDown = CaseloadQuery::rows(t.db(), { PhaseKind::StepDown, {}, {} }, today);
    REQUIRE(stepDown->size() == 1);
    CHECK(stepDown->first().participantId == a);
    CHECK(stepDown->first().daysInPhase == 17);
    CHECK(stepDown->first().daysInProgram == 87);

    auto discharged = CaseloadQuery::rows(t.db(), { {}, ParticipantStatus::Discharged, {} }, today);
    REQUIRE(discharged->size() == 1);
    CHECK(discharged->first().participantId == c);
    CHECK_FALSE(discharged->first().phase.has_value());
    CHECK(discharged->first().daysInPhase == -1);
    CHECK(discharged->first().admissionDate == QDate(2026, 1, 5));

    CHECK(CaseloadQuery::rows(t.db(), { {}, {}, eli }, today)->size() == 1);
    CHECK(CaseloadQuery::rows(t.db(), { PhaseKind::Aftercare, {}, {} }, today)->isEmpty());
}
