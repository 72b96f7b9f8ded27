// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace stepwise {

// A dated total of one instrument within an episode.
struct DatedScore
{
    QDate date;
    int total = 0;
};

// Change from the first score of the episode to the latest, for PHQ-9 and GAD-7.
struct ScoreChange
{
    DatedScore baseline;
    DatedScore latest;
    int change = 0; // latest - baseline: negative is improvement
    // Response and remission are judged only from a baseline that showed at least moderate
    // symptoms; below it there is nothing to respond to or remit from.
    bool eligible = false;
    bool response = false;  // eligible and latest <= half of baseline (>= 50% reduction)
    bool remission = false; // eligible and latest below the remission threshold
    bool worsened = false;  // latest at least 5 points above baseline
    int scoreCount = 0;
};

namespace ScoreChangeRules {

// Response: >= 50% reduction from baseline; remission: total < 5 (PHQ-9: Kroenke et al. 2001
// and the MacArthur/Kroenke PHQ-9 guidance; GAD-7 by the same conventions). Baseline must be
// >= 10, the cut point for further evaluation of both instruments and the index score of
// MN Community Measurement's depression response and remission measures. A change of 5 points
// is the clinically meaningful change for the PHQ-9 (Lowe et al. 2004, Med Care 42:1194).
constexpr int MinimumBaseline = 10;
constexpr int RemissionBelow = 5;
constexpr int WorseningPoints = 5;

bool appliesTo(const QString& instrumentId); // "phq9", "gad7"

// From the episode's scores in date order (at least two): nullopt with fewer.
std::optional<ScoreChange> change(QList<DatedScore> scores);

} // namespace ScoreChangeRules
} // namespace stepwise
