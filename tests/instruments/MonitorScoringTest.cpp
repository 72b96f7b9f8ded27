// SPDX-License-Identifier: GPL-3.0-or-later
// The BAM, the ASAM dimensions and placement, and the progress rating, checked against their
// published rules (issue 4, shared/reference/clinical.md), not against core/instruments.
#include "ScoringTestSupport.h"

using namespace stepwise;
using namespace stepwise::scoringtest;
TEST_CASE("BAM scores use, risk and protective subscales with no total", "[instruments][bam]")
{
    const Score s = scored(QStringLiteral("bam"), bam(bamExample()));
    CHECK_FALSE(s.total.has_value());
    CHECK(s.subscales == subscales(9, 11, 21));
    CHECK_FALSE(s.convention.isEmpty());
    CHECK(s.convention == definition(QStringLiteral("bam")).convention);

    const Score none = scored(QStringLiteral("bam"), zeros(23));
    CHECK_FALSE(none.total.has_value());
    CHECK(none.subscales == subscales(0, 0, 0));
}

TEST_CASE("BAM recodes day counts at every boundary", "[instruments][bam]")
{
    const QMap<QString, QString> subscaleOf = { { QStringLiteral("2"), QStringLiteral("risk") },
        { QStringLiteral("3"), QStringLiteral("risk") },
        { QStringLiteral("11"), QStringLiteral("risk") },
        { QStringLiteral("4"), QStringLiteral("use") },
        { QStringLiteral("5"), QStringLiteral("use") },
        { QStringLiteral("6"), QStringLiteral("use") },
        { QStringLiteral("10"), QStringLiteral("protective") },
        { QStringLiteral("13"), QStringLiteral("protective") },
        { QStringLiteral("16"), QStringLiteral("protective") } };
    const QList<std::pair<int, int>> boundaries = { { 0, 0 }, { 1, 1 }, { 3, 1 }, { 4, 2 },
        { 8, 2 }, { 9, 3 }, { 15, 3 }, { 16, 4 }, { 30, 4 } };
    for (auto it = subscaleOf.constBegin(); it != subscaleOf.constEnd(); ++it) {
        for (const auto& [days, points] : boundaries) {
            INFO("item " << it.key().toStdString() << " = " << days << " days");
            REQUIRE(recodeDays(days) == points);
            QMap<QString, int> values { { it.key(), days } };
            QMap<QString, int> expected = subscales(0, 0, 0);
            if (it.key() == QLatin1String("5")) {
                values.insert(QStringLiteral("4"), 30); // heavy-drinking days need drinking days
                expected[QStringLiteral("use")] = 4;
            }
            expected[it.value()] += points;
            CHECK(scored(QStringLiteral("bam"), bam(values)).subscales == expected);
        }
    }
}

TEST_CASE("BAM 0-4 items score their value and item 14 yes scores 4", "[instruments][bam]")
{
    CHECK(scored(QStringLiteral("bam"), bam({ { QStringLiteral("1"), 4 } })).subscales
        == subscales(0, 4, 0));
    CHECK(scored(QStringLiteral("bam"), bam({ { QStringLiteral("8"), 2 } })).subscales
        == subscales(0, 2, 0));
    CHECK(scored(QStringLiteral("bam"), bam({ { QStringLiteral("15"), 1 } })).subscales
        == subscales(0, 1, 0));
    CHECK(scored(QStringLiteral("bam"), bam({ { QStringLiteral("9"), 4 } })).subscales
        == subscales(0, 0, 4));
    CHECK(scored(QStringLiteral("bam"), bam({ { QStringLiteral("12"), 3 } })).subscales
        == subscales(0, 0, 3));
    CHECK(scored(QStringLiteral("bam"), bam({ { QStringLiteral("14"), 1 } })).subscales
        == subscales(0, 0, 4));
    CHECK(scored(QStringLiteral("bam"), bam({ { QStringLiteral("14"), 0 } })).subscales
        == subscales(0, 0, 0));
    checkBlames(
        refused(QStringLiteral("bam"), bam({ { QStringLiteral("14"), 4 } })), QStringLiteral("14"));
    for (const char* key : { "1", "8", "9", "12", "15", "17" }) {
        INFO("item " << key);
        CHECK(scored(QStringLiteral("bam"), bam({ { QLatin1String(key), 4 } })).total
            == std::nullopt);
        checkBlames(
            refused(QStringLiteral("bam"), bam({ { QLatin1String(key), 5 } })), QLatin1String(key));
    }
}

