// SPDX-License-Identifier: GPL-3.0-or-later
// Every expected number here comes from the published scoring rules (issue 4 and
// shared/reference/clinical.md), not from the definitions in core/instruments: these tests are
// the independent check that a clinician sees the band the source manual would give.
#include "ScoringTestSupport.h"

using namespace stepwise;
using namespace stepwise::scoringtest;

TEST_CASE("Instruments are found by id or name and list all eight", "[instruments]")
{
    CHECK(Instruments::find(QStringLiteral("phq9")) == Instruments::find(QStringLiteral("PHQ-9")));
    CHECK(Instruments::find(QStringLiteral("PHQ9")) != nullptr);
    CHECK(Instruments::find(QStringLiteral("AUDIT-C"))
        == Instruments::find(QStringLiteral("auditc")));
    CHECK(Instruments::find(QStringLiteral("no such scale")) == nullptr);
    const QStringList ids = Instruments::ids();
    for (const char* id :
        { "phq9", "gad7", "audit", "auditc", "dast10", "bam", "asam", "progress" }) {
        INFO(id);
        CHECK(ids.contains(QLatin1String(id)));
        REQUIRE(Instruments::find(QLatin1String(id)) != nullptr);
        CHECK(Instruments::find(QLatin1String(id))->id == QLatin1String(id));
    }
}

TEST_CASE("Each instrument has the published number of items", "[instruments]")
{
    CHECK(definition(QStringLiteral("phq9")).items.size() == 9);
    CHECK(definition(QStringLiteral("gad7")).items.size() == 7);
    CHECK(definition(QStringLiteral("audit")).items.size() == 10);
    CHECK(definition(QStringLiteral("auditc")).items.size() == 3);
    CHECK(definition(QStringLiteral("dast10")).items.size() == 10);
    CHECK(definition(QStringLiteral("bam")).items.size() == 23);
    CHECK(definition(QStringLiteral("asam")).items.size() == 6);
    CHECK(definition(QStringLiteral("progress")).items.size() == 2);

    QStringList keys;
    for (const InstrumentItem& item : definition(QStringLiteral("bam")).items)
        keys.append(item.key);
    CHECK(keys == bamKeys);
}

// --- PHQ-9 -------------------------------------------------------------------------------

TEST_CASE("PHQ-9 totals fall in the Kroenke 2001 severity bands", "[instruments][phq9]")
{
    for (int total = 0; total <= 27; ++total) {
        INFO("total " << total);
        const Score s = scored(QStringLiteral("phq9"), filled(total, 9, 3));
        CHECK(totalOf(s) == total);
        CHECK(s.band == phq9Band(total));
        CHECK_FALSE(s.bandLabel.isEmpty());
    }
}

TEST_CASE("PHQ-9 band boundaries are exact", "[instruments][phq9]")
{
    const QList<std::pair<int, const char*>> cases
        = { { 0, "minimal" }, { 4, "minimal" }, { 5, "mild" }, { 9, "mild" }, { 10, "moderate" },
              { 14, "moderate" }, { 15, "moderately severe" }, { 19, "moderately severe" },
              { 20, "severe" }, { 27, "severe" } };
    for (const auto& [total, band] : cases) {
        INFO("total " << total);
        const Score s = scored(QStringLiteral("phq9"), filled(total, 9, 3));
        CHECK(totalOf(s) == total);
        CHECK(s.band == QLatin1String(band));
    }
}

TEST_CASE("PHQ-9 item 9 above 0 raises a safety flag whatever the total", "[instruments][phq9]")
{
    const Score lowest = scored(QStringLiteral("phq9"), answers({ 0, 0, 0, 0, 0, 0, 0, 0, 1 }));
    CHECK(totalOf(lowest) == 1);
    CHECK(lowest.band == QStringLiteral("minimal"));
    const Flag* f = flag(lowest, QStringLiteral("self_harm"));
    REQUIRE(f != nullptr);
    CHECK(f->safety);
    CHECK_FALSE(f->message.isEmpty());
    CHECK(lowest.hasSafetyFlag());

    for (int item9 : { 2, 3 }) {
        INFO("item 9 = " << item9);
        const Score s = scored(QStringLiteral("phq9"), answers({ 0, 0, 0, 0, 0, 0, 0, 0, item9 }));
        CHECK(totalOf(s) == item9);
        REQUIRE(flag(s, QStringLiteral("self_harm")) != nullptr);
        CHECK(flag(s, QStringLiteral("self_harm"))->safety);
    }

    const Score all = scored(QStringLiteral("phq9"), filled(27, 9, 3));
    CHECK(all.hasSafetyFlag());
    CHECK(flag(all, QStringLiteral("self_harm")) != nullptr);
}

