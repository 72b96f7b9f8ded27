// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendanceSettings.h"

#include "SessionType.h"

#include <QCoreApplication>

namespace stepwise {

HoursRequirement AttendanceSettings::requirement(PhaseKind phase, AgeGroup group) const
{
    const auto& table = group == AgeGroup::Adult ? adult : adolescent;
    return table[size_t(phase)];
}

void AttendanceSettings::setRequirement(PhaseKind phase, AgeGroup group, HoursRequirement r)
{
    auto& table = group == AgeGroup::Adult ? adult : adolescent;
    table[size_t(phase)] = r;
}

QStringList AttendanceSettings::sessionTypes() const
{
    return SessionTypes::builtIn() + customSessionTypes;
}

QList<FieldError> AttendanceSettings::validate() const
{
    auto tr = [](const char* text) {
        return QCoreApplication::translate("stepwise::AttendanceSettings", text);
    };
    QList<FieldError> errors;
    if (adultFromAge < 12 || adultFromAge > 21)
        errors.append({ QStringLiteral("attendance.adult_from_age"),
            tr("Adults are those from an age of 12 to 21.") });
    for (PhaseKind phase : allValues<PhaseKind>()) {
        const size_t i = size_t(phase);
        for (AgeGroup group : { AgeGroup::Adult, AgeGroup::Adolescent }) {
            const HoursRequirement r = requirement(phase, group);
            const QString key = QStringLiteral("attendance.%1.%2")
                                    .arg(group == AgeGroup::Adult ? QStringLiteral("adult")
                                                                  : QStringLiteral("adolescent"),
                                        storageKey(phase));
            if (r.hours < 0 || r.hours > 60 || r.days < 0 || r.days > 7)
                errors.append({ key, tr("A weekly requirement is 0 to 60 hours on 0 to 7 days.") });
        }
        if (expectedMinWeeks[i] < 0 || expectedMaxWeeks[i] < 1 || expectedMaxWeeks[i] > 104
            || expectedMinWeeks[i] > expectedMaxWeeks[i])
            errors.append({ QStringLiteral("length.") + storageKey(phase),
                tr("The expected length is 1 to 104 weeks, the shortest no longer than the "
                   "longest.") });
    }
    if (readinessAttendancePercent < 1 || readinessAttendancePercent > 100)
        errors.append({ QStringLiteral("readiness.attendance_percent"),
            tr("Must be a whole number from 1 to 100.") });
    for (const QString& name : customSessionTypes) {
        if (name.trimmed().isEmpty() || name.size() > 60 || name.contains(QLatin1Char('\n'))
            || SessionTypes::isBuiltIn(name) || !SessionTypes::parse(name, {}).isEmpty())
            errors.append({ QStringLiteral("attendance.session_types"),
                tr("Each added session type is a name of 1 to 60 characters on one line, "
                   "different from the built-in types.") });
    }
    QStringList lower;
    for (const QString& name : customSessionTypes)
        lower.append(name.trimmed().toLower());
    if (lower.removeDuplicates() > 0)
        errors.append(
            { QStringLiteral("attendance.session_types"), tr("A session type is listed twice.") });
    return errors;
}

} // namespace stepwise
