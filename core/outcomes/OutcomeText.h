// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OutcomeLine.h"
#include "ProgramOutcomes.h"

#include <QList>

namespace stepwise::OutcomeText {

// The figures of the outcomes, worded for people: beside each chart of the outcomes page and in
// its PDF report, so both say the same.
QList<OutcomeLine> summary(const ProgramOutcomes& o);
QList<OutcomeLine> discharges(const ProgramOutcomes& o);
QList<OutcomeLine> stays(const ProgramOutcomes& o);
QList<OutcomeLine> retention(const ProgramOutcomes& o);
QList<OutcomeLine> scores(const ProgramOutcomes& o);

QString percent(std::optional<double> share);  // "75 %", or "–" when it cannot be computed
QString reasonLabel(const QString& reasonKey); // "Completed", "No discharge record"

} // namespace stepwise::OutcomeText
