// SPDX-License-Identifier: GPL-3.0-or-later
// Every expected number here comes from the published scoring rules (issue 4 and
// shared/reference/clinical.md), not from the definitions in core/instruments: these tests are
// the independent check that a clinician sees the band the source manual would give.
#include "instruments/AsamPlacement.h"
#include "instruments/Instrument.h"

#include <QMap>
#include <catch2/catch.hpp>
#include <functional>

namespace Catch {
template<> struct StringMaker<QString>
{
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

using namespace stepwise;

namespace {

const InstrumentDefinition& definition(const QString& id)
{
    const InstrumentDefinition* d = Instruments::find(id);
    REQUIRE(d != nullptr);
    return *d;
}

Answers answers(std::initializer_list<int> values)
{
    Answers a;
    for (int v : values)
        a.append(v);
    return a;
}

Answers zeros(int count)
{
    return Answers(count, 0);
}

// `total` spread over `count` items from the first, each taking at most `max`.
Answers filled(int total, int count, int max)
{
    Answers a;
    for (int i = 0; i < count; ++i) {
        const int v = std::min(total, max);
        a.append(v);
        total -= v;
    }
    REQUIRE(total == 0);
    return a;
}

Score scored(const QString& id, const Answers& a, const QString& sex = {})
{
    ScoringContext context;
    context.sex = sex;
    const Result<Score> r = Instruments::score(definition(id), a, context);
    if (!r.ok())
        FAIL(r.error().fullMessage().toStdString());
    return r.value();
}

int totalOf(const Score& s)
{
    REQUIRE(s.total.has_value());
    return *s.total;
}

Error refused(const QString& id, const Answers& a)
{
    const Result<Score> r = Instruments::score(definition(id), a, {});
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::Validation);
    return r.error();
}

const Flag* flag(const Score& s, const QString& key)
{
    for (const Flag& f : s.flags) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

// The refusal blames `key` and only `key`, in a message that starts with the item's name.
void checkBlames(const Error& e, const QString& key)
{
    INFO("item " << key.toStdString() << ": " << e.fullMessage().toStdString());
    REQUIRE_FALSE(e.fields.isEmpty());
    for (const FieldError& f : e.fields)
        CHECK(f.field == key);
    CHECK(e.fieldMessage(key).startsWith(QStringLiteral("Item ") + key));
}

const QStringList bamKeys = { QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
    QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6"), QStringLiteral("7a"),
    QStringLiteral("7b"), QStringLiteral("7c"), QStringLiteral("7d"), QStringLiteral("7e"),
    QStringLiteral("7f"), QStringLiteral("7g"), QStringLiteral("8"), QStringLiteral("9"),
    QStringLiteral("10"), QStringLiteral("11"), QStringLiteral("12"), QStringLiteral("13"),
    QStringLiteral("14"), QStringLiteral("15"), QStringLiteral("16"), QStringLiteral("17") };
const QStringList bamSubstanceKeys
    = { QStringLiteral("7a"), QStringLiteral("7b"), QStringLiteral("7c"), QStringLiteral("7d"),
          QStringLiteral("7e"), QStringLiteral("7f"), QStringLiteral("7g") };
const QStringList bamDayKeys
    = { QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5"),
          QStringLiteral("6"), QStringLiteral("7a"), QStringLiteral("7b"), QStringLiteral("7c"),
          QStringLiteral("7d"), QStringLiteral("7e"), QStringLiteral("7f"), QStringLiteral("7g"),
          QStringLiteral("10"), QStringLiteral("11"), QStringLiteral("13"), QStringLiteral("16") };

// BAM answers by item key; unnamed items are 0.
Answers bam(const QMap<QString, int>& values)
{
    Answers a = zeros(int(bamKeys.size()));
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const auto i = bamKeys.indexOf(it.key());
        REQUIRE(i >= 0);
        a[i] = it.value();
    }
    return a;
}

// A filled-in BAM whose subscales were worked out by hand from the recode table:
// use 4:12->3 + 5:4->2 + 6:20->4 = 9; risk 1:2 + 2:5->2 + 3:10->3 + 8:3 + 11:2->1 + 15:0 = 11;
// protective 9:1 + 10:20->4 + 12:4 + 13:16->4 + 14:yes->4 + 16:30->4 = 21.
QMap<QString, int> bamExample()
{
    return { { QStringLiteral("1"), 2 }, { QStringLiteral("2"), 5 }, { QStringLiteral("3"), 10 },
        { QStringLiteral("4"), 12 }, { QStringLiteral("5"), 4 }, { QStringLiteral("6"), 20 },
        { QStringLiteral("7a"), 3 }, { QStringLiteral("7b"), 20 }, { QStringLiteral("8"), 3 },
        { QStringLiteral("9"), 1 }, { QStringLiteral("10"), 20 }, { QStringLiteral("11"), 2 },
        { QStringLiteral("12"), 4 }, { QStringLiteral("13"), 16 }, { QStringLiteral("14"), 1 },
        { QStringLiteral("15"), 0 }, { QStringLiteral("16"), 30 }, { QStringLiteral("17"), 2 } };
}

QMap<QString, int> subscales(int use, int risk, int protective)
{
    return { { QStringLiteral("use"), use }, { QStringLiteral("risk"), risk },
        { QStringLiteral("protective"), protective } };
}

QString phq9Band(int total)
{
    if (total <= 4)
        return QStringLiteral("minimal");
    if (total <= 9)
        return QStringLiteral("mild");
    if (total <= 14)
        return QStringLiteral("moderate");
    if (total <= 19)
        return QStringLiteral("moderately severe");
    return QStringLiteral("severe");
}

QString gad7Band(int total)
{
    if (total <= 4)
        return QStringLiteral("minimal");
    if (total <= 9)
        return QStringLiteral("mild");
    if (total <= 14)
        return QStringLiteral("moderate");
    return QStringLiteral("severe");
}

QString auditZone(int total)
{
    if (total <= 7)
        return QStringLiteral("zone I");
    if (total <= 15)
        return QStringLiteral("zone II");
    if (total <= 19)
        return QStringLiteral("zone III");
    return QStringLiteral("zone IV");
}

QString dastBand(int total)
{
    if (total == 0)
        return QStringLiteral("none");
    if (total <= 2)
        return QStringLiteral("low");
    if (total <= 5)
        return QStringLiteral("moderate");
    if (total <= 8)
        return QStringLiteral("substantial");
    return QStringLiteral("severe");
}

// AUDIT answers adding up to `total`: items 1-8 first, then items 9-10 in steps of 2.
Answers auditAnswers(int total)
{
    int rest = total > 32 ? total - 32 : 0;
    int first = total - rest;
    if (rest % 2 != 0) {
        --first;
        ++rest;
    }
    Answers a = filled(first, 8, 4);
    const int item9 = std::min(4, rest);
    a.append(item9);
    a.append(rest - item9);
    return a;
}

// DAST-10 answers (0 no, 1 yes) totalling `total`; item 3 scores for "no".
Answers dastAnswers(int total)
{
    Answers a = zeros(10);
    if (total == 0) {
        a[2] = 1;
        return a;
    }
    int yes = total - 1; // item 3 answered "no" gives the first point
    for (int i = 0; i < 10 && yes > 0; ++i) {
        if (i == 2)
            continue;
        a[i] = 1;
        --yes;
    }
    REQUIRE(yes == 0);
    return a;
}

// Recode of a BAM day count to 0-4 (Cacciola et al. 2013, categorical form).
int recodeDays(int days)
{
    if (days == 0)
        return 0;
    if (days <= 3)
        return 1;
    if (days <= 8)
        return 2;
    if (days <= 15)
        return 3;
    return 4;
}

} // namespace

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
