// SPDX-License-Identifier: GPL-3.0-or-later
// Relapse prevention and aftercare plans (issue 6): every save a new version that keeps the
// previous ones, a relapse prevention plan only while in care, an aftercare plan also at and
// after discharge, and only for clinicians who reach the participant.
#include "storage/CarePlanStore.h"

#include "PlanTestSupport.h"
#include "storage/EpisodeStore.h"
#include "storage/ParticipantStore.h"
#include "support/MockClock.h"
#include "support/TestDatabase.h"

#include <QSqlRecord>
#include <catch2/catch.hpp>

using namespace stepwise;
using namespace stepwise::plantest;

namespace {

const QDate admitted(2026, 1, 5);

Id admit(test::TestDatabase& t, const QString& record)
{
    Participant p = test::sampleParticipant(record);
    p.counselorId = t.counselorId();
    auto id = ParticipantStore(t.db()).add(p, Admission { admitted, { 3, 9.0 }, {} });
    REQUIRE_OK(id);
    return id.value();
}

QList<Episode> episodesOf(test::TestDatabase& t, Id participant)
{
    auto list = EpisodeStore(t.db()).episodes(participant);
    REQUIRE_OK(list);
    return list.value();
}

int count(test::TestDatabase& t, const char* table)
{
    // The table name is one of this file's literals, never input.
    auto row = t.db().queryOne(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table));
    REQUIRE_OK(row);
    return (*row)->value(0).toInt();
}

} // namespace

TEST_CASE("Every save of a relapse prevention plan is a new version", "[plans][storage][relapse]")
{
    test::MockClock clock(QDate(2026, 1, 20));
    test::TestDatabase t;
    const Id pid = admit(t, QStringLiteral("R-1"));
    const Id episodeId = episodesOf(t, pid).first().id;
    RelapsePlanStore store(t.db());

    CHECK_FALSE(store.current(episodeId)->has_value());
    auto invalid = store.save(pid, RelapsePlan());
    REQUIRE_FALSE(invalid.ok());
    CHECK(invalid.error().code == ErrorCode::Validation);
    CHECK(invalid.error().hasField(QStringLiteral("people_to_call")));
    CHECK(count(t, "relapse_plan") == 0);

    RelapsePlan first = relapsePlan();
    first.triggers.append(QStringLiteral("  ")); // dropped when saved
    auto v1 = store.save(pid, first);
    REQUIRE_OK(v1);
    clock.advanceDays(7);
    RelapsePlan second = relapsePlan();
    second.warningSigns.append(QStringLiteral("Not sleeping"));
    auto v2 = store.save(pid, second);
    REQUIRE_OK(v2);

    auto versions = store.versions(episodeId);
    REQUIRE_OK(versions);
    REQUIRE(versions->size() == 2);
    CHECK(versions->at(0).id == v2.value());
    CHECK(versions->at(0).version == 2);
    CHECK(versions->at(0).replacesId == v1.value());
    CHECK(versions->at(0).plan == second);
    CHECK(versions->at(0).recordedByName == QStringLiteral("Riley Lead"));
    CHECK(versions->at(0).recordedAt.toLocalTime().date() == QDate(2026, 1, 27));
    CHECK(versions->at(1).version == 1);
    CHECK(versions->at(1).plan == relapsePlan());
    CHECK(store.current(episodeId)->value().id == v2.value());

    CHECK_FALSE(t.db()
                    .exec(QStringLiteral("UPDATE relapse_plan SET content = '{}' WHERE id = ?"),
                        { v1.value() })
                    .ok());
    CHECK_FALSE(
        t.db().exec(QStringLiteral("DELETE FROM relapse_plan WHERE id = ?"), { v1.value() }).ok());
}

