// SPDX-License-Identifier: GPL-3.0-or-later
#include "Migrations.h"

namespace stepwise::Schema::Migrations {

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
const QStringList& version3()
{
    static const QStringList sql = {
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
        QStringLiteral(
            "CREATE INDEX assessment_participant ON assessment(participant_id, instrument, "
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
    return sql;
}

} // namespace stepwise::Schema::Migrations
