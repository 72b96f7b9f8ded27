// SPDX-License-Identifier: GPL-3.0-or-later
#include "Migrations.h"

namespace stepwise::Schema::Migrations {

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
const QStringList& version5()
{
    static const QStringList sql = {
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
        QStringLiteral(
            "CREATE INDEX use_event_participant ON use_event(participant_id, occurred_on)"),
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
    return sql;
}

} // namespace stepwise::Schema::Migrations