TEST_CASE("PHQ-9 with item 9 at 0 raises no safety flag even when severe", "[instruments][phq9]")
{
    const Score s = scored(QStringLiteral("phq9"), answers({ 3, 3, 3, 3, 3, 3, 3, 3, 0 }));
    CHECK(totalOf(s) == 24);
    CHECK(s.band == QStringLiteral("severe"));
    CHECK(flag(s, QStringLiteral("self_harm")) == nullptr);
    CHECK_FALSE(s.hasSafetyFlag());

    const Score none = scored(QStringLiteral("phq9"), zeros(9));
    CHECK(totalOf(none) == 0);
    CHECK_FALSE(none.hasSafetyFlag());
}

TEST_CASE("PHQ-9 refuses a missing or out-of-range item 3 by name", "[instruments][phq9]")
{
    Answers a = zeros(9);
    a[2] = std::nullopt;
    const Error missing = refused(QStringLiteral("phq9"), a);
    checkBlames(missing, QStringLiteral("3"));
    CHECK(missing.fieldMessage(QStringLiteral("3")).startsWith(QStringLiteral("Item 3 ")));

    a[2] = 4;
    const Error high = refused(QStringLiteral("phq9"), a);
    checkBlames(high, QStringLiteral("3"));
    CHECK(high.fieldMessage(QStringLiteral("3")).startsWith(QStringLiteral("Item 3 ")));
}

// --- GAD-7 -------------------------------------------------------------------------------

TEST_CASE("GAD-7 totals fall in the Spitzer 2006 severity bands", "[instruments][gad7]")
{
    for (int total = 0; total <= 21; ++total) {
        INFO("total " << total);
        const Score s = scored(QStringLiteral("gad7"), filled(total, 7, 3));
        CHECK(totalOf(s) == total);
        CHECK(s.band == gad7Band(total));
    }
    const QList<std::pair<int, const char*>> cases
        = { { 0, "minimal" }, { 4, "minimal" }, { 5, "mild" }, { 9, "mild" }, { 10, "moderate" },
              { 14, "moderate" }, { 15, "severe" }, { 21, "severe" } };
    for (const auto& [total, band] : cases) {
        INFO("total " << total);
        CHECK(scored(QStringLiteral("gad7"), filled(total, 7, 3)).band == QLatin1String(band));
    }
}

// --- AUDIT -------------------------------------------------------------------------------

TEST_CASE("AUDIT totals fall in the WHO risk zones", "[instruments][audit]")
{
    for (int total = 0; total <= 40; ++total) {
        INFO("total " << total);
        const Score s = scored(QStringLiteral("audit"), auditAnswers(total));
        CHECK(totalOf(s) == total);
        CHECK(s.band == auditZone(total));
    }
    const QList<std::pair<int, const char*>> cases
        = { { 0, "zone I" }, { 7, "zone I" }, { 8, "zone II" }, { 15, "zone II" },
              { 16, "zone III" }, { 19, "zone III" }, { 20, "zone IV" }, { 40, "zone IV" } };
    for (const auto& [total, zone] : cases) {
        INFO("total " << total);
        CHECK(scored(QStringLiteral("audit"), auditAnswers(total)).band == QLatin1String(zone));
    }
}

TEST_CASE("AUDIT items 9 and 10 take only 0, 2 or 4", "[instruments][audit]")
{
    for (int index : { 8, 9 }) {
        const QString key = QString::number(index + 1);
        for (int value : { 0, 2, 4 }) {
            INFO("item " << index + 1 << " = " << value);
            Answers a = zeros(10);
            a[index] = value;
            CHECK(totalOf(scored(QStringLiteral("audit"), a)) == value);
        }
        for (int value : { 1, 3, 5, -1 }) {
            INFO("item " << index + 1 << " = " << value);
            Answers a = zeros(10);
            a[index] = value;
            checkBlames(refused(QStringLiteral("audit"), a), key);
        }
    }
}

TEST_CASE("AUDIT items 1 to 8 score 0 to 4", "[instruments][audit]")
{
    for (int index = 0; index < 8; ++index) {
        INFO("item " << index + 1);
        Answers a = zeros(10);
        a[index] = 4;
        CHECK(totalOf(scored(QStringLiteral("audit"), a)) == 4);
        a[index] = 5;
        checkBlames(refused(QStringLiteral("audit"), a), QString::number(index + 1));
    }
}

