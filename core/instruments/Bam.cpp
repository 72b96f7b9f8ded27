// SPDX-License-Identifier: GPL-3.0-or-later
// BAM, Brief Addiction Monitor. Source: Cacciola JS, Alterman AI, DePhilippis D, et al.
// Development and initial evaluation of the Brief Addiction Monitor (BAM). J Subst Abuse Treat
// 2013;44(3):256-263; VA, public domain. 17 items about the past 30 days. Use = items 4, 5, 6;
// Risk = 1, 2, 3, 8, 11, 15; Protective = 9, 10, 12, 13, 14, 16. Item 7 (7a-7g) details the
// substances of item 6 and item 17 (satisfaction with progress) are not scored.
//
// Convention: the clinician types what the person answered (days 0-30, or the 0-4 category);
// subscales use the 0-4 recoded items of the BAM's categorical form: days 0 = 0, 1-3 = 1,
// 4-8 = 2, 9-15 = 3, 16-30 = 4, and item 14 "yes" = 4. Raw day counts stay stored, so results
// can be rescored under the continuous convention. "Concern" items are Stepwise's display rule
// for review (docs/instruments.md), not a published cut-off.
#include "InstrumentDefinitions.h"

namespace stepwise::InstrumentDefinitions {

namespace {

int recodeDays(int days)
{
    if (days <= 0)
        return 0;
    if (days <= 3)
        return 1;
    if (days <= 8)
        return 2;
    if (days <= 15)
        return 3;
    return 4;
}

const QStringList useItems = { QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6") };
const QStringList riskItems = { QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
    QStringLiteral("8"), QStringLiteral("11"), QStringLiteral("15") };
const QStringList protectiveItems = { QStringLiteral("9"), QStringLiteral("10"),
    QStringLiteral("12"), QStringLiteral("13"), QStringLiteral("14"), QStringLiteral("16") };
const QStringList substanceItems
    = { QStringLiteral("7a"), QStringLiteral("7b"), QStringLiteral("7c"), QStringLiteral("7d"),
          QStringLiteral("7e"), QStringLiteral("7f"), QStringLiteral("7g") };

} // namespace

InstrumentDefinition bam()
{
    InstrumentDefinition d;
    d.id = QStringLiteral("bam");
    d.name = QStringLiteral("BAM");
    d.title = tr("Brief Addiction Monitor");
    d.source = QStringLiteral("Cacciola et al. 2013, J Subst Abuse Treat 44:256-263 (VA, public "
                              "domain)");
    d.timeFrame = tr("Past 30 days; days are 0 to 30:");
    d.convention = QStringLiteral("bam-recoded-0-4");
    const QList<ResponseOption> notAtAllToExtremely = scale({ tr("Not at all"), tr("Slightly"),
        tr("Moderately"), tr("Considerably"), tr("Extremely") });
    d.items = {
        item(QStringLiteral("1"), tr("Physical health"),
            scale({ tr("Excellent"), tr("Very good"), tr("Good"), tr("Fair"), tr("Poor") })),
        dayCountItem(QStringLiteral("2"), tr("Nights with trouble sleeping"), recodeDays),
        dayCountItem(
            QStringLiteral("3"), tr("Days depressed, anxious, angry or very upset"), recodeDays),
        dayCountItem(QStringLiteral("4"), tr("Days with any alcohol"), recodeDays),
        dayCountItem(QStringLiteral("5"), tr("Days of heavy drinking"), recodeDays),
        dayCountItem(
            QStringLiteral("6"), tr("Days of drug use or prescription misuse"), recodeDays),
    };
    const QStringList substances = { tr("marijuana"), tr("sedatives or tranquilizers"),
        tr("cocaine or crack"), tr("other stimulants"), tr("opioids"), tr("inhalants"),
        tr("other drugs or hallucinogens") };
    for (int i = 0; i < substanceItems.size(); ++i) {
        InstrumentItem days = dayCountItem(substanceItems.at(i),
            tr("Days of %1 (details item 6)").arg(substances.at(i)), recodeDays);
        days.scored = false;
        d.items.append(days);
    }
    d.items.append(
        item(QStringLiteral("8"), tr("Bothered by cravings or urges"), notAtAllToExtremely));
    d.items.append(item(QStringLiteral("9"), tr("Confidence in staying abstinent next 30 days"),
        notAtAllToExtremely));
    d.items.append(
        dayCountItem(QStringLiteral("10"), tr("Days at self-help meetings"), recodeDays));
    d.items.append(
        dayCountItem(QStringLiteral("11"), tr("Days in risky situations or company"), recodeDays));
    d.items.append(item(QStringLiteral("12"), tr("Religion or spirituality supports recovery"),
        notAtAllToExtremely));
    d.items.append(dayCountItem(
        QStringLiteral("13"), tr("Days mostly at work, school or volunteering"), recodeDays));
    d.items.append(item(QStringLiteral("14"), tr("Enough legal income for necessities"),
        { { 0, 0, tr("No") }, { 1, 4, tr("Yes") } }));
    d.items.append(item(QStringLiteral("15"), tr("Bothered by conflict with family or friends"),
        notAtAllToExtremely));
    d.items.append(dayCountItem(QStringLiteral("16"),
        tr("Days with family or friends supportive of recovery"), recodeDays));
    InstrumentItem satisfaction = item(QStringLiteral("17"),
        tr("Satisfied with progress toward recovery goals (not scored)"), notAtAllToExtremely);
    satisfaction.scored = false;
    d.items.append(satisfaction);

    d.hasTotal = false;
    d.subscales = {
        { QStringLiteral("use"), tr("Use"), useItems, 0, 12, false },
        { QStringLiteral("risk"), tr("Risk factors"), riskItems, 0, 24, false },
        { QStringLiteral("protective"), tr("Protective factors"), protectiveItems, 0, 24, true },
    };
    d.crossCheck = [](const InstrumentDefinition& shape, const Answers& a) {
        QList<FieldError> problems;
        const int drinking = valueOf(shape, a, QStringLiteral("4"));
        if (valueOf(shape, a, QStringLiteral("5")) > drinking) {
            problems.append({ QStringLiteral("5"),
                tr("Item 5 (heavy drinking days) cannot exceed item 4 (days with any alcohol, %1).")
                    .arg(drinking) });
        }
        const int drugDays = valueOf(shape, a, QStringLiteral("6"));
        for (const QString& key : substanceItems) {
            if (valueOf(shape, a, key) > drugDays) {
                problems.append({ key,
                    tr("Item %1 cannot exceed item 6 (days of drug use, %2).")
                        .arg(key)
                        .arg(drugDays) });
            }
        }
        return problems;
    };
    d.interpret
        = [](const InstrumentDefinition& def, const Answers& a, const ScoringContext&, Score& s) {
              for (const QString& key : useItems) {
                  if (pointsOf(def, a, key) >= 1)
                      s.concernItems.append(key);
              }
              for (const QString& key : riskItems) {
                  if (pointsOf(def, a, key) >= 3)
                      s.concernItems.append(key);
              }
              for (const QString& key : protectiveItems) {
                  if (pointsOf(def, a, key) <= 1)
                      s.concernItems.append(key);
              }
              if (s.subscales.value(QStringLiteral("use")) > 0) {
                  QStringList used;
                  for (const QString& key : useItems) {
                      if (valueOf(def, a, key) > 0)
                          used.append(key);
                  }
                  s.flags.append({ QStringLiteral("use_reported"),
                      tr("Alcohol or drug use in the past 30 days."), false, used });
              }
          };
    return d;
}

} // namespace stepwise::InstrumentDefinitions
