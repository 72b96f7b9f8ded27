// SPDX-License-Identifier: GPL-3.0-or-later
// GAD-7. Source: Spitzer RL, Kroenke K, Williams JBW, Lowe B. A brief measure for assessing
// generalized anxiety disorder: the GAD-7. Arch Intern Med 2006;166(10):1092-1097. Items 0-3,
// total 0-21; 0-4 minimal, 5-9 mild, 10-14 moderate, 15-21 severe; 10 or more warrants further
// evaluation. Labels are short paraphrases, not the item wording.
#include "InstrumentDefinitions.h"

namespace stepwise::InstrumentDefinitions {

InstrumentDefinition gad7()
{
    InstrumentDefinition d;
    d.id = QStringLiteral("gad7");
    d.name = QStringLiteral("GAD-7");
    d.title = tr("Generalized Anxiety Disorder-7 (anxiety)");
    d.source
        = QStringLiteral("Spitzer, Kroenke, Williams & Lowe 2006, Arch Intern Med 166:1092-1097");
    d.timeFrame = tr("Over the last 2 weeks, how often bothered by:");
    const QList<ResponseOption> frequency = scale({ tr("Not at all"), tr("Several days"),
        tr("More than half the days"), tr("Nearly every day") });
    const QStringList labels = { tr("Feeling nervous, anxious or on edge"),
        tr("Unable to stop or control worrying"), tr("Worrying too much about different things"),
        tr("Trouble relaxing"), tr("So restless it is hard to sit still"),
        tr("Easily annoyed or irritable"), tr("Afraid something awful might happen") };
    for (int i = 0; i < labels.size(); ++i)
        d.items.append(item(QString::number(i + 1), labels.at(i), frequency));
    d.minTotal = 0;
    d.maxTotal = 21;
    d.bands = {
        { 0, 4, QStringLiteral("minimal"), tr("Minimal"), 0 },
        { 5, 9, QStringLiteral("mild"), tr("Mild"), 1 },
        { 10, 14, QStringLiteral("moderate"), tr("Moderate"), 2 },
        { 15, 21, QStringLiteral("severe"), tr("Severe"), 4 },
    };
    d.interpret = [](const InstrumentDefinition&, const Answers&, const ScoringContext&, Score& s) {
        if (s.total && *s.total >= 10) {
            s.flags.append({ QStringLiteral("further_evaluation"),
                tr("A total of 10 or more warrants further evaluation for an anxiety disorder."),
                false, {} });
        }
    };
    return d;
}

} // namespace stepwise::InstrumentDefinitions
