// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "domain/Participant.h"

#include <QDateTime>
#include <QString>

namespace stepwise {

class Database;

struct AuditEntry
{
    Id id = 0;
    QDateTime at; // UTC
    Id staffId = 0;
    QString action; // stable verb: "participant.create", "phase.transition", ...
    QString entity; // table: "participant", "episode", "phase", "staff", "setting"
    Id entityId = 0;
    QString detail; // short human-readable summary, never clinical free text
};

namespace AuditTrail {

// Appends one row inside the caller's transaction, stamped with the database's actor and the
// clock's time. Every store calls this for every write.
Status record(Database& db, const QString& action, const QString& entity, Id entityId,
    const QString& detail = {});

Result<QList<AuditEntry>> entries(Database& db, const QString& entity = {}, Id entityId = 0);

} // namespace AuditTrail
} // namespace stepwise