TEST_CASE("BAM items 7a-7g and 17 do not change any subscale", "[instruments][bam]")
{
    const QMap<QString, int> base = bamExample();
    const QMap<QString, int> expected = subscales(9, 11, 21);
    for (const QString& key : bamSubstanceKeys) {
        for (int days : { 0, 1, 9, 20 }) {
            INFO("item " << key.toStdString() << " = " << days);
            QMap<QString, int> values = base;
            values[key] = days;
            CHECK(scored(QStringLiteral("bam"), bam(values)).subscales == expected);
        }
    }
    for (int rating : { 0, 1, 3, 4 }) {
        INFO("item 17 = " << rating);
        QMap<QString, int> values = base;
        values[QStringLiteral("17")] = rating;
        CHECK(scored(QStringLiteral("bam"), bam(values)).subscales == expected);
    }
}

TEST_CASE("BAM day counts take 0 to 30 days", "[instruments][bam]")
{
    for (const QString& key : bamDayKeys) {
        INFO("item " << key.toStdString());
        QMap<QString, int> values { { key, 30 } };
        // Keep the answer consistent: heavy-drinking and substance days need the parent count.
        if (key == QLatin1String("5"))
            values.insert(QStringLiteral("4"), 30);
        if (key.startsWith(QLatin1Char('7')))
            values.insert(QStringLiteral("6"), 30);
        CHECK(scored(QStringLiteral("bam"), bam(values)).total == std::nullopt);
        values[key] = 31;
        checkBlames(refused(QStringLiteral("bam"), bam(values)), key);
    }
}

TEST_CASE("BAM refuses more heavy-drinking days than drinking days", "[instruments][bam]")
{
    const Error e = refused(
        QStringLiteral("bam"), bam({ { QStringLiteral("4"), 5 }, { QStringLiteral("5"), 6 } }));
    CHECK(e.hasField(QStringLiteral("5")));
    CHECK_FALSE(e.hasField(QStringLiteral("4")));

    const Score equal = scored(
        QStringLiteral("bam"), bam({ { QStringLiteral("4"), 5 }, { QStringLiteral("5"), 5 } }));
    CHECK(equal.subscales.value(QStringLiteral("use")) == 4); // 5 days -> 2, twice

    refused(QStringLiteral("bam"), bam({ { QStringLiteral("5"), 1 } }));
}

TEST_CASE("BAM refuses more days of a substance than days of drug use", "[instruments][bam]")
{
    for (const QString& key : bamSubstanceKeys) {
        INFO("item " << key.toStdString());
        const Error e
            = refused(QStringLiteral("bam"), bam({ { QStringLiteral("6"), 3 }, { key, 4 } }));
        CHECK(e.hasField(key));
        CHECK_FALSE(e.hasField(QStringLiteral("6")));
        const Score equal
            = scored(QStringLiteral("bam"), bam({ { QStringLiteral("6"), 3 }, { key, 3 } }));
        CHECK(equal.subscales == subscales(1, 0, 0));
    }
}

