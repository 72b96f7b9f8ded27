// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "recovery/RecoverySignals.h"
#include "recovery/Toxicology.h"

#include <QHash>

namespace stepwise {

class Database;

// Drug screens (issue 6): recorded once, never changed; a correction is a new version naming
// the one it replaces, with a reason. A screen belongs to the episode of care its collection
// date falls in. Also the recovery signals computed from screens and use events.
class ToxicologyStore
{
public:
    explicit ToxicologyStore(Database& db)
        : m_db(db)
    { }

    // Needs WriteRecord for the participant. Refuses (fields as in ToxicologyRules) what
    // ToxicologyRules::validate refuses, and a date outside every episode of care. Positive
    // results are marked expected from the medications active on the collection date
    // (ToxicologyRules::markExpected); the screen and its results are written together.
    Result<Id> record(const ToxScreenInput& input);
    // Saves `input` as the new version of `screenId`, which must be the current one (Conflict
    // otherwise); the reason ("correction_reason", at least 5 characters) is kept with it.
    // Expected marks are made again for the corrected date and results.
    Result<Id> correct(Id screenId, const ToxScreenInput& input, const QString& reason);

    // Current versions, newest collection first.
    Result<QList<ToxScreen>> screens(Id participantId);
    Result<ToxScreen> screen(Id screenId);
    // The chain `screenId` belongs to, original first.
    Result<QList<ToxScreen>> versions(Id screenId);

    // One participant's signals on `today` (needs ViewParticipant), from all their screens,
    // use events and medications.
    Result<RecoverySignals> recoverySignals(Id participantId, const QDate& today);
    // For the caseload and readiness lists: every participant of `participantIds` the session
    // reaches gets an entry (with no data: RecoveryVerdict::CannotSay); others are left out.
    // A few grouped queries for them all: screens in the readiness window and older screens with
    // an unexpected positive, use events in the window and each one's latest, and the
    // medications for the flag window.
    Result<QHash<Id, RecoverySignals>> signalsFor(
        const QList<Id>& participantIds, const QDate& today);
    // The same entries with only the caseload flags (flagged…, flags()) filled in, read from the
    // flag window alone: the caseload review asks for everyone in care, and reading each one's
    // whole history of screens was most of its cost. The other fields stay empty.
    Result<QHash<Id, RecoverySignals>> flagsFor(
        const QList<Id>& participantIds, const QDate& today);

private:
    Result<QHash<Id, RecoverySignals>> load(
        const QList<Id>& participantIds, const QDate& today, bool flagWindowOnly);
    struct Prepared
    {
        Id episodeId = 0;
        QList<ToxResult> results;
    };
    Result<Prepared> prepare(const ToxScreenInput& input, QList<FieldError>& problems);
    Result<Id> insert(const ToxScreenInput& input, const Prepared& prepared, Id replacesId,
        const QString& reason);
    Result<QList<ToxScreen>> select(const QString& where, const QVariantList& values);
    Database& m_db;
};

} // namespace stepwise
