// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AttendanceSettings.h"
#include "domain/Episode.h"

#include <QDateTime>
#include <algorithm>

namespace stepwise {

// A phase kept beyond its expected length, with why and who approved it.
struct PhaseExtension
{
    Id id = 0;
    Id phaseId = 0;
    int weeks = 0;
    QString reason;
    Id approvedBy = 0;
    QString approvedByName;
    Id recordedBy = 0;
    QString recordedByName;
    QDateTime recordedAt; // UTC
};

// How long the participant has been in the program and the current phase against what the
// program expects of that phase, extended by the recorded extensions.
struct LengthOfStay
{
    int daysInProgram = 0;
    int daysInPhase = 0;
    int expectedMinDays = 0;
    int expectedMaxDays = 0; // including extensions
    int extensionWeeks = 0;
    bool pastExpected() const { return daysInPhase > expectedMaxDays; }
    int daysOver() const { return std::max(0, daysInPhase - expectedMaxDays); }
};

namespace LengthOfStayRules {

inline constexpr auto Weeks = "weeks";
inline constexpr auto Reason = "reason";
inline constexpr auto ApprovedBy = "approved_by";
inline constexpr int MaximumExtensionWeeks = 26;

LengthOfStay measure(const Episode& episode, const Phase& phase,
    const QList<PhaseExtension>& extensions, const AttendanceSettings& settings,
    const QDate& today);

// An extension of 1 to 26 weeks, with a reason (at least 10 characters) and an approver.
QList<FieldError> validate(const PhaseExtension& extension);

} // namespace LengthOfStayRules
} // namespace stepwise
