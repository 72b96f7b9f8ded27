// SPDX-License-Identifier: GPL-3.0-or-later
// Expected positives as a clinician meets them (issue 6): a positive explained by a medication
// active on the collection date is marked expected and names it; everything else stays a finding.
#include "recovery/Analyte.h"
#include "recovery/Medication.h"
#include "recovery/Toxicology.h"

#include <catch2/catch.hpp>

using namespace stepwise;

namespace {

const QDate collected(2026, 9, 10);

Medication medication(
    const QString& name, const QStringList& analytes, const QDate& start, const QDate& end = {})
{
    Medication m;
    m.name = name;
    m.analytes = analytes;
    m.startDate = start;
    m.endDate = end;
    return m;
}

Medication suboxone(const QDate& start = QDate(2026, 9, 1), const QDate& end = {})
{
    return medication(QStringLiteral("Suboxone"), { QStringLiteral("buprenorphine") }, start, end);
}

ToxResult result(const char* analyte, ToxResultValue value)
{
    ToxResult r;
    r.analyte = QLatin1String(analyte);
    r.result = value;
    return r;
}

const ToxResult& find(const QList<ToxResult>& results, const char* analyte)
{
    for (const ToxResult& r : results) {
        if (r.analyte == QLatin1String(analyte))
            return r;
    }
    FAIL("no result for " << analyte);
    return results.first();
}

ToxScreen screenOf(const QList<ToxResult>& results, const QDate& on = collected)
{
    ToxScreen s;
    s.collectedOn = on;
    s.results = results;
    return s;
}

bool hasFinding(const ToxSummary& s, ToxFinding::Kind kind, const QString& analyte = {})
{
    for (const ToxFinding& f : s.findings) {
        if (f.kind == kind && (analyte.isEmpty() || f.analyte == analyte))
            return true;
    }
    return false;
}

const auto P = ToxResultValue::Positive;
const auto N = ToxResultValue::Negative;

} // namespace

TEST_CASE("A buprenorphine positive is expected while Suboxone is prescribed on that day",
    "[recovery][toxicology]")
{
    const QList<ToxResult> in { result("buprenorphine", P), result("cocaine", N) };

    SECTION("started before the collection")
    {
        const auto out = ToxicologyRules::markExpected(in, { suboxone() }, collected);
        CHECK(find(out, "buprenorphine").expected);
        CHECK(find(out, "buprenorphine").expectedReason.toStdString()
            == "prescribed buprenorphine (Suboxone) since 2026-09-01");
        CHECK_FALSE(find(out, "cocaine").expected);
    }
    SECTION("started on the collection day")
    {
        const auto out = ToxicologyRules::markExpected(in, { suboxone(collected) }, collected);
        CHECK(find(out, "buprenorphine").expected);
    }
    SECTION("started the day after the collection")
    {
        const auto out
            = ToxicologyRules::markExpected(in, { suboxone(collected.addDays(1)) }, collected);
        CHECK_FALSE(find(out, "buprenorphine").expected);
        CHECK(find(out, "buprenorphine").expectedReason.isEmpty());
    }
    SECTION("ended the day before the collection")
    {
        const auto out = ToxicologyRules::markExpected(
            in, { suboxone(QDate(2026, 9, 1), collected.addDays(-1)) }, collected);
        CHECK_FALSE(find(out, "buprenorphine").expected);
    }
    SECTION("ended on the collection day: still taken that day")
    {
        const auto out = ToxicologyRules::markExpected(
            in, { suboxone(QDate(2026, 9, 1), collected) }, collected);
        CHECK(find(out, "buprenorphine").expected);
    }
    SECTION("no medication at all")
    {
        const auto out = ToxicologyRules::markExpected(in, {}, collected);
        CHECK_FALSE(find(out, "buprenorphine").expected);
    }
}

