// SPDX-License-Identifier: GPL-3.0-or-later
#include "Schema.h"

#include "AuditTrail.h"
#include "Database.h"

#include <QCoreApplication>
#include <functional>
#include <variant>

namespace stepwise::Schema {

namespace {

// Migration 1: participants, episodes of care, phases, staff, settings and the audit trail.
// Dates are ISO yyyy-MM-dd text; timestamps ISO 8601 UTC. CHECK constraints repeat the enum keys
// of domain/Enums.cpp so that no other writer can store a value Stepwise cannot read.
const QStringList migration1 = {
    QStringLiteral(R"(CREATE TABLE staff (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        name_key TEXT NOT NULL UNIQUE, -- see storage/LookupKey.h
        role TEXT NOT NULL CHECK (role IN ('counselor', 'supervisor', 'administrator')),
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        created_at TEXT NOT NULL))"),
    QStringLiteral(R"(CREATE TABLE participant (
        id INTEGER PRIMARY KEY,
        record_number TEXT NOT NULL CHECK (length(record_number) > 0),
        record_key TEXT NOT NULL UNIQUE, -- see storage/LookupKey.h
        legal_first_name TEXT NOT NULL,
        legal_last_name TEXT NOT NULL,
        preferred_name TEXT NOT NULL DEFAULT '',
        date_of_birth TEXT NOT NULL,
        sex_at_birth TEXT NOT NULL DEFAULT 'unknown'
            CHECK (sex_at_birth IN ('unknown', 'female', 'male', 'intersex', 'declined')),
        gender_identity TEXT NOT NULL DEFAULT '',
        pronouns TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        emergency_name TEXT NOT NULL DEFAULT '',
        emergency_relationship TEXT NOT NULL DEFAULT '',
        emergency_phone TEXT NOT NULL DEFAULT '',
        primary_focus TEXT NOT NULL
            CHECK (primary_focus IN ('substance_use', 'mental_health', 'co_occurring')),
        referral_source TEXT NOT NULL DEFAULT '',
        counselor_id INTEGER REFERENCES staff(id),
        status TEXT NOT NULL CHECK (status IN ('active', 'on_hold', 'discharged')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL))"),
    QStringLiteral("CREATE INDEX participant_counselor ON participant(counselor_id)"),
    QStringLiteral(R"(CREATE TABLE diagnosis (
        id INTEGER PRIMARY KEY,
        participant_id INTEGER NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        icd10_code TEXT NOT NULL,
        description TEXT NOT NULL,
        severity TEXT NOT NULL DEFAULT 'unspecified'
            CHECK (severity IN ('unspecified', 'mild', 'moderate', 'severe')),
        UNIQUE (participant_id, icd10_code)))"),
    QStringLiteral(R"(CREATE TABLE episode (
        id INTEGER PRIMARY KEY,
        participant_id INTEGER NOT NULL REFERENCES participant(id),
        admission_date TEXT NOT NULL,
        discharge_date TEXT,
        discharge_reason TEXT NOT NULL DEFAULT '',
        CHECK (discharge_date IS NULL OR discharge_date >= admission_date)))"),
    QStringLiteral("CREATE INDEX episode_participant ON episode(participant_id, admission_date)"),
    // A participant has at most one episode in care.
    QStringLiteral("CREATE UNIQUE INDEX episode_one_open ON episode(participant_id) WHERE "
                   "discharge_date IS NULL"),
    QStringLiteral(R"(CREATE TABLE phase (
        id INTEGER PRIMARY KEY,
        episode_id INTEGER NOT NULL REFERENCES episode(id),
        kind TEXT NOT NULL CHECK (kind IN ('intensive', 'step_down', 'aftercare')),
        start_date TEXT NOT NULL,
        end_date TEXT,
        sessions_per_week INTEGER NOT NULL CHECK (sessions_per_week >= 0),
        hours_per_week REAL NOT NULL CHECK (hours_per_week >= 0),
        reason TEXT NOT NULL DEFAULT '',
        CHECK (end_date IS NULL OR end_date >= start_date)))"),
    QStringLiteral("CREATE INDEX phase_episode ON phase(episode_id, start_date)"),
    // An episode has at most one current phase.
    QStringLiteral(
        "CREATE UNIQUE INDEX phase_one_open ON phase(episode_id) WHERE end_date IS NULL"),
    QStringLiteral(
        "CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"),
    QStringLiteral(R"(CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        staff_id INTEGER REFERENCES staff(id),
        action TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id INTEGER,
        detail TEXT NOT NULL DEFAULT ''))"),
    QStringLiteral("CREATE INDEX audit_entity ON audit_log(entity, entity_id)"),
    // Until sign-in exists, writes are made by this local account (see Database::actorId).
    QStringLiteral(R"(INSERT INTO staff (name, name_key, role, created_at)
        VALUES ('Local user', 'local user', 'administrator', strftime('%Y-%m-%dT%H:%M:%fZ', 'now')))"),
    QStringLiteral(
        "INSERT INTO setting (key, value) VALUES ('default_actor_id', last_insert_rowid())"),
};

