// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionTime.h"

#include <QCoreApplication>

namespace stepwise::SessionTime {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::SessionTime", text);
}

// The instant of `time` on `date` in `zone`, or nullopt when the clock skips it that day. A time
// the clock shows twice (the hour repeated when clocks go back) is its first occurrence: Qt 6.4
// picks the second, so each offset in force around that day is tried and the earliest kept.
std::optional<QDateTime> instant(const QDate& date, const QTime& time, const QTimeZone& zone)
{
    const QDateTime wall(date, time, Qt::UTC); // the clock reading, not yet an instant
    // Offsets reach +-14 h, so instants up to 18 h either side of the reading cover both sides
    // of any change that night.
    std::optional<QDateTime> first;
    for (int hours = -18; hours <= 18; hours += 6) {
        const QDateTime utc = wall.addSecs(-zone.offsetFromUtc(wall.addSecs(hours * 3600)));
        const QDateTime local = utc.toTimeZone(zone);
        if (local.date() != date || local.time() != time)
            continue; // that offset is not in force at this reading
        if (!first || utc < *first)
            first = utc;
    }
    return first;
}

} // namespace

Result<SessionTimes> resolve(
    const QDate& date, const QTime& start, const QTime& end, const QTimeZone& zone)
{
    QList<FieldError> errors;
    if (!date.isValid())
        errors.append({ QLatin1String(Date), tr("Enter the date of the session.") });
    if (!start.isValid())
        errors.append({ QLatin1String(Start), tr("Enter a start time such as 18:00.") });
    if (!end.isValid())
        errors.append({ QLatin1String(End), tr("Enter an end time such as 21:00.") });
    if (!zone.isValid())
        errors.append({ QLatin1String(Date), tr("The time zone of this computer is not known.") });
    if (!errors.isEmpty())
        return Error::validation(errors);

    const QDate endDate = end <= start ? date.addDays(1) : date;
    const auto from = instant(date, start, zone);
    const auto to = instant(endDate, end, zone);
    if (!from)
        errors.append({ QLatin1String(Start),
            tr("%1 does not exist on %2: the clocks go forward that night.")
                .arg(start.toString(QStringLiteral("HH:mm")), date.toString(Qt::ISODate)) });
    if (!to)
        errors.append({ QLatin1String(End),
            tr("%1 does not exist on %2: the clocks go forward that night.")
                .arg(end.toString(QStringLiteral("HH:mm")), endDate.toString(Qt::ISODate)) });
    if (!errors.isEmpty())
        return Error::validation(errors);

    SessionTimes t { date, start, end, zone.id(), *from, *to };
    if (t.minutes() <= 0)
        return Error::validation({ { QLatin1String(End), tr("The session has no length.") } });
    if (t.minutes() > MaximumMinutes)
        return Error::validation({ { QLatin1String(End),
            tr("A session lasts at most %1 hours; check the start and end times (AM/PM?).")
                .arg(MaximumMinutes / 60) } });
    return t;
}

Result<SessionTimes> fromStored(
    const QDate& date, const QTime& start, const QTime& end, const QByteArray& zoneId)
{
    const QTimeZone zone(zoneId);
    if (!zone.isValid())
        return Error::validation({ { QLatin1String(Date),
            tr("The time zone %1 of this session is not known to this computer.")
                .arg(QString::fromLatin1(zoneId)) } });
    return resolve(date, start, end, zone);
}

QTimeZone workstationZone()
{
    QTimeZone zone = QTimeZone::systemTimeZone();
    if (!zone.isValid() || zone.id().isEmpty())
        return QTimeZone::utc();
    return zone;
}

} // namespace stepwise::SessionTime
