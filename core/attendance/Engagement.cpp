// SPDX-License-Identifier: GPL-3.0-or-later
#include "Engagement.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace stepwise {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::Engagement", text);
}

QString hoursText(double h)
{
    return QLocale().toString(h, 'f', h == std::floor(h) ? 0 : 1);
}

} // namespace

QStringList AttendanceFlags::describe() const
{
    QStringList out;
    if (belowRequiredLastWeek) {
        const QString base = lastWeek.belowHours()
            ? tr("Below hours last week (%1 of %2 h)")
                  .arg(hoursText(lastWeek.attended.hours), hoursText(lastWeek.required.hours))
            : tr("Below days last week (%1 of %2 days)")
                  .arg(lastWeek.attended.daysAttended)
                  .arg(lastWeek.required.days);
        out.append(lastWeek.required.stepDownWeek ? base + tr(", a step-down week") : base);
    }
    if (consecutiveUnexcused >= EngagementRules::ConsecutiveAbsencesFlag)
        out.append(tr("%1 unexcused absences in a row").arg(consecutiveUnexcused));
    if (noAttendanceIn7Days)
        out.append(lastAttended.isNull()
                ? tr("No attendance yet")
                : tr("No attendance since %1")
                      .arg(QLocale().toString(lastAttended, QLocale::ShortFormat)));
    return out;
}

namespace EngagementRules {

Engagement engagement(const QList<ExpectedSession>& sessions, const QDate& today)
{
    QList<ExpectedSession> recorded;
    for (const ExpectedSession& s : sessions) {
        if (s.status && s.date <= today)
            recorded.append(s);
    }
    std::sort(recorded.begin(), recorded.end(),
        [](const ExpectedSession& a, const ExpectedSession& b) { return a.startUtc > b.startUtc; });

    Engagement e;
    const QDate windowStart = today.addDays(-(WindowDays - 1));
    bool runOpen = true;
    for (const ExpectedSession& s : recorded) {
        const AttendanceStatus status = *s.status;
        if (attended(status) && e.lastAttended.isNull())
            e.lastAttended = s.date;
        if (runOpen) {
            if (status == AttendanceStatus::UnexcusedAbsence)
                ++e.consecutiveUnexcused;
            else if (attended(status))
                runOpen = false;
        }
        if (s.date >= windowStart && status != AttendanceStatus::ExcusedAbsence) {
            ++e.sessionsCounted;
            if (attended(status))
                ++e.sessionsAttended;
        }
    }
    if (e.sessionsCounted > 0)
        e.ratePercent = int(std::lround(100.0 * e.sessionsAttended / e.sessionsCounted));
    return e;
}

AttendanceFlags flags(const QList<Episode>& episodes, const QDate& dateOfBirth,
    const QList<AttendedSpan>& spans, const QList<ExpectedSession>& sessions, const QDate& today,
    const AttendanceSettings& settings)
{
    return flagsWith(episodes, dateOfBirth, spans, engagement(sessions, today), today, settings);
}

AttendanceFlags flagsWith(const QList<Episode>& episodes, const QDate& dateOfBirth,
    const QList<AttendedSpan>& spans, const Engagement& e, const QDate& today,
    const AttendanceSettings& settings)
{
    AttendanceFlags f;
    f.consecutiveUnexcused = e.consecutiveUnexcused;
    f.lastAttended = e.lastAttended;
    const QDate thisWeek = AttendanceHours::weekStart(today, settings.weekStartsOn);
    f.lastWeek
        = AttendanceHours::weekHours(episodes, dateOfBirth, spans, thisWeek.addDays(-7), settings);
    // The week of admission is not flagged: its first days go to intake and to finding a place
    // in a group, and the report still shows its prorated numbers.
    bool admittedThatWeek = false;
    for (const Episode& ep : episodes)
        admittedThatWeek = admittedThatWeek
            || (ep.admissionDate >= f.lastWeek.weekStart
                && ep.admissionDate <= f.lastWeek.weekStart.addDays(6));
    f.belowRequiredLastWeek = f.lastWeek.below() && !admittedThatWeek;

    const Episode* open = nullptr;
    for (const Episode& ep : episodes) {
        if (ep.isOpen())
            open = &ep;
    }
    if (open && open->admissionDate.daysTo(today) >= NoAttendanceDays) {
        const auto phase = AttendanceHours::phaseOn(episodes, today);
        const bool requiresHours = phase
            && (settings.requirement(*phase, AgeGroup::Adult).hours > 0
                || settings.requirement(*phase, AgeGroup::Adolescent).hours > 0);
        QDate last = e.lastAttended;
        // Attendance recorded only as spans (a drop-in) counts as well.
        for (const AttendedSpan& s : spans) {
            if (s.localDate <= today && (last.isNull() || s.localDate > last))
                last = s.localDate;
        }
        f.lastAttended = last;
        f.noAttendanceIn7Days
            = requiresHours && (last.isNull() || last.daysTo(today) >= NoAttendanceDays);
    }
    return f;
}

} // namespace EngagementRules
} // namespace stepwise
