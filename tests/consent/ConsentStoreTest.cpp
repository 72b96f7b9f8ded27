// SPDX-License-Identifier: GPL-3.0-or-later
// Consents as a clinician records them (issue 7): stored as given, never changed afterwards but
// for the signature, the expiry event and the revocation, each once; the database itself refuses
// any other change; a counselor records consents only for their own caseload; every write is
// audited.
#include "storage/ConsentStore.h"

#include "ConsentTestSupport.h"
#include "consent/ConsentRules.h"
#include "support/MockClock.h"

#include <catch2/catch.hpp>

using namespace stepwise;
using namespace stepwise::consenttest;

namespace {

const QDate admitted(2025, 2, 3);
const QDate today(2025, 3, 10);

Id addConsent(test::TestDatabase& t, const Consent& c)
{
    auto id = ConsentStore(t.db()).add(c);
    REQUIRE_OK(id);
    return id.value();
}

// What the database says to a statement run past every store check, as a person with a
// database tool would run it: empty when it ran.
std::string refusal(test::TestDatabase& t, const QString& sql, const QVariantList& values)
{
    auto r = t.db().exec(sql, values);
    return r ? std::string() : r.error().detail.toStdString();
}

const auto neverChanged = Catch::Contains("a consent is never changed");

} // namespace

TEST_CASE("A consent is stored as entered and read back with who recorded it", "[consent][storage]")
{
    test::MockClock clock(today);
    test::TestDatabase t;
    const Id pid = admit(t, QStringLiteral("R-1"), admitted);

    Consent in = probationConsent(pid, QDate(2025, 3, 1), QDate(2025, 8, 31));
    in.recipientName = QStringLiteral("Siobhán O'Connor-Łukasiewicz");
    in.recipientOrganization = QStringLiteral("<b>Drug Court</b> & \"Diversion\"");
    in.expiryEvent = QStringLiteral("  end of the court's supervision  ");
    const Id id = addConsent(t, in);

    ConsentStore store(t.db());
    auto got = store.get(id);
    REQUIRE_OK(got);
    CHECK(got->id == id);
    CHECK(got->participantId == pid);
    CHECK(text(got->recipientName) == "Siobhán O'Connor-Łukasiewicz");
    CHECK(text(got->recipientOrganization) == "<b>Drug Court</b> & \"Diversion\"");
    CHECK(got->purpose == in.purpose);
    CHECK(got->information == in.information);
    CHECK(got->startDate == QDate(2025, 3, 1));
    CHECK(got->expiryDate == QDate(2025, 8, 31));
    CHECK(text(got->expiryEvent) == "end of the court's supervision");
    CHECK(got->signedDate == QDate(2025, 3, 1));
    CHECK_FALSE(got->isRevoked());
    CHECK(got->recordedBy == t.leadId());
    CHECK(text(got->recordedByName) == "Riley Lead");
    CHECK(got->recordedAt.isValid());

    auto list = store.list(pid);
    REQUIRE_OK(list);
    REQUIRE(list->size() == 1);
    CHECK(list->first() == *got);

    const auto audit = auditRows(t, "consent.add");
    REQUIRE(audit.size() == 1);
    CHECK(audit.first().entity == QStringLiteral("consent"));
    CHECK(audit.first().entityId == id);
    CHECK(audit.first().participantId == pid);
    CHECK(audit.first().staffId == t.leadId());
}

TEST_CASE("A consent that is incomplete or for no one is refused and nothing is written",
    "[consent][storage]")
{
    test::MockClock clock(today);
    test::TestDatabase t;
    const Id pid = admit(t, QStringLiteral("R-1"), admitted);
    ConsentStore store(t.db());

    Consent noExpiry = probationConsent(pid, today, QDate());
    auto refused = store.add(noExpiry);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Validation);
    CHECK(refused.error().hasField(QStringLiteral("expiry")));

    Consent nobody = probationConsent(pid, today, today.addDays(30));
    nobody.recipientName.clear();
    nobody.recipientOrganization.clear();
    CHECK(store.add(nobody).error().hasField(QStringLiteral("recipient")));

    auto unknown = store.add(probationConsent(9999, today, today.addDays(30)));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == ErrorCode::NotFound);

    CHECK(rowCount(t, QStringLiteral("consent")) == 0);
    CHECK(auditRows(t, "consent.add").isEmpty());
}

