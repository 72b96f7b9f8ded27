// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ParticipantStore.h"
#include "storage/StaffStore.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

using namespace stepwise;

TEST_CASE("A failure inside nested work rolls back the whole transaction", "[storage][transaction]")
{
    test::TestDatabase t;
    const int staffBefore = int(StaffStore(t.db()).list()->size());
    {
        Transaction outer(t.db());
        REQUIRE(outer.ok());
        StaffMember s;
        s.name = QStringLiteral("Morgan Supervisor");
        s.roles = { StaffRole::Supervisor };
        REQUIRE_OK(StaffStore(t.db()).add(s));
        // The second add fails (duplicate) inside its own nested transaction.
        REQUIRE_FALSE(StaffStore(t.db()).add(s).ok());
        REQUIRE_OK(ParticipantStore(t.db()).add(test::sampleParticipant()));
        auto committed = outer.commit();
        CHECK_FALSE(committed.ok());
    }
    CHECK(StaffStore(t.db()).list()->size() == staffBefore);
    CHECK(ParticipantStore(t.db()).all()->isEmpty());
}

TEST_CASE("A transaction that is not committed is rolled back", "[storage][transaction]")
{
    test::TestDatabase t;
    {
        Transaction tx(t.db());
        REQUIRE_OK(ParticipantStore(t.db()).add(test::sampleParticipant()));
    }
    CHECK(ParticipantStore(t.db()).all()->isEmpty());
    // And the connection is usable afterwards.
    CHECK(ParticipantStore(t.db()).add(test::sampleParticipant()).ok());
    CHECK(ParticipantStore(t.db()).all()->size() == 1);
}

TEST_CASE("Committing twice is an error, not a second write", "[storage][transaction]")
{
    test::TestDatabase t;
    Transaction tx(t.db());
    REQUIRE(tx.commit().ok());
    CHECK_FALSE(tx.commit().ok());
}
