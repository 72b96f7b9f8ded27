// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers of the instrument scoring tests: answer sets built from totals, and the bands each
// published source gives, written from the sources rather than from core/instruments.
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

namespace stepwise::scoringtest {

inline const InstrumentDefinition& definition(const QString& id)
{
    const InstrumentDefinition* d = Instruments::find(id);
    REQUIRE(d != nullptr);
    return *d;
}

inline Answers answers(std::initializer_list<int> values)
{
    Answers a;
    for (int v : values)
        a.append(v);
    return a;
}

inline Answers zeros(int count)
{
    return Answers(count, 0);
}

// `total` spread over `count` items from the first, each taking at most `max`.
inline Answers filled(int total, int count, int max)
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

inline Score scored(const QString& id, const Answers& a, const QString& sex = {})
{
    ScoringContext context;
    context.sex = sex;
    const Result<Score> r = Instruments::score(definition(id), a, context);
    if (!r.ok())
        FAIL(r.error().fullMessage().toStdString());
    return r.value();
}

inline int totalOf(const Score& s)
{
    REQUIRE(s.total.has_value());
    return *s.total;
}

inline Error refused(const QString& id, const Answers& a)
{
    const Result<Score> r = Instruments::score(definition(id), a, {});
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::Validation);
    return r.error();
}

inline const Flag* flag(const Score& s, const QString& key)
{
    for (const Flag& f : s.flags) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

// The refusal blames `key` and only `key`, in a message that starts with the item's name.
inline void checkBlames(const Error& e, const QString& key)
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
inline Answers bam(const QMap<QString, int>& values)
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
inline QMap<QString, int> bamExample()
{
    return { { QStringLiteral("1"), 2 }, { QStringLiteral("2"), 5 }, { QStringLiteral("3"), 10 },
        { QStringLiteral("4"), 12 }, { QStringLiteral("5"), 4 }, { QStringLiteral("6"), 20 },
        { QStringLiteral("7a"), 3 }, { QStringLiteral("7b"), 20 }, { QStringLiteral("8"), 3 },
        { QStringLiteral("9"), 1 }, { QStringLiteral("10"), 20 }, { QStringLiteral("11"), 2 },
        { QStringLiteral("12"), 4 }, { QStringLiteral("13"), 16 }, { QStringLiteral("14"), 1 },
        { QStringLiteral("15"), 0 }, { QStringLiteral("16"), 30 }, { QStringLiteral("17"), 2 } };
}

inline QMap<QString, int> subscales(int use, int risk, int protective)
{
    return { { QStringLiteral("use"), use }, { QStringLiteral("risk"), risk },
        { QStringLiteral("protective"), protective } };
}

inline QString phq9Band(int total)
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

inline QString gad7Band(int total)
{
    if (total <= 4)
        return QStringLiteral("minimal");
    if (total <= 9)
        return QStringLiteral("mild");
    if (total <= 14)
        return QStringLiteral("moderate");
    return QStringLiteral("severe");
}

inline QString auditZone(int total)
{
    if (total <= 7)
        return QStringLiteral("zone I");
    if (total <= 15)
        return QStringLiteral("zone II");
    if (total <= 19)
        return QStringLiteral("zone III");
    return QStringLiteral("zone IV");
}

inline QString dastBand(int total)
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
inline Answers auditAnswers(int total)
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
inline Answers dastAnswers(int total)
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
inline int recodeDays(int days)
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

} // namespace stepwise::scoringtest
