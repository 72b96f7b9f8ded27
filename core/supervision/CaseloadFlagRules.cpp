// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseloadFlagRules.h"

#include "attendance/Engagement.h"
#include "storage/CaseloadQuery.h"

namespace stepwise::CaseloadFlagRules {

CaseloadFlags of(const CaseloadRow& row)
{
    CaseloadFlags f;
    f.set(CaseloadFlag::BelowRequiredHours, row.attendance.belowRequiredLastWeek);
    f.set(CaseloadFlag::ConsecutiveAbsences,
        row.attendance.consecutiveUnexcused >= EngagementRules::ConsecutiveAbsencesFlag);
    f.set(CaseloadFlag::SafetyAlert, row.openSafetyAlerts > 0);
    f.set(CaseloadFlag::AssessmentOverdue, !row.overdueAssessments.isEmpty());
    f.set(CaseloadFlag::WorseningScore, !row.worsenedInstruments.isEmpty());
    f.set(CaseloadFlag::PlanOverdue, row.planDue.has_value());
    f.set(CaseloadFlag::LateNote, row.lateUnsignedNotes > 0);
    f.set(CaseloadFlag::CosignPending, row.notesAwaitingCosign > 0);
    f.set(CaseloadFlag::BeyondExpectedLength, row.daysOverExpectedLength > 0);
    f.set(CaseloadFlag::PositiveToxicology, row.unexpectedPositiveOn.isValid());
    return f;
}

} // namespace stepwise::CaseloadFlagRules
