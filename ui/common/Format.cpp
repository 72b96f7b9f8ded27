// SPDX-License-Identifier: GPL-3.0-or-later
#include "Format.h"

#include <QCoreApplication>
#include <QLocale>

namespace stepwise::Format {

namespace {
QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("stepwise::Format", text, nullptr, n);
}
} // namespace

QString dateFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QStringLiteral("yyyy")))
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    return format;
}

QString date(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, dateFormat()) : QString();
}

QString age(int years)
{
    return years < 0 ? QString() : QLocale().toString(years);
}

QString days(int days)
{
    if (days < 0)
        return {};
    // Two strings rather than "day(s)": English has no plural forms file to pick from.
    return (days == 1 ? tr("%1 day") : tr("%1 days")).arg(QLocale().toString(days));
}

QString hours(double hours)
{
    return tr("%1 h").arg(QLocale().toString(hours, 'g', 3));
}

QString plan(const PhasePlan& plan)
{
    const QString sessions = plan.sessionsPerWeek == 1
        ? tr("1 session")
        : tr("%1 sessions").arg(QLocale().toString(plan.sessionsPerWeek));
    return tr("%1, %2 a week").arg(sessions, hours(plan.hoursPerWeek));
}

} // namespace stepwise::Format
