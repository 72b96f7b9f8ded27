// SPDX-License-Identifier: GPL-3.0-or-later
// report hours: required against attended hours of one week, per participant in care, as core's
// AttendanceQuery::weekReport computes them for the signed-in user (supervisors: everyone;
// counselors: their caseload).
#include "Command.h"
#include "SignIn.h"
#include "TextTable.h"
#include "io/CsvWriter.h"
#include "storage/AttendanceQuery.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <cmath>

namespace stepwise::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise-cli", text);
}

const QString WeekOption = QStringLiteral("week");
const QString FormatOption = QStringLiteral("format");

// Hours are sums of minutes over 60 and prorated sevenths: two decimals say all a reader needs
// and keep 8.999999 out of files.
double rounded(double hours)
{
    return std::round(hours * 100.0) / 100.0;
}

QString oneDecimal(double hours)
{
    return QString::number(hours, 'f', 1);
}

// Stable keys for files, whatever the user's language.
QString dayKey(Qt::DayOfWeek day)
{
    static const char* const keys[]
        = { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" };
    return QLatin1String(keys[int(day) - 1]);
}

QString flagText(const QString& key, const HoursReportRow& row)
{
    if (key == QLatin1String("below_hours"))
        return tr("below hours");
    if (key == QLatin1String("below_days"))
        return tr("below days");
    if (key == QLatin1String("step_down_week"))
        return tr("step-down week");
    if (key == QLatin1String("prorated"))
        return tr("prorated");
    if (key == QLatin1String("consecutive_unexcused"))
        return tr("%1 unexcused absences in a row").arg(row.consecutiveUnexcused);
    return key;
}

QStringList phaseLabels(const WeekRequirement& required)
{
    QStringList labels;
    for (PhaseKind p : required.phases)
        labels << label(p);
    return labels;
}

QStringList phaseKeys(const WeekRequirement& required)
{
    QStringList keys;
    for (PhaseKind p : required.phases)
        keys << storageKey(p);
    return keys;
}

QString table(const HoursReport& report)
{
    QString text
        = tr("Week %1 – %2 (weeks start on %3)")
              .arg(report.weekStart.toString(Qt::ISODate), report.weekEnd.toString(Qt::ISODate),
                  QLocale().dayName(int(report.weekStartsOn)))
        + QLatin1Char('\n');
    if (report.rows.isEmpty())
        return text + tr("No participant you may report on was in care that week.")
            + QLatin1Char('\n');
    using Align = TextTable::Align;
    TextTable table({ { tr("Record"), Align::Left }, { tr("Name"), Align::Left },
        { tr("Phase"), Align::Left }, { tr("Required h"), Align::Right },
        { tr("Required days"), Align::Right }, { tr("Attended h"), Align::Right },
        { tr("Days attended"), Align::Right }, { tr("Flags"), Align::Left } });
    for (const HoursReportRow& row : report.rows) {
        QStringList flags;
        for (const QString& key : row.flags)
            flags << flagText(key, row);
        const WeekHours& w = row.week;
        table.addRow(
            { row.recordNumber, row.name, phaseLabels(w.required).join(QStringLiteral(", ")),
                oneDecimal(w.required.hours), QString::number(w.required.days),
                oneDecimal(w.attended.hours), QString::number(w.attended.daysAttended),
                flags.isEmpty() ? QStringLiteral("-") : flags.join(QStringLiteral("; ")) });
    }
    return text + table.render();
}

QByteArray json(const HoursReport& report)
{
    QJsonArray rows;
    for (const HoursReportRow& row : report.rows) {
        const WeekHours& w = row.week;
        QJsonObject o;
        o.insert(QStringLiteral("record_number"), row.recordNumber);
        o.insert(QStringLiteral("name"), row.name);
        o.insert(QStringLiteral("counselor"),
            row.counselorName.isEmpty() ? QJsonValue() : QJsonValue(row.counselorName));
        o.insert(QStringLiteral("phases"), QJsonArray::fromStringList(phaseKeys(w.required)));
        o.insert(QStringLiteral("days_in_care"), w.required.daysInCare);
        o.insert(QStringLiteral("required_hours"), rounded(w.required.hours));
        o.insert(QStringLiteral("required_days"), w.required.days);
        o.insert(QStringLiteral("attended_hours"), rounded(w.attended.hours));
        o.insert(QStringLiteral("attended_days"), w.attended.daysAttended);
        o.insert(QStringLiteral("sessions_attended"), w.attended.sessionsAttended);
        o.insert(QStringLiteral("consecutive_unexcused"), row.consecutiveUnexcused);
        o.insert(QStringLiteral("flags"), QJsonArray::fromStringList(row.flags));
        rows.append(o);
    }
    QJsonObject object;
    object.insert(QStringLiteral("week_start"), report.weekStart.toString(Qt::ISODate));
    object.insert(QStringLiteral("week_end"), report.weekEnd.toString(Qt::ISODate));
    object.insert(QStringLiteral("week_starts_on"), dayKey(report.weekStartsOn));
    object.insert(QStringLiteral("rows"), rows);
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QByteArray csv(const HoursReport& report)
{
    // Names are typed by people and may start with = or @: a spreadsheet must not run them.
    CsvWriter writer({ false, true });
    writer.addRecord({ QStringLiteral("week_start"), QStringLiteral("record_number"),
        QStringLiteral("name"), QStringLiteral("counselor"), QStringLiteral("phases"),
        QStringLiteral("days_in_care"), QStringLiteral("required_hours"),
        QStringLiteral("required_days"), QStringLiteral("attended_hours"),
        QStringLiteral("attended_days"), QStringLiteral("sessions_attended"),
        QStringLiteral("consecutive_unexcused"), QStringLiteral("flags") });
    const QString weekStart = report.weekStart.toString(Qt::ISODate);
    for (const HoursReportRow& row : report.rows) {
        const WeekHours& w = row.week;
        writer.addRecord({ weekStart, row.recordNumber, row.name, row.counselorName,
            phaseKeys(w.required).join(QLatin1Char(';')), QString::number(w.required.daysInCare),
            QString::number(rounded(w.required.hours)), QString::number(w.required.days),
            QString::number(rounded(w.attended.hours)), QString::number(w.attended.daysAttended),
            QString::number(w.attended.sessionsAttended), QString::number(row.consecutiveUnexcused),
            row.flags.join(QLatin1Char(';')) });
    }
    return writer.data();
}

int hours(Console& console, const Invocation& invocation)
{
    const QString format = invocation.isSet(FormatOption) ? invocation.value(FormatOption).toLower()
                                                          : QStringLiteral("table");
    if (format != QLatin1String("table") && format != QLatin1String("csv")
        && format != QLatin1String("json"))
        return console.usage(tr("--format expects table, csv or json, not '%1'")
                                 .arg(invocation.value(FormatOption)));
    if (!invocation.isSet(WeekOption))
        return console.usage(tr("report hours needs --week DATE, any date inside the week"));
    const QString weekText = invocation.value(WeekOption).trimmed();
    static const QRegularExpression iso(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    const QDate day
        = iso.match(weekText).hasMatch() ? QDate::fromString(weekText, Qt::ISODate) : QDate();
    if (!day.isValid())
        return console.usage(
            tr("--week expects a date as YYYY-MM-DD, not '%1'").arg(invocation.value(WeekOption)));

    return runSignedIn(console, invocation, [&](Database& db, SignIn&) {
        const auto report = AttendanceQuery::weekReport(db, day);
        if (!report)
            return console.fail(report.error());
        if (format == QLatin1String("json"))
            console.write(json(*report));
        else if (format == QLatin1String("csv"))
            console.write(csv(*report));
        else
            console.write(table(*report).toUtf8());
        return int(Success);
    });
}

QString hoursDetails()
{
    return QLatin1Char('\n')
        + wrapWords(tr("One row per participant in care on a day of the week: the phases held "
                       "that week, the hours and days their phase and age group require "
                       "(prorated day by day when the phase changed, or care began or ended, "
                       "inside the week), and the hours and days attended, computed from the "
                       "attendance recorded (late arrival and early leave reduce them; time in "
                       "overlapping sessions counts once). The week starts on the program's "
                       "configured day."))
        + wrapWords(tr("Flags: below hours, below days, step-down week (a less intensive phase "
                       "began this week or last, so lower hours are expected), prorated, and "
                       "consecutive unexcused absences (2 or more at the end of the week). JSON "
                       "and CSV give their keys: below_hours, below_days, step_down_week, "
                       "prorated, consecutive_unexcused."))
        + wrapWords(tr("Supervisors see every participant, counselors their caseload. Exit "
                       "status: 0 printed; 1 refused or failed; 2 the command line is wrong."));
}

} // namespace

QList<Command> reportCommands()
{
    return {
        { { QStringLiteral("report"), QStringLiteral("hours") },
            tr("Required and attended hours of one week per participant, as a table, CSV or "
               "JSON."),
            {
                { QStringList { WeekOption },
                    tr("Any date inside the week (YYYY-MM-DD); the program's week start is "
                       "applied."),
                    tr("DATE") },
                { QStringList { FormatOption }, tr("table (default), csv or json."), tr("FORMAT") },
            },
            {}, hours, true, hoursDetails() },
    };
}

} // namespace stepwise::cli
