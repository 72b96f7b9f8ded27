// SPDX-License-Identifier: GPL-3.0-or-later
// Clinician progress rating: Stepwise's own two anchored 0-4 scales (engagement in treatment,
// progress toward treatment-plan goals) with a note. There is no published instrument behind
// it; the anchors are documented in docs/instruments.md so every clinician rates alike.
#include "InstrumentDefinitions.h"

namespace stepwise::InstrumentDefinitions {

InstrumentDefinition progressRating()
{
    InstrumentDefinition d;
    d.id = QStringLiteral("progress");
    d.name = tr("Progress rating");
    d.title = tr("Clinician progress rating");
    d.source = QStringLiteral("Stepwise anchored scales (docs/instruments.md)");
    d.timeFrame = tr("Since the last rating:");
    d.items = {
        item(QStringLiteral("engagement"), tr("Engagement in treatment"),
            scale({ tr("Not engaged: absent or refuses to take part"),
                tr("Minimal: attends but rarely takes part"),
                tr("Partial: takes part when prompted"),
                tr("Engaged: takes part and completes assignments"),
                tr("Fully engaged: takes initiative and supports peers") })),
        item(QStringLiteral("progress"), tr("Progress toward treatment goals"),
            scale({ tr("Worse: moving away from the goals"), tr("No change"),
                tr("Some progress on at least one objective"),
                tr("Clear progress on most objectives"), tr("Goals met or nearly met") })),
    };
    d.hasTotal = false;
    d.interpret
        = [](const InstrumentDefinition& def, const Answers& a, const ScoringContext&, Score& s) {
              if (valueOf(def, a, QStringLiteral("engagement")) <= 1) {
                  s.concernItems.append(QStringLiteral("engagement"));
                  s.flags.append({ QStringLiteral("low_engagement"),
                      tr("Low engagement: review barriers to attendance and participation."), false,
                      { QStringLiteral("engagement") } });
              }
              if (valueOf(def, a, QStringLiteral("progress")) == 0) {
                  s.concernItems.append(QStringLiteral("progress"));
                  s.flags.append({ QStringLiteral("worsening"),
                      tr("Rated as worse: review the treatment plan."), false,
                      { QStringLiteral("progress") } });
              }
          };
    return d;
}

} // namespace stepwise::InstrumentDefinitions