// Migration 2: sign-in and roles, a tamper-evident audit trail, emergency access and drafts.
// - A staff member may hold several roles (staff_role) and may have an account: a unique user
//   name and an Argon2id hash (never the password), with the failed-attempt count and lock.
// - The audit trail gains the workstation, the participant a row concerns, before/after values,
//   a flag for emergency access and a SHA-256 chained over the previous row; triggers make it
//   append-only. Rows written before this migration are chained in order by a C++ step.
// - The "Local user" of migration 1 wrote as nobody in particular; it stays for the rows that
//   name it but can no longer act. The first run now asks for the first administrator.
const QStringList migration2Tables = {
    QStringLiteral(R"(CREATE TABLE staff_role (
        staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
        role TEXT NOT NULL CHECK (role IN ('counselor', 'supervisor', 'administrator')),
        PRIMARY KEY (staff_id, role)) WITHOUT ROWID)"),
    QStringLiteral("INSERT INTO staff_role (staff_id, role) SELECT id, role FROM staff"),
    QStringLiteral("ALTER TABLE staff DROP COLUMN role"),
    QStringLiteral("ALTER TABLE staff ADD COLUMN username TEXT"),
    QStringLiteral("ALTER TABLE staff ADD COLUMN username_key TEXT"), // see storage/LookupKey.h
    QStringLiteral("CREATE UNIQUE INDEX staff_username ON staff(username_key) "
                   "WHERE username_key IS NOT NULL"),
    QStringLiteral("ALTER TABLE staff ADD COLUMN password_hash TEXT"),
    QStringLiteral("ALTER TABLE staff ADD COLUMN password_changed_at TEXT"),
    QStringLiteral("ALTER TABLE staff ADD COLUMN failed_attempts INTEGER NOT NULL DEFAULT 0"),
    QStringLiteral("ALTER TABLE staff ADD COLUMN locked_until TEXT"),
    QStringLiteral("ALTER TABLE staff ADD COLUMN last_sign_in TEXT"),
    QStringLiteral(R"(UPDATE staff SET active = 0
        WHERE id = (SELECT CAST(value AS INTEGER) FROM setting WHERE key = 'default_actor_id'))"),
    QStringLiteral("DELETE FROM setting WHERE key = 'default_actor_id'"),
    QStringLiteral("ALTER TABLE audit_log ADD COLUMN workstation TEXT NOT NULL DEFAULT ''"),
    // No foreign key: the trail must be able to name a participant in any state.
    QStringLiteral("ALTER TABLE audit_log ADD COLUMN participant_id INTEGER"),
    QStringLiteral("ALTER TABLE audit_log ADD COLUMN changes TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE audit_log ADD COLUMN flagged INTEGER NOT NULL DEFAULT 0"),
    QStringLiteral("ALTER TABLE audit_log ADD COLUMN hash TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("CREATE INDEX audit_participant ON audit_log(participant_id)"),
    QStringLiteral("CREATE INDEX audit_staff ON audit_log(staff_id)"),
    QStringLiteral("CREATE INDEX audit_at ON audit_log(at)"),
    QStringLiteral(R"(CREATE TABLE emergency_access (
        id INTEGER PRIMARY KEY,
        staff_id INTEGER NOT NULL REFERENCES staff(id),
        participant_id INTEGER NOT NULL REFERENCES participant(id),
        reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        granted_at TEXT NOT NULL,
        expires_at TEXT NOT NULL CHECK (expires_at > granted_at)))"),
    QStringLiteral(
        "CREATE INDEX emergency_access_staff ON emergency_access(staff_id, participant_id)"),
    // Unsaved form contents a user chose to keep when someone else signed in at the workstation.
    QStringLiteral(R"(CREATE TABLE draft (
        id INTEGER PRIMARY KEY,
        staff_id INTEGER NOT NULL REFERENCES staff(id),
        kind TEXT NOT NULL,
        subject_id INTEGER,
        title TEXT NOT NULL DEFAULT '',
        payload TEXT NOT NULL,
        saved_at TEXT NOT NULL))"),
    QStringLiteral("CREATE INDEX draft_staff ON draft(staff_id)"),
};

const QStringList migration2Triggers = {
    QStringLiteral(R"(CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END)"),
    QStringLiteral(R"(CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END)"),
};

// Migration 3: standardized assessments and safety alerts (issue 4).
// - An assessment is never changed or deleted: a correction is a new row naming the one it
//   replaces (each version replaced at most once), with the reason. The current version of a
//   chain is the row nothing replaces.
// - Answers are stored item by item (JSON object keyed by item key) with the definition
//   version and, in `result`, the convention, subscales and cut-off used, so a result can be
//   re-derived and explained later. Total, band and flags are kept as columns for the caseload.
//   The JSON columns are not checked with json_valid(): with trusted_schema off SQLite refuses
//   it in a schema; AssessmentStore writes them with QJsonDocument only.
// - A safety alert stays open until a clinician records the follow-up, once.
const QStringList migration3 = {
    QStringLiteral(R"(CREATE TABLE assessment (
        id INTEGER PRIMARY KEY,
        participant_id INTEGER NOT NULL REFERENCES participant(id),
        episode_id INTEGER NOT NULL REFERENCES episode(id),
        instrument TEXT NOT NULL CHECK (instrument IN
            ('phq9', 'gad7', 'audit', 'auditc', 'dast10', 'bam', 'asam', 'progress')),
        definition_version INTEGER NOT NULL CHECK (definition_version >= 1),
        administered_on TEXT NOT NULL CHECK (date(administered_on) IS administered_on),
        answers TEXT NOT NULL,
        narratives TEXT NOT NULL DEFAULT '{}',
        details TEXT NOT NULL DEFAULT '{}',
        note TEXT NOT NULL DEFAULT '',
        total INTEGER,
        band TEXT NOT NULL DEFAULT '',
        flags TEXT NOT NULL DEFAULT '[]',
        result TEXT NOT NULL DEFAULT '{}',
        safety INTEGER NOT NULL DEFAULT 0 CHECK (safety IN (0, 1)),
        recorded_by INTEGER NOT NULL REFERENCES staff(id),
        recorded_at TEXT NOT NULL,
        replaces_id INTEGER UNIQUE REFERENCES assessment(id),
        correction_reason TEXT NOT NULL DEFAULT '',
        CHECK ((replaces_id IS NULL) = (length(trim(correction_reason)) = 0))))"),
    QStringLiteral("CREATE INDEX assessment_participant ON assessment(participant_id, instrument, "
                   "administered_on)"),
    QStringLiteral("CREATE INDEX assessment_episode ON assessment(episode_id, instrument, "
                   "administered_on)"),
    QStringLiteral(R"(CREATE TRIGGER assessment_no_update BEFORE UPDATE ON assessment
        BEGIN SELECT RAISE(ABORT, 'assessments are corrected by a new version, never changed'); END)"),
    QStringLiteral(R"(CREATE TRIGGER assessment_no_delete BEFORE DELETE ON assessment
        BEGIN SELECT RAISE(ABORT, 'assessments are corrected by a new version, never deleted'); END)"),
    QStringLiteral(R"(CREATE TABLE safety_alert (
        id INTEGER PRIMARY KEY,
        participant_id INTEGER NOT NULL REFERENCES participant(id),
        assessment_id INTEGER NOT NULL REFERENCES assessment(id),
        flag TEXT NOT NULL,
        message TEXT NOT NULL,
        raised_at TEXT NOT NULL,
        action TEXT CHECK (action IS NULL OR action IN ('safety_plan', 'crisis_referral',
            'emergency_evaluation', 'consultation', 'no_imminent_risk', 'entered_in_error')),
        action_note TEXT NOT NULL DEFAULT '',
        followed_up_by INTEGER REFERENCES staff(id),
        followed_up_at TEXT,
        CHECK ((action IS NULL) = (followed_up_at IS NULL)
            AND (followed_up_at IS NULL) = (followed_up_by IS NULL))))"),
    QStringLiteral("CREATE INDEX safety_alert_participant ON safety_alert(participant_id)"),
    QStringLiteral("CREATE INDEX safety_alert_open ON safety_alert(participant_id) "
                   "WHERE followed_up_at IS NULL"),
    QStringLiteral(R"(CREATE TRIGGER safety_alert_follow_up_once BEFORE UPDATE ON safety_alert
        WHEN OLD.followed_up_at IS NOT NULL OR NEW.participant_id IS NOT OLD.participant_id
            OR NEW.assessment_id IS NOT OLD.assessment_id OR NEW.flag IS NOT OLD.flag
            OR NEW.message IS NOT OLD.message OR NEW.raised_at IS NOT OLD.raised_at
        BEGIN SELECT RAISE(ABORT, 'a safety alert is followed up once and never changed'); END)"),
    QStringLiteral(R"(CREATE TRIGGER safety_alert_no_delete BEFORE DELETE ON safety_alert
        BEGIN SELECT RAISE(ABORT, 'safety alerts are never deleted'); END)"),
};

