// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "domain/Enums.h"

#include <QStringList>
#include <array>

namespace stepwise {

// Structured hours and days a week one phase requires of one age group.
struct HoursRequirement
{
    double hours = 0.0;
    int days = 0;
    bool operator==(const HoursRequirement&) const = default;
};

enum class AgeGroup { Adult, Adolescent };

// Program settings for attendance, hours and length of stay (issue 5). Defaults:
// - ASAM level 2.1 requires at least 9 structured hours a week for adults and 6 for adolescents
//   (The ASAM Criteria, 3rd ed.; ../docs/clinical-rules.md). Three days is the common minimum
//   schedule of three 3-hour sessions.
// - Step-down: 1-2 sessions a week; one 3-hour session is the minimum. Aftercare has no
//   requirement by default: its care is largely outside the program (12-step, therapy).
// - Expected length: intensive 8-12 weeks (common practice; the ASAM Criteria set no minimum),
//   step-down 4-8 and aftercare 8-26 weeks are this program's defaults, not a standard.
struct AttendanceSettings
{
    Qt::DayOfWeek weekStartsOn = Qt::Monday;
    int adultFromAge = 18; // younger participants use the adolescent requirement
    std::array<HoursRequirement, 3> adult { { { 9.0, 3 }, { 3.0, 1 }, { 0.0, 0 } } };
    std::array<HoursRequirement, 3> adolescent { { { 6.0, 3 }, { 3.0, 1 }, { 0.0, 0 } } };
    std::array<int, 3> expectedMinWeeks { 8, 4, 8 };
    std::array<int, 3> expectedMaxWeeks { 12, 8, 26 };
    // The step-down readiness indicator: attended at least this share of required hours.
    int readinessAttendancePercent = 90;
    QStringList customSessionTypes; // names of session types the program added

    HoursRequirement requirement(PhaseKind phase, AgeGroup group) const;
    void setRequirement(PhaseKind phase, AgeGroup group, HoursRequirement r);
    QStringList sessionTypes() const; // built-in keys then custom names
    QList<FieldError> validate() const;
    bool operator==(const AttendanceSettings&) const = default;
};

} // namespace stepwise
