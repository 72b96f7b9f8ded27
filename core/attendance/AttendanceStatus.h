// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <array>
#include <optional>

namespace stepwise {

// What was recorded for one participant at one session. Late and left-early carry minutes that
// reduce the hours attended; any attended status may carry both (came late and left early).
enum class AttendanceStatus {
    Present,
    Late,
    LeftEarly,
    Telehealth,
    ExcusedAbsence,
    UnexcusedAbsence
};

QString storageKey(AttendanceStatus v); // "present", "late", "left_early", "telehealth", ...
QString label(AttendanceStatus v);
// Storage key or English label, case-insensitively ("Left early", "unexcused").
std::optional<AttendanceStatus> parseAttendanceStatus(const QString& text);

inline constexpr std::array allAttendanceStatuses { AttendanceStatus::Present,
    AttendanceStatus::Late, AttendanceStatus::LeftEarly, AttendanceStatus::Telehealth,
    AttendanceStatus::ExcusedAbsence, AttendanceStatus::UnexcusedAbsence };

constexpr bool attended(AttendanceStatus s)
{
    return s != AttendanceStatus::ExcusedAbsence && s != AttendanceStatus::UnexcusedAbsence;
}

} // namespace stepwise
