// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgramSettings.h"

#include <QCoreApplication>

namespace stepwise {

PhasePlan ProgramSettings::defaultPlan(PhaseKind kind) const
{
    switch (kind) {
    case PhaseKind::Intensive:
        return intensive;
    case PhaseKind::StepDown:
        return stepDown;
    case PhaseKind::Aftercare:
        return aftercare;
    }
    return intensive;
}

void ProgramSettings::setDefaultPlan(PhaseKind kind, PhasePlan plan)
{
    switch (kind) {
    case PhaseKind::Intensive:
        intensive = plan;
        break;
    case PhaseKind::StepDown:
        stepDown = plan;
        break;
    case PhaseKind::Aftercare:
        aftercare = plan;
        break;
    }
}

QList<FieldError> ProgramSettings::validate() const
{
    QList<FieldError> errors;
    auto range = [&errors](const char* key, int value, int low, int high) {
        if (value < low || value > high)
            errors.append({ QString::fromLatin1(key),
                QCoreApplication::translate(
                    "stepwise::ProgramSettings", "Must be a whole number from %1 to %2.")
                    .arg(low)
                    .arg(high) });
    };
    range("security.lockout_attempts", security.lockoutAttempts, 1, 100);
    range("security.lockout_minutes", security.lockoutMinutes, 1, 24 * 60);
    // HIPAA does not fix a number; more than an hour leaves an unattended chart open too long.
    range("security.idle_lock_minutes", security.idleLockMinutes, 1, 60);
    range("security.emergency_access_minutes", security.emergencyAccessMinutes, 5, 24 * 60);
    range("backup.keep", security.backupsToKeep, 1, 365);
    for (PhaseKind kind : allValues<PhaseKind>()) {
        const PhasePlan p = defaultPlan(kind);
        if (p.sessionsPerWeek < 0 || p.sessionsPerWeek > 14 || p.hoursPerWeek < 0
            || p.hoursPerWeek > 60)
            errors.append({ QStringLiteral("plan.") + storageKey(kind),
                QCoreApplication::translate("stepwise::ProgramSettings",
                    "A weekly plan has 0 to 14 sessions and 0 to 60 hours.") });
    }
    errors += assessments.validate();
    errors += attendance.validate();
    errors += records.validate();
    return errors;
}

} // namespace stepwise
