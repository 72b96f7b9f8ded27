// SPDX-License-Identifier: GPL-3.0-or-later
// Response (>= 50% reduction) and remission (< 5) follow Kroenke 2001 and the PHQ-9 guidance;
// both are judged only from a baseline of 10 or more (issue 4); worsening is 5 points (Lowe 2004).
#include "instruments/ScoreChange.h"

#include <catch2/catch.hpp>

using namespace stepwise;
namespace Rules = stepwise::ScoreChangeRules;

namespace {

const QDate start(2025, 3, 3);

// Scores two weeks apart from `start`, in the order given.
QList<DatedScore> fortnightly(std::initializer_list<int> totals)
{
    QList<DatedScore> scores;
    int i = 0;
    for (int total : totals)
        scores.append({ start.addDays(14 * i++), total });
    return scores;
}

ScoreChange changeOf(std::initializer_list<int> totals)
{
    const std::optional<ScoreChange> c = Rules::change(fortnightly(totals));
    REQUIRE(c.has_value());
    return *c;
}

} // namespace

TEST_CASE("Change rules apply to the PHQ-9 and GAD-7 with a baseline of at least 10",
    "[instruments][change]")
{
    CHECK(Rules::appliesTo(QStringLiteral("phq9")));
    CHECK(Rules::appliesTo(QStringLiteral("gad7")));
    CHECK_FALSE(Rules::appliesTo(QStringLiteral("audit")));
    CHECK_FALSE(Rules::appliesTo(QStringLiteral("bam")));
    CHECK(Rules::MinimumBaseline == 10);
    CHECK(Rules::RemissionBelow == 5);
    CHECK(Rules::WorseningPoints == 5);
}

TEST_CASE("A halved score from 10 is a response but not a remission", "[instruments][change]")
{
    const ScoreChange c = changeOf({ 10, 5 });
    CHECK(c.baseline.total == 10);
    CHECK(c.baseline.date == start);
    CHECK(c.latest.total == 5);
    CHECK(c.latest.date == start.addDays(14));
    CHECK(c.change == -5);
    CHECK(c.eligible);
    CHECK(c.response);
    CHECK_FALSE(c.remission);
    CHECK_FALSE(c.worsened);
    CHECK(c.scoreCount == 2);
}

TEST_CASE("Response needs at least a 50 percent reduction", "[instruments][change]")
{
    // 6 * 2 = 12 > 11: a reduction of 45%.
    const ScoreChange eleven = changeOf({ 11, 6 });
    CHECK(eleven.change == -5);
    CHECK(eleven.eligible);
    CHECK_FALSE(eleven.response);
    CHECK_FALSE(eleven.remission);

    const ScoreChange elevenToFive = changeOf({ 11, 5 });
    CHECK(elevenToFive.response);

    const ScoreChange twelve = changeOf({ 12, 6 });
    CHECK(twelve.change == -6);
    CHECK(twelve.response);
    CHECK_FALSE(twelve.remission);

    const ScoreChange twelveToSeven = changeOf({ 12, 7 });
    CHECK_FALSE(twelveToSeven.response);

    const ScoreChange severe = changeOf({ 27, 13 });
    CHECK(severe.response);
    CHECK_FALSE(changeOf({ 27, 14 }).response);
}

TEST_CASE("Remission is a latest score below 5", "[instruments][change]")
{
    const ScoreChange four = changeOf({ 10, 4 });
    CHECK(four.remission);
    CHECK(four.response);
    CHECK(four.change == -6);

    CHECK_FALSE(changeOf({ 10, 5 }).remission);
    CHECK(changeOf({ 20, 0 }).remission);
    // From a baseline of 10 or more a latest score below 5 is always also a response.
    const ScoreChange big = changeOf({ 27, 4 });
    CHECK(big.remission);
    CHECK(big.response);
}

TEST_CASE(
    "A baseline below 10 is judged for neither response nor remission", "[instruments][change]")
{
    const ScoreChange nine = changeOf({ 9, 2 });
    CHECK(nine.change == -7);
    CHECK_FALSE(nine.eligible);
    CHECK_FALSE(nine.response);
    CHECK_FALSE(nine.remission);

    const ScoreChange zero = changeOf({ 0, 0 });
    CHECK_FALSE(zero.eligible);
    CHECK_FALSE(zero.response);
    CHECK_FALSE(zero.remission);

    CHECK(changeOf({ 10, 9 }).eligible);
}

TEST_CASE("A rise of 5 points or more is worsening", "[instruments][change]")
{
    const ScoreChange five = changeOf({ 8, 13 });
    CHECK(five.change == 5);
    CHECK(five.worsened);
    CHECK_FALSE(five.response);
    CHECK_FALSE(five.remission);

    const ScoreChange four = changeOf({ 8, 12 });
    CHECK(four.change == 4);
    CHECK_FALSE(four.worsened);

    CHECK(changeOf({ 12, 20 }).worsened);
    CHECK_FALSE(changeOf({ 12, 12 }).worsened);
    CHECK_FALSE(changeOf({ 12, 2 }).worsened);
}

TEST_CASE("Change runs from the first to the last score by date", "[instruments][change]")
{
    // Middle scores do not count: 20 -> 15 is a 25% reduction whatever happened between.
    const ScoreChange c = changeOf({ 20, 2, 15 });
    CHECK(c.baseline.total == 20);
    CHECK(c.latest.total == 15);
    CHECK(c.change == -5);
    CHECK_FALSE(c.response);
    CHECK_FALSE(c.remission);
    CHECK(c.scoreCount == 3);
}

TEST_CASE("Scores given out of date order are put in date order", "[instruments][change]")
{
    const QList<DatedScore> scores = { { QDate(2025, 4, 14), 6 }, { QDate(2025, 3, 3), 12 },
        { QDate(2025, 3, 31), 9 }, { QDate(2025, 3, 17), 14 } };
    const std::optional<ScoreChange> c = Rules::change(scores);
    REQUIRE(c.has_value());
    CHECK(c->baseline.date == QDate(2025, 3, 3));
    CHECK(c->baseline.total == 12);
    CHECK(c->latest.date == QDate(2025, 4, 14));
    CHECK(c->latest.total == 6);
    CHECK(c->change == -6);
    CHECK(c->response);
    CHECK_FALSE(c->remission);
    CHECK(c->scoreCount == 4);

    // Reversed: a worsening, not an improvement.
    const std::optional<ScoreChange> r
        = Rules::change({ { QDate(2025, 5, 1), 15 }, { QDate(2025, 4, 1), 8 } });
    REQUIRE(r.has_value());
    CHECK(r->baseline.total == 8);
    CHECK(r->latest.total == 15);
    CHECK(r->change == 7);
    CHECK(r->worsened);
    CHECK_FALSE(r->eligible);
}

TEST_CASE("Fewer than two scores show no change", "[instruments][change]")
{
    CHECK_FALSE(Rules::change({}).has_value());
    CHECK_FALSE(Rules::change({ { start, 15 } }).has_value());
}