TEST_CASE(
    "BAM lists use items with any day of use among the items of concern", "[instruments][bam]")
{
    const Score none = scored(QStringLiteral("bam"), zeros(23));
    for (const char* key : { "4", "5", "6" })
        CHECK_FALSE(none.concernItems.contains(QLatin1String(key)));

    CHECK(scored(QStringLiteral("bam"), bam({ { QStringLiteral("4"), 1 } }))
              .concernItems.contains(QStringLiteral("4")));
    const Score heavy = scored(
        QStringLiteral("bam"), bam({ { QStringLiteral("4"), 1 }, { QStringLiteral("5"), 1 } }));
    CHECK(heavy.concernItems.contains(QStringLiteral("5")));
    const Score drugs = scored(QStringLiteral("bam"), bam({ { QStringLiteral("6"), 1 } }));
    CHECK(drugs.concernItems.contains(QStringLiteral("6")));
    CHECK_FALSE(drugs.concernItems.contains(QStringLiteral("4")));
}

// --- ASAM and progress rating ------------------------------------------------------------

TEST_CASE("ASAM dimensions are rated 0 to 4 with no total", "[instruments][asam]")
{
    for (int rating = 0; rating <= 4; ++rating) {
        INFO("rating " << rating);
        const Score s = scored(QStringLiteral("asam"), Answers(6, rating));
        CHECK_FALSE(s.total.has_value());
    }
    Answers a = zeros(6);
    a[5] = 5;
    checkBlames(refused(QStringLiteral("asam"), a), QStringLiteral("6"));
}

TEST_CASE("Progress rating has two 0-4 items and no total", "[instruments][progress]")
{
    const InstrumentDefinition& d = definition(QStringLiteral("progress"));
    for (int rating = 0; rating <= 4; ++rating) {
        INFO("rating " << rating);
        CHECK_FALSE(scored(QStringLiteral("progress"), Answers(2, rating)).total.has_value());
    }
    const Error e = refused(QStringLiteral("progress"), answers({ 2, 5 }));
    CHECK(e.hasField(d.items.at(1).key));
    CHECK_FALSE(e.hasField(d.items.at(0).key));
}

TEST_CASE("ASAM placement needs a reason only when the levels differ", "[instruments][asam]")
{
    AsamPlacement p;
    p.edition = 3;
    p.recommendedLevel = QStringLiteral("2.1");
    p.placedLevel = QStringLiteral("2.1");
    CHECK(p.validate().isEmpty());

    p.placedLevel = QStringLiteral("1");
    QList<FieldError> problems = p.validate();
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().field == QStringLiteral("reason"));

    p.reason = QStringLiteral("123456789"); // 9 characters
    problems = p.validate();
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().field == QStringLiteral("reason"));

    p.reason = QStringLiteral("1234567890"); // 10 characters
    CHECK(p.validate().isEmpty());

    p.reason = QStringLiteral("Participant prefers outpatient");
    CHECK(p.validate().isEmpty());
}

TEST_CASE("ASAM placement refuses unknown levels and editions", "[instruments][asam]")
{
    AsamPlacement p;
    p.edition = 3;
    p.recommendedLevel = QStringLiteral("9.9");
    p.placedLevel = QStringLiteral("2.1");
    p.reason = QStringLiteral("A long enough reason");
    QList<FieldError> problems = p.validate();
    REQUIRE_FALSE(problems.isEmpty());
    CHECK(problems.first().field == QStringLiteral("recommended_level"));

    p.recommendedLevel = QStringLiteral("2.1");
    p.placedLevel = QStringLiteral("2.2");
    problems = p.validate();
    REQUIRE_FALSE(problems.isEmpty());
    CHECK(problems.first().field == QStringLiteral("placed_level"));

    p.placedLevel = QStringLiteral("2.1");
    for (int edition : { 2, 5, 0 }) {
        INFO("edition " << edition);
        p.edition = edition;
        problems = p.validate();
        REQUIRE_FALSE(problems.isEmpty());
        CHECK(problems.first().field == QStringLiteral("edition"));
    }

    p.edition = 4;
    CHECK(p.validate().isEmpty());
    p.edition = 3;
    CHECK(p.validate().isEmpty());
    for (const QString& level :
        { QStringLiteral("1"), QStringLiteral("2.1"), QStringLiteral("2.5") }) {
        INFO(level.toStdString());
        CHECK(AsamPlacement::levels(3).contains(level));
    }
}

// --- Every instrument --------------------------------------------------------------------
