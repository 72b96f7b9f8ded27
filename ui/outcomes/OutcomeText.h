// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OutcomeLinesModel.h"
#include "outcomes/ProgramOutcomes.h"

namespace stepwise::OutcomeText {

// The figures beside each chart of the outcomes page, worded for people.
QList<OutcomeLine> summary(const ProgramOutcomes& o);
QList<OutcomeLine> discharges(const ProgramOutcomes& o);
QList<OutcomeLine> stays(const ProgramOutcomes& o);
QList<OutcomeLine> retention(const ProgramOutcomes& o);
QList<OutcomeLine> scores(const ProgramOutcomes& o);

QString percent(std::optional<double> share);  // "75 %", or "–" when it cannot be computed
QString reasonLabel(const QString& reasonKey); // "Completed", "No discharge record"

} // namespace stepwise::OutcomeText