// Version 4 (issue 5): the schedule, attendance, phase extensions and readiness decisions.
// - A session keeps the local date and clock times people scheduled, the IANA zone they were in
//   and the UTC instants those denote (SessionTime), so hours and weeks never depend on the zone
//   of the computer that reads them.
// - Group sessions come from a template; members are enrolled for a date range and each
//   generated session lists whom it expects (session_expected), so a later change to the
//   membership does not rewrite the past. Individual sessions list their participant the same way.
// - Attendance is one row per participant and session; taking it again replaces the row, and
//   the audit trail keeps what it was. Minutes late or left early are attended statuses only.
// - Extensions and readiness decisions are history: never changed, never deleted.
const QStringList migration4 = {
    QStringLiteral(R"(CREATE TABLE group_template (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        session_type TEXT NOT NULL,
        weekdays TEXT NOT NULL,
        start_time TEXT NOT NULL,
        end_time TEXT NOT NULL,
        time_zone TEXT NOT NULL,
        phase TEXT CHECK (phase IS NULL OR phase IN ('intensive', 'step_down', 'aftercare')),
        location TEXT NOT NULL DEFAULT '',
        telehealth INTEGER NOT NULL DEFAULT 0 CHECK (telehealth IN (0, 1)),
        topic TEXT NOT NULL DEFAULT '',
        facilitator_id INTEGER REFERENCES staff(id),
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        created_by INTEGER NOT NULL REFERENCES staff(id),
        created_at TEXT NOT NULL))"),
    QStringLiteral(R"(CREATE TABLE group_member (
        template_id INTEGER NOT NULL REFERENCES group_template(id),
        participant_id INTEGER NOT NULL REFERENCES participant(id),
        from_date TEXT NOT NULL CHECK (date(from_date) IS from_date),
        to_date TEXT CHECK (to_date IS NULL OR (date(to_date) IS to_date AND to_date >= from_date)),
        PRIMARY KEY (template_id, participant_id, from_date)) WITHOUT ROWID)"),
    QStringLiteral("CREATE INDEX group_member_participant ON group_member(participant_id)"),
    QStringLiteral(R"(CREATE TABLE scheduled_session (
        id INTEGER PRIMARY KEY,
        template_id INTEGER REFERENCES group_template(id),
        session_type TEXT NOT NULL,
        local_date TEXT NOT NULL CHECK (date(local_date) IS local_date),
        start_time TEXT NOT NULL,
        end_time TEXT NOT NULL,
        time_zone TEXT NOT NULL,
        start_utc TEXT NOT NULL,
        end_utc TEXT NOT NULL CHECK (end_utc > start_utc),
        location TEXT NOT NULL DEFAULT '',
        telehealth INTEGER NOT NULL DEFAULT 0 CHECK (telehealth IN (0, 1)),
        topic TEXT NOT NULL DEFAULT '',
        cancelled_at TEXT,
        cancel_reason TEXT NOT NULL DEFAULT '',
        created_by INTEGER NOT NULL REFERENCES staff(id),
        created_at TEXT NOT NULL,
        UNIQUE (template_id, local_date)))"),
    QStringLiteral("CREATE INDEX scheduled_session_date ON scheduled_session(local_date)"),
    QStringLiteral(R"(CREATE TABLE session_facilitator (
        session_id INTEGER NOT NULL REFERENCES scheduled_session(id),
        staff_id INTEGER NOT NULL REFERENCES staff(id),
        PRIMARY KEY (session_id, staff_id)) WITHOUT ROWID)"),
    QStringLiteral("CREATE INDEX session_facilitator_staff ON session_facilitator(staff_id)"),
    QStringLiteral(R"(CREATE TABLE session_expected (
        session_id INTEGER NOT NULL REFERENCES scheduled_session(id),
        participant_id INTEGER NOT NULL REFERENCES participant(id),
        PRIMARY KEY (session_id, participant_id)) WITHOUT ROWID)"),
    QStringLiteral("CREATE INDEX session_expected_participant ON session_expected(participant_id)"),
    QStringLiteral(R"(CREATE TABLE attendance (
        session_id INTEGER NOT NULL REFERENCES scheduled_session(id),
        participant_id INTEGER NOT NULL REFERENCES participant(id),
        status TEXT NOT NULL CHECK (status IN
            ('present', 'late', 'left_early', 'telehealth', 'excused', 'unexcused')),
        minutes_late INTEGER NOT NULL DEFAULT 0 CHECK (minutes_late >= 0),
        minutes_early INTEGER NOT NULL DEFAULT 0 CHECK (minutes_early >= 0),
        drop_in INTEGER NOT NULL DEFAULT 0 CHECK (drop_in IN (0, 1)),
        note TEXT NOT NULL DEFAULT '',
        recorded_by INTEGER NOT NULL REFERENCES staff(id),
        recorded_at TEXT NOT NULL,
        CHECK (status NOT IN ('excused', 'unexcused') OR (minutes_late = 0 AND minutes_early = 0)),
        PRIMARY KEY (session_id, participant_id)) WITHOUT ROWID)"),
    QStringLiteral("CREATE INDEX attendance_participant ON attendance(participant_id)"),
    QStringLiteral(R"(CREATE TABLE phase_extension (
        id INTEGER PRIMARY KEY,
        phase_id INTEGER NOT NULL REFERENCES phase(id),
        weeks INTEGER NOT NULL CHECK (weeks BETWEEN 1 AND 26),
        reason TEXT NOT NULL CHECK (length(trim(reason)) >= 10),
        approved_by INTEGER NOT NULL REFERENCES staff(id),
        recorded_by INTEGER NOT NULL REFERENCES staff(id),
        recorded_at TEXT NOT NULL))"),
    QStringLiteral("CREATE INDEX phase_extension_phase ON phase_extension(phase_id)"),
    QStringLiteral(R"(CREATE TABLE readiness_decision (
        id INTEGER PRIMARY KEY,
        participant_id INTEGER NOT NULL REFERENCES participant(id),
        episode_id INTEGER NOT NULL REFERENCES episode(id),
        phase_id INTEGER NOT NULL REFERENCES phase(id),
        decision TEXT NOT NULL CHECK (decision IN ('step_down', 'extend', 'step_up', 'discharge')),
        reason TEXT NOT NULL CHECK (length(trim(reason)) >= 10),
        indicators TEXT NOT NULL,
        effective_date TEXT CHECK (effective_date IS NULL OR date(effective_date) IS effective_date),
        extension_id INTEGER REFERENCES phase_extension(id),
        decided_by INTEGER NOT NULL REFERENCES staff(id),
        decided_at TEXT NOT NULL))"),
    QStringLiteral(
        "CREATE INDEX readiness_decision_participant ON readiness_decision(participant_id)"),
    QStringLiteral(R"(CREATE TRIGGER phase_extension_no_change BEFORE UPDATE ON phase_extension
        BEGIN SELECT RAISE(ABORT, 'extensions are history: never changed'); END)"),
    QStringLiteral(R"(CREATE TRIGGER phase_extension_no_delete BEFORE DELETE ON phase_extension
        BEGIN SELECT RAISE(ABORT, 'extensions are history: never deleted'); END)"),
    QStringLiteral(
        R"(CREATE TRIGGER readiness_decision_no_change BEFORE UPDATE ON readiness_decision
        BEGIN SELECT RAISE(ABORT, 'decisions are history: never changed'); END)"),
    QStringLiteral(
        R"(CREATE TRIGGER readiness_decision_no_delete BEFORE DELETE ON readiness_decision
        BEGIN SELECT RAISE(ABORT, 'decisions are history: never deleted'); END)"),
};

