// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/PhaseRules.h"

#include "domain/ProgramSettings.h"

#include <catch2/catch.hpp>

using namespace stepwise;
namespace Rules = stepwise::PhaseRules;

namespace {

const QDate today(2026, 11, 26);
const QDate dob(1985, 3, 2);
const PhasePlan iop { 3, 9.0 };
const PhasePlan stepDown { 2, 4.0 };

Episode admitted(const QDate& on)
{
    auto e = Rules::admit({}, on, dob, iop, {}, today);
    REQUIRE(e.ok());
    return e.value();
}

} // namespace

TEST_CASE("Admission opens an episode in the intensive phase", "[phase]")
{
    const Episode e = admitted(QDate(2026, 9, 1));
    REQUIRE(e.phases.size() == 1);
    CHECK(e.isOpen());
    CHECK(e.phases.first().kind == PhaseKind::Intensive);
    CHECK(e.phases.first().startDate == QDate(2026, 9, 1));
    CHECK(e.phases.first().isOpen());
    CHECK(e.phases.first().plan == iop);
    CHECK(e.phases.first().reason == QStringLiteral("Admission"));
    CHECK(Rules::validateEpisode(e).isEmpty());
}

TEST_CASE("Admission dates are checked", "[phase]")
{
    CHECK_FALSE(Rules::admit({}, today.addDays(1), dob, iop, {}, today).ok());
    CHECK_FALSE(Rules::admit({}, dob.addDays(-1), dob, iop, {}, today).ok());
    CHECK_FALSE(Rules::admit({}, QDate(), dob, iop, {}, today).ok());
    CHECK(Rules::admit({}, today, dob, iop, {}, today).ok());
}

TEST_CASE("A transition closes the old phase the day before the new one starts", "[phase]")
{
    const Episode e = admitted(QDate(2026, 9, 1));
    auto next = Rules::transition(e, PhaseKind::StepDown, QDate(2026, 10, 27), stepDown,
        QStringLiteral("Met intensive goals"), today);
    REQUIRE(next.ok());
    REQUIRE(next->phases.size() == 2);
    CHECK(next->phases.at(0).endDate == QDate(2026, 10, 26));
    CHECK(next->phases.at(1).kind == PhaseKind::StepDown);
    CHECK(next->phases.at(1).startDate == QDate(2026, 10, 27));
    CHECK(next->phases.at(1).isOpen());
    CHECK(next->phases.at(1).reason == QStringLiteral("Met intensive goals"));
    CHECK(next->phases.at(1).plan == stepDown);
    CHECK(Rules::validateEpisode(next.value()).isEmpty());
}

TEST_CASE("Back to a more intensive phase after a setback is allowed", "[phase]")
{
    Episode e = admitted(QDate(2026, 8, 1));
    e = Rules::transition(
        e, PhaseKind::StepDown, QDate(2026, 9, 15), stepDown, QStringLiteral("Progress"), today)
            .value();
    auto back = Rules::transition(
        e, PhaseKind::Intensive, QDate(2026, 10, 1), iop, QStringLiteral("Relapse"), today);
    REQUIRE(back.ok());
    CHECK(back->currentPhase()->kind == PhaseKind::Intensive);
    CHECK(back->phases.size() == 3);
}

TEST_CASE("Transitions that are refused, with the field that is wrong", "[phase]")
{
    const Episode e = admitted(QDate(2026, 9, 1));
    auto fieldOf = [](const Result<Episode>& r) {
        REQUIRE_FALSE(r.ok());
        REQUIRE(r.error().fields.size() >= 1);
        return r.error().fields.first().field;
    };
    const QString reason = QStringLiteral("Progress");
    // Same phase: the plan is edited instead.
    CHECK(
        fieldOf(Rules::transition(e, PhaseKind::Intensive, QDate(2026, 10, 1), iop, reason, today))
        == QLatin1String(Rules::Kind));
    // On the day the current phase started, it would last zero days.
    CHECK(fieldOf(
              Rules::transition(e, PhaseKind::StepDown, QDate(2026, 9, 1), stepDown, reason, today))
        == QLatin1String(Rules::Date));
    // The day after is the earliest possible change.
    CHECK(
        Rules::transition(e, PhaseKind::StepDown, QDate(2026, 9, 2), stepDown, reason, today).ok());
    CHECK(fieldOf(
              Rules::transition(e, PhaseKind::StepDown, today.addDays(1), stepDown, reason, today))
        == QLatin1String(Rules::Date));
    CHECK(Rules::transition(e, PhaseKind::StepDown, today, stepDown, reason, today).ok());
    CHECK(fieldOf(Rules::transition(
              e, PhaseKind::StepDown, QDate(2026, 10, 1), stepDown, QStringLiteral("  "), today))
        == QLatin1String(Rules::Reason));
    CHECK(fieldOf(Rules::transition(
              e, PhaseKind::StepDown, QDate(2026, 10, 1), PhasePlan { 0, 0 }, reason, today))
        == QLatin1String(Rules::SessionsPerWeek));

    auto closed = Rules::discharge(e, QDate(2026, 10, 1), QStringLiteral("Completed"), today);
    REQUIRE(closed.ok());
    CHECK_FALSE(Rules::transition(
        closed.value(), PhaseKind::StepDown, QDate(2026, 10, 5), stepDown, reason, today)
                    .ok());
}

