// SPDX-License-Identifier: GPL-3.0-or-later
#include "Hours.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace stepwise {

namespace {

// Hours compare with a tolerance: 8.999999 attended against 9 required is not "below".
constexpr double Epsilon = 1e-6;

int intensity(PhaseKind kind)
{
    switch (kind) {
    case PhaseKind::Intensive:
        return 2;
    case PhaseKind::StepDown:
        return 1;
    case PhaseKind::Aftercare:
        return 0;
    }
    return 0;
}

} // namespace

bool WeekHours::belowHours() const
{
    return required.hours > 0.0 && attended.hours + Epsilon < required.hours;
}

bool WeekHours::belowDays() const
{
    return required.days > 0 && attended.daysAttended < required.days;
}

namespace AttendanceHours {

QDate weekStart(const QDate& day, Qt::DayOfWeek firstDay)
{
    const int back = (day.dayOfWeek() - int(firstDay) + 7) % 7;
    return day.addDays(-back);
}

std::optional<AttendedSpan> span(
    const SessionTimes& session, AttendanceStatus status, int minutesLate, int minutesLeftEarly)
{
    if (!attended(status))
        return std::nullopt;
    const QDateTime from = session.startUtc.addSecs(qint64(std::max(0, minutesLate)) * 60);
    const QDateTime to = session.endUtc.addSecs(-qint64(std::max(0, minutesLeftEarly)) * 60);
    if (from >= to)
        return std::nullopt;
    return AttendedSpan { session.localDate, from, to };
}

double unionHours(QList<AttendedSpan> spans)
{
    std::sort(spans.begin(), spans.end(),
        [](const AttendedSpan& a, const AttendedSpan& b) { return a.startUtc < b.startUtc; });
    qint64 seconds = 0;
    QDateTime coveredTo;
    for (const AttendedSpan& s : spans) {
        if (coveredTo.isValid() && s.startUtc < coveredTo) {
            if (s.endUtc > coveredTo) {
                seconds += coveredTo.secsTo(s.endUtc);
                coveredTo = s.endUtc;
            }
            continue;
        }
        seconds += s.startUtc.secsTo(s.endUtc);
        coveredTo = s.endUtc;
    }
    return double(seconds) / 3600.0;
}

WeekAttendance week(const QList<AttendedSpan>& spans, const QDate& weekStart)
{
    const QDate last = weekStart.addDays(6);
    QList<AttendedSpan> inWeek;
    std::set<QDate> days;
    for (const AttendedSpan& s : spans) {
        if (s.localDate >= weekStart && s.localDate <= last) {
            inWeek.append(s);
            days.insert(s.localDate);
        }
    }
    WeekAttendance w;
    w.hours = unionHours(inWeek);
    w.daysAttended = int(days.size());
    w.sessionsAttended = int(inWeek.size());
    return w;
}

std::optional<PhaseKind> phaseOn(const QList<Episode>& episodes, const QDate& day)
{
    for (const Episode& e : episodes) {
        if (day < e.admissionDate || (!e.dischargeDate.isNull() && day > e.dischargeDate))
            continue;
        for (const Phase& p : e.phases) {
            if (day >= p.startDate && (p.endDate.isNull() || day <= p.endDate))
                return p.kind;
        }
    }
    return std::nullopt;
}

WeekRequirement requirement(const QList<Episode>& episodes, const QDate& dateOfBirth,
    const QDate& weekStart, const AttendanceSettings& settings)
{
    WeekRequirement r;
    double hours = 0.0;
    double days = 0.0;
    std::optional<std::pair<PhaseKind, AgeGroup>> first;
    for (int i = 0; i < 7; ++i) {
        const QDate day = weekStart.addDays(i);
        const auto phase = phaseOn(episodes, day);
        if (!phase) {
            r.prorated = true;
            continue;
        }
        ++r.daysInCare;
        // Whole years on the day, as Participant::ageOn counts them.
        AgeGroup group = AgeGroup::Adult;
        if (dateOfBirth.isValid() && dateOfBirth <= day) {
            int age = day.year() - dateOfBirth.year();
            if (day.month() < dateOfBirth.month()
                || (day.month() == dateOfBirth.month() && day.day() < dateOfBirth.day()))
                --age;
            if (age < settings.adultFromAge)
                group = AgeGroup::Adolescent;
        }
        if (first && *first != std::pair { *phase, group })
            r.prorated = true;
        if (!first)
            first = std::pair { *phase, group };
        if (r.phases.isEmpty() || r.phases.last() != *phase)
            r.phases.append(*phase);
        const HoursRequirement need = settings.requirement(*phase, group);
        hours += need.hours / 7.0;
        days += double(need.days) / 7.0;
    }
    // Hundredths of an hour are finer than anyone records attendance.
    r.hours = std::round(hours * 100.0) / 100.0;
    r.days = int(std::ceil(days - 1e-9));

    // A step down that began this week or the week before.
    for (const Episode& e : episodes) {
        for (int i = 1; i < e.phases.size(); ++i) {
            const Phase& p = e.phases.at(i);
            if (p.startDate >= weekStart.addDays(-7) && p.startDate <= weekStart.addDays(6)
                && intensity(p.kind) < intensity(e.phases.at(i - 1).kind))
                r.stepDownWeek = true;
        }
    }
    return r;
}

WeekHours weekHours(const QList<Episode>& episodes, const QDate& dateOfBirth,
    const QList<AttendedSpan>& spans, const QDate& weekStart, const AttendanceSettings& settings)
{
    return { weekStart, requirement(episodes, dateOfBirth, weekStart, settings),
        week(spans, weekStart) };
}

} // namespace AttendanceHours
} // namespace stepwise
