// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Enums.h"

#include <catch2/catch.hpp>

using namespace stepwise;

TEST_CASE("Every enum value round-trips through its storage key", "[enums]")
{
    for (auto v : allValues<PhaseKind>())
        CHECK(parsePhaseKind(storageKey(v)) == v);
    for (auto v : allValues<PrimaryFocus>())
        CHECK(parsePrimaryFocus(storageKey(v)) == v);
    for (auto v : allValues<ParticipantStatus>())
        CHECK(parseParticipantStatus(storageKey(v)) == v);
    for (auto v : allValues<StaffRole>())
        CHECK(parseStaffRole(storageKey(v)) == v);
    for (auto v : allValues<SexAtBirth>())
        CHECK(parseSexAtBirth(storageKey(v)) == v);
    for (auto v : allValues<Severity>())
        CHECK(parseSeverity(storageKey(v)) == v);
}

TEST_CASE("Storage keys are the documented, stable strings", "[enums]")
{
    CHECK(storageKey(PhaseKind::StepDown) == QStringLiteral("step_down"));
    CHECK(storageKey(PrimaryFocus::CoOccurring) == QStringLiteral("co_occurring"));
    CHECK(storageKey(ParticipantStatus::OnHold) == QStringLiteral("on_hold"));
}

TEST_CASE("Labels typed by people parse too", "[enums]")
{
    CHECK(parsePhaseKind(QStringLiteral("Step-down")) == PhaseKind::StepDown);
    CHECK(parsePhaseKind(QStringLiteral(" step down ")) == PhaseKind::StepDown);
    CHECK(parsePrimaryFocus(QStringLiteral("Co-occurring")) == PrimaryFocus::CoOccurring);
    CHECK(parseParticipantStatus(QStringLiteral("ON HOLD")) == ParticipantStatus::OnHold);
    CHECK_FALSE(parsePhaseKind(QStringLiteral("residential")).has_value());
    CHECK_FALSE(parsePhaseKind(QString()).has_value());
}
