// SPDX-License-Identifier: GPL-3.0-or-later
#include "Schedule.h"

#include "SessionType.h"

#include <QCoreApplication>
#include <QLocale>

namespace stepwise {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::Schedule", text);
}

QString timeText(const QTime& t)
{
    return t.toString(QStringLiteral("HH:mm"));
}

bool knownType(const QString& type, const QStringList& sessionTypes)
{
    return sessionTypes.contains(type);
}

} // namespace

QString GroupTemplate::scheduleText() const
{
    return QStringLiteral("%1 %2–%3")
        .arg(ScheduleRules::weekdaysText(weekdays), timeText(start), timeText(end));
}

QString ScheduledSession::title() const
{
    return templateName.isEmpty() ? SessionTypes::label(sessionType) : templateName;
}

namespace ScheduleRules {

QList<QDate> sessionDates(
    const GroupTemplate& t, const QDate& from, const QDate& to, const QSet<QDate>& skip)
{
    QList<QDate> dates;
    if (!from.isValid() || !to.isValid())
        return dates;
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        if (t.weekdays.contains(Qt::DayOfWeek(d.dayOfWeek())) && !skip.contains(d))
            dates.append(d);
    }
    return dates;
}

QList<FieldError> validateTemplate(const GroupTemplate& t, const QStringList& sessionTypes)
{
    QList<FieldError> errors;
    if (t.name.trimmed().isEmpty())
        errors.append({ QLatin1String(Name), tr("Name the group, e.g. \"Evening IOP\".") });
    else if (t.name.size() > 80)
        errors.append({ QLatin1String(Name), tr("A group's name is at most 80 characters.") });
    if (!knownType(t.sessionType, sessionTypes))
        errors.append({ QLatin1String(SessionType), tr("Choose a session type from the list.") });
    if (t.weekdays.isEmpty())
        errors.append({ QLatin1String(Weekdays), tr("Choose the days the group meets.") });
    // The times are checked on a day that has them all (no clock change).
    const auto times = SessionTime::resolve(QDate(2026, 1, 5), t.start, t.end, QTimeZone::utc());
    if (!times)
        errors += times.error().fields;
    return errors;
}

QList<FieldError> validateSession(const SessionInput& input, const QStringList& sessionTypes)
{
    QList<FieldError> errors;
    if (!knownType(input.sessionType, sessionTypes))
        errors.append({ QLatin1String(SessionType), tr("Choose a session type from the list.") });
    if (input.participantIds.isEmpty())
        errors.append({ QLatin1String(Participants), tr("Choose who the session is for.") });
    if (input.facilitatorIds.isEmpty())
        errors.append({ QLatin1String(Facilitators), tr("Choose who leads the session.") });
    return errors;
}

QList<FieldError> validateEntry(const AttendanceEntry& e, const SessionTimes& session)
{
    QList<FieldError> errors;
    if (e.minutesLate < 0)
        errors.append({ QLatin1String(MinutesLate), tr("Minutes late cannot be negative.") });
    if (e.minutesLeftEarly < 0)
        errors.append(
            { QLatin1String(MinutesLeftEarly), tr("Minutes left early cannot be negative.") });
    if (!attended(e.status)) {
        if (e.minutesLate != 0 || e.minutesLeftEarly != 0)
            errors.append(
                { QLatin1String(Status), tr("An absence has no minutes late or left early.") });
        return errors;
    }
    if (e.status == AttendanceStatus::Late && e.minutesLate <= 0)
        errors.append({ QLatin1String(MinutesLate), tr("Enter how many minutes late.") });
    if (e.status == AttendanceStatus::LeftEarly && e.minutesLeftEarly <= 0)
        errors.append(
            { QLatin1String(MinutesLeftEarly), tr("Enter how many minutes before the end.") });
    if (errors.isEmpty() && e.minutesLate + e.minutesLeftEarly >= session.minutes())
        errors.append({ QLatin1String(MinutesLate),
            tr("%1 minutes late and %2 left early leave nothing of a %3-minute session; "
               "record an absence instead.")
                .arg(e.minutesLate)
                .arg(e.minutesLeftEarly)
                .arg(session.minutes()) });
    return errors;
}

QString weekdaysText(const QList<Qt::DayOfWeek>& days)
{
    QStringList names;
    for (Qt::DayOfWeek d : days)
        names.append(QLocale().dayName(int(d), QLocale::ShortFormat));
    return names.join(QLatin1Char('/'));
}

QString weekdaysKey(const QList<Qt::DayOfWeek>& days)
{
    QStringList keys;
    for (Qt::DayOfWeek d : days)
        keys.append(QString::number(int(d)));
    return keys.join(QLatin1Char(','));
}

std::optional<QList<Qt::DayOfWeek>> parseWeekdays(const QString& key)
{
    QList<Qt::DayOfWeek> days;
    for (const QString& part : key.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int n = part.trimmed().toInt(&ok);
        if (!ok || n < 1 || n > 7 || days.contains(Qt::DayOfWeek(n)))
            return std::nullopt;
        days.append(Qt::DayOfWeek(n));
    }
    std::sort(days.begin(), days.end());
    return days;
}

} // namespace ScheduleRules
} // namespace stepwise
