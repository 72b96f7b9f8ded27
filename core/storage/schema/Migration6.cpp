// SPDX-License-Identifier: GPL-3.0-or-later
#include "Migrations.h"

namespace stepwise::Schema::Migrations {

// Version 6 (issue 7): consents to disclose and the accounting of disclosures (42 CFR part 2).
// - A consent keeps the elements 42 CFR 2.31 asks of one. Its content never changes once
//   recorded: three facts are added later, each once and never taken back: the signature (a
//   form prepared before it was signed), the day its expiry event occurred, and the revocation.
//   A mistake is corrected by a new consent and revoking the wrong one.
// - Each document released from the record is a disclosure row: to the participant, within the
//   program, or outside it under a consent of the same participant. Rows are never changed or
//   deleted, so the accounting a participant may ask for is complete.
const QStringList& version6()
{
    static const QStringList sql = {
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
    return sql;
}

} // namespace stepwise::Schema::Migrations