// Version 5 (issue 6): the records a clinic is audited on. See docs/records.md, docs/plans.md
// and docs/toxicology.md.
// - A clinician's notes need a supervisor's co-signature when their credential requires it
//   (staff.cosign_required: trainees, interns, unlicensed staff); the administrator sets it.
// - Treatment plans and relapse prevention and aftercare plans are versioned per episode: a
//   version is a row and a change is a new version naming the one it replaces. A treatment plan
//   version is a draft until the clinician finalizes it (their agreement); then triggers refuse
//   any change to it except recording the participant's agreement once. Reviews are history.
// - A note is a draft until its author signs it; signing stores a SHA-256 of its content
//   (NoteHash) and triggers then refuse any change except the co-signature, once. Corrections
//   are addenda, signed when written. A group note keeps the shared summary once; each
//   attendee's note holds only their individual part and names the group note.
// - Toxicology screens and use events are history, corrected by a new row naming the old one.
//   Medications are the prescriptions that explain an expected positive result.
// - A discharge record closes an episode with its reason, condition, final scores and the
//   signed summary; it is never changed.
// Content columns hold JSON written by the stores with QJsonDocument (see migration 3 on why
// json_valid() is not in the schema).
const QStringList migration5 = {
    QStringLiteral("ALTER TABLE staff ADD COLUMN cosign_required INTEGER NOT NULL DEFAULT 0 "
                   "CHECK (cosign_required IN (0, 1))"),

    // Treatment plans.
    QStringLiteral(R"(CREATE TABLE treatment_plan (
        id INTEGER PRIMARY KEY,
        participant_id INTEGER NOT NULL REFERENCES participant(id),
        episode_id INTEGER NOT NULL REFERENCES episode(id),
        version INTEGER NOT NULL CHECK (version >= 1),
        replaces_id INTEGER UNIQUE REFERENCES treatment_plan(id),
        content TEXT NOT NULL,
        change_note TEXT NOT NULL DEFAULT '',
        created_by INTEGER NOT NULL REFERENCES staff(id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        finalized_by INTEGER REFERENCES staff(id),
        finalized_at TEXT,
        content_hash TEXT,
        participant_agreed_on TEXT
            CHECK (participant_agreed_on IS NULL OR date(participant_agreed_on) IS participant_agreed_on),
        participant_agreement TEXT NOT NULL DEFAULT '',
        CHECK ((finalized_at IS NULL) = (finalized_by IS NULL)
            AND (finalized_at IS NULL) = (content_hash IS NULL)),
        CHECK (participant_agreed_on IS NULL OR finalized_at IS NOT NULL),
        CHECK ((participant_agreed_on IS NULL) = (length(trim(participant_agreement)) = 0)),
        UNIQUE (episode_id, version)))"),
    QStringLiteral("CREATE INDEX treatment_plan_participant ON treatment_plan(participant_id)"),
    // At most one draft per episode.
    QStringLiteral("CREATE UNIQUE INDEX treatment_plan_one_draft ON treatment_plan(episode_id) "
                   "WHERE finalized_at IS NULL"),
    QStringLiteral(R"(CREATE TRIGGER treatment_plan_final BEFORE UPDATE ON treatment_plan
        WHEN OLD.finalized_at IS NOT NULL AND (NEW.id IS NOT OLD.id
            OR NEW.participant_id IS NOT OLD.participant_id OR NEW.episode_id IS NOT OLD.episode_id
            OR NEW.version IS NOT OLD.version OR NEW.replaces_id IS NOT OLD.replaces_id
            OR NEW.content IS NOT OLD.content OR NEW.change_note IS NOT OLD.change_note
            OR NEW.created_by IS NOT OLD.created_by OR NEW.created_at IS NOT OLD.created_at
            OR NEW.updated_at IS NOT OLD.updated_at OR NEW.finalized_by IS NOT OLD.finalized_by
            OR NEW.finalized_at IS NOT OLD.finalized_at OR NEW.content_hash IS NOT OLD.content_hash
            OR (OLD.participant_agreed_on IS NOT NULL
                AND (NEW.participant_agreed_on IS NOT OLD.participant_agreed_on
                    OR NEW.participant_agreement IS NOT OLD.participant_agreement)))
        BEGIN SELECT RAISE(ABORT, 'a finalized plan is never changed: write a new version'); END)"),
    QStringLiteral(R"(CREATE TRIGGER treatment_plan_no_delete BEFORE DELETE ON treatment_plan
        WHEN OLD.finalized_at IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'a finalized plan is never deleted'); END)"),
    QStringLiteral(R"(CREATE TABLE plan_review (
        id INTEGER PRIMARY KEY,
        participant_id INTEGER NOT NULL REFERENCES participant(id),
        episode_id INTEGER NOT NULL REFERENCES episode(id),
        plan_id INTEGER NOT NULL REFERENCES treatment_plan(id),
        reviewed_on TEXT NOT NULL CHECK (date(reviewed_on) IS reviewed_on),
        occasion TEXT NOT NULL CHECK (occasion IN ('scheduled', 'phase_change', 'requested')),
        progress TEXT NOT NULL,
        summary TEXT NOT NULL CHECK (length(trim(summary)) > 0),
        took_part TEXT NOT NULL CHECK (length(trim(took_part)) > 0),
        participant_present INTEGER NOT NULL CHECK (participant_present IN (0, 1)),
        result_plan_id INTEGER REFERENCES treatment_plan(id),
        recorded_by INTEGER NOT NULL REFERENCES staff(id),
        recorded_at TEXT NOT NULL))"),
    QStringLiteral("CREATE INDEX plan_review_episode ON plan_review(episode_id, reviewed_on)"),
    QStringLiteral(R"(CREATE TRIGGER plan_review_no_change BEFORE UPDATE ON plan_review
        BEGIN SELECT RAISE(ABORT, 'plan reviews are history: never changed'); END)"),
    QStringLiteral(R"(CREATE TRIGGER plan_review_no_delete BEFORE DELETE ON plan_review
        BEGIN SELECT RAISE(ABORT, 'plan reviews are history: never deleted'); END)"),

    // Progress notes.
    QStringLiteral(R"(CREATE TABLE group_note (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL UNIQUE REFERENCES scheduled_session(id),
        format TEXT NOT NULL CHECK (format IN ('dap', 'soap', 'birp', 'free')),
        summary TEXT NOT NULL DEFAULT '',
        author_id INTEGER NOT NULL REFERENCES staff(id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        signed_at TEXT,
        content_hash TEXT,
        CHECK ((signed_at IS NULL) = (content_hash IS NULL))))"),
    QStringLiteral(R"(CREATE TRIGGER group_note_signed BEFORE UPDATE ON group_note
        WHEN OLD.signed_at IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'a signed note is never changed: write an addendum'); END)"),
    QStringLiteral(R"(CREATE TRIGGER group_note_no_delete BEFORE DELETE ON group_note
        WHEN OLD.signed_at IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'a signed note is never deleted'); END)"),
    QStringLiteral(R"(CREATE TABLE note (
        id INTEGER PRIMARY KEY,
        participant_id INTEGER NOT NULL REFERENCES participant(id),
        episode_id INTEGER NOT NULL REFERENCES episode(id),
        session_id INTEGER REFERENCES scheduled_session(id),
        group_note_id INTEGER REFERENCES group_note(id),
        contact TEXT NOT NULL CHECK (contact IN ('individual', 'group', 'family',
            'case_management', 'medication_management', 'phone', 'other')),
        format TEXT NOT NULL CHECK (format IN ('dap', 'soap', 'birp', 'free')),
        service_date TEXT NOT NULL CHECK (date(service_date) IS service_date),
        minutes INTEGER CHECK (minutes IS NULL OR minutes BETWEEN 1 AND 720),
        sections TEXT NOT NULL DEFAULT '{}',
        author_id INTEGER NOT NULL REFERENCES staff(id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        signed_at TEXT,
        content_hash TEXT,
        cosign_required INTEGER NOT NULL DEFAULT 0 CHECK (cosign_required IN (0, 1)),
        cosigned_by INTEGER REFERENCES staff(id),
        cosigned_at TEXT,
        CHECK ((signed_at IS NULL) = (content_hash IS NULL)),
        CHECK ((cosigned_at IS NULL) = (cosigned_by IS NULL)),
        CHECK (cosigned_at IS NULL OR (signed_at IS NOT NULL AND cosign_required = 1)),
        CHECK (cosigned_by IS NULL OR cosigned_by <> author_id),
        CHECK (group_note_id IS NULL OR session_id IS NOT NULL),
        UNIQUE (session_id, participant_id)))"),
    QStringLiteral("CREATE INDEX note_participant ON note(participant_id, service_date)"),
    QStringLiteral(
        "CREATE INDEX note_group ON note(group_note_id) WHERE group_note_id IS NOT NULL"),
    QStringLiteral("CREATE INDEX note_unsigned ON note(author_id) WHERE signed_at IS NULL"),
    QStringLiteral("CREATE INDEX note_awaiting_cosign ON note(signed_at) "
                   "WHERE cosign_required = 1 AND cosigned_at IS NULL"),
    // After signing only the co-signature may be added, once; nothing else ever changes.
    QStringLiteral(R"(CREATE TRIGGER note_signed BEFORE UPDATE ON note
        WHEN OLD.signed_at IS NOT NULL AND (OLD.cosigned_at IS NOT NULL OR NEW.id IS NOT OLD.id
            OR NEW.participant_id IS NOT OLD.participant_id OR NEW.episode_id IS NOT OLD.episode_id
            OR NEW.session_id IS NOT OLD.session_id OR NEW.group_note_id IS NOT OLD.group_note_id
            OR NEW.contact IS NOT OLD.contact OR NEW.format IS NOT OLD.format
            OR NEW.service_date IS NOT OLD.service_date OR NEW.minutes IS NOT OLD.minutes
            OR NEW.sections IS NOT OLD.sections OR NEW.author_id IS NOT OLD.author_id
            OR NEW.created_at IS NOT OLD.created_at OR NEW.updated_at IS NOT OLD.updated_at
            OR NEW.signed_at IS NOT OLD.signed_at OR NEW.content_hash IS NOT OLD.content_hash
            OR NEW.cosign_required IS NOT OLD.cosign_required)
        BEGIN SELECT RAISE(ABORT, 'a signed note is never changed: write an addendum'); END)"),
    QStringLiteral(R"(CREATE TRIGGER note_no_delete BEFORE DELETE ON note
        WHEN OLD.signed_at IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'a signed note is never deleted'); END)"),
    // An addendum corrects or adds to a signed note (or a signed group summary); it is signed
    // when written and never changed.
    QStringLiteral(R"(CREATE TABLE note_addendum (
        id INTEGER PRIMARY KEY,
        note_id INTEGER REFERENCES note(id),
        group_note_id INTEGER REFERENCES group_note(id),
        text TEXT NOT NULL CHECK (length(trim(text)) > 0),
        author_id INTEGER NOT NULL REFERENCES staff(id),
        signed_at TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        CHECK ((note_id IS NULL) <> (group_note_id IS NULL))))"),
    QStringLiteral("CREATE INDEX note_addendum_note ON note_addendum(note_id)"),
    QStringLiteral("CREATE INDEX note_addendum_group ON note_addendum(group_note_id)"),
    QStringLiteral(R"(CREATE TRIGGER note_addendum_signed_only BEFORE INSERT ON note_addendum
        WHEN (NEW.note_id IS NOT NULL
                AND (SELECT signed_at FROM note WHERE id = NEW.note_id) IS NULL)
            OR (NEW.group_note_id IS NOT NULL
                AND (SELECT signed_at FROM group_note WHERE id = NEW.group_note_id) IS NULL)
        BEGIN SELECT RAISE(ABORT, 'only a signed note takes an addendum'); END)"),
    QStringLiteral(R"(CREATE TRIGGER note_addendum_no_change BEFORE UPDATE ON note_addendum
        BEGIN SELECT RAISE(ABORT, 'an addendum is never changed'); END)"),
    QStringLiteral(R"(CREATE TRIGGER note_addendum_no_delete BEFORE DELETE ON note_addendum
        BEGIN SELECT RAISE(ABORT, 'an addendum is never deleted'); END)"),
    // What supervisors did with notes awaiting co-signature: co-signed, or returned with a
    // comment for the author to answer in an addendum.
    QStringLiteral(R"(CREATE TABLE note_review (
        id INTEGER PRIMARY KEY,
        note_id INTEGER NOT NULL REFERENCES note(id),
        action TEXT NOT NULL CHECK (action IN ('cosigned', 'returned')),
        comment TEXT NOT NULL DEFAULT '',
        staff_id INTEGER NOT NULL REFERENCES staff(id),
        at TEXT NOT NULL,
        CHECK (action <> 'returned' OR length(trim(comment)) > 0)))"),
    QStringLiteral("CREATE INDEX note_review_note ON note_review(note_id)"),
    QStringLiteral(R"(CREATE TRIGGER note_review_no_change BEFORE UPDATE ON note_review
        BEGIN SELECT RAISE(ABORT, 'note reviews are history: never changed'); END)"),
    QStringLiteral(R"(CREATE TRIGGER note_review_no_delete BEFORE DELETE ON note_review
        BEGIN SELECT RAISE(ABORT, 'note reviews are history: never deleted'); END)"),

    // Relapse prevention and aftercare plans: every save is a new version.
    QStringLiteral(R"(CREATE TABLE relapse_plan (
        id INTEGER PRIMARY KEY,
        participant_id INTEGER NOT NULL REFERENCES participant(id),
        episode_id INTEGER NOT NULL REFERENCES episode(id),
        version INTEGER NOT NULL CHECK (version >= 1),
        replaces_id INTEGER UNIQUE REFERENCES relapse_plan(id),
        content TEXT NOT NULL,
        recorded_by INTEGER NOT NULL REFERENCES staff(id),
        recorded_at TEXT NOT NULL,
        UNIQUE (episode_id, version)))"),
    QStringLiteral(R"(CREATE TRIGGER relapse_plan_no_change BEFORE UPDATE ON relapse_plan
        BEGIN SELECT RAISE(ABORT, 'plan versions are never changed: save a new version'); END)"),
    QStringLiteral(R"(CREATE TRIGGER relapse_plan_no_delete BEFORE DELETE ON relapse_plan
        BEGIN SELECT RAISE(ABORT, 'plan versions are never deleted'); END)"),
    QStringLiteral(R"(CREATE TABLE aftercare_plan (
        id INTEGER PRIMARY KEY,
        participant_id INTEGER NOT NULL REFERENCES participant(id),
        episode_id INTEGER NOT NULL REFERENCES episode(id),
        version INTEGER NOT NULL CHECK (version >= 1),
        replaces_id INTEGER UNIQUE REFERENCES aftercare_plan(id),
        content TEXT NOT NULL,
        recorded_by INTEGER NOT NULL REFERENCES staff(id),
        recorded_at TEXT NOT NULL,
        UNIQUE (episode_id, version)))"),
    QStringLiteral(R"(CREATE TRIGGER aftercare_plan_no_change BEFORE UPDATE ON aftercare_plan
        BEGIN SELECT RAISE(ABORT, 'plan versions are never changed: save a new version'); END)"),
    QStringLiteral(R"(CREATE TRIGGER aftercare_plan_no_delete BEFORE DELETE ON aftercare_plan
        BEGIN SELECT RAISE(ABORT, 'plan versions are never deleted'); END)"),

    // Medications, toxicology and use events.
    QStringLiteral(R"(CREATE TABLE medication (
        id INTEGER PRIMARY KEY,
        participant_id INTEGER NOT NULL REFERENCES participant(id),
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        analytes TEXT NOT NULL DEFAULT '[]',
        prescriber TEXT NOT NULL DEFAULT '',
        start_date TEXT NOT NULL CHECK (date(start_date) IS start_date),
        end_date TEXT CHECK (end_date IS NULL OR (date(end_date) IS end_date
            AND end_date >= start_date)),
        note TEXT NOT NULL DEFAULT '',
        recorded_by INTEGER NOT NULL REFERENCES staff(id),
        recorded_at TEXT NOT NULL))"),
    QStringLiteral("CREATE INDEX medication_participant ON medication(participant_id)"),
    QStringLiteral(R"(CREATE TABLE tox_screen (
        id INTEGER PRIMARY KEY,
        participant_id INTEGER NOT NULL REFERENCES participant(id),
        episode_id INTEGER NOT NULL REFERENCES episode(id),
        collected_on TEXT NOT NULL CHECK (date(collected_on) IS collected_on),
        observed INTEGER NOT NULL CHECK (observed IN (0, 1)),
        specimen TEXT NOT NULL DEFAULT 'urine'
            CHECK (specimen IN ('urine', 'oral_fluid', 'breath', 'blood', 'other')),
        panel TEXT NOT NULL DEFAULT '',
        result_count INTEGER NOT NULL CHECK (result_count >= 1),
        note TEXT NOT NULL DEFAULT '',
        recorded_by INTEGER NOT NULL REFERENCES staff(id),
        recorded_at TEXT NOT NULL,
        replaces_id INTEGER UNIQUE REFERENCES tox_screen(id),
        correction_reason TEXT NOT NULL DEFAULT '',
        CHECK ((replaces_id IS NULL) = (length(trim(correction_reason)) = 0))))"),
    QStringLiteral(
        "CREATE INDEX tox_screen_participant ON tox_screen(participant_id, collected_on)"),
    QStringLiteral(R"(CREATE TABLE tox_result (
        screen_id INTEGER NOT NULL REFERENCES tox_screen(id),
        analyte TEXT NOT NULL CHECK (length(trim(analyte)) > 0),
        result TEXT NOT NULL CHECK (result IN ('negative', 'positive', 'dilute', 'invalid')),
        expected INTEGER NOT NULL DEFAULT 0 CHECK (expected IN (0, 1)),
        expected_reason TEXT NOT NULL DEFAULT '',
        CHECK (expected = 0 OR (result = 'positive' AND length(trim(expected_reason)) > 0)),
        PRIMARY KEY (screen_id, analyte)) WITHOUT ROWID)"),
    // A screen states how many results it has, so none can be added to it later.
    QStringLiteral(R"(CREATE TRIGGER tox_result_complete BEFORE INSERT ON tox_result
        WHEN (SELECT count(*) FROM tox_result WHERE screen_id = NEW.screen_id)
            >= (SELECT result_count FROM tox_screen WHERE id = NEW.screen_id)
        BEGIN SELECT RAISE(ABORT, 'a recorded screen gains no results: correct it'); END)"),
    QStringLiteral(R"(CREATE TRIGGER tox_screen_no_change BEFORE UPDATE ON tox_screen
        BEGIN SELECT RAISE(ABORT, 'screens are corrected by a new row, never changed'); END)"),
    QStringLiteral(R"(CREATE TRIGGER tox_screen_no_delete BEFORE DELETE ON tox_screen
        BEGIN SELECT RAISE(ABORT, 'screens are corrected by a new row, never deleted'); END)"),
    QStringLiteral(R"(CREATE TRIGGER tox_result_no_change BEFORE UPDATE ON tox_result
        BEGIN SELECT RAISE(ABORT, 'screens are corrected by a new row, never changed'); END)"),
    QStringLiteral(R"(CREATE TRIGGER tox_result_no_delete BEFORE DELETE ON tox_result
        BEGIN SELECT RAISE(ABORT, 'screens are corrected by a new row, never deleted'); END)"),
    QStringLiteral(R"(CREATE TABLE use_event (
        id INTEGER PRIMARY KEY,
        participant_id INTEGER NOT NULL REFERENCES participant(id),
        episode_id INTEGER NOT NULL REFERENCES episode(id),
        occurred_on TEXT NOT NULL CHECK (date(occurred_on) IS occurred_on),
        substance TEXT NOT NULL CHECK (length(trim(substance)) > 0),
        source TEXT NOT NULL
            CHECK (source IN ('self_report', 'collateral', 'observed', 'toxicology')),
        note TEXT NOT NULL DEFAULT '',
        recorded_by INTEGER NOT NULL REFERENCES staff(id),
        recorded_at TEXT NOT NULL,
        replaces_id INTEGER UNIQUE REFERENCES use_event(id),
        correction_reason TEXT NOT NULL DEFAULT '',
        CHECK ((replaces_id IS NULL) = (length(trim(correction_reason)) = 0))))"),
    QStringLiteral("CREATE INDEX use_event_participant ON use_event(participant_id, occurred_on)"),
    QStringLiteral(R"(CREATE TRIGGER use_event_no_change BEFORE UPDATE ON use_event
        BEGIN SELECT RAISE(ABORT, 'use events are corrected by a new row, never changed'); END)"),
    QStringLiteral(R"(CREATE TRIGGER use_event_no_delete BEFORE DELETE ON use_event
        BEGIN SELECT RAISE(ABORT, 'use events are corrected by a new row, never deleted'); END)"),

    // Discharge.
    QStringLiteral(R"(CREATE TABLE discharge (
        episode_id INTEGER PRIMARY KEY REFERENCES episode(id),
        participant_id INTEGER NOT NULL REFERENCES participant(id),
        reason TEXT NOT NULL CHECK (reason IN ('completed', 'transferred_higher',
            'transferred_lower', 'left_against_advice', 'administrative', 'moved',
            'incarcerated', 'deceased', 'other')),
        reason_note TEXT NOT NULL DEFAULT '',
        condition TEXT NOT NULL
            CHECK (condition IN ('improved', 'partly_improved', 'unchanged', 'worsened', 'unknown')),
        condition_note TEXT NOT NULL DEFAULT '',
        final_scores TEXT NOT NULL DEFAULT '[]',
        summary TEXT NOT NULL CHECK (length(trim(summary)) > 0),
        signed_by INTEGER NOT NULL REFERENCES staff(id),
        signed_at TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        CHECK (reason <> 'other' OR length(trim(reason_note)) > 0)))"),
    QStringLiteral(R"(CREATE TRIGGER discharge_no_change BEFORE UPDATE ON discharge
        BEGIN SELECT RAISE(ABORT, 'a signed discharge summary is never changed'); END)"),
    QStringLiteral(R"(CREATE TRIGGER discharge_no_delete BEFORE DELETE ON discharge
        BEGIN SELECT RAISE(ABORT, 'a signed discharge summary is never deleted'); END)"),
};