TEST_CASE("AUDIT suggests a higher level of intervention from items 4-6, 9 and 10",
    "[instruments][audit]")
{
    struct Case
    {
        int item;
        int value;
        bool flagged;
    };
    const Case cases[]
        = { { 4, 2, true }, { 4, 1, false }, { 5, 2, true }, { 5, 1, false }, { 6, 4, true },
              { 6, 1, false }, { 9, 4, true }, { 9, 2, false }, { 10, 4, true }, { 10, 2, false },
              { 1, 4, false }, { 2, 4, false }, { 3, 4, false }, { 7, 4, false }, { 8, 4, false } };
    for (const Case& c : cases) {
        INFO("item " << c.item << " = " << c.value);
        Answers a = zeros(10);
        a[c.item - 1] = c.value;
        const Score s = scored(QStringLiteral("audit"), a);
        CHECK(totalOf(s) == c.value);
        CHECK(s.band == QStringLiteral("zone I"));
        CHECK((flag(s, QStringLiteral("higher_intervention")) != nullptr) == c.flagged);
    }
    CHECK(flag(scored(QStringLiteral("audit"), zeros(10)), QStringLiteral("higher_intervention"))
        == nullptr);
}

// --- AUDIT-C -----------------------------------------------------------------------------

TEST_CASE("AUDIT-C is positive at 4 for men and 3 for women", "[instruments][auditc]")
{
    const Score male3
        = scored(QStringLiteral("auditc"), answers({ 1, 1, 1 }), QStringLiteral("male"));
    CHECK(totalOf(male3) == 3);
    CHECK(male3.band == QStringLiteral("negative"));
    CHECK(male3.cutoff == 4);

    const Score female3
        = scored(QStringLiteral("auditc"), answers({ 1, 1, 1 }), QStringLiteral("female"));
    CHECK(totalOf(female3) == 3);
    CHECK(female3.band == QStringLiteral("positive"));
    CHECK(female3.cutoff == 3);

    const Score male4
        = scored(QStringLiteral("auditc"), answers({ 2, 1, 1 }), QStringLiteral("male"));
    CHECK(totalOf(male4) == 4);
    CHECK(male4.band == QStringLiteral("positive"));
    CHECK(male4.cutoff == 4);

    const Score female2
        = scored(QStringLiteral("auditc"), answers({ 1, 1, 0 }), QStringLiteral("female"));
    CHECK(totalOf(female2) == 2);
    CHECK(female2.band == QStringLiteral("negative"));
    CHECK(female2.cutoff == 3);
}

TEST_CASE(
    "AUDIT-C screens every total against the cut-off for the sex given", "[instruments][auditc]")
{
    for (int total = 0; total <= 12; ++total) {
        INFO("total " << total);
        const Answers a = filled(total, 3, 4);
        const Score male = scored(QStringLiteral("auditc"), a, QStringLiteral("male"));
        const Score female = scored(QStringLiteral("auditc"), a, QStringLiteral("female"));
        const Score unknown = scored(QStringLiteral("auditc"), a);
        CHECK(totalOf(male) == total);
        CHECK(male.band == (total >= 4 ? QStringLiteral("positive") : QStringLiteral("negative")));
        CHECK(
            female.band == (total >= 3 ? QStringLiteral("positive") : QStringLiteral("negative")));
        CHECK(unknown.band == female.band);
        CHECK(male.cutoff == 4);
        CHECK(female.cutoff == 3);
        CHECK(unknown.cutoff == 3);
    }
}

TEST_CASE("AUDIT-C without a sex uses the lower cut-off of 3", "[instruments][auditc]")
{
    const Score three = scored(QStringLiteral("auditc"), answers({ 0, 1, 2 }));
    CHECK(totalOf(three) == 3);
    CHECK(three.band == QStringLiteral("positive"));
    CHECK(three.cutoff == 3);
    const Score two = scored(QStringLiteral("auditc"), answers({ 0, 1, 1 }));
    CHECK(two.band == QStringLiteral("negative"));
    CHECK(two.cutoff == 3);
}

TEST_CASE(
    "AUDIT-C flags a positive screen whose points all come from item 1", "[instruments][auditc]")
{
    const Score male
        = scored(QStringLiteral("auditc"), answers({ 4, 0, 0 }), QStringLiteral("male"));
    CHECK(male.band == QStringLiteral("positive"));
    CHECK(flag(male, QStringLiteral("item1_only")) != nullptr);

    const Score female
        = scored(QStringLiteral("auditc"), answers({ 3, 0, 0 }), QStringLiteral("female"));
    CHECK(female.band == QStringLiteral("positive"));
    CHECK(flag(female, QStringLiteral("item1_only")) != nullptr);

    // Negative: nothing to review.
    const Score maleNegative
        = scored(QStringLiteral("auditc"), answers({ 3, 0, 0 }), QStringLiteral("male"));
    CHECK(maleNegative.band == QStringLiteral("negative"));
    CHECK(flag(maleNegative, QStringLiteral("item1_only")) == nullptr);

    // Points from item 2 or 3 as well.
    const Score mixed
        = scored(QStringLiteral("auditc"), answers({ 3, 1, 0 }), QStringLiteral("male"));
    CHECK(mixed.band == QStringLiteral("positive"));
    CHECK(flag(mixed, QStringLiteral("item1_only")) == nullptr);
    const Score mixed3
        = scored(QStringLiteral("auditc"), answers({ 2, 0, 1 }), QStringLiteral("female"));
    CHECK(mixed3.band == QStringLiteral("positive"));
    CHECK(flag(mixed3, QStringLiteral("item1_only")) == nullptr);
}

