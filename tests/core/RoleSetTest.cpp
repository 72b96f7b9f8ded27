// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/RoleSet.h"

#include "domain/ProgramSettings.h"

#include <catch2/catch.hpp>

using namespace stepwise;

TEST_CASE("Role sets parse the ways people write them and refuse unknown roles", "[core][roles]")
{
    CHECK(RoleSet::parse(QStringLiteral("counselor,supervisor"))
        == RoleSet { StaffRole::Counselor, StaffRole::Supervisor });
    CHECK(RoleSet::parse(QStringLiteral(" Supervisor  administrator "))
        == RoleSet { StaffRole::Supervisor, StaffRole::Administrator });
    CHECK(RoleSet::parse(QString())->isEmpty());
    CHECK_FALSE(RoleSet::parse(QStringLiteral("counselor,root")).has_value());
    const RoleSet both { StaffRole::Counselor, StaffRole::Administrator };
    CHECK(both.storageKeys()
        == QStringList { QStringLiteral("counselor"), QStringLiteral("administrator") });
    CHECK(both.isClinical());
    CHECK_FALSE(RoleSet { StaffRole::Administrator }.isClinical());
}

TEST_CASE("Security settings refuse values outside their ranges", "[core][settings]")
{
    ProgramSettings s;
    CHECK(s.validate().isEmpty());
    CHECK(s.security.lockoutAttempts == 5);
    CHECK(s.security.lockoutMinutes == 15);
    CHECK(s.security.idleLockMinutes == 10);
    s.security.idleLockMinutes = 0;
    s.security.lockoutAttempts = 101;
    QStringList fields;
    for (const FieldError& e : s.validate())
        fields << e.field;
    CHECK(fields
        == QStringList { QStringLiteral("security.lockout_attempts"),
            QStringLiteral("security.idle_lock_minutes") });
}