// Version 6 (issue 7): consents to disclose and the accounting of disclosures (42 CFR part 2).
// - A consent keeps the elements 42 CFR 2.31 asks of one. Its content never changes once
//   recorded: three facts are added later, each once and never taken back: the signature (a
//   form prepared before it was signed), the day its expiry event occurred, and the revocation.
//   A mistake is corrected by a new consent and revoking the wrong one.
// - Each document released from the record is a disclosure row: to the participant, within the
//   program, or outside it under a consent of the same participant. Rows are never changed or
//   deleted, so the accounting a participant may ask for is complete.
const QStringList migration6 = {
    QStringLiteral(R"(CREATE TABLE consent (
        id INTEGER PRIMARY KEY,
        participant_id INTEGER NOT NULL REFERENCES participant(id),
        recipient_name TEXT NOT NULL DEFAULT '',
        recipient_organization TEXT NOT NULL DEFAULT '',
        purpose TEXT NOT NULL CHECK (length(trim(purpose)) > 0),
        information TEXT NOT NULL CHECK (length(trim(information)) > 0),
        start_date TEXT NOT NULL CHECK (date(start_date) IS start_date),
        expiry_date TEXT CHECK (expiry_date IS NULL OR (date(expiry_date) IS expiry_date
            AND expiry_date >= start_date)),
        expiry_event TEXT NOT NULL DEFAULT '',
        signed_date TEXT CHECK (signed_date IS NULL OR date(signed_date) IS signed_date),
        event_occurred_on TEXT
            CHECK (event_occurred_on IS NULL OR date(event_occurred_on) IS event_occurred_on),
        event_recorded_by INTEGER REFERENCES staff(id),
        revoked_date TEXT CHECK (revoked_date IS NULL OR date(revoked_date) IS revoked_date),
        revoked_by INTEGER REFERENCES staff(id),
        revocation_reason TEXT NOT NULL DEFAULT '',
        recorded_by INTEGER NOT NULL REFERENCES staff(id),
        recorded_at TEXT NOT NULL,
        CHECK (length(trim(recipient_name)) > 0 OR length(trim(recipient_organization)) > 0),
        CHECK (expiry_date IS NOT NULL OR length(trim(expiry_event)) > 0),
        CHECK ((event_occurred_on IS NULL) = (event_recorded_by IS NULL)),
        CHECK (event_occurred_on IS NULL OR length(trim(expiry_event)) > 0),
        CHECK ((revoked_date IS NULL) = (revoked_by IS NULL)
            AND (revoked_date IS NULL) = (length(trim(revocation_reason)) = 0)),
        CHECK (revoked_date IS NULL OR signed_date IS NULL OR revoked_date >= signed_date)))"),
    QStringLiteral("CREATE INDEX consent_participant ON consent(participant_id)"),
    QStringLiteral(R"(CREATE TRIGGER consent_content BEFORE UPDATE ON consent
        WHEN NEW.id IS NOT OLD.id OR NEW.participant_id IS NOT OLD.participant_id
            OR NEW.recipient_name IS NOT OLD.recipient_name
            OR NEW.recipient_organization IS NOT OLD.recipient_organization
            OR NEW.purpose IS NOT OLD.purpose OR NEW.information IS NOT OLD.information
            OR NEW.start_date IS NOT OLD.start_date OR NEW.expiry_date IS NOT OLD.expiry_date
            OR NEW.expiry_event IS NOT OLD.expiry_event OR NEW.recorded_by IS NOT OLD.recorded_by
            OR NEW.recorded_at IS NOT OLD.recorded_at
            OR (OLD.signed_date IS NOT NULL AND NEW.signed_date IS NOT OLD.signed_date)
            OR (OLD.event_occurred_on IS NOT NULL
                AND (NEW.event_occurred_on IS NOT OLD.event_occurred_on
                    OR NEW.event_recorded_by IS NOT OLD.event_recorded_by))
            OR (OLD.revoked_date IS NOT NULL AND (NEW.revoked_date IS NOT OLD.revoked_date
                OR NEW.revoked_by IS NOT OLD.revoked_by
                OR NEW.revocation_reason IS NOT OLD.revocation_reason))
        BEGIN SELECT RAISE(ABORT, 'a consent is never changed: record a new one'); END)"),
    QStringLiteral(R"(CREATE TRIGGER consent_no_delete BEFORE DELETE ON consent
        BEGIN SELECT RAISE(ABORT, 'a consent is never deleted: revoke it'); END)"),
    QStringLiteral(R"(CREATE TABLE disclosure (
        id INTEGER PRIMARY KEY,
        participant_id INTEGER NOT NULL REFERENCES participant(id),
        kind TEXT NOT NULL CHECK (kind IN ('participant', 'internal', 'external')),
        recipient TEXT NOT NULL CHECK (length(trim(recipient)) > 0),
        purpose TEXT NOT NULL CHECK (length(trim(purpose)) > 0),
        description TEXT NOT NULL CHECK (length(trim(description)) > 0),
        period_from TEXT CHECK (period_from IS NULL OR date(period_from) IS period_from),
        period_to TEXT CHECK (period_to IS NULL OR (date(period_to) IS period_to
            AND (period_from IS NULL OR period_to >= period_from))),
        sections TEXT NOT NULL DEFAULT '[]',
        document_sha256 TEXT NOT NULL DEFAULT '' CHECK (document_sha256 = ''
            OR (length(document_sha256) = 64 AND document_sha256 NOT GLOB '*[^0-9a-f]*')),
        consent_id INTEGER REFERENCES consent(id),
        disclosed_at TEXT NOT NULL,
        disclosed_by INTEGER NOT NULL REFERENCES staff(id),
        CHECK ((kind = 'external') = (consent_id IS NOT NULL))))"),
    QStringLiteral(
        "CREATE INDEX disclosure_participant ON disclosure(participant_id, disclosed_at)"),
    QStringLiteral("CREATE INDEX disclosure_consent ON disclosure(consent_id)"),
    // The store checks this too; the trigger keeps a consent from covering another person.
    QStringLiteral(R"(CREATE TRIGGER disclosure_consent_owner BEFORE INSERT ON disclosure
        WHEN NEW.consent_id IS NOT NULL AND (SELECT participant_id FROM consent
            WHERE id = NEW.consent_id) IS NOT NEW.participant_id
        BEGIN SELECT RAISE(ABORT, 'a consent covers only its own participant'); END)"),
    QStringLiteral(R"(CREATE TRIGGER disclosure_no_change BEFORE UPDATE ON disclosure
        BEGIN SELECT RAISE(ABORT, 'the accounting of disclosures is never changed'); END)"),
    QStringLiteral(R"(CREATE TRIGGER disclosure_no_delete BEFORE DELETE ON disclosure
        BEGIN SELECT RAISE(ABORT, 'the accounting of disclosures is never deleted'); END)"),
};