TEST_CASE("An aftercare plan may be finished after discharge, a relapse plan may not",
    "[plans][storage][aftercare]")
{
    test::MockClock clock(QDate(2026, 2, 27));
    test::TestDatabase t;
    const Id pid = admit(t, QStringLiteral("R-1"));
    const Id firstEpisode = episodesOf(t, pid).first().id;
    AftercarePlanStore aftercare(t.db());
    RelapsePlanStore relapse(t.db());
    REQUIRE_OK(aftercare.save(pid, aftercarePlan()));

    REQUIRE_OK(EpisodeStore(t.db()).discharge(
        firstEpisode, QDate(2026, 2, 27), QStringLiteral("Completed")));
    const auto refused = relapse.save(pid, relapsePlan());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(count(t, "relapse_plan") == 0);

    // The day after discharge the aftercare plan still gets its appointment.
    clock.advanceDays(1);
    AftercarePlan withAppointment = aftercarePlan();
    withAppointment.services.first().appointmentDate = QDate(2026, 3, 10);
    auto v2 = aftercare.save(pid, withAppointment);
    REQUIRE_OK(v2);
    auto current = aftercare.current(firstEpisode);
    REQUIRE_OK(current);
    REQUIRE(current->has_value());
    CHECK((*current)->version == 2);
    CHECK((*current)->plan == withAppointment);

    // After a readmission the plan belongs to the new episode; the old one keeps its versions.
    REQUIRE_OK(EpisodeStore(t.db()).admit(pid, QDate(2026, 2, 28), { 3, 9.0 }));
    REQUIRE_OK(aftercare.save(pid, aftercarePlan()));
    const QList<Episode> episodes = episodesOf(t, pid);
    REQUIRE(episodes.size() == 2);
    CHECK(aftercare.versions(firstEpisode)->size() == 2);
    auto fresh = aftercare.versions(episodes.last().id);
    REQUIRE_OK(fresh);
    REQUIRE(fresh->size() == 1);
    CHECK(fresh->first().version == 1);
    CHECK(fresh->first().replacesId == 0);
    REQUIRE_OK(relapse.save(pid, relapsePlan()));
}

TEST_CASE("An aftercare plan needs an episode and a valid plan", "[plans][storage][aftercare]")
{
    test::MockClock clock(QDate(2026, 2, 27));
    test::TestDatabase t;
    Participant p = test::sampleParticipant(QStringLiteral("R-9"));
    p.counselorId = t.counselorId();
    auto never = ParticipantStore(t.db()).add(p);
    REQUIRE_OK(never);
    CHECK(AftercarePlanStore(t.db()).save(never.value(), aftercarePlan()).error().code
        == ErrorCode::Conflict);

    const Id pid = admit(t, QStringLiteral("R-1"));
    AftercarePlan noProvider = aftercarePlan();
    noProvider.services.first().provider.clear();
    auto refused = AftercarePlanStore(t.db()).save(pid, noProvider);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().hasField(QStringLiteral("service.0.provider")));
    CHECK(count(t, "aftercare_plan") == 0);
}

TEST_CASE("Only clinicians who reach the participant save care plans", "[plans][storage][access]")
{
    test::MockClock clock(QDate(2026, 1, 20));
    test::TestDatabase t;
    const Id pid = admit(t, QStringLiteral("R-1"));
    const Id episodeId = episodesOf(t, pid).first().id;
    REQUIRE_OK(RelapsePlanStore(t.db()).save(pid, relapsePlan()));

    SECTION("a counselor without the participant on their caseload")
    {
        const Id other = t.addStaff(QStringLiteral("Sam Other"), { StaffRole::Counselor });
        t.actAs(other, { StaffRole::Counselor });
    }
    SECTION("an administrator")
    {
        const Id admin = t.addStaff(QStringLiteral("Ari Admin"), { StaffRole::Administrator });
        t.actAs(admin, { StaffRole::Administrator });
    }
    CHECK(RelapsePlanStore(t.db()).save(pid, relapsePlan()).error().code == ErrorCode::Forbidden);
    CHECK(
        AftercarePlanStore(t.db()).save(pid, aftercarePlan()).error().code == ErrorCode::Forbidden);
    CHECK(RelapsePlanStore(t.db()).versions(episodeId).error().code == ErrorCode::Forbidden);
    CHECK(count(t, "relapse_plan") == 1);
    CHECK(count(t, "aftercare_plan") == 0);

    t.actAs(t.counselorId(), { StaffRole::Counselor });
    REQUIRE_OK(RelapsePlanStore(t.db()).save(pid, relapsePlan()));
    CHECK(RelapsePlanStore(t.db()).versions(episodeId)->first().recordedBy == t.counselorId());
}
