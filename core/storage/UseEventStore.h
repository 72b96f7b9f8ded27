// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "recovery/UseEvent.h"

namespace stepwise {

class Database;

// Recorded use and relapse events (issue 6): never changed; a correction is a new version
// naming the one it replaces, with a reason. An event belongs to the episode of care its date
// falls in.
class UseEventStore
{
public:
    explicit UseEventStore(Database& db)
        : m_db(db)
    { }

    // Needs WriteRecord for the participant. Refuses what UseEventRules::validate refuses and a
    // date outside every episode of care ("occurred_on"). The substance is stored as
    // Analytes::normalize gives it.
    Result<Id> record(const UseEventInput& input);
    // The new version of `eventId`, which must be the current one (Conflict otherwise); the
    // reason ("correction_reason", at least 5 characters) is kept with it.
    Result<Id> correct(Id eventId, const UseEventInput& input, const QString& reason);

    // Current versions, newest first.
    Result<QList<UseEvent>> events(Id participantId);
    Result<UseEvent> event(Id eventId);
    // The chain `eventId` belongs to, original first.
    Result<QList<UseEvent>> versions(Id eventId);

private:
    Result<Id> write(const UseEventInput& input, Id replacesId, const QString& reason,
        QList<FieldError>& problems);
    Result<QList<UseEvent>> select(const QString& where, const QVariantList& values);
    Database& m_db;
};

} // namespace stepwise