TEST_CASE("Two medications explain their own positives and nothing else", "[recovery][toxicology]")
{
    const Medication klonopin = medication(QStringLiteral("Klonopin 0.5 mg"),
        { QStringLiteral("benzodiazepines") }, QDate(2026, 8, 1));
    const auto out = ToxicologyRules::markExpected(
        { result("buprenorphine", P), result("benzodiazepines", P), result("cocaine", P) },
        { suboxone(), klonopin }, collected);
    CHECK(find(out, "buprenorphine").expectedReason.toStdString()
        == "prescribed buprenorphine (Suboxone) since 2026-09-01");
    CHECK(find(out, "benzodiazepines").expectedReason.toStdString()
        == "prescribed clonazepam (Klonopin 0.5 mg) since 2026-08-01");
    CHECK_FALSE(find(out, "cocaine").expected);

    const ToxSummary s = ToxicologyRules::summarize(screenOf(out), { suboxone(), klonopin });
    CHECK(s.unexpectedPositives == QStringList { QStringLiteral("cocaine") });
    CHECK(s.expectedPositives.size() == 2);
    CHECK_FALSE(s.allNegative);
}

TEST_CASE("Two prescriptions for the same analyte are both named", "[recovery][toxicology]")
{
    const Medication butrans = medication(
        QStringLiteral("Butrans patch"), { QStringLiteral("buprenorphine") }, QDate(2026, 7, 1));
    const auto out = ToxicologyRules::markExpected(
        { result("buprenorphine", P) }, { suboxone(), butrans }, collected);
    const QString reason = find(out, "buprenorphine").expectedReason;
    CHECK(reason.contains(QStringLiteral("Suboxone")));
    CHECK(reason.contains(QStringLiteral("Butrans patch")));
}

TEST_CASE("A clinician's own expected mark and reason are kept", "[recovery][toxicology]")
{
    ToxResult thc = result("thc", P);
    thc.expected = true;
    thc.expectedReason = QStringLiteral("Dronabinol from oncology, letter on file");
    ToxResult bup = result("buprenorphine", P);
    bup.expected = true;
    bup.expectedReason = QStringLiteral("Sublocade injection given at the hospital");

    const auto out = ToxicologyRules::markExpected({ thc, bup }, { suboxone() }, collected);
    CHECK(find(out, "thc").expected);
    CHECK(find(out, "thc").expectedReason == thc.expectedReason);
    CHECK(find(out, "buprenorphine").expectedReason == bup.expectedReason);
}

TEST_CASE("Negative, dilute and invalid results are never expected", "[recovery][toxicology]")
{
    ToxResult neg = result("buprenorphine", N);
    neg.expected = true;
    neg.expectedReason = QStringLiteral("on Suboxone");
    ToxResult dilute = result("benzodiazepines", ToxResultValue::Dilute);
    const auto out = ToxicologyRules::markExpected({ neg, dilute },
        { suboxone(),
            medication(QStringLiteral("Ativan"), { QStringLiteral("benzodiazepines") },
                QDate(2026, 9, 1)) },
        collected);
    CHECK_FALSE(find(out, "buprenorphine").expected);
    CHECK(find(out, "buprenorphine").expectedReason.isEmpty());
    CHECK_FALSE(find(out, "benzodiazepines").expected);

    // And record() refuses such a mark rather than silently dropping it.
    ToxScreenInput input;
    input.collectedOn = collected;
    input.results = { neg };
    const auto problems = ToxicologyRules::validate(input, collected);
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().field.toStdString() == "results.0.expected");
}

