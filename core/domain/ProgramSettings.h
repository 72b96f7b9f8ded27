// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Episode.h"
#include "attendance/AttendanceSettings.h"
#include "common/Result.h"
#include "instruments/AssessmentSchedule.h"
#include "notes/RecordsSettings.h"

#include <QString>

namespace stepwise {

// Whom a counselor's charts reach: their own caseload (the default), or every participant of
// the program, for small programs where counselors cover for each other.
enum class CounselorScope { Caseload, Program };

// Sign-in, idle lock, emergency access and backups. Defaults follow issue 3 and the HIPAA
// automatic-logoff safeguard (45 CFR 164.312(a)(2)(iii)); see docs/security.md.
struct SecuritySettings
{
    CounselorScope counselorScope = CounselorScope::Caseload;
    int lockoutAttempts = 5;         // failed sign-ins in a row that lock the account
    int lockoutMinutes = 15;         // how long it stays locked
    int idleLockMinutes = 10;        // no keyboard or mouse input this long locks the window
    int emergencyAccessMinutes = 60; // how long an emergency access grant lasts
    QString backupFolder;            // empty: "backups" beside the database file
    int backupsToKeep = 7;           // automatic daily backups kept, oldest removed first
    bool operator==(const SecuritySettings&) const = default;
};

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

    SecuritySettings security;
    // When each instrument is due, per phase (issue 4); see AssessmentSchedule.
    AssessmentScheduleSettings assessments = AssessmentScheduleSettings::defaults();
    // Required hours per phase and age group, week start, expected lengths (issue 5).
    AttendanceSettings attendance;
    // Plan review interval, default note format, unsigned-note deadline (issue 6).
    RecordsSettings records;

    PhasePlan defaultPlan(PhaseKind kind) const;
    // Every value out of its range, by settings key; empty when all can be saved.
    QList<FieldError> validate() const;
    void setDefaultPlan(PhaseKind kind, PhasePlan plan);
    bool operator==(const ProgramSettings&) const = default;
};

} // namespace stepwise
