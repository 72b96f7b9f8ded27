// SPDX-License-Identifier: GPL-3.0-or-later
#include "Migrations.h"

namespace stepwise::Schema::Migrations {

// Migration 2: sign-in and roles, a tamper-evident audit trail, emergency access and drafts.
// - A staff member may hold several roles (staff_role) and may have an account: a unique user
//   name and an Argon2id hash (never the password), with the failed-attempt count and lock.
// - The audit trail gains the workstation, the participant a row concerns, before/after values,
//   a flag for emergency access and a SHA-256 chained over the previous row; triggers make it
//   append-only. Rows written before this migration are chained in order by a C++ step.
// - The "Local user" of migration 1 wrote as nobody in particular; it stays for the rows that
//   name it but can no longer act. The first run now asks for the first administrator.
const QStringList& version2Tables()
{
    static const QStringList sql = {
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
        // Unsaved form contents a user chose to keep when someone else signed in at the
        // workstation.
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
    return sql;
}

const QStringList& version2Triggers()
{
    static const QStringList sql = {
        QStringLiteral(R"(CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END)"),
        QStringLiteral(R"(CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END)"),
    };
    return sql;
}

} // namespace stepwise::Schema::Migrations
