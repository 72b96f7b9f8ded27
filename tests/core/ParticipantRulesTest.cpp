// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/ParticipantRules.h"

#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

using namespace stepwise;
namespace Rules = stepwise::ParticipantRules;

namespace {

const QDate today(2026, 11, 26);

QStringList fieldsOf(const QList<FieldError>& errors)
{
    QStringList fields;
    for (const FieldError& e : errors)
        fields << e.field;
    return fields;
}

} // namespace

TEST_CASE("A complete participant is valid", "[rules][participant]")
{
    CHECK(Rules::validate(test::sampleParticipant(), today).isEmpty());
}

TEST_CASE("Required fields are reported by field", "[rules][participant]")
{
    Participant p;
    const QStringList fields = fieldsOf(Rules::validate(p, today));
    CHECK(fields.contains(QLatin1String(Rules::RecordNumber)));
    CHECK(fields.contains(QLatin1String(Rules::LegalFirstName)));
    CHECK(fields.contains(QLatin1String(Rules::LegalLastName)));
    CHECK(fields.contains(QLatin1String(Rules::DateOfBirth)));
}

TEST_CASE(
    "Date of birth may be today but not tomorrow, nor over 120 years ago", "[rules][participant]")
{
    Participant p = test::sampleParticipant();
    p.dateOfBirth = today;
    CHECK(Rules::validate(p, today).isEmpty());
    p.dateOfBirth = today.addDays(1);
    const auto errors = Rules::validate(p, today);
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().field == QLatin1String(Rules::DateOfBirth));
    CHECK(errors.first().message.contains(QStringLiteral("future")));
    p.dateOfBirth = today.addYears(-120);
    CHECK(Rules::validate(p, today).isEmpty());
    p.dateOfBirth = today.addYears(-120).addDays(-1);
    CHECK(fieldsOf(Rules::validate(p, today)) == QStringList { QLatin1String(Rules::DateOfBirth) });
}

TEST_CASE("Email and phone shapes", "[rules][participant]")
{
    CHECK(Rules::isPlausibleEmail(QStringLiteral("a.b+c@example.org")));
    CHECK(Rules::isPlausibleEmail(QStringLiteral("ñandú@correo.example.es")));
    CHECK_FALSE(Rules::isPlausibleEmail(QStringLiteral("alex@")));
    CHECK_FALSE(Rules::isPlausibleEmail(QStringLiteral("alex@example")));
    CHECK_FALSE(Rules::isPlausibleEmail(QStringLiteral("alex example@example.org")));
    CHECK_FALSE(Rules::isPlausibleEmail(QStringLiteral("a@b@example.org")));

    CHECK(Rules::isPlausiblePhone(QStringLiteral("(555) 010-0199")));
    CHECK(Rules::isPlausiblePhone(QStringLiteral("+1 555 010 0199 ext 12")));
    CHECK_FALSE(Rules::isPlausiblePhone(QStringLiteral("555-01")));
    CHECK_FALSE(Rules::isPlausiblePhone(QStringLiteral("call me")));

    Participant p = test::sampleParticipant();
    p.email = QStringLiteral("not-an-email");
    p.phone = QStringLiteral("12");
    CHECK(fieldsOf(Rules::validate(p, today))
        == QStringList { QLatin1String(Rules::Email), QLatin1String(Rules::Phone) });
}

TEST_CASE("ICD-10-CM code shape", "[rules][diagnosis]")
{
    for (const char* good :
        { "F10.20", "F32.1", "F41.1", "Z63.0", "F43.10", "F11.20", "T40.1X1A", "F20" })
        CHECK(Rules::isIcd10CmCode(QLatin1String(good)));
    for (const char* bad : { "", "F1", "10.20", "F10.", "F10.12345", "f10.20", "F10 20", "DSM-5" })
        CHECK_FALSE(Rules::isIcd10CmCode(QLatin1String(bad)));
}

TEST_CASE("Diagnoses need a code, a description and no duplicates", "[rules][diagnosis]")
{
    Participant p = test::sampleParticipant();
    p.diagnoses.append({ QStringLiteral("F10.20"), QStringLiteral("again"), Severity::Mild });
    p.diagnoses.append({ QStringLiteral("XYZ"), QString(), Severity::Mild });
    const auto errors = Rules::validate(p, today);
    REQUIRE(errors.size() == 3);
    CHECK(errors.at(0).message.contains(QStringLiteral("listed twice")));
    CHECK(errors.at(1).message.contains(QStringLiteral("not an ICD-10-CM code")));
    CHECK(errors.at(2).message.contains(QStringLiteral("description is required")));
}

TEST_CASE("Normalising trims what people type and upper-cases codes", "[rules][participant]")
{
    Participant p = test::sampleParticipant();
    p.recordNumber = QStringLiteral("  R-7 ");
    p.legalFirstName = QStringLiteral("  Mary   Ann ");
    p.diagnoses = { { QStringLiteral(" f10.20 "), QStringLiteral(" Alcohol   dependence "),
        Severity::Mild } };
    const Participant n = Rules::normalized(p);
    CHECK(n.recordNumber == QStringLiteral("R-7"));
    CHECK(n.legalFirstName == QStringLiteral("Mary Ann"));
    CHECK(n.diagnoses.first().icd10Code == QStringLiteral("F10.20"));
    CHECK(n.diagnoses.first().description == QStringLiteral("Alcohol dependence"));
}

TEST_CASE(
    "Names in any script, with apostrophes or markup, are valid as typed", "[rules][participant]")
{
    Participant p = test::sampleParticipant();
    for (const char* name :
        { "O'Brien", "Nguyễn", "محمد", "张伟", "Łukasz", "<b>Bold</b>", "Zoë 🌱" }) {
        p.legalLastName = QString::fromUtf8(name);
        CHECK(Rules::validate(p, today).isEmpty());
    }
    p.legalLastName = QStringLiteral("Line\nbreak");
    CHECK(
        fieldsOf(Rules::validate(p, today)) == QStringList { QLatin1String(Rules::LegalLastName) });
}

TEST_CASE("Age in whole years, birthdays counted on the day", "[rules][age]")
{
    Participant p;
    p.dateOfBirth = QDate(2000, 11, 26);
    CHECK(p.ageOn(QDate(2026, 11, 25)) == 25);
    CHECK(p.ageOn(QDate(2026, 11, 26)) == 26);
    p.dateOfBirth = QDate(2004, 2, 29);
    CHECK(p.ageOn(QDate(2026, 2, 28)) == 21);
    CHECK(p.ageOn(QDate(2026, 3, 1)) == 22);
    CHECK(p.ageOn(QDate(2003, 1, 1)) == -1);
    CHECK(Participant().ageOn(today) == -1);
}

TEST_CASE("Display and sort names use the preferred name", "[participant]")
{
    Participant p = test::sampleParticipant();
    CHECK(p.displayName() == QStringLiteral("Alex Rivera"));
    CHECK(p.sortName() == QStringLiteral("Rivera, Alex"));
    p.preferredName = QStringLiteral("Lex");
    CHECK(p.displayName() == QStringLiteral("Lex Rivera"));
    CHECK(p.sortName() == QStringLiteral("Rivera, Alex \u201CLex\u201D"));
}
