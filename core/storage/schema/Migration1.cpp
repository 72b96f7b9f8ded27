// SPDX-License-Identifier: GPL-3.0-or-later
#include "Migrations.h"

namespace stepwise::Schema::Migrations {

// Migration 1: participants, episodes of care, phases, staff, settings and the audit trail.
// Dates are ISO yyyy-MM-dd text; timestamps ISO 8601 UTC. CHECK constraints repeat the enum keys
// of domain/Enums.cpp so that no other writer can store a value Stepwise cannot read.
const QStringList& version1()
{
    static const QStringList sql = {
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
        QStringLiteral(
            "CREATE INDEX episode_participant ON episode(participant_id, admission_date)"),
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
    return sql;
}

} // namespace stepwise::Schema::Migrations
