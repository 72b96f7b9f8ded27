// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoClock.h"

#include "attendance/SessionTime.h"

namespace stepwise::demo {

DemoClock::DemoClock(const QDate& today)
    : m_previous(&Clock::instance())
{
    // A second before midnight ending `today`, as DemoAttendance takes attendance up to the end
    // of that day; and never later than the real (or test) clock.
    const QDateTime endOfToday
        = QDateTime(today.addDays(1), QTime(0, 0), SessionTime::workstationZone()).toUTC();
    m_horizonUtc = std::min(m_previous->nowUtc(), endOfToday.addSecs(-1));
    Clock::setInstance(this);
}

DemoClock::~DemoClock()
{
    Clock::setInstance(m_previous);
}

QDateTime DemoClock::now() const
{
    return m_pinnedUtc ? m_pinnedLocal : m_previous->now();
}

QDateTime DemoClock::nowUtc() const
{
    return m_pinnedUtc ? *m_pinnedUtc : m_previous->nowUtc();
}

int DemoClock::offsetOn(const QDate& date)
{
    auto it = m_offsets.constFind(date);
    if (it == m_offsets.cend())
        it = m_offsets.insert(
            date, QDateTime(date, QTime(12, 0), SessionTime::workstationZone()).offsetFromUtc());
    return *it;
}

QDateTime DemoClock::local(const QDateTime& utc)
{
    return utc.toOffsetFromUtc(offsetOn(utc.date()));
}

QDateTime DemoClock::instant(const QDate& date, const QTime& time)
{
    return QDateTime(date, time, Qt::UTC).addSecs(-offsetOn(date));
}

QDate DemoClock::localDate(const QDateTime& utc)
{
    return local(utc).date();
}

QDateTime DemoClock::pin(const QDateTime& utc)
{
    m_pinnedUtc = std::min(utc.toUTC(), m_horizonUtc);
    m_pinnedLocal = local(*m_pinnedUtc);
    return *m_pinnedUtc;
}

} // namespace stepwise::demo
