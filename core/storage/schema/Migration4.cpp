// SPDX-License-Identifier: GPL-3.0-or-later
#include "Migrations.h"

namespace stepwise::Schema::Migrations {

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
const QStringList& version4()
{
    static const QStringList sql = {
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
        QStringLiteral(
            "CREATE INDEX session_expected_participant ON session_expected(participant_id)"),
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
    return sql;
}

} // namespace stepwise::Schema::Migrations
