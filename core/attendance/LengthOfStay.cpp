// SPDX-License-Identifier: GPL-3.0-or-later
#include "LengthOfStay.h"

#include "domain/PhaseRules.h"

#include <QCoreApplication>

namespace stepwise::LengthOfStayRules {

LengthOfStay measure(const Episode& episode, const Phase& phase,
    const QList<PhaseExtension>& extensions, const AttendanceSettings& settings, const QDate& today)
{
    LengthOfStay l;
    l.daysInProgram = PhaseRules::daysInProgram(episode, today);
    l.daysInPhase = PhaseRules::daysInPhase(phase, today);
    for (const PhaseExtension& x : extensions) {
        if (x.phaseId == phase.id)
            l.extensionWeeks += x.weeks;
    }
    const size_t i = size_t(phase.kind);
    l.expectedMinDays = settings.expectedMinWeeks[i] * 7;
    l.expectedMaxDays = (settings.expectedMaxWeeks[i] + l.extensionWeeks) * 7;
    return l;
}

QList<FieldError> validate(const PhaseExtension& extension)
{
    auto tr = [](const char* text) {
        return QCoreApplication::translate("stepwise::LengthOfStay", text);
    };
    QList<FieldError> errors;
    if (extension.weeks < 1 || extension.weeks > MaximumExtensionWeeks)
        errors.append({ QLatin1String(Weeks),
            tr("An extension is 1 to %1 weeks.").arg(MaximumExtensionWeeks) });
    if (extension.reason.trimmed().size() < 10)
        errors.append({ QLatin1String(Reason),
            tr("Give the clinical reason for the extension (at least 10 characters).") });
    if (extension.approvedBy <= 0)
        errors.append({ QLatin1String(ApprovedBy), tr("Choose who approved the extension.") });
    return errors;
}

} // namespace stepwise::LengthOfStayRules