TEST_CASE("A revoked consent is no longer among those in effect and is revoked only once",
    "[consent][storage]")
{
    test::MockClock clock(today);
    test::TestDatabase t;
    const Id pid = admit(t, QStringLiteral("R-1"), admitted);
    const Id court = addConsent(t, probationConsent(pid, QDate(2025, 3, 1), QDate(2025, 12, 31)));
    Consent employer = probationConsent(pid, QDate(2025, 3, 5), QDate(2025, 4, 30));
    employer.recipientName.clear();
    employer.recipientOrganization = QStringLiteral("Acme Employee Assistance Program");
    const Id eap = addConsent(t, employer);
    ConsentStore store(t.db());

    auto valid = store.validConsents(pid, today);
    REQUIRE_OK(valid);
    REQUIRE(valid->size() == 2);
    CHECK(valid->at(0).id == eap); // newest start first
    CHECK(valid->at(1).id == court);
    CHECK(store.validConsents(pid, QDate(2025, 3, 2))->size() == 1);
    CHECK(store.validConsents(pid, QDate(2025, 5, 1))->size() == 1);

    const QString reason = QStringLiteral("Revoked in writing: \"no more reports\"");
    REQUIRE_OK(store.revoke(court, QDate(2025, 3, 8), reason));
    auto revoked = store.get(court);
    REQUIRE_OK(revoked);
    CHECK(revoked->revokedDate == QDate(2025, 3, 8));
    CHECK(revoked->revocationReason == reason);
    CHECK(revoked->revokedBy == t.leadId());
    CHECK(text(revoked->revokedByName) == "Riley Lead");
    // The content is as it was.
    CHECK(revoked->purpose == probationConsent(pid, {}, {}).purpose);

    valid = store.validConsents(pid, today);
    REQUIRE(valid->size() == 1);
    CHECK(valid->first().id == eap);
    CHECK(store.validConsents(pid, QDate(2025, 3, 7))->size() == 2); // the day before

    auto again = store.revoke(court, today, QStringLiteral("twice"));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().hasField(QStringLiteral("revoked_date")));
    CHECK(store.get(court)->revocationReason == reason);
    auto future = store.revoke(eap, today.addDays(1), QStringLiteral("later"));
    CHECK(future.error().hasField(QStringLiteral("revoked_date")));

    const auto audit = auditRows(t, "consent.revoke");
    REQUIRE(audit.size() == 1);
    CHECK(audit.first().entityId == court);
    CHECK(audit.first().participantId == pid);
}

TEST_CASE("A signature and an expiry event are added once each", "[consent][storage]")
{
    test::MockClock clock(today);
    test::TestDatabase t;
    const Id pid = admit(t, QStringLiteral("R-1"), admitted);
    Consent prepared = probationConsent(pid, QDate(2025, 3, 1), QDate());
    prepared.signedDate = QDate();
    prepared.expiryEvent = QStringLiteral("discharge from the program");
    const Id id = addConsent(t, prepared);
    ConsentStore store(t.db());
    CHECK(store.validConsents(pid, today)->isEmpty());

    REQUIRE_OK(store.recordSignature(id, QDate(2025, 3, 4)));
    CHECK(store.validConsents(pid, today)->size() == 1);
    CHECK(store.recordSignature(id, QDate(2025, 3, 5))
              .error()
              .hasField(QStringLiteral("signed_date")));
    CHECK(store.get(id)->signedDate == QDate(2025, 3, 4));

    REQUIRE_OK(store.recordExpiryEvent(id, QDate(2025, 3, 9)));
    CHECK(store.validConsents(pid, today)->isEmpty());
    CHECK(ConsentRules::validity(*store.get(id), QDate(2025, 3, 8)) == ConsentValidity::Valid);
    CHECK(store.recordExpiryEvent(id, today).error().hasField(QStringLiteral("event_occurred_on")));

    CHECK(auditRows(t, "consent.sign").size() == 1);
    CHECK(auditRows(t, "consent.expiry_event").size() == 1);
}