TEST_CASE(
    "Negative buprenorphine on maintenance is a finding, not a positive", "[recovery][toxicology]")
{
    const auto bup = QStringLiteral("buprenorphine");

    SECTION("negative while prescribed")
    {
        const ToxSummary s = ToxicologyRules::summarize(
            screenOf({ result("buprenorphine", N), result("cocaine", N) }), { suboxone() });
        CHECK(s.missingExpected == QStringList { bup });
        CHECK(hasFinding(s, ToxFinding::Kind::MissingExpected, bup));
        CHECK(s.unexpectedPositives.isEmpty());
        // All results are negative, which is true and stays reported beside the finding.
        CHECK(s.allNegative);
    }
    SECTION("not prescribed on that day")
    {
        const ToxSummary s = ToxicologyRules::summarize(
            screenOf({ result("buprenorphine", N) }), { suboxone(collected.addDays(1)) });
        CHECK(s.missingExpected.isEmpty());
    }
    SECTION("the panel does not test for it")
    {
        const ToxSummary s
            = ToxicologyRules::summarize(screenOf({ result("cocaine", N) }), { suboxone() });
        CHECK(s.missingExpected.isEmpty());
    }
    SECTION("dilute is a specimen problem, not a missing medication")
    {
        const ToxSummary s = ToxicologyRules::summarize(
            screenOf({ result("buprenorphine", ToxResultValue::Dilute) }), { suboxone() });
        CHECK(s.missingExpected.isEmpty());
        CHECK(s.needsRecollection());
        CHECK(hasFinding(s, ToxFinding::Kind::SpecimenProblem));
        CHECK_FALSE(s.allNegative);
        CHECK(s.unexpectedPositives.isEmpty());
    }
    SECTION("methadone negative but its metabolite EDDP positive: taken")
    {
        const Medication methadone = medication(QStringLiteral("Methadose"),
            MedicationRules::suggestAnalytes(QStringLiteral("Methadose")), QDate(2026, 8, 1));
        const auto results = ToxicologyRules::markExpected(
            { result("methadone", N), result("eddp", P) }, { methadone }, collected);
        const ToxSummary s = ToxicologyRules::summarize(screenOf(results), { methadone });
        CHECK(s.missingExpected.isEmpty());
        CHECK(s.expectedPositives == QStringList { QStringLiteral("eddp") });
    }
    SECTION("a benzodiazepine negative is no finding: immunoassays miss some")
    {
        const Medication klonopin = medication(
            QStringLiteral("Klonopin"), { QStringLiteral("benzodiazepines") }, QDate(2026, 8, 1));
        const ToxSummary s
            = ToxicologyRules::summarize(screenOf({ result("benzodiazepines", N) }), { klonopin });
        CHECK(s.missingExpected.isEmpty());
    }
}

TEST_CASE("Oxycodone does not explain a positive opiate screen", "[recovery][toxicology]")
{
    const Medication percocet = medication(QStringLiteral("Percocet"),
        MedicationRules::suggestAnalytes(QStringLiteral("Percocet")), QDate(2026, 9, 1));
    CHECK(percocet.analytes == QStringList { QStringLiteral("oxycodone") });
    const auto out = ToxicologyRules::markExpected(
        { result("opiates", P), result("oxycodone", P) }, { percocet }, collected);
    CHECK_FALSE(find(out, "opiates").expected);
    CHECK(find(out, "oxycodone").expected);
}

TEST_CASE("Results name analytes by cup code, key or label alike", "[recovery][toxicology]")
{
    CHECK(Analytes::normalize(QStringLiteral("BUP")).toStdString() == "buprenorphine");
    CHECK(Analytes::normalize(QStringLiteral(" mAMP ")).toStdString() == "methamphetamine");
    CHECK(Analytes::normalize(QStringLiteral("EtG")).toStdString() == "alcohol");
    CHECK(Analytes::normalize(QStringLiteral("Carisoprodol")).toStdString() == "Carisoprodol");

    // A cup read as "BUP" matches the prescription's analyte.
    const auto out = ToxicologyRules::markExpected({ result("BUP", P) }, { suboxone() }, collected);
    CHECK(out.first().expected);

    // And the same substance twice is refused, whatever it was called.
    ToxScreenInput input;
    input.collectedOn = collected;
    input.results = { result("BUP", P), result("buprenorphine", P) };
    const auto problems = ToxicologyRules::validate(input, collected);
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().field.toStdString() == "results.1.analyte");
}

TEST_CASE("Screen validation names the field at fault", "[recovery][toxicology]")
{
    ToxScreenInput input;
    input.collectedOn = collected.addDays(1);
    auto problems = ToxicologyRules::validate(input, collected);
    REQUIRE(problems.size() == 2);
    CHECK(problems.at(0).field.toStdString() == "collected_on");
    CHECK(problems.at(1).field.toStdString() == "results");

    ToxResult thc = result("thc", P);
    thc.expected = true;
    input.collectedOn = collected;
    input.results = { thc, result("  ", N) };
    problems = ToxicologyRules::validate(input, collected);
    REQUIRE(problems.size() == 2);
    CHECK(problems.at(0).field.toStdString() == "results.0.expected_reason");
    CHECK(problems.at(1).field.toStdString() == "results.1.analyte");
}

