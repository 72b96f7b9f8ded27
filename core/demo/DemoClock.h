// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QTime>
#include <optional>

namespace stepwise::demo {

// The generator's clock. The stores date what they write from Clock (a plan's finalization, a
// note's signature, a screen's entry), so the clinical record of a year is written with the
// clock set to when each thing would have happened: a plan finalized a week after admission, a
// note signed the day after its session. Installed for one generation and restored after; it
// reads through to the clock it replaced until pinned, and never runs past that clock's now or
// the end of the demo's today (the horizon).
class DemoClock final : public Clock
{
public:
    explicit DemoClock(const QDate& today);
    ~DemoClock() override;
    DemoClock(const DemoClock&) = delete;
    DemoClock& operator=(const DemoClock&) = delete;

    QDateTime now() const override;
    QDateTime nowUtc() const override;

    // The instant of `time` on `date` where the clinic is.
    QDateTime instant(const QDate& date, const QTime& time);
    // The day it is where the clinic is at `utc`.
    QDate localDate(const QDateTime& utc);
    // Whether that instant is not after the horizon.
    bool reaches(const QDateTime& utc) const { return utc <= m_horizonUtc; }
    // Sets the clock to `utc`, or to the horizon when that is later; returns the time set.
    QDateTime pin(const QDateTime& utc);
    QDateTime pin(const QDate& date, const QTime& time) { return pin(instant(date, time)); }
    // Back to the replaced clock's time.
    void release() { m_pinnedUtc.reset(); }
    QDateTime horizonUtc() const { return m_horizonUtc; }

private:
    // The zone's offset from UTC at noon of a day. Converting through the time zone on every
    // read cost more than the stores' own work in a large demo; a clinic's records are written
    // in the daytime, away from the night hour a daylight-saving change moves.
    int offsetOn(const QDate& date);
    QDateTime local(const QDateTime& utc);

    const Clock* m_previous;
    QDateTime m_horizonUtc;
    std::optional<QDateTime> m_pinnedUtc;
    QDateTime m_pinnedLocal;
    QHash<QDate, int> m_offsets;
};

} // namespace stepwise::demo
