// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the supervision tests share: the dashboard as a supervisor reads it, and one
// participant's flags on a given day.
#include "demo/DemoGenerator.h"
#include "storage/AttendanceTestSupport.h"
#include "storage/DashboardQuery.h"

#include <catch2/catch.hpp>

namespace stepwise::supervisiontest {

using namespace stepwise::storagetest;

inline Dashboard dashboard(test::TestDatabase& t, const QDate& today)
{
    auto d = DashboardQuery::load(t.db(), today);
    REQUIRE_OK(d);
    return std::move(d).value();
}

// A demo clinic of `participants` whose history ends on `today`.
inline void generateDemo(test::TestDatabase& t, int participants, quint32 seed, const QDate& today)
{
    DemoOptions options;
    options.participants = participants;
    options.seed = seed;
    options.today = today;
    REQUIRE_OK(DemoGenerator::generate(t.db(), options));
}

// The participant's flags on `today`; the test fails when they are not counted as in care.
inline CaseloadFlags flagsOn(test::TestDatabase& t, Id participantId, const QDate& today)
{
    const Dashboard d = dashboard(t, today);
    for (const DashboardEntry& e : d.entries()) {
        if (e.participantId == participantId)
            return e.flags;
    }
    FAIL("participant " << participantId << " is not in care on the dashboard");
    return {};
}

} // namespace stepwise::supervisiontest
