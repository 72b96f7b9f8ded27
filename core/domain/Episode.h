// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Participant.h"
#include "RoleSet.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace stepwise {

// How much care a phase plans for each week. Defaults come from ProgramSettings.
struct PhasePlan
{
    int sessionsPerWeek = 0;
    double hoursPerWeek = 0.0;
    bool operator==(const PhasePlan&) const = default;
};

// One phase of an episode. Dates are inclusive: a phase that starts and ends on the same day
// lasted one day. An open phase has no end date; only the last phase of an episode may be open.
struct Phase
{
    Id id = 0;
    Id episodeId = 0;
    PhaseKind kind = PhaseKind::Intensive;
    QDate startDate;
    QDate endDate; // null while current
    PhasePlan plan;
    QString reason; // why the participant entered this phase (admission, step-down, setback...)

    bool isOpen() const { return endDate.isNull(); }
    bool operator==(const Phase&) const = default;
};

// One admission to the program. A readmitted participant has several episodes, at most one open.
struct Episode
{
    Id id = 0;
    Id participantId = 0;
    QDate admissionDate;
    QDate dischargeDate; // null while in care
    QString dischargeReason;
    QList<Phase> phases; // ordered by start date

    bool isOpen() const { return dischargeDate.isNull(); }
    const Phase* currentPhase() const; // the open phase, or nullptr
    bool operator==(const Episode&) const = default;
};

struct StaffMember
{
    Id id = 0;
    QString name;
    RoleSet roles { StaffRole::Counselor };
    bool active = true;
    QString username; // empty: no account, cannot sign in (see AccountStore)
    // Their notes wait for a supervisor's co-signature (a trainee, intern or unlicensed
    // clinician); set by an administrator.
    bool cosignRequired = false;
    bool operator==(const StaffMember&) const = default;
};

} // namespace stepwise
