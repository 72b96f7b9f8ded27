// SPDX-License-Identifier: GPL-3.0-or-later
// ASAM dimensions. Source: Mee-Lee D, ed. The ASAM Criteria, 3rd ed. American Society of
// Addiction Medicine 2013; risk ratings 0-4 on pp. 54-58 (labels to confirm). Each of the six
// dimensions is rated for risk with a narrative; the level of care follows from the whole
// picture, never from an average of the ratings (see AsamPlacement for levels and reasons).
#include "InstrumentDefinitions.h"

namespace stepwise::InstrumentDefinitions {

InstrumentDefinition asamDimensions()
{
    InstrumentDefinition d;
    d.id = QStringLiteral("asam");
    d.name = QStringLiteral("ASAM");
    d.title = tr("ASAM Criteria dimensions and level of care");
    d.source = QStringLiteral("The ASAM Criteria, 3rd ed. (Mee-Lee ed., ASAM 2013)");
    d.timeFrame = tr("Risk in each dimension, 0 (none) to 4 (severe), with a narrative:");
    const QList<ResponseOption> risk
        = scale({ tr("None"), tr("Mild"), tr("Moderate"), tr("Significant"), tr("Severe") });
    const QStringList dimensions = { tr("Acute intoxication and/or withdrawal potential"),
        tr("Biomedical conditions and complications"),
        tr("Emotional, behavioral or cognitive conditions and complications"),
        tr("Readiness to change"), tr("Relapse, continued use or continued problem potential"),
        tr("Recovery/living environment") };
    for (int i = 0; i < dimensions.size(); ++i) {
        InstrumentItem dimension = item(QString::number(i + 1), dimensions.at(i), risk);
        dimension.narrative = true;
        d.items.append(dimension);
    }
    d.hasTotal = false; // placement is not a sum of ratings
    d.interpret = [](const InstrumentDefinition& def, const Answers& a, const ScoringContext&,
                      Score& s) {
        QStringList high;
        for (const InstrumentItem& dimension : def.items) {
            if (valueOf(def, a, dimension.key) >= 3)
                high.append(dimension.key);
        }
        s.concernItems = high;
        if (!high.isEmpty()) {
            s.flags.append({ QStringLiteral("high_risk_dimension"),
                tr("Dimension %1 rated 3 or 4: consider whether the level of care still fits.")
                    .arg(high.join(QStringLiteral(", "))),
                false, high });
        }
    };
    return d;
}

} // namespace stepwise::InstrumentDefinitions