TEST_CASE("The database refuses to change a consent's content or delete it",
    "[consent][storage][triggers]")
{
    test::MockClock clock(today);
    test::TestDatabase t;
    const Id pid = admit(t, QStringLiteral("R-1"), admitted);
    const Id other = admit(t, QStringLiteral("R-2"), admitted);
    Consent unsigned_ = probationConsent(pid, QDate(2025, 3, 1), QDate(2025, 12, 31));
    unsigned_.signedDate = QDate();
    const Id id = addConsent(t, unsigned_);

    // Each statement written out whole: SQL is never assembled, not even in a test.
    CHECK_THAT(refusal(t, QStringLiteral("UPDATE consent SET purpose = ? WHERE id = ?"),
                   { QStringLiteral("Anything"), id }),
        neverChanged);
    CHECK_THAT(refusal(t, QStringLiteral("UPDATE consent SET information = ? WHERE id = ?"),
                   { QStringLiteral("The whole record"), id }),
        neverChanged);
    CHECK_THAT(refusal(t, QStringLiteral("UPDATE consent SET expiry_date = ? WHERE id = ?"),
                   { QStringLiteral("2099-12-31"), id }),
        neverChanged);
    CHECK_THAT(
        refusal(t, QStringLiteral("UPDATE consent SET recipient_organization = ? WHERE id = ?"),
            { QStringLiteral("Someone else"), id }),
        neverChanged);
    CHECK_THAT(refusal(t, QStringLiteral("UPDATE consent SET participant_id = ? WHERE id = ?"),
                   { other, id }),
        neverChanged);
    CHECK_THAT(refusal(t, QStringLiteral("DELETE FROM consent WHERE id = ?"), { id }),
        Catch::Contains("a consent is never deleted"));

    // What may be added is added once: the signature, then the revocation.
    REQUIRE(refusal(t, QStringLiteral("UPDATE consent SET signed_date = ? WHERE id = ?"),
                { QStringLiteral("2025-03-02"), id })
        == "");
    CHECK_THAT(refusal(t, QStringLiteral("UPDATE consent SET signed_date = ? WHERE id = ?"),
                   { QStringLiteral("2025-03-01"), id }),
        neverChanged);
    REQUIRE_OK(ConsentStore(t.db()).revoke(id, QDate(2025, 3, 9), QStringLiteral("In writing")));
    CHECK_THAT(refusal(t, QStringLiteral("UPDATE consent SET revoked_date = ? WHERE id = ?"),
                   { QVariant(), id }),
        neverChanged);
    CHECK_THAT(refusal(t,
                   QStringLiteral("UPDATE consent SET revoked_date = NULL, revoked_by = NULL, "
                                  "revocation_reason = '' WHERE id = ?"),
                   { id }),
        neverChanged);
    CHECK_THAT(refusal(t, QStringLiteral("UPDATE consent SET revocation_reason = ? WHERE id = ?"),
                   { QStringLiteral("Never mind"), id }),
        neverChanged);

    auto kept = ConsentStore(t.db()).get(id);
    REQUIRE_OK(kept);
    CHECK(kept->purpose == unsigned_.purpose);
    CHECK(kept->signedDate == QDate(2025, 3, 2));
    CHECK(kept->revokedDate == QDate(2025, 3, 9));
    CHECK(text(kept->revocationReason) == "In writing");
    CHECK(rowCount(t, QStringLiteral("consent")) == 1);
}

TEST_CASE("A counselor records and revokes consents only for their own caseload",
    "[consent][storage][access]")
{
    test::MockClock clock(today);
    test::TestDatabase t;
    const Id otherCounselor = t.addStaff(QStringLiteral("Sam Other"), { StaffRole::Counselor });
    const Id admin = t.addStaff(QStringLiteral("Ada Admin"), { StaffRole::Administrator });
    const Id mine = admit(t, QStringLiteral("R-1"), admitted);
    const Id theirs = admit(t, QStringLiteral("R-2"), admitted, otherCounselor);
    const Id theirConsent
        = addConsent(t, probationConsent(theirs, QDate(2025, 3, 1), QDate(2025, 6, 30)));
    const int deniedBefore = int(auditRows(t, "access.denied").size());

    t.actAs(t.counselorId(), { StaffRole::Counselor });
    ConsentStore store(t.db());
    REQUIRE_OK(store.add(probationConsent(mine, today, today.addDays(90))));
    auto refused = store.add(probationConsent(theirs, today, today.addDays(90)));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Forbidden);
    CHECK(store.revoke(theirConsent, today, QStringLiteral("x")).error().code
        == ErrorCode::Forbidden);
    CHECK(store.list(theirs).error().code == ErrorCode::Forbidden);
    CHECK(store.get(theirConsent).error().code == ErrorCode::Forbidden);

    t.actAs(admin, { StaffRole::Administrator });
    CHECK(store.add(probationConsent(mine, today, today.addDays(90))).error().code
        == ErrorCode::Forbidden);

    CHECK(rowCount(t, QStringLiteral("consent")) == 2);
    t.actAs(t.leadId(), { StaffRole::Counselor, StaffRole::Supervisor, StaffRole::Administrator });
    CHECK_FALSE(store.get(theirConsent)->isRevoked());
    const auto denied = auditRows(t, "access.denied");
    CHECK(int(denied.size()) == deniedBefore + 5);
    CHECK(denied.last().participantId == mine); // the administrator's attempt, the latest
}
