// SPDX-License-Identifier: GPL-3.0-or-later
// When a consent allows a disclosure, day by day at every boundary, the reason people read when
// it does not, what a new consent or a revocation is refused for, and the text printed with a
// disclosure (42 CFR 2.31, 2.32).
#include "consent/ConsentRules.h"

#include "ConsentTestSupport.h"
#include "consent/Part2Notice.h"

#include <catch2/catch.hpp>

using namespace stepwise;
using namespace stepwise::consenttest;

namespace {

const QDate start(2025, 3, 1);
const QDate expiry(2025, 6, 30);

ConsentValidity on(const Consent& c, const QDate& d)
{
    return ConsentRules::validity(c, d);
}

std::string fieldsOf(const QList<FieldError>& problems)
{
    QStringList fields;
    for (const FieldError& f : problems)
        fields.append(f.field);
    return fields.join(QLatin1Char(',')).toStdString();
}

} // namespace

TEST_CASE("A consent is in effect from its start day through its expiry day", "[consent][rules]")
{
    const Consent c = probationConsent(1, start, expiry);
    CHECK(on(c, start.addDays(-1)) == ConsentValidity::NotYetStarted);
    CHECK(on(c, start) == ConsentValidity::Valid);
    CHECK(on(c, QDate(2025, 5, 1)) == ConsentValidity::Valid);
    CHECK(on(c, expiry) == ConsentValidity::Valid);
    CHECK(on(c, expiry.addDays(1)) == ConsentValidity::Expired);

    const ConsentStatus before = ConsentRules::status(c, start.addDays(-1));
    CHECK_FALSE(before.valid());
    CHECK(text(before.reason) == "Not in effect yet: it takes effect on 2025-03-01.");
    const ConsentStatus lastDay = ConsentRules::status(c, expiry);
    CHECK(lastDay.valid());
    CHECK(text(lastDay.reason) == "In effect through 2025-06-30.");
    CHECK(text(ConsentRules::status(c, expiry.addDays(1)).reason)
        == "Expired: the last day it was in effect was 2025-06-30.");
}

TEST_CASE(
    "An unsigned consent allows nothing and a signature counts from its day", "[consent][rules]")
{
    Consent c = probationConsent(1, start, expiry);
    c.signedDate = QDate();
    CHECK(on(c, start) == ConsentValidity::NotSigned);
    CHECK(on(c, expiry) == ConsentValidity::NotSigned);
    CHECK(text(ConsentRules::status(c, start).reason)
        == "Not signed: a consent allows no disclosure until the participant signs it.");

    // Prepared to start on the 1st, signed only on the 5th.
    c.signedDate = start.addDays(4);
    CHECK(on(c, start.addDays(3)) == ConsentValidity::NotSigned);
    CHECK(text(ConsentRules::status(c, start.addDays(3)).reason)
        == "Not signed yet on 2025-03-04: signed on 2025-03-05.");
    CHECK(on(c, start.addDays(4)) == ConsentValidity::Valid);
}

TEST_CASE("A revoked consent allows nothing from the revocation day on", "[consent][rules]")
{
    Consent c = probationConsent(1, start, expiry);
    c.revokedDate = QDate(2025, 4, 10);
    c.revocationReason = QStringLiteral("Participant revoked in writing");
    CHECK(on(c, QDate(2025, 4, 9)) == ConsentValidity::Valid);
    CHECK(on(c, QDate(2025, 4, 10)) == ConsentValidity::Revoked);
    CHECK(on(c, QDate(2025, 4, 11)) == ConsentValidity::Revoked);
    // Revocation outranks expiry in what people are told.
    CHECK(on(c, expiry.addDays(5)) == ConsentValidity::Revoked);
    CHECK(text(ConsentRules::status(c, QDate(2025, 4, 10)).reason)
        == "Revoked on 2025-04-10: Participant revoked in writing");
    CHECK(text(ConsentRules::label(ConsentValidity::Revoked)) == "Revoked");
}

TEST_CASE("A consent ended by an event lasts until the event is recorded", "[consent][rules]")
{
    Consent c = probationConsent(1, start, QDate());
    c.expiryEvent = QStringLiteral("completion of probation");
    CHECK(on(c, QDate(2030, 1, 1)) == ConsentValidity::Valid);
    CHECK(
        text(ConsentRules::status(c, start).reason) == "In effect until completion of probation.");

    c.eventOccurredOn = QDate(2025, 5, 20);
    CHECK(on(c, QDate(2025, 5, 19)) == ConsentValidity::Valid);
    CHECK(on(c, QDate(2025, 5, 20)) == ConsentValidity::ExpiryEventPassed);
    CHECK(text(ConsentRules::status(c, QDate(2025, 5, 21)).reason)
        == "Ended: completion of probation occurred on 2025-05-20.");

    // With a date as well, whichever comes first ends it.
    c.eventOccurredOn = QDate();
    c.expiryDate = expiry;
    CHECK(on(c, expiry) == ConsentValidity::Valid);
    CHECK(on(c, expiry.addDays(1)) == ConsentValidity::Expired);
    CHECK(text(ConsentRules::periodText(c))
        == "2025-03-01 through 2025-06-30, or until completion of probation if that comes first");
}

