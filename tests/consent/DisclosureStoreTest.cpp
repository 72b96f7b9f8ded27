// SPDX-License-Identifier: GPL-3.0-or-later
// The accounting of disclosures (issue 7): a document leaving the program is recorded only under
// a consent of the same participant in effect that day, refused with the reason otherwise; one
// for the participant or for review within the program needs none and is recorded all the same;
// entries can never be changed or deleted; counselors disclose only from their own caseload.
#include "storage/DisclosureStore.h"

#include "ConsentTestSupport.h"
#include "storage/ConsentStore.h"
#include "support/MockClock.h"

#include <QCryptographicHash>
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

QString sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

DisclosureInput summaryFor(Id pid, DisclosureKind kind, Id consentId = 0)
{
    DisclosureInput in;
    in.participantId = pid;
    in.kind = kind;
    in.consentId = consentId;
    in.description = QStringLiteral("Progress summary, 2025-02-03 to 2025-03-10");
    in.periodFrom = admitted;
    in.periodTo = today;
    in.sections = { QStringLiteral("Attendance"), QStringLiteral("Drug screens") };
    in.documentSha256 = sha256("%PDF-1.4 summary");
    return in;
}

// The refusal's message for the consent field, after checking it wrote nothing.
std::string consentRefusal(test::TestDatabase& t, const DisclosureInput& in)
{
    const int before = rowCount(t, QStringLiteral("disclosure"));
    auto r = DisclosureStore(t.db()).record(in);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::Validation);
    CHECK(rowCount(t, QStringLiteral("disclosure")) == before);
    return r.error().fieldMessage(QStringLiteral("consent")).toStdString();
}

std::string refusal(test::TestDatabase& t, const QString& sql, const QVariantList& values)
{
    auto r = t.db().exec(sql, values);
    return r ? std::string() : r.error().detail.toStdString();
}

} // namespace

TEST_CASE("A disclosure outside the program is recorded under the consent it relies on",
    "[consent][disclosure]")
{
    test::MockClock clock(today);
    test::TestDatabase t;
    const Id pid = admit(t, QStringLiteral("R-1"), admitted);
    const Id consentId
        = addConsent(t, probationConsent(pid, QDate(2025, 3, 1), QDate(2025, 6, 30)));
    DisclosureStore store(t.db());

    const DisclosureInput in = summaryFor(pid, DisclosureKind::External, consentId);
    auto authorized = store.authorize(in);
    REQUIRE_OK(authorized);
    REQUIRE(authorized->consent.has_value());
    CHECK(authorized->consent->id == consentId);
    CHECK(text(authorized->recipient) == "Jordan Lee, County Probation Department");
    CHECK(authorized->purpose == probationConsent(0, {}, {}).purpose);
    CHECK(rowCount(t, QStringLiteral("disclosure")) == 0); // authorizing writes nothing

    auto id = store.record(in);
    REQUIRE_OK(id);
    auto list = store.list(pid);
    REQUIRE_OK(list);
    REQUIRE(list->size() == 1);
    const Disclosure& d = list->first();
    CHECK(d.id == *id);
    CHECK(d.kind == DisclosureKind::External);
    CHECK(d.consentId == consentId);
    CHECK(text(d.recipient) == "Jordan Lee, County Probation Department");
    CHECK(d.purpose == authorized->purpose);
    CHECK(d.description == in.description);
    CHECK(d.periodFrom == admitted);
    CHECK(d.periodTo == today);
    CHECK(d.sections == in.sections);
    CHECK(d.documentSha256 == in.documentSha256);
    CHECK(d.disclosedBy == t.leadId());
    CHECK(text(d.disclosedByName) == "Riley Lead");
    CHECK(d.disclosedAt.date() == today);

    const auto audit = auditRows(t, "disclosure.record");
    REQUIRE(audit.size() == 1);
    CHECK(audit.first().entity == QStringLiteral("disclosure"));
    CHECK(audit.first().entityId == *id);
    CHECK(audit.first().participantId == pid);
    CHECK(audit.first().changes.contains(QStringLiteral("consent_id")));
}