TEST_CASE("Plan bounds", "[phase][plan]")
{
    CHECK(Rules::validatePlan(PhaseKind::Intensive, { 3, 9.0 }).isEmpty());
    CHECK(Rules::validatePlan(PhaseKind::Aftercare, { 0, 0.0 }).isEmpty());
    CHECK_FALSE(Rules::validatePlan(PhaseKind::StepDown, { 0, 0.0 }).isEmpty());
    CHECK_FALSE(Rules::validatePlan(PhaseKind::Intensive, { 3, 0.0 }).isEmpty());
    CHECK(Rules::validatePlan(PhaseKind::Intensive, { 14, 40.0 }).isEmpty());
    CHECK_FALSE(Rules::validatePlan(PhaseKind::Intensive, { 15, 9.0 }).isEmpty());
    CHECK_FALSE(Rules::validatePlan(PhaseKind::Intensive, { 3, 40.5 }).isEmpty());
    CHECK_FALSE(Rules::validatePlan(PhaseKind::Intensive, { 3, -1.0 }).isEmpty());
}

TEST_CASE("Default plans follow ASAM level 2.1 for adults", "[phase][plan]")
{
    const ProgramSettings s;
    CHECK(s.defaultPlan(PhaseKind::Intensive) == PhasePlan { 3, 9.0 });
    CHECK(s.defaultPlan(PhaseKind::StepDown).sessionsPerWeek >= 1);
    CHECK(s.defaultPlan(PhaseKind::StepDown).sessionsPerWeek <= 2);
    for (auto kind : allValues<PhaseKind>())
        CHECK(Rules::validatePlan(kind, s.defaultPlan(kind)).isEmpty());
}

TEST_CASE("Discharge closes the episode and its phase on the day", "[phase]")
{
    const Episode e = admitted(QDate(2026, 9, 1));
    auto closed
        = Rules::discharge(e, QDate(2026, 11, 20), QStringLiteral("Completed program"), today);
    REQUIRE(closed.ok());
    CHECK(closed->dischargeDate == QDate(2026, 11, 20));
    CHECK(closed->phases.last().endDate == QDate(2026, 11, 20));
    CHECK(closed->currentPhase() == nullptr);
    CHECK(Rules::validateEpisode(closed.value()).isEmpty());
    CHECK_FALSE(Rules::discharge(e, QDate(2026, 8, 31), QStringLiteral("x"), today).ok());
    CHECK_FALSE(Rules::discharge(e, today.addDays(1), QStringLiteral("x"), today).ok());
    CHECK_FALSE(Rules::discharge(e, today, QString(), today).ok());
    CHECK_FALSE(Rules::discharge(closed.value(), today, QStringLiteral("again"), today).ok());
}

TEST_CASE("Readmission only after the last discharge", "[phase]")
{
    const Episode first = Rules::discharge(
        admitted(QDate(2026, 1, 5)), QDate(2026, 3, 1), QStringLiteral("Left"), today)
                              .value();
    CHECK_FALSE(Rules::admit({ first }, QDate(2026, 3, 1), dob, iop, {}, today).ok());
    auto again = Rules::admit({ first }, QDate(2026, 3, 2), dob, iop, {}, today);
    REQUIRE(again.ok());
    CHECK(again->phases.first().reason == QStringLiteral("Readmission"));
    CHECK_FALSE(Rules::admit({ admitted(QDate(2026, 9, 1)) }, today, dob, iop, {}, today).ok());
}

TEST_CASE("Episode invariants catch overlapping and misplaced phases", "[phase]")
{
    Episode e = admitted(QDate(2026, 9, 1));
    e = Rules::transition(
        e, PhaseKind::StepDown, QDate(2026, 10, 1), stepDown, QStringLiteral("ok"), today)
            .value();

    Episode overlapping = e;
    overlapping.phases[1].startDate = QDate(2026, 9, 30);
    CHECK_FALSE(Rules::validateEpisode(overlapping).isEmpty());

    Episode beforeAdmission = e;
    beforeAdmission.phases[0].startDate = QDate(2026, 8, 31);
    CHECK_FALSE(Rules::validateEpisode(beforeAdmission).isEmpty());

    Episode twoOpen = e;
    twoOpen.phases[0].endDate = QDate();
    CHECK_FALSE(Rules::validateEpisode(twoOpen).isEmpty());

    Episode afterDischarge = e;
    afterDischarge.dischargeDate = QDate(2026, 10, 5);
    CHECK_FALSE(Rules::validateEpisode(afterDischarge).isEmpty()); // step-down still open
    afterDischarge.phases[1].endDate = QDate(2026, 10, 6);
    CHECK_FALSE(Rules::validateEpisode(afterDischarge).isEmpty());
    afterDischarge.phases[1].endDate = QDate(2026, 10, 5);
    CHECK(Rules::validateEpisode(afterDischarge).isEmpty());
}

TEST_CASE("Days in program and in phase are counted from day 1", "[phase][days]")
{
    Episode e = admitted(QDate(2026, 11, 1));
    CHECK(Rules::daysInProgram(e, QDate(2026, 11, 1)) == 1);
    CHECK(Rules::daysInProgram(e, today) == 26);
    e = Rules::transition(
        e, PhaseKind::StepDown, QDate(2026, 11, 20), stepDown, QStringLiteral("ok"), today)
            .value();
    CHECK(Rules::daysInPhase(e.phases.at(0), today) == 19); // 1-19 November
    CHECK(Rules::daysInPhase(e.phases.at(1), today) == 7);  // 20-26 November
    e = Rules::discharge(e, QDate(2026, 11, 24), QStringLiteral("Completed"), today).value();
    CHECK(Rules::daysInProgram(e, today.addDays(30)) == 24); // stops counting at discharge
    CHECK(Rules::daysInPhase(e.phases.at(1), today.addDays(30)) == 5);
}
