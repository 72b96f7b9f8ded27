// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScoreChange.h"

#include <algorithm>

namespace stepwise::ScoreChangeRules {

bool appliesTo(const QString& instrumentId)
{
    return instrumentId == QLatin1String("phq9") || instrumentId == QLatin1String("gad7");
}

std::optional<ScoreChange> change(QList<DatedScore> scores)
{
    if (scores.size() < 2)
        return std::nullopt;
    std::stable_sort(scores.begin(), scores.end(),
        [](const DatedScore& a, const DatedScore& b) { return a.date < b.date; });
    ScoreChange c;
    c.scoreCount = int(scores.size());
    c.baseline = scores.first();
    c.latest = scores.last();
    c.change = c.latest.total - c.baseline.total;
    c.eligible = c.baseline.total >= MinimumBaseline;
    // Integer arithmetic: latest <= baseline / 2 exactly, so 10 -> 5 is a response, 11 -> 6 not.
    c.response = c.eligible && c.latest.total * 2 <= c.baseline.total;
    c.remission = c.eligible && c.latest.total < RemissionBelow;
    c.worsened = c.change >= WorseningPoints;
    return c;
}

} // namespace stepwise::ScoreChangeRules