TEST_CASE("A disclosure outside the program without a valid consent is refused with the reason",
    "[consent][disclosure]")
{
    test::MockClock clock(today);
    test::TestDatabase t;
    const Id pid = admit(t, QStringLiteral("R-1"), admitted);
    const Id other = admit(t, QStringLiteral("R-2"), admitted);
    const Id expired = addConsent(t, probationConsent(pid, QDate(2025, 2, 3), QDate(2025, 3, 9)));
    Consent signedAhead = probationConsent(pid, QDate(2025, 3, 11), QDate(2025, 6, 30));
    signedAhead.signedDate = today;
    const Id later = addConsent(t, signedAhead);
    Consent unsignedConsent = probationConsent(pid, QDate(2025, 3, 1), QDate(2025, 6, 30));
    unsignedConsent.signedDate = QDate();
    const Id unsignedId = addConsent(t, unsignedConsent);
    const Id revoked = addConsent(t, probationConsent(pid, QDate(2025, 3, 1), QDate(2025, 6, 30)));
    REQUIRE_OK(ConsentStore(t.db()).revoke(revoked, today, QStringLiteral("Asked to stop")));
    const Id othersConsent
        = addConsent(t, probationConsent(other, QDate(2025, 3, 1), QDate(2025, 6, 30)));

    CHECK(consentRefusal(t, summaryFor(pid, DisclosureKind::External))
        == "A disclosure outside the program needs the participant's written consent: choose a "
           "consent that is in effect today.");
    CHECK(consentRefusal(t, summaryFor(pid, DisclosureKind::External, expired))
        == "The consent does not allow this disclosure today. Expired: the last day it was in "
           "effect was 2025-03-09.");
    CHECK(consentRefusal(t, summaryFor(pid, DisclosureKind::External, later))
        == "The consent does not allow this disclosure today. Not in effect yet: it takes "
           "effect on 2025-03-11.");
    CHECK_THAT(consentRefusal(t, summaryFor(pid, DisclosureKind::External, unsignedId)),
        Catch::Contains("Not signed"));
    CHECK_THAT(consentRefusal(t, summaryFor(pid, DisclosureKind::External, revoked)),
        Catch::Contains("Revoked on 2025-03-10: Asked to stop"));
    // Another participant's consent, and one that does not exist, get the same answer.
    auto notTheirs = [](Id consent) {
        return "This participant has no consent number " + std::to_string(consent)
            + ": a consent covers only the person who signed it.";
    };
    CHECK(consentRefusal(t, summaryFor(pid, DisclosureKind::External, othersConsent))
        == notTheirs(othersConsent));
    CHECK(consentRefusal(t, summaryFor(pid, DisclosureKind::External, 9999)) == notTheirs(9999));
    CHECK(rowCount(t, QStringLiteral("disclosure")) == 0);
    CHECK(auditRows(t, "disclosure.record").isEmpty());
}

TEST_CASE("A consent covers its last day and not the day after", "[consent][disclosure]")
{
    test::MockClock clock(QDate(2025, 6, 30));
    test::TestDatabase t;
    const Id pid = admit(t, QStringLiteral("R-1"), admitted);
    const Id consentId
        = addConsent(t, probationConsent(pid, QDate(2025, 3, 1), QDate(2025, 6, 30)));
    REQUIRE_OK(
        DisclosureStore(t.db()).record(summaryFor(pid, DisclosureKind::External, consentId)));
    clock.advanceDays(1);
    CHECK_THAT(consentRefusal(t, summaryFor(pid, DisclosureKind::External, consentId)),
        Catch::Contains("Expired"));
}

TEST_CASE("A disclosure outside the program goes only to the consent's recipient for its purpose",
    "[consent][disclosure]")
{
    test::MockClock clock(today);
    test::TestDatabase t;
    const Id pid = admit(t, QStringLiteral("R-1"), admitted);
    const Id consentId
        = addConsent(t, probationConsent(pid, QDate(2025, 3, 1), QDate(2025, 6, 30)));
    DisclosureStore store(t.db());

    DisclosureInput sameRecipient = summaryFor(pid, DisclosureKind::External, consentId);
    sameRecipient.recipient = QStringLiteral("  jordan lee, county probation department ");
    REQUIRE_OK(store.authorize(sameRecipient));

    DisclosureInput employer = summaryFor(pid, DisclosureKind::External, consentId);
    employer.recipient = QStringLiteral("Acme Corp HR");
    employer.purpose = QStringLiteral("Fitness for duty");
    auto refused = store.record(employer);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().hasField(QStringLiteral("recipient")));
    CHECK(refused.error().hasField(QStringLiteral("purpose")));
    CHECK(rowCount(t, QStringLiteral("disclosure")) == 0);
}

TEST_CASE("A summary for the participant or for internal review needs no consent and is recorded",
    "[consent][disclosure]")
{
    test::MockClock clock(today);
    test::TestDatabase t;
    const Id pid = admit(t, QStringLiteral("R-1"), admitted);
    DisclosureStore store(t.db());

    DisclosureInput own = summaryFor(pid, DisclosureKind::Participant);
    own.purpose = QStringLiteral("At the participant's request");
    const Id first = store.record(own).value();
    clock.set(QDateTime(today, QTime(11, 0)));
    DisclosureInput review = summaryFor(pid, DisclosureKind::Internal);
    review.recipient = QStringLiteral("Clinical team, case conference");
    review.purpose = QStringLiteral("Treatment planning");
    review.documentSha256.clear();
    const Id second = store.record(review).value();

    auto list = store.list(pid);
    REQUIRE_OK(list);
    REQUIRE(list->size() == 2);
    CHECK(list->at(0).id == second); // newest first
    CHECK(list->at(0).kind == DisclosureKind::Internal);
    CHECK(list->at(0).consentId == 0);
    CHECK(list->at(0).documentSha256.isEmpty());
    CHECK(list->at(1).id == first);
    CHECK(text(list->at(1).recipient) == "The participant");
    CHECK(auditRows(t, "disclosure.record").size() == 2);

    // They rely on no consent, so naming one is a mistake in the caller.
    const Id consentId
        = addConsent(t, probationConsent(pid, QDate(2025, 3, 1), QDate(2025, 6, 30)));
    DisclosureInput withConsent = review;
    withConsent.consentId = consentId;
    CHECK(store.record(withConsent).error().hasField(QStringLiteral("consent")));

    DisclosureInput blank = review;
    blank.purpose = QStringLiteral(" ");
    blank.description.clear();
    blank.periodTo = blank.periodFrom.addDays(-1);
    blank.documentSha256 = QStringLiteral("not-a-hash");
    auto refused = store.record(blank);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().fields.size() == 4);
    CHECK(rowCount(t, QStringLiteral("disclosure")) == 2);
}

