// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseloadFlag.h"

namespace stepwise {

QString storageKey(CaseloadFlag flag)
{
    switch (flag) {
    case CaseloadFlag::BelowRequiredHours:
        return QStringLiteral("below_required_hours");
    case CaseloadFlag::ConsecutiveAbsences:
        return QStringLiteral("consecutive_absences");
    case CaseloadFlag::SafetyAlert:
        return QStringLiteral("safety_alert");
    case CaseloadFlag::AssessmentOverdue:
        return QStringLiteral("assessment_overdue");
    case CaseloadFlag::WorseningScore:
        return QStringLiteral("worsening_score");
    case CaseloadFlag::PlanOverdue:
        return QStringLiteral("plan_overdue");
    case CaseloadFlag::LateNote:
        return QStringLiteral("late_note");
    case CaseloadFlag::CosignPending:
        return QStringLiteral("cosign_pending");
    case CaseloadFlag::BeyondExpectedLength:
        return QStringLiteral("beyond_expected_length");
    case CaseloadFlag::PositiveToxicology:
        return QStringLiteral("positive_toxicology");
    }
    return {};
}

std::optional<CaseloadFlag> parseCaseloadFlag(const QString& key)
{
    for (CaseloadFlag flag : allValues<CaseloadFlag>()) {
        if (storageKey(flag) == key)
            return flag;
    }
    return std::nullopt;
}

} // namespace stepwise
