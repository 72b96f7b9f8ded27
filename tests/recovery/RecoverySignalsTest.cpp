// SPDX-License-Identifier: GPL-3.0-or-later
// The recovery signals at every window boundary (issue 6). Windows end today and include it:
// day 1 is today, day 14 is 13 days ago, day 30 is 29 days ago.
#include "recovery/RecoverySignals.h"

#include <catch2/catch.hpp>

using namespace stepwise;

namespace {

const QDate today(2026, 10, 31);

ToxResult result(const char* analyte, ToxResultValue value, bool expected = false)
{
    ToxResult r;
    r.analyte = QLatin1String(analyte);
    r.result = value;
    r.expected = expected;
    if (expected)
        r.expectedReason = QStringLiteral("prescribed");
    return r;
}

ToxScreen screen(int daysAgo, const QList<ToxResult>& results)
{
    ToxScreen s;
    s.collectedOn = today.addDays(-daysAgo);
    s.results = results;
    return s;
}

ToxScreen negative(int daysAgo)
{
    return screen(daysAgo, { result("cocaine", ToxResultValue::Negative) });
}

ToxScreen positive(int daysAgo)
{
    return screen(daysAgo, { result("cocaine", ToxResultValue::Positive) });
}

UseEvent use(int daysAgo)
{
    UseEvent e;
    e.occurredOn = today.addDays(-daysAgo);
    e.substance = QStringLiteral("alcohol");
    return e;
}

Medication suboxone()
{
    Medication m;
    m.name = QStringLiteral("Suboxone");
    m.analytes = { QStringLiteral("buprenorphine") };
    m.startDate = QDate(2026, 6, 1);
    return m;
}

RecoverySignals compute(const QList<ToxScreen>& screens, const QList<UseEvent>& events = {},
    const QList<Medication>& medications = {})
{
    return RecoverySignalsRules::compute(screens, events, medications, today);
}

} // namespace

TEST_CASE("An unexpected positive flags the caseload through day 14", "[recovery][signals]")
{
    const RecoverySignals day14 = compute({ positive(13) });
    CHECK(day14.flaggedPositiveOn == today.addDays(-13));
    CHECK(day14.flaggedPositiveAnalytes == QStringList { QStringLiteral("cocaine") });
    REQUIRE(day14.flags().size() == 1);
    CHECK(day14.flags().first().contains(QStringLiteral("Cocaine")));

    const RecoverySignals day15 = compute({ positive(14) });
    CHECK_FALSE(day15.flaggedPositiveOn.isValid());
    CHECK(day15.flags().isEmpty());
    // Still within the readiness window.
    CHECK(day15.unexpectedPositiveScreens == 1);
    CHECK(day15.verdict == RecoveryVerdict::NotYet);
}

TEST_CASE("An expected positive flags nothing", "[recovery][signals]")
{
    const RecoverySignals s
        = compute({ screen(2, { result("buprenorphine", ToxResultValue::Positive, true) }) }, {},
            { suboxone() });
    CHECK_FALSE(s.any());
    CHECK(s.unexpectedPositiveScreens == 0);
    CHECK(s.verdict == RecoveryVerdict::Supports);
    CHECK_FALSE(s.daysAbstinent);
}

TEST_CASE("Recorded use flags the caseload through day 14", "[recovery][signals]")
{
    CHECK(compute({}, { use(13) }).flaggedUseOn == today.addDays(-13));
    CHECK_FALSE(compute({}, { use(14) }).flaggedUseOn.isValid());
    CHECK(compute({}, { use(14) }).useEvents == 1);
}

TEST_CASE("A dilute or invalid specimen flags the caseload through day 14", "[recovery][signals]")
{
    const auto dilute = [](int daysAgo) {
        return screen(daysAgo, { result("cocaine", ToxResultValue::Dilute) });
    };
    const auto invalid
        = [](int daysAgo) { return screen(daysAgo, { result("thc", ToxResultValue::Invalid) }); };
    CHECK(compute({ dilute(13) }).flaggedSpecimenOn == today.addDays(-13));
    CHECK_FALSE(compute({ dilute(14) }).flaggedSpecimenOn.isValid());
    CHECK(compute({ invalid(13) }).flaggedSpecimenOn == today.addDays(-13));
    CHECK_FALSE(compute({ invalid(14) }).flaggedSpecimenOn.isValid());
    // Never a positive.
    CHECK(compute({ dilute(13) }).unexpectedPositiveScreens == 0);
    CHECK(compute({ dilute(13) }).diluteOrInvalidScreens == 1);
}