TEST_CASE(
    "A consent missing what 42 CFR 2.31 asks for is refused field by field", "[consent][rules]")
{
    const QDate today(2025, 3, 10);
    CHECK(ConsentRules::validate(probationConsent(1, start, expiry), today).isEmpty());

    Consent empty;
    CHECK(fieldsOf(ConsentRules::validate(empty, today))
        == "recipient,purpose,information,start_date,expiry");

    Consent organizationOnly = probationConsent(1, start, expiry);
    organizationOnly.recipientName = QStringLiteral("  ");
    CHECK(ConsentRules::validate(organizationOnly, today).isEmpty());

    Consent backwards = probationConsent(1, start, start.addDays(-1));
    const auto problems = ConsentRules::validate(backwards, today);
    REQUIRE(fieldsOf(problems) == "expiry");
    CHECK(text(problems.first().message)
        == "The consent cannot expire before it takes effect (2025-03-01).");

    Consent signedTomorrow = probationConsent(1, start, expiry);
    signedTomorrow.signedDate = today.addDays(1);
    CHECK(fieldsOf(ConsentRules::validate(signedTomorrow, today)) == "signed_date");

    Consent eventOnly = probationConsent(1, start, QDate());
    CHECK(fieldsOf(ConsentRules::validate(eventOnly, today)) == "expiry");
    eventOnly.expiryEvent = QStringLiteral("discharge from the program");
    CHECK(ConsentRules::validate(eventOnly, today).isEmpty());
}

TEST_CASE("A revocation needs a day no later than today and not before the signature and a "
          "reason",
    "[consent][rules]")
{
    const QDate today(2025, 4, 1);
    const Consent c = probationConsent(1, start, expiry);
    const QString reason = QStringLiteral("Said so at group");
    CHECK(ConsentRules::validateRevocation(c, today, reason, today).isEmpty());
    CHECK(ConsentRules::validateRevocation(c, start, reason, today).isEmpty());
    CHECK(fieldsOf(ConsentRules::validateRevocation(c, today.addDays(1), reason, today))
        == "revoked_date");
    CHECK(fieldsOf(ConsentRules::validateRevocation(c, start.addDays(-1), reason, today))
        == "revoked_date");
    CHECK(fieldsOf(ConsentRules::validateRevocation(c, QDate(), reason, today)) == "revoked_date");
    CHECK(fieldsOf(ConsentRules::validateRevocation(c, today, QStringLiteral(" "), today))
        == "revocation_reason");

    Consent revoked = c;
    revoked.revokedDate = QDate(2025, 3, 20);
    const auto again = ConsentRules::validateRevocation(revoked, today, reason, today);
    REQUIRE(fieldsOf(again) == "revoked_date");
    CHECK(text(again.first().message) == "This consent was already revoked on 2025-03-20.");
}

TEST_CASE("The consent printed with a disclosure states each element and the right to revoke",
    "[consent][rules]")
{
    Consent c = probationConsent(7, start, expiry);
    c.id = 12;
    const QStringList lines = ConsentRules::describe(c).split(QLatin1Char('\n'));
    CHECK(lines.contains(QStringLiteral("Signed on: 2025-03-01")));
    CHECK(lines.contains(QStringLiteral("Disclosure to: Jordan Lee, County Probation Department")));
    CHECK(lines.contains(
        QStringLiteral("Purpose: Report attendance and progress to the probation officer")));
    CHECK(lines.contains(QStringLiteral("Information that may be disclosed: Attendance, drug "
                                        "screen results and progress in treatment")));
    CHECK(lines.contains(QStringLiteral("In effect: 2025-03-01 through 2025-06-30")));
    CHECK(lines.first().contains(QStringLiteral("no. 12")));
    CHECK(lines.last().startsWith(QStringLiteral("The participant may revoke this consent")));
}

TEST_CASE("The re-disclosure notice covers what 42 CFR 2.32 requires", "[consent][rules]")
{
    const QString notice = Part2Notice::fullText();
    CHECK(notice.contains(QStringLiteral("42 CFR part 2")));
    CHECK(notice.contains(QStringLiteral("general authorization")));
    CHECK(notice.contains(QStringLiteral("civil, criminal, administrative or legislative")));
    CHECK(notice.contains(QStringLiteral("written consent")));
    CHECK(Part2Notice::paragraphs().size() == 4);
    CHECK(text(Part2Notice::shortText())
        == "42 CFR part 2 prohibits unauthorized use or disclosure of these records.");
}
