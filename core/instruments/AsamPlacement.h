// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace stepwise {

// The level-of-care part of an ASAM assessment: the level the dimensions point to, the level
// the participant actually receives, and why when they differ (ASAM 3rd ed. calls this the
// "level of care provided" and the reason for the difference, e.g. the participant's
// preference, the level not being available, or a payer's decision).
struct AsamPlacement
{
    int edition = 3;          // The ASAM Criteria edition the ratings follow: 3 (2013) or 4 (2023)
    QString recommendedLevel; // a level code of that edition: "2.1"
    QString placedLevel;
    QString reason; // required when the levels differ

    QJsonObject toJson() const;
    static AsamPlacement fromJson(const QJsonObject& json);
    // Field errors keyed "edition", "recommended_level", "placed_level", "reason".
    QList<FieldError> validate() const;
    bool operator==(const AsamPlacement&) const = default;

    // The level codes of an edition, most intensive last, and their names.
    static QStringList levels(int edition);
    static QString levelName(int edition, const QString& code);
};

} // namespace stepwise
