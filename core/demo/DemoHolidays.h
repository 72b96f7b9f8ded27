// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QSet>

namespace stepwise::demo::DemoHolidays {

// New Year's Day, Memorial Day (last Monday of May), Independence Day, Labor Day (first Monday
// of September), Thanksgiving (fourth Thursday of November) and Christmas Day of every year
// from..to touches, on their calendar dates, within from..to: the days the demo clinic's groups
// do not meet.
QSet<QDate> between(const QDate& from, const QDate& to);

} // namespace stepwise::demo::DemoHolidays
