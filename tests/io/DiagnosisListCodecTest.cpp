// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/DiagnosisListCodec.h"

#include "IoTestSupport.h"

using namespace stepwise;

namespace {

QString s(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

Diagnosis dx(const char* code, const char* description, Severity severity = Severity::Unspecified)
{
    return { s(code), s(description), severity };
}

} // namespace

TEST_CASE("Diagnoses cell: the documented example reads as two diagnoses", "[csv][diagnoses]")
{
    auto list = DiagnosisListCodec::decode(s("F10.20 Alcohol use disorder, moderate [moderate]; "
                                             "F33.1 Major depressive disorder, recurrent"));
    REQUIRE(list.ok());
    CHECK(list.value()
        == QList<Diagnosis> { dx("F10.20", "Alcohol use disorder, moderate", Severity::Moderate),
            dx("F33.1", "Major depressive disorder, recurrent") });
}

TEST_CASE("Diagnoses cell: encoding round-trips separators and brackets", "[csv][diagnoses]")
{
    const QList<Diagnosis> list { dx("F10.20", "Alcohol; in [early] remission \\ note",
                                      Severity::Severe),
        dx("F41.1", "Generalized anxiety disorder", Severity::Mild),
        dx("Z63.0", "Ω ünïcode 🙂") };
    const QString cell = DiagnosisListCodec::encode(list);
    CHECK(cell
        == s("F10.20 Alcohol\\; in \\[early\\] remission \\\\ note [severe]; "
             "F41.1 Generalized anxiety disorder [mild]; Z63.0 Ω ünïcode 🙂"));
    auto back = DiagnosisListCodec::decode(cell);
    REQUIRE(back.ok());
    CHECK(back.value() == list);
    CHECK(DiagnosisListCodec::encode({}).isEmpty());
}

TEST_CASE("Diagnoses cell: what people type", "[csv][diagnoses]")
{
    SECTION("empty cell, spaces and stray separators")
    {
        CHECK(DiagnosisListCodec::decode(QString()).value().isEmpty());
        CHECK(DiagnosisListCodec::decode(s("  ;  ; ")).value().isEmpty());
        auto list
            = DiagnosisListCodec::decode(s(" F32.9  Depression ;F10.10 Alcohol abuse [ Mild ];"));
        REQUIRE(list.ok());
        CHECK(list.value()
            == QList<Diagnosis> {
                dx("F32.9", "Depression"), dx("F10.10", "Alcohol abuse", Severity::Mild) });
    }
    SECTION("a backslash before an ordinary character is kept")
    {
        auto list = DiagnosisListCodec::decode(s("F32.9 See C:\\notes"));
        REQUIRE(list.ok());
        CHECK(list.value().first().description == s("See C:\\notes"));
    }
    SECTION("refusals name the diagnosis and the reason")
    {
        struct Case
        {
            const char* text;
            const char* mustMention;
        };
        const Case cases[] = {
            { "F10.20 Alcohol [very bad]", "very bad" },
            { "F10.20 Alcohol [mild] extra", "must come last" },
            { "F32.9 ok; F10.20 Alcohol [mild", "Diagnosis 2" },
            { "F10.20 Alcohol ] x", "without" },
            { "F10.20 A [mild] [severe]", "second" },
            { "[mild]", "code is missing" },
        };
        for (const Case& c : cases) {
            INFO(c.text);
            auto list = DiagnosisListCodec::decode(s(c.text));
            REQUIRE_FALSE(list.ok());
            REQUIRE(list.error().fields.size() == 1);
            CHECK(list.error().fields.first().field == s("diagnoses"));
            CHECK(list.error().fields.first().message.contains(s(c.mustMention)));
        }
    }
}