// --- DAST-10 -----------------------------------------------------------------------------

TEST_CASE("DAST-10 scores yes answers and a no to item 3", "[instruments][dast10]")
{
    const Score allNo = scored(QStringLiteral("dast10"), zeros(10));
    CHECK(totalOf(allNo) == 1);
    CHECK(allNo.band == QStringLiteral("low"));

    Answers onlyItem3Yes = zeros(10);
    onlyItem3Yes[2] = 1;
    const Score none = scored(QStringLiteral("dast10"), onlyItem3Yes);
    CHECK(totalOf(none) == 0);
    CHECK(none.band == QStringLiteral("none"));

    const Score allYes = scored(QStringLiteral("dast10"), Answers(10, 1));
    CHECK(totalOf(allYes) == 9);
    CHECK(allYes.band == QStringLiteral("severe"));

    Answers allButItem3 = Answers(10, 1);
    allButItem3[2] = 0;
    const Score worst = scored(QStringLiteral("dast10"), allButItem3);
    CHECK(totalOf(worst) == 10);
    CHECK(worst.band == QStringLiteral("severe"));

    Answers item1 = zeros(10);
    item1[0] = 1;
    CHECK(totalOf(scored(QStringLiteral("dast10"), item1)) == 2);
}

TEST_CASE("DAST-10 totals fall in Skinner's bands", "[instruments][dast10]")
{
    for (int total = 0; total <= 10; ++total) {
        INFO("total " << total);
        const Score s = scored(QStringLiteral("dast10"), dastAnswers(total));
        CHECK(totalOf(s) == total);
        CHECK(s.band == dastBand(total));
    }
    const QList<std::pair<int, const char*>> cases
        = { { 0, "none" }, { 1, "low" }, { 2, "low" }, { 3, "moderate" }, { 5, "moderate" },
              { 6, "substantial" }, { 8, "substantial" }, { 9, "severe" }, { 10, "severe" } };
    for (const auto& [total, band] : cases) {
        INFO("total " << total);
        CHECK(scored(QStringLiteral("dast10"), dastAnswers(total)).band == QLatin1String(band));
    }
}

// --- BAM ---------------------------------------------------------------------------------

TEST_CASE("Every instrument refuses unanswered and out-of-range items by name", "[instruments]")
{
    // The lowest value each item refuses above its range, from the published scales.
    const QMap<QString, std::function<int(const QString&)>> tooHigh = {
        { QStringLiteral("phq9"), [](const QString&) { return 4; } },
        { QStringLiteral("gad7"), [](const QString&) { return 4; } },
        { QStringLiteral("audit"), [](const QString&) { return 5; } },
        { QStringLiteral("auditc"), [](const QString&) { return 5; } },
        { QStringLiteral("dast10"), [](const QString&) { return 2; } },
        { QStringLiteral("bam"),
            [](const QString& key) {
                if (key == QLatin1String("14"))
                    return 2;
                return bamDayKeys.contains(key) ? 31 : 5;
            } },
        { QStringLiteral("asam"), [](const QString&) { return 5; } },
        { QStringLiteral("progress"), [](const QString&) { return 5; } },
    };
    for (auto it = tooHigh.constBegin(); it != tooHigh.constEnd(); ++it) {
        const InstrumentDefinition& d = definition(it.key());
        const int count = int(d.items.size());
        REQUIRE(scored(it.key(), zeros(count)).convention == d.convention);
        for (int i = 0; i < count; ++i) {
            const QString key = d.items.at(i).key;
            INFO(it.key().toStdString() << " item " << key.toStdString());
            Answers a = zeros(count);
            a[i] = std::nullopt;
            checkBlames(refused(it.key(), a), key);
            a[i] = it.value()(key);
            checkBlames(refused(it.key(), a), key);
            a[i] = -1;
            checkBlames(refused(it.key(), a), key);
        }
    }
}

TEST_CASE("Every instrument refuses the wrong number of answers", "[instruments]")
{
    for (const QString& id : Instruments::ids()) {
        INFO(id.toStdString());
        const int count = int(definition(id).items.size());
        for (int n : { 0, count - 1, count + 1 }) {
            INFO(n << " answers");
            const Result<Score> r = Instruments::score(definition(id), zeros(n), {});
            REQUIRE_FALSE(r.ok());
            CHECK(r.error().code == ErrorCode::Validation);
        }
    }
}