TEST_CASE(
    "A missing maintenance medication flags the caseload through day 14", "[recovery][signals]")
{
    const auto bupNegative = [](int daysAgo) {
        return screen(daysAgo, { result("buprenorphine", ToxResultValue::Negative) });
    };
    const RecoverySignals day14 = compute({ bupNegative(13) }, {}, { suboxone() });
    CHECK(day14.flaggedMissingOn == today.addDays(-13));
    CHECK(day14.flaggedMissingAnalytes == QStringList { QStringLiteral("buprenorphine") });
    CHECK(day14.any());
    CHECK_FALSE(compute({ bupNegative(14) }, {}, { suboxone() }).flaggedMissingOn.isValid());

    // A later screen positive for it settles the question.
    const RecoverySignals settled = compute(
        { bupNegative(10), screen(3, { result("buprenorphine", ToxResultValue::Positive, true) }) },
        {}, { suboxone() });
    CHECK_FALSE(settled.flaggedMissingOn.isValid());
    // Without a prescription a negative is just a negative.
    CHECK_FALSE(compute({ bupNegative(3) }).flaggedMissingOn.isValid());
}

TEST_CASE("Readiness: an unexpected positive on day 30 holds step-down back, day 31 does not",
    "[recovery][signals]")
{
    const RecoverySignals day30 = compute({ positive(29), negative(5) });
    CHECK(day30.verdict == RecoveryVerdict::NotYet);
    CHECK(day30.unexpectedPositiveScreens == 1);
    CHECK(day30.screens == 2);
    CHECK(RecoverySignalsRules::indicator(day30).state == ReadinessIndicator::State::NotMet);

    const RecoverySignals day31 = compute({ positive(30), negative(5) });
    CHECK(day31.verdict == RecoveryVerdict::Supports);
    CHECK(day31.unexpectedPositiveScreens == 0);
    CHECK(day31.screens == 1);
    CHECK(day31.lastUnexpectedPositive == today.addDays(-30));
    CHECK(day31.daysAbstinent == 30);
    CHECK(RecoverySignalsRules::indicator(day31).state == ReadinessIndicator::State::Met);
    CHECK(RecoverySignalsRules::indicator(day31).key.toStdString() == "toxicology");
}

TEST_CASE("Readiness: use on day 30 holds step-down back, day 31 does not", "[recovery][signals]")
{
    CHECK(compute({ negative(2) }, { use(29) }).verdict == RecoveryVerdict::NotYet);
    const RecoverySignals day31 = compute({ negative(2) }, { use(30) });
    CHECK(day31.verdict == RecoveryVerdict::Supports);
    CHECK(day31.lastUse == today.addDays(-30));
    CHECK(day31.daysAbstinent == 30);
}

TEST_CASE("Readiness cannot be said without a usable screen in 30 days", "[recovery][signals]")
{
    CHECK(compute({ negative(29) }).verdict == RecoveryVerdict::Supports);
    CHECK(compute({ negative(30) }).verdict == RecoveryVerdict::CannotSay);
    CHECK(compute({}).verdict == RecoveryVerdict::CannotSay);
    const RecoverySignals onlyDilute
        = compute({ screen(3, { result("cocaine", ToxResultValue::Dilute) }), negative(40) });
    CHECK(onlyDilute.verdict == RecoveryVerdict::CannotSay);
    CHECK(RecoverySignalsRules::indicator(onlyDilute).state == ReadinessIndicator::State::Info);
    CHECK(onlyDilute.verdictText().contains(QStringLiteral("dilute")));
}

TEST_CASE(
    "Days abstinent count from the later of use and unexpected positive", "[recovery][signals]")
{
    const RecoverySignals s = compute({ positive(35), negative(3) }, { use(40) });
    CHECK(s.lastUse == today.addDays(-40));
    CHECK(s.lastUnexpectedPositive == today.addDays(-35));
    CHECK(s.daysAbstinent == 35);
    CHECK(s.lastScreen == today.addDays(-3));
    CHECK(compute({}, { use(0) }).daysAbstinent == 0);
}

TEST_CASE("Superseded versions and later dates are left out", "[recovery][signals]")
{
    ToxScreen old = positive(3);
    old.superseded = true;
    UseEvent corrected = use(3);
    corrected.superseded = true;
    const RecoverySignals s = compute({ old, negative(3), positive(-1) }, { corrected, use(-2) });
    CHECK_FALSE(s.lastUnexpectedPositive.isValid());
    CHECK_FALSE(s.lastUse.isValid());
    CHECK(s.screens == 1);
    CHECK(s.verdict == RecoveryVerdict::Supports);
    CHECK_FALSE(s.any());
}
