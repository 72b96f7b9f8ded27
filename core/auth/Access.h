// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "domain/Participant.h"
#include "domain/RoleSet.h"

#include <QString>
#include <QVariantList>

namespace stepwise {

class Database;

// What a signed-in staff member may do. Core's stores and services check these before they
// read or write, so a hidden button is never the only guard.
enum class Permission {
    ViewParticipant,   // open a chart: demographics, episode, phases (scoped for counselors)
    EditParticipant,   // change demographics, contact, diagnoses (scoped)
    CreateParticipant, // intake; a counselor's new participant joins their own caseload
    ChangePhase,       // admit, move between phases, change a plan, discharge (scoped)
    ReassignCounselor, // move a participant to another counselor's caseload
    SignNote,          // sign one's own notes
    CoSignNote,        // co-sign another clinician's note
    ViewOwnReports,    // progress summaries of one's own caseload
    ViewAllReports,    // every report, every caseload
    ImportParticipants,
    ExportParticipants, // bulk export of records (CSV)
    EmergencyAccess,    // open a chart outside one's caseload, with a reason, for a while
    ViewAudit,
    ManageStaff,    // accounts, roles, unlocking
    ManageSettings, // program settings, lockout and idle limits, backups
    Backup,         // make and restore backups by hand
    // Record and correct standardized assessments and ratings, and the follow-up of a safety
    // alert (scoped, like the chart they belong to).
    RecordAssessment,
    // Group templates, sessions, enrolment, booking and cancelling (issue 5). Program-wide: a
    // schedule is shared by every counselor.
    ManageSchedule,
    // Take attendance: a counselor for sessions they facilitate and for participants they reach,
    // supervisors for every session.
    RecordAttendance,
    // Write the clinical record (issue 6): treatment plans and their reviews, note drafts,
    // relapse prevention and aftercare plans, medications, toxicology and use events (scoped).
    // Signing is SignNote; discharge is ChangePhase.
    WriteRecord,
};

QString storageKey(Permission p); // "view_participant", for the audit trail

namespace Access {

// The role rules alone, without the participant: the matrix in docs/security.md.
bool roleAllows(const RoleSet& roles, Permission permission);

// Refused (Unauthenticated without a session, Forbidden otherwise) unless the session's roles
// allow `permission`. A refusal is written to the audit trail, so call this before opening a
// transaction that would roll the record back.
Status require(Database& db, Permission permission);

// As require(), and for the scoped permissions also that the participant is within reach:
// their counselor is the signed-in user, the program lets counselors see everyone, or the user
// holds unexpired emergency access to them. Supervisors reach everyone.
Status requireParticipant(Database& db, Permission permission, Id participantId);

// Whether the session reaches the participant (no audit row; for lists and menus).
Result<bool> reaches(Database& db, Id participantId);

// For list queries: append `participantVisible` to a WHERE clause with the values of
// `visibilityValues()`, where `p` is the participant table's alias. Static SQL, bound values.
extern const char* const participantVisibleSql;
QVariantList visibilityValues(Database& db);

// Whether the emergency access the session used for `participantId` is what lets it in (so
// the audit row of the chart view is flagged).
Result<bool> reachesOnlyByEmergency(Database& db, Id participantId);

} // namespace Access
} // namespace stepwise
