// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"

namespace stepwise::test {

// A clock tests set by hand; installs itself as the process clock for its lifetime.
class MockClock final : public Clock
{
public:
    explicit MockClock(QDateTime now)
        : m_now(std::move(now))
    {
        Clock::setInstance(this);
    }
    explicit MockClock(QDate today)
        : MockClock(QDateTime(today, QTime(10, 0)))
    { }
    ~MockClock() override { Clock::setInstance(nullptr); }

    QDateTime now() const override { return m_now; }
    void set(QDateTime now) { m_now = std::move(now); }
    void advanceDays(int days) { m_now = m_now.addDays(days); }

private:
    QDateTime m_now;
};

} // namespace stepwise::test
