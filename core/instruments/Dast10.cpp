// SPDX-License-Identifier: GPL-3.0-or-later
// DAST-10. Source: Skinner HA. The Drug Abuse Screening Test. Addict Behav 1982;7(4):363-371.
// Ten yes/no items about the past 12 months; one point per "yes" except item 3, where "no"
// scores the point. Total 0-10: 0 none, 1-2 low, 3-5 moderate, 6-8 substantial, 9-10 severe.
// The item wording is copyrighted (H. Skinner): only item numbers and neutral topic labels are
// shipped; clinics use their licensed form beside this one.
#include "InstrumentDefinitions.h"

namespace stepwise::InstrumentDefinitions {

InstrumentDefinition dast10()
{
    InstrumentDefinition d;
    d.id = QStringLiteral("dast10");
    d.name = QStringLiteral("DAST-10");
    d.title = tr("Drug Abuse Screening Test-10");
    d.source = QStringLiteral("Skinner 1982, Addict Behav 7:363-371");
    d.timeFrame = tr("Past 12 months; 0 = no, 1 = yes (item 3 is reverse-scored):");
    const QStringList topics
        = { tr("Use other than for medical reasons"), tr("More than one drug at a time"),
              tr("Able to stop when wanted (reverse-scored)"), tr("Blackouts or flashbacks"),
              tr("Felt bad or guilty about use"), tr("Others complained about use"),
              tr("Neglected family"), tr("Illegal activities to obtain drugs"),
              tr("Withdrawal symptoms"), tr("Medical problems from use") };
    for (int i = 0; i < topics.size(); ++i) {
        const bool reverse = i == 2;
        d.items.append(
            item(QString::number(i + 1), topics.at(i), reverse ? yesNo(1, 0) : yesNo(0, 1)));
    }
    d.minTotal = 0;
    d.maxTotal = 10;
    d.bands = {
        { 0, 0, QStringLiteral("none"), tr("No problems reported"), 0 },
        { 1, 2, QStringLiteral("low"), tr("Low"), 1 },
        { 3, 5, QStringLiteral("moderate"), tr("Moderate"), 2 },
        { 6, 8, QStringLiteral("substantial"), tr("Substantial"), 3 },
        { 9, 10, QStringLiteral("severe"), tr("Severe"), 4 },
    };
    return d;
}

} // namespace stepwise::InstrumentDefinitions
