// SPDX-License-Identifier: GPL-3.0-or-later
#include "Access.h"

#include "common/Clock.h"
#include "storage/AuditTrail.h"
#include "storage/Database.h"
#include "storage/SettingsStore.h"

#include <QCoreApplication>

namespace stepwise {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::Access", text);
}

// Permissions limited to the participants a counselor reaches (their caseload, or the whole
// program when the setting says so, or an emergency grant). Supervisors reach everyone.
bool isScoped(Permission p)
{
    switch (p) {
    case Permission::ViewParticipant:
    case Permission::EditParticipant:
    case Permission::ChangePhase:
    case Permission::RecordAssessment:
    case Permission::RecordAttendance:
    case Permission::WriteRecord:
    case Permission::SignNote:
    case Permission::CoSignNote:
        return true;
    default:
        return false;
    }
}

QString nowText()
{
    return Clock::instance().nowUtc().toString(Qt::ISODateWithMs);
}

Error refusal(Database& db, Permission permission, Id participantId)
{
    if (!db.session())
        return Error { ErrorCode::Unauthenticated, tr("Please sign in first."), {}, {} };
    AuditEvent denied;
    denied.action = QStringLiteral("access.denied");
    denied.entity = participantId > 0 ? QStringLiteral("participant") : QString();
    denied.entityId = participantId;
    denied.participantId = participantId;
    denied.detail = storageKey(permission);
    // A failure to record must not turn a refusal into something else; the refusal stands.
    (void)AuditTrail::record(db, denied);
    return Error { ErrorCode::Forbidden,
        participantId > 0
            ? tr("This participant is not on your caseload. Ask their counselor or a supervisor, "
                 "or use emergency access if you must see the chart now.")
            : tr("Your role does not allow this. Ask a supervisor or an administrator."),
        {}, {} };
}

bool seesWholeProgram(Database& db)
{
    const Session& s = *db.session();
    if (s.roles.has(StaffRole::Supervisor))
        return true;
    if (!s.roles.has(StaffRole::Counselor))
        return false;
    auto settings = SettingsStore(db).load();
    return settings && settings->security.counselorScope == CounselorScope::Program;
}

} // namespace

QString storageKey(Permission p)
{
    switch (p) {
    case Permission::ViewParticipant:
        return QStringLiteral("view_participant");
    case Permission::EditParticipant:
        return QStringLiteral("edit_participant");
    case Permission::CreateParticipant:
        return QStringLiteral("create_participant");
    case Permission::ChangePhase:
        return QStringLiteral("change_phase");
    case Permission::ReassignCounselor:
        return QStringLiteral("reassign_counselor");
    case Permission::SignNote:
        return QStringLiteral("sign_note");
    case Permission::CoSignNote:
        return QStringLiteral("co_sign_note");
    case Permission::ViewOwnReports:
        return QStringLiteral("view_own_reports");
    case Permission::ViewAllReports:
        return QStringLiteral("view_all_reports");
    case Permission::ImportParticipants:
        return QStringLiteral("import_participants");
    case Permission::ExportParticipants:
        return QStringLiteral("export_participants");
    case Permission::EmergencyAccess:
        return QStringLiteral("emergency_access");
    case Permission::ViewAudit:
        return QStringLiteral("view_audit");
    case Permission::ManageStaff:
        return QStringLiteral("manage_staff");
    case Permission::ManageSettings:
        return QStringLiteral("manage_settings");
    case Permission::Backup:
        return QStringLiteral("backup");
    case Permission::RecordAssessment:
        return QStringLiteral("record_assessment");
    case Permission::ManageSchedule:
        return QStringLiteral("manage_schedule");
    case Permission::RecordAttendance:
        return QStringLiteral("record_attendance");
    case Permission::WriteRecord:
        return QStringLiteral("write_record");
    }
    return {};
}

namespace Access {

const char* const participantVisibleSql
    = "(? = 1 OR p.counselor_id = ? OR p.id IN (SELECT e.participant_id FROM emergency_access e "
      "WHERE e.staff_id = ? AND e.expires_at > ?))";

bool roleAllows(const RoleSet& roles, Permission p)
{
    const bool counselor = roles.has(StaffRole::Counselor);
    const bool supervisor = roles.has(StaffRole::Supervisor);
    const bool admin = roles.has(StaffRole::Administrator);
    switch (p) {
    case Permission::ViewParticipant:
    case Permission::EditParticipant:
    case Permission::CreateParticipant:
    case Permission::ChangePhase:
    case Permission::SignNote:
    case Permission::ViewOwnReports:
    case Permission::EmergencyAccess:
    case Permission::RecordAssessment:
    case Permission::ManageSchedule:
    case Permission::RecordAttendance:
    case Permission::WriteRecord:
        return counselor || supervisor;
    case Permission::ReassignCounselor:
    case Permission::CoSignNote:
    case Permission::ViewAllReports:
    case Permission::ImportParticipants:
    case Permission::ExportParticipants:
        return supervisor;
    case Permission::ViewAudit:
        return supervisor || admin;
    case Permission::ManageStaff:
    case Permission::ManageSettings:
    case Permission::Backup:
        return admin;
    }
    return false;
}

Status require(Database& db, Permission permission)
{
    if (!db.session() || !roleAllows(db.session()->roles, permission))
        return refusal(db, permission, 0);
    return {};
}

Result<bool> reaches(Database& db, Id participantId)
{
    if (!db.session())
        return false;
    if (seesWholeProgram(db))
        return true;
    if (!db.session()->roles.isClinical())
        return false;
    auto r = db.queryOne(QStringLiteral("SELECT 1 FROM participant p WHERE p.id = ? AND ")
            + QLatin1String(participantVisibleSql),
        QVariantList { participantId } + visibilityValues(db));
    if (!r)
        return r.error();
    return r->has_value();
}

Status requireParticipant(Database& db, Permission permission, Id participantId)
{
    if (!db.session() || !roleAllows(db.session()->roles, permission))
        return refusal(db, permission, participantId);
    if (!isScoped(permission))
        return {};
    auto ok = reaches(db, participantId);
    if (!ok)
        return ok.error();
    if (!*ok)
        return refusal(db, permission, participantId);
    return {};
}

QVariantList visibilityValues(Database& db)
{
    if (!db.session())
        return { 0, 0, 0, QString() };
    const Id me = db.session()->staffId;
    return { seesWholeProgram(db) ? 1 : 0, me, me, nowText() };
}

Result<bool> reachesOnlyByEmergency(Database& db, Id participantId)
{
    if (!db.session() || seesWholeProgram(db))
        return false;
    auto own
        = db.queryOne(QStringLiteral("SELECT 1 FROM participant WHERE id = ? AND counselor_id = ?"),
            { participantId, db.session()->staffId });
    if (!own)
        return own.error();
    if (own->has_value())
        return false;
    return reaches(db, participantId);
}

} // namespace Access
} // namespace stepwise
