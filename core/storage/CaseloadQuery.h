// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attendance/Engagement.h"
#include "common/Result.h"
#include "domain/Episode.h"
#include "instruments/AssessmentSchedule.h"
#include "plans/PlanReviewRules.h"

#include <optional>

namespace stepwise {

class Database;

// One line of the caseload: what a counselor scans. Age and days are computed from "today".
struct CaseloadRow
{
    Id participantId = 0;
    QString recordNumber;
    QString name; // Participant::sortName()
    QString legalFirstName;
    QString legalLastName;
    QString preferredName;
    QDate dateOfBirth;
    int age = -1;
    std::optional<PhaseKind> phase; // current phase of the open episode
    QDate phaseStart;
    int daysInPhase = -1;
    QDate admissionDate;    // of the latest episode
    int daysInProgram = -1; // of the open episode
    Id counselorId = 0;
    QString counselorName;
    ParticipantStatus status = ParticipantStatus::Active;
    PrimaryFocus primaryFocus = PrimaryFocus::SubstanceUse;
    // What needs attention: an open safety alert (until a clinician records the follow-up)
    // and assessments past their due date in the open episode, most overdue first.
    int openSafetyAlerts = 0;
    QList<DueAssessment> overdueAssessments;
    // Attendance (issue 5): below the phase's hours last week, unexcused absences in a row, no
    // attendance in 7 days; and a phase longer than expected with no extension covering it.
    AttendanceFlags attendance;
    int daysOverExpectedLength = 0;
    // The clinical record (issue 6): the treatment plan or its review past due, notes still
    // unsigned past the program's deadline, and toxicology or use in the flag window.
    std::optional<PlanDue> planDue; // only when overdue
    int lateUnsignedNotes = 0;
    QStringList recoveryFlags;
    QDate unexpectedPositiveOn; // the latest unexpected positive screen in the flag window
    // Supervision (issue 8): PHQ-9 or GAD-7 ("phq9", "gad7") worse by 5 or more than the open
    // episode's first score, and signed notes waiting for a supervisor's co-signature.
    QStringList worsenedInstruments;
    int notesAwaitingCosign = 0;
    // The counselor's to act on; a co-signature waits on the supervisor, not on them.
    bool needsAttention() const
    {
        return openSafetyAlerts > 0 || !overdueAssessments.isEmpty() || attendance.any()
            || daysOverExpectedLength > 0 || planDue || lateUnsignedNotes > 0
            || !recoveryFlags.isEmpty() || !worsenedInstruments.isEmpty();
    }
};

struct CaseloadFilter
{
    std::optional<PhaseKind> phase;
    std::optional<ParticipantStatus> status;
    std::optional<Id> counselorId;
    // Only participants in care (an open episode): what the supervisors' dashboard reads, so
    // that its cost follows the active caseload rather than everyone ever admitted.
    bool inCareOnly = false;
    // Everyone but the discharged: the caseload's usual view, so a large program's archive is a
    // tick away rather than most of the list (at L, 3,000 rows instead of 20,000).
    bool excludeDischarged = false;
};

namespace CaseloadQuery {

// Every participant matching the filter with their current episode and phase, by name.
Result<QList<CaseloadRow>> rows(Database& db, const CaseloadFilter& filter, const QDate& today);

} // namespace CaseloadQuery
} // namespace stepwise
