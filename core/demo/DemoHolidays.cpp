// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoHolidays.h"

namespace stepwise::demo::DemoHolidays {

namespace {

QDate nthWeekday(int year, int month, Qt::DayOfWeek day, int n)
{
    const QDate first(year, month, 1);
    return first.addDays((int(day) - first.dayOfWeek() + 7) % 7 + 7 * (n - 1));
}

QDate lastWeekday(int year, int month, Qt::DayOfWeek day)
{
    const QDate last(year, month, QDate(year, month, 1).daysInMonth());
    return last.addDays(-((last.dayOfWeek() - int(day) + 7) % 7));
}

} // namespace

QSet<QDate> between(const QDate& from, const QDate& to)
{
    QSet<QDate> days;
    for (int year = from.year(); year <= to.year(); ++year) {
        const QDate list[] = { QDate(year, 1, 1), lastWeekday(year, 5, Qt::Monday),
            QDate(year, 7, 4), nthWeekday(year, 9, Qt::Monday, 1),
            nthWeekday(year, 11, Qt::Thursday, 4), QDate(year, 12, 25) };
        for (const QDate& d : list) {
            if (d >= from && d <= to)
                days.insert(d);
        }
    }
    return days;
}

} // namespace stepwise::demo::DemoHolidays