TEST_CASE("The database refuses to change or delete an entry of the accounting",
    "[consent][disclosure][triggers]")
{
    test::MockClock clock(today);
    test::TestDatabase t;
    const Id pid = admit(t, QStringLiteral("R-1"), admitted);
    const Id other = admit(t, QStringLiteral("R-2"), admitted);
    const Id consentId
        = addConsent(t, probationConsent(pid, QDate(2025, 3, 1), QDate(2025, 6, 30)));
    const Id id = DisclosureStore(t.db())
                      .record(summaryFor(pid, DisclosureKind::External, consentId))
                      .value();

    CHECK_THAT(refusal(t, QStringLiteral("UPDATE disclosure SET recipient = ? WHERE id = ?"),
                   { QStringLiteral("Nobody"), id }),
        Catch::Contains("never changed"));
    CHECK_THAT(refusal(t, QStringLiteral("UPDATE disclosure SET disclosed_at = ? WHERE id = ?"),
                   { QStringLiteral("2020-01-01T00:00:00.000Z"), id }),
        Catch::Contains("never changed"));
    CHECK_THAT(refusal(t, QStringLiteral("DELETE FROM disclosure WHERE id = ?"), { id }),
        Catch::Contains("never deleted"));
    CHECK_THAT(
        refusal(t, QStringLiteral("DELETE FROM disclosure"), {}), Catch::Contains("never deleted"));
    // Written past the store: another participant's disclosure under this consent.
    CHECK_THAT(refusal(t,
                   QStringLiteral("INSERT INTO disclosure (participant_id, kind, recipient, "
                                  "purpose, description, consent_id, disclosed_at, disclosed_by) "
                                  "VALUES (?, 'external', 'x', 'y', 'z', ?, '2025-03-10', ?)"),
                   { other, consentId, t.leadId() }),
        Catch::Contains("covers only its own participant"));

    auto list = DisclosureStore(t.db()).list(pid);
    REQUIRE_OK(list);
    REQUIRE(list->size() == 1);
    CHECK(text(list->first().recipient) == "Jordan Lee, County Probation Department");
    CHECK(rowCount(t, QStringLiteral("disclosure")) == 1);
}

TEST_CASE("A counselor discloses only from their own caseload", "[consent][disclosure][access]")
{
    test::MockClock clock(today);
    test::TestDatabase t;
    const Id otherCounselor = t.addStaff(QStringLiteral("Sam Other"), { StaffRole::Counselor });
    const Id supervisor = t.addStaff(QStringLiteral("Pat Supervisor"), { StaffRole::Supervisor });
    const Id admin = t.addStaff(QStringLiteral("Ada Admin"), { StaffRole::Administrator });
    const Id mine = admit(t, QStringLiteral("R-1"), admitted);
    const Id theirs = admit(t, QStringLiteral("R-2"), admitted, otherCounselor);
    const Id theirConsent
        = addConsent(t, probationConsent(theirs, QDate(2025, 3, 1), QDate(2025, 6, 30)));
    DisclosureStore store(t.db());
    const int deniedBefore = int(auditRows(t, "access.denied").size());

    t.actAs(t.counselorId(), { StaffRole::Counselor });
    DisclosureInput ownCopy = summaryFor(mine, DisclosureKind::Participant);
    ownCopy.purpose = QStringLiteral("Participant's own copy");
    REQUIRE_OK(store.record(ownCopy));
    auto refused = store.record(summaryFor(theirs, DisclosureKind::External, theirConsent));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Forbidden);
    CHECK(store.authorize(summaryFor(theirs, DisclosureKind::External, theirConsent)).error().code
        == ErrorCode::Forbidden);
    CHECK(store.list(theirs).error().code == ErrorCode::Forbidden);

    t.actAs(admin, { StaffRole::Administrator });
    CHECK(store.record(summaryFor(theirs, DisclosureKind::External, theirConsent)).error().code
        == ErrorCode::Forbidden);

    t.actAs(supervisor, { StaffRole::Supervisor });
    REQUIRE_OK(store.record(summaryFor(theirs, DisclosureKind::External, theirConsent)));

    CHECK(rowCount(t, QStringLiteral("disclosure")) == 2);
    CHECK(int(auditRows(t, "access.denied").size()) == deniedBefore + 4);
}
