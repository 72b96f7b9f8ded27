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
