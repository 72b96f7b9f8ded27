// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>

namespace stepwise {

// Time comes from here so tests can pin "today" (ages, days in phase, validation of future dates).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    // The same instant in UTC, for timestamps. The system clock reads it without converting
    // from local time (which rereads the time zone each call: a measurable cost per audit row).
    virtual QDateTime nowUtc() const { return now().toUTC(); }
    QDate today() const { return now().date(); }

    // The process-wide clock: the system clock unless a test installed another.
    static const Clock& instance();
    static void setInstance(const Clock* clock); // nullptr restores the system clock
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTime(); }
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace stepwise
