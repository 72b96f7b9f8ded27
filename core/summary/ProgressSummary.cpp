// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgressSummary.h"

namespace stepwise {

double ProgressSummary::hoursAttended() const
{
    double sum = 0.0;
    for (const WeekHours& w : weeks)
        sum += w.attended.hours;
    return sum;
}

double ProgressSummary::hoursRequired() const
{
    double sum = 0.0;
    for (const WeekHours& w : weeks)
        sum += w.required.hours;
    return sum;
}

int ProgressSummary::sessionsAttended() const
{
    int sum = 0;
    for (const WeekHours& w : weeks)
        sum += w.attended.sessionsAttended;
    return sum;
}

const InstrumentSeries* ProgressSummary::series(const QString& instrument) const
{
    for (const InstrumentSeries& s : instruments) {
        if (s.instrument == instrument)
            return &s;
    }
    return nullptr;
}

const Phase* ProgressSummary::phaseAtEnd() const
{
    if (!episode || episode->phases.isEmpty())
        return nullptr;
    for (const Phase& p : episode->phases) {
        if (p.startDate <= to && (p.isOpen() || p.endDate >= to))
            return &p;
    }
    return &episode->phases.last();
}

} // namespace stepwise
