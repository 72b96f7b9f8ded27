// SPDX-License-Identifier: GPL-3.0-or-later
// PHQ-9. Source: Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression
// severity measure. J Gen Intern Med 2001;16(9):606-613. Items 0-3, total 0-27; severity
// 0-4 minimal, 5-9 mild, 10-14 moderate, 15-19 moderately severe, 20-27 severe. Item 9 above 0
// needs follow-up whatever the total. Labels here are short paraphrases, not the item wording.
#include "InstrumentDefinitions.h"

namespace stepwise::InstrumentDefinitions {

InstrumentDefinition phq9()
{
    InstrumentDefinition d;
    d.id = QStringLiteral("phq9");
    d.name = QStringLiteral("PHQ-9");
    d.title = tr("Patient Health Questionnaire-9 (depression)");
    d.source = QStringLiteral("Kroenke, Spitzer & Williams 2001, J Gen Intern Med 16:606-613");
    d.timeFrame = tr("Over the last 2 weeks, how often bothered by:");
    const QList<ResponseOption> frequency = scale({ tr("Not at all"), tr("Several days"),
        tr("More than half the days"), tr("Nearly every day") });
    const QStringList labels = { tr("Little interest or pleasure in doing things"),
        tr("Feeling down or hopeless"), tr("Sleep: trouble falling or staying asleep, or too much"),
        tr("Tired or little energy"), tr("Poor appetite or overeating"),
        tr("Feeling bad about oneself"), tr("Trouble concentrating"),
        tr("Moving or speaking slowly, or restless"),
        tr("Thoughts of being better off dead or of self-harm") };
    for (int i = 0; i < labels.size(); ++i)
        d.items.append(item(QString::number(i + 1), labels.at(i), frequency));
    d.minTotal = 0;
    d.maxTotal = 27;
    d.bands = {
        { 0, 4, QStringLiteral("minimal"), tr("Minimal"), 0 },
        { 5, 9, QStringLiteral("mild"), tr("Mild"), 1 },
        { 10, 14, QStringLiteral("moderate"), tr("Moderate"), 2 },
        { 15, 19, QStringLiteral("moderately severe"), tr("Moderately severe"), 3 },
        { 20, 27, QStringLiteral("severe"), tr("Severe"), 4 },
    };
    d.interpret = [](const InstrumentDefinition& def, const Answers& a, const ScoringContext&,
                      Score& s) {
        if (valueOf(def, a, QStringLiteral("9")) > 0) {
            s.flags.append({ QStringLiteral("self_harm"),
                tr("Item 9 (thoughts of death or self-harm) is above 0: follow up on safety today, "
                   "whatever the total."),
                true, { QStringLiteral("9") } });
        }
    };
    return d;
}

} // namespace stepwise::InstrumentDefinitions