TEST_CASE("A screen of all negatives says so", "[recovery][toxicology]")
{
    const ToxSummary s
        = ToxicologyRules::summarize(screenOf({ result("cocaine", N), result("thc", N) }), {});
    CHECK(s.allNegative);
    CHECK(hasFinding(s, ToxFinding::Kind::AllNegative));
    CHECK_FALSE(s.needsRecollection());

    const ToxSummary invalid = ToxicologyRules::summarize(
        screenOf({ result("cocaine", N), result("thc", ToxResultValue::Invalid) }), {});
    CHECK_FALSE(invalid.allNegative);
    CHECK(invalid.invalid == QStringList { QStringLiteral("thc") });
    CHECK(invalid.needsRecollection());
}

TEST_CASE("Medication names suggest the analytes they make positive", "[recovery][medication]")
{
    auto suggest = [](const char* name) {
        return MedicationRules::suggestAnalytes(QLatin1String(name))
            .join(QLatin1Char(','))
            .toStdString();
    };
    CHECK(suggest("Suboxone 8 mg/2 mg film") == "buprenorphine");
    CHECK(suggest("Sublocade 300 mg") == "buprenorphine");
    CHECK(suggest("methadone 80 mg") == "methadone,eddp");
    CHECK(suggest("Vivitrol") == "");
    CHECK(suggest("naltrexone 50 mg") == "");
    CHECK(suggest("Adderall XR") == "amphetamine");
    CHECK(suggest("Vyvanse") == "amphetamine");
    CHECK(suggest("Ritalin") == "");
    CHECK(suggest("lorazepam") == "benzodiazepines");
    CHECK(suggest("OxyContin") == "oxycodone");
    CHECK(suggest("dronabinol") == "thc");
    CHECK(suggest("tramadol") == "tramadol");
    CHECK(suggest("Neurontin") == "gabapentin");
    CHECK(suggest("something new") == "");
    CHECK_FALSE(MedicationRules::notes(QStringLiteral("Klonopin")).isEmpty());

    Medication m = suboxone(QDate(2026, 9, 1), QDate(2026, 9, 30));
    CHECK_FALSE(m.isActiveOn(QDate(2026, 8, 31)));
    CHECK(m.isActiveOn(QDate(2026, 9, 1)));
    CHECK(m.isActiveOn(QDate(2026, 9, 30)));
    CHECK_FALSE(m.isActiveOn(QDate(2026, 10, 1)));
}

TEST_CASE("Panels fill a screen's analytes", "[recovery][toxicology]")
{
    const auto twelve = Analytes::panel(QStringLiteral("12-panel cup"));
    REQUIRE(twelve);
    CHECK(twelve->analytes.size() == 12);
    CHECK(twelve->analytes.contains(QStringLiteral("buprenorphine")));
    for (const Analytes::Panel& p : Analytes::panels()) {
        for (const QString& a : p.analytes) {
            INFO(p.key.toStdString() << " " << a.toStdString());
            CHECK(Analytes::isKnown(a));
        }
    }
    CHECK(Analytes::panelLabel(QStringLiteral("twelve_panel")).toStdString() == "12-panel cup");
    CHECK(Analytes::panelLabel(QStringLiteral("Lab 9-panel")).toStdString() == "Lab 9-panel");
}

TEST_CASE("A dilute specimen is recorded beside a positive on the validity test",
    "[recovery][toxicology]")
{
    const ToxSummary s = ToxicologyRules::summarize(
        screenOf({ result("cocaine", P), result("SVT", ToxResultValue::Dilute) }), {});
    CHECK(s.unexpectedPositives == QStringList { QStringLiteral("cocaine") });
    CHECK(s.needsRecollection());

    ToxScreenInput input;
    input.collectedOn = collected;
    input.results = { result("cocaine", N), result("validity", P) };
    const auto problems = ToxicologyRules::validate(input, collected);
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().field.toStdString() == "results.1.result");
}
