// SPDX-License-Identifier: GPL-3.0-or-later
// AUDIT. Source: Babor TF, Higgins-Biddle JC, Saunders JB, Monteiro MG. AUDIT: The Alcohol Use
// Disorders Identification Test, Guidelines for Use in Primary Care, 2nd ed. WHO 2001
// (WHO/MSD/MSB/01.6a). Items 1-8 score 0-4, items 9-10 score 0, 2 or 4; total 0-40. Risk zones
// I 0-7, II 8-15, III 16-19, IV 20-40. Move up one level of intervention when items 4-6 score
// 2 or more or item 9 or 10 scores 4.
// AUDIT-C. Sources: Bush K et al. Arch Intern Med 1998;158:1789-1795; Bradley KA et al.
// Alcohol Clin Exp Res 2007;31:1208-1217. AUDIT items 1-3, total 0-12; positive at 4 or more
// for men and 3 or more for women. When all points come from item 1, drinking may be within
// recommended limits: review it.
#include "InstrumentDefinitions.h"

namespace stepwise::InstrumentDefinitions {

namespace {

// The frequency scale of items 3 to 8.
QList<ResponseOption> howOften()
{
    return scale({ tr("Never"), tr("Less than monthly"), tr("Monthly"), tr("Weekly"),
        tr("Daily or almost daily") });
}

QList<InstrumentItem> firstThreeItems()
{
    const QList<ResponseOption> frequency = scale({ tr("Never"), tr("Monthly or less"),
        tr("2 to 4 times a month"), tr("2 to 3 times a week"), tr("4 or more times a week") });
    const QList<ResponseOption> drinks
        = scale({ tr("1 or 2"), tr("3 or 4"), tr("5 or 6"), tr("7 to 9"), tr("10 or more") });
    const QList<ResponseOption> often = howOften();
    return { item(QStringLiteral("1"), tr("How often a drink containing alcohol"), frequency),
        item(QStringLiteral("2"), tr("Drinks on a typical drinking day"), drinks),
        item(QStringLiteral("3"), tr("How often six or more drinks on one occasion"), often) };
}

} // namespace

InstrumentDefinition audit()
{
    InstrumentDefinition d;
    d.id = QStringLiteral("audit");
    d.name = QStringLiteral("AUDIT");
    d.title = tr("Alcohol Use Disorders Identification Test");
    d.source = QStringLiteral("Babor, Higgins-Biddle, Saunders & Monteiro, WHO 2001 "
                              "(WHO/MSD/MSB/01.6a)");
    d.timeFrame = tr("Over the past year:");
    d.items = firstThreeItems();
    const QList<ResponseOption> often = howOften();
    const QStringList middle = { tr("Unable to stop drinking once started"),
        tr("Failed to do what was expected because of drinking"),
        tr("Needed a first drink in the morning"), tr("Guilt or remorse after drinking"),
        tr("Unable to remember the night before") };
    for (int i = 0; i < middle.size(); ++i)
        d.items.append(item(QString::number(i + 4), middle.at(i), often));
    const QList<ResponseOption> lastYear = { { 0, 0, tr("No") },
        { 2, 2, tr("Yes, but not in the past year") }, { 4, 4, tr("Yes, during the past year") } };
    d.items.append(
        item(QStringLiteral("9"), tr("Someone injured because of the drinking"), lastYear));
    d.items.append(
        item(QStringLiteral("10"), tr("Others concerned or suggested cutting down"), lastYear));
    d.minTotal = 0;
    d.maxTotal = 40;
    d.bands = {
        { 0, 7, QStringLiteral("zone I"), tr("Zone I: low risk"), 0 },
        { 8, 15, QStringLiteral("zone II"), tr("Zone II: hazardous use"), 2 },
        { 16, 19, QStringLiteral("zone III"), tr("Zone III: harmful use"), 3 },
        { 20, 40, QStringLiteral("zone IV"), tr("Zone IV: possible dependence"), 4 },
    };
    d.interpret
        = [](const InstrumentDefinition& def, const Answers& a, const ScoringContext&, Score& s) {
              QStringList items;
              for (const char* key : { "4", "5", "6" }) {
                  if (pointsOf(def, a, QLatin1String(key)) >= 2)
                      items.append(QLatin1String(key));
              }
              for (const char* key : { "9", "10" }) {
                  if (pointsOf(def, a, QLatin1String(key)) == 4)
                      items.append(QLatin1String(key));
              }
              if (!items.isEmpty()) {
                  s.flags.append({ QStringLiteral("higher_intervention"),
                      tr("Items 4-6 scoring 2 or more, or item 9 or 10 scoring 4, suggest the next "
                         "level of intervention whatever the zone."),
                      false, items });
              }
          };
    return d;
}

InstrumentDefinition auditC()
{
    InstrumentDefinition d;
    d.id = QStringLiteral("auditc");
    d.name = QStringLiteral("AUDIT-C");
    d.title = tr("AUDIT-Consumption (alcohol screen)");
    d.source = QStringLiteral("Bush et al. 1998, Arch Intern Med 158:1789-1795; Bradley et al. "
                              "2007, Alcohol Clin Exp Res 31:1208-1217");
    d.timeFrame = tr("Over the past year:");
    d.items = firstThreeItems();
    d.minTotal = 0;
    d.maxTotal = 12;
    // No bands: the result is a screen, positive at a cut-off that depends on sex.
    d.interpret = [](const InstrumentDefinition& def, const Answers& a, const ScoringContext& c,
                      Score& s) {
        // Without "male", the lower (women's) cut-off is applied: the more sensitive screen.
        const int cutoff = c.sex.compare(QLatin1String("male"), Qt::CaseInsensitive) == 0 ? 4 : 3;
        s.cutoff = cutoff;
        const bool positive = s.total && *s.total >= cutoff;
        s.band = positive ? QStringLiteral("positive") : QStringLiteral("negative");
        s.bandLabel = positive ? tr("Positive screen (cut-off %1)").arg(cutoff)
                               : tr("Negative screen (cut-off %1)").arg(cutoff);
        s.bandLevel = positive ? 3 : 0;
        if (positive) {
            s.flags.append({ QStringLiteral("positive_screen"),
                tr("Positive AUDIT-C screen: assess further (full AUDIT or clinical interview)."),
                false, {} });
        }
        if (positive && pointsOf(def, a, QStringLiteral("2")) == 0
            && pointsOf(def, a, QStringLiteral("3")) == 0) {
            s.flags.append({ QStringLiteral("item1_only"),
                tr("All points come from item 1: drinking may be within recommended limits. "
                   "Review the drinking pattern."),
                false, { QStringLiteral("1") } });
        }
    };
    return d;
}

} // namespace stepwise::InstrumentDefinitions
