// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Episode.h"

#include <QString>

namespace stepwise {

// Program-wide settings kept in the database (shared by every workstation of the clinic).
// Typed fields; SettingsStore maps them to stable keys with one table of defaults.
struct ProgramSettings
{
    QString clinicName;
    QString programName;
    // Default weekly plans a new phase starts with; editable per participant afterwards.
    // ASAM level 2.1 (IOP): at least 9 structured hours a week for adults, commonly 3 sessions
    // of 3 hours (The ASAM Criteria, 3rd ed.; see docs/clinical-rules.md). Step-down: 1-2 sessions.
    PhasePlan intensive { 3, 9.0 };
    PhasePlan stepDown { 2, 4.0 };
    PhasePlan aftercare { 1, 1.5 };

    PhasePlan defaultPlan(PhaseKind kind) const;
    void setDefaultPlan(PhaseKind kind, PhasePlan plan);
    bool operator==(const ProgramSettings&) const = default;
};

} // namespace stepwise