// A migration step is a statement or, where SQL alone cannot do it, a function.
using Step = std::variant<QString, std::function<Status(Database&)>>;

QList<Step> steps(const QStringList& sql)
{
    QList<Step> list;
    for (const QString& s : sql)
        list.append(s);
    return list;
}

const QList<QList<Step>>& migrations()
{
    static const QList<QList<Step>> all = [] {
        QList<QList<Step>> m;
        m.append(steps(migration1));
        QList<Step> two = steps(migration2Tables);
        two.append(std::function<Status(Database&)>(&AuditTrail::chainUnchainedRows));
        two.append(steps(migration2Triggers));
        m.append(two);
        m.append(steps(migration3));
        m.append(steps(migration4));
        m.append(steps(migration5));
        m.append(steps(migration6));
        return m;
    }();
    return all;
}

} // namespace

QStringList auditLogTriggers()
{
    return migration2Triggers;
}

int currentVersion()
{
    return int(migrations().size());
}

QStringList migration(int version)
{
    if (version < 1 || version > currentVersion())
        return {};
    QStringList sql;
    for (const Step& step : migrations().at(version - 1)) {
        if (const auto* statement = std::get_if<QString>(&step))
            sql.append(*statement);
    }
    return sql;
}

Status migrate(Database& db, int target)
{
    if (target < 0)
        target = currentVersion();
    const int from = db.schemaVersion();
    if (from < 0)
        return storageError(QCoreApplication::translate(
            "stepwise::Schema", "Cannot read the data format version."));
    if (from >= target)
        return {};

    // One transaction for the whole upgrade: a crash leaves the old schema or the new one.
    Transaction tx(db);
    if (!tx.ok())
        return tx.error();
    for (int version = from + 1; version <= target; ++version) {
        for (const Step& step : migrations().at(version - 1)) {
            Status done;
            if (const auto* sql = std::get_if<QString>(&step)) {
                if (auto r = db.exec(*sql); !r)
                    done = r.error();
            } else {
                done = std::get<std::function<Status(Database&)>>(step)(db);
            }
            if (!done) {
                Error e = done.error();
                e.message = QCoreApplication::translate("stepwise::Schema",
                    "Upgrading the database to data format %1 failed; it was left unchanged.")
                                .arg(version);
                return e;
            }
        }
    }
    // PRAGMA values cannot be bound; both are integers we format ourselves.
    if (auto r = db.exec(QStringLiteral("PRAGMA user_version = ") + QString::number(target)); !r)
        return r.error();
    if (auto r = db.exec(
            QStringLiteral("PRAGMA application_id = ") + QString::number(Database::ApplicationId));
        !r)
        return r.error();
    return tx.commit();
}

} // namespace stepwise::Schema
