// SPDX-License-Identifier: GPL-3.0-or-later
#include "Migrations.h"

namespace stepwise::Schema::Migrations {

// Version 7 (issue 8): what the caseload review reads for everyone in care, kept so that its
// cost follows the participants in care and not the years of history behind them.
// attendance_summary holds, per participant, the day of the last session attended and the
// unexcused absences since (EngagementRules::engagement over all recorded sessions that were
// held: excused absences neither count nor break the run). Triggers recompute a participant's
// row whenever their attendance, or a session they have attendance at, changes, inside the
// same transaction: no writer can forget it, and it cannot disagree with the rows it sums
// (tests/supervision/AttendanceSummaryTest.cpp compares the two on a demo clinic).
const QStringList& version7()
{
    static const QStringList sql = {
        QStringLiteral(R"(CREATE TABLE attendance_summary (
        participant_id INTEGER PRIMARY KEY REFERENCES participant(id),
        last_attended_on TEXT
            CHECK (last_attended_on IS NULL OR date(last_attended_on) IS last_attended_on),
        unexcused_run INTEGER NOT NULL CHECK (unexcused_run >= 0)))"),
        QStringLiteral(
            R"(INSERT INTO attendance_summary (participant_id, last_attended_on, unexcused_run)
        SELECT p.participant_id,
            (SELECT s.local_date FROM attendance a
                JOIN scheduled_session s ON s.id = a.session_id
                WHERE a.participant_id = p.participant_id
                AND a.status NOT IN ('excused', 'unexcused') AND s.cancelled_at IS NULL
                ORDER BY s.start_utc DESC LIMIT 1),
            (SELECT count(*) FROM attendance a
                JOIN scheduled_session s ON s.id = a.session_id
                WHERE a.participant_id = p.participant_id AND a.status = 'unexcused'
                AND s.cancelled_at IS NULL AND s.start_utc > coalesce(
                    (SELECT max(s2.start_utc) FROM attendance a2
                        JOIN scheduled_session s2 ON s2.id = a2.session_id
                        WHERE a2.participant_id = p.participant_id
                        AND a2.status NOT IN ('excused', 'unexcused')
                        AND s2.cancelled_at IS NULL), ''))
        FROM (SELECT DISTINCT participant_id FROM attendance) p WHERE true
        ON CONFLICT (participant_id) DO UPDATE SET
            last_attended_on = excluded.last_attended_on, unexcused_run = excluded.unexcused_run)"),
        QStringLiteral(R"(CREATE TRIGGER attendance_summary_insert AFTER INSERT ON attendance BEGIN
        INSERT INTO attendance_summary (participant_id, last_attended_on, unexcused_run)
        SELECT p.participant_id,
            (SELECT s.local_date FROM attendance a
                JOIN scheduled_session s ON s.id = a.session_id
                WHERE a.participant_id = p.participant_id
                AND a.status NOT IN ('excused', 'unexcused') AND s.cancelled_at IS NULL
                ORDER BY s.start_utc DESC LIMIT 1),
            (SELECT count(*) FROM attendance a
                JOIN scheduled_session s ON s.id = a.session_id
                WHERE a.participant_id = p.participant_id AND a.status = 'unexcused'
                AND s.cancelled_at IS NULL AND s.start_utc > coalesce(
                    (SELECT max(s2.start_utc) FROM attendance a2
                        JOIN scheduled_session s2 ON s2.id = a2.session_id
                        WHERE a2.participant_id = p.participant_id
                        AND a2.status NOT IN ('excused', 'unexcused')
                        AND s2.cancelled_at IS NULL), ''))
        FROM (SELECT NEW.participant_id AS participant_id) p WHERE true
        ON CONFLICT (participant_id) DO UPDATE SET
            last_attended_on = excluded.last_attended_on, unexcused_run = excluded.unexcused_run;
        END)"),
        QStringLiteral(R"(CREATE TRIGGER attendance_summary_update AFTER UPDATE ON attendance BEGIN
        INSERT INTO attendance_summary (participant_id, last_attended_on, unexcused_run)
        SELECT p.participant_id,
            (SELECT s.local_date FROM attendance a
                JOIN scheduled_session s ON s.id = a.session_id
                WHERE a.participant_id = p.participant_id
                AND a.status NOT IN ('excused', 'unexcused') AND s.cancelled_at IS NULL
                ORDER BY s.start_utc DESC LIMIT 1),
            (SELECT count(*) FROM attendance a
                JOIN scheduled_session s ON s.id = a.session_id
                WHERE a.participant_id = p.participant_id AND a.status = 'unexcused'
                AND s.cancelled_at IS NULL AND s.start_utc > coalesce(
                    (SELECT max(s2.start_utc) FROM attendance a2
                        JOIN scheduled_session s2 ON s2.id = a2.session_id
                        WHERE a2.participant_id = p.participant_id
                        AND a2.status NOT IN ('excused', 'unexcused')
                        AND s2.cancelled_at IS NULL), ''))
        FROM (SELECT NEW.participant_id AS participant_id UNION SELECT OLD.participant_id) p WHERE true
        ON CONFLICT (participant_id) DO UPDATE SET
            last_attended_on = excluded.last_attended_on, unexcused_run = excluded.unexcused_run;
        END)"),
        QStringLiteral(R"(CREATE TRIGGER attendance_summary_delete AFTER DELETE ON attendance BEGIN
        INSERT INTO attendance_summary (participant_id, last_attended_on, unexcused_run)
        SELECT p.participant_id,
            (SELECT s.local_date FROM attendance a
                JOIN scheduled_session s ON s.id = a.session_id
                WHERE a.participant_id = p.participant_id
                AND a.status NOT IN ('excused', 'unexcused') AND s.cancelled_at IS NULL
                ORDER BY s.start_utc DESC LIMIT 1),
            (SELECT count(*) FROM attendance a
                JOIN scheduled_session s ON s.id = a.session_id
                WHERE a.participant_id = p.participant_id AND a.status = 'unexcused'
                AND s.cancelled_at IS NULL AND s.start_utc > coalesce(
                    (SELECT max(s2.start_utc) FROM attendance a2
                        JOIN scheduled_session s2 ON s2.id = a2.session_id
                        WHERE a2.participant_id = p.participant_id
                        AND a2.status NOT IN ('excused', 'unexcused')
                        AND s2.cancelled_at IS NULL), ''))
        FROM (SELECT OLD.participant_id AS participant_id) p WHERE true
        ON CONFLICT (participant_id) DO UPDATE SET
            last_attended_on = excluded.last_attended_on, unexcused_run = excluded.unexcused_run;
        END)"),
        QStringLiteral(
            R"(CREATE TRIGGER attendance_summary_session AFTER UPDATE OF start_utc, local_date, cancelled_at ON scheduled_session BEGIN
        INSERT INTO attendance_summary (participant_id, last_attended_on, unexcused_run)
        SELECT p.participant_id,
            (SELECT s.local_date FROM attendance a
                JOIN scheduled_session s ON s.id = a.session_id
                WHERE a.participant_id = p.participant_id
                AND a.status NOT IN ('excused', 'unexcused') AND s.cancelled_at IS NULL
                ORDER BY s.start_utc DESC LIMIT 1),
            (SELECT count(*) FROM attendance a
                JOIN scheduled_session s ON s.id = a.session_id
                WHERE a.participant_id = p.participant_id AND a.status = 'unexcused'
                AND s.cancelled_at IS NULL AND s.start_utc > coalesce(
                    (SELECT max(s2.start_utc) FROM attendance a2
                        JOIN scheduled_session s2 ON s2.id = a2.session_id
                        WHERE a2.participant_id = p.participant_id
                        AND a2.status NOT IN ('excused', 'unexcused')
                        AND s2.cancelled_at IS NULL), ''))
        FROM (SELECT participant_id FROM attendance WHERE session_id = NEW.id) p WHERE true
        ON CONFLICT (participant_id) DO UPDATE SET
            last_attended_on = excluded.last_attended_on, unexcused_run = excluded.unexcused_run;
        END)"),
    };
    return sql;
}

} // namespace stepwise::Schema::Migrations
