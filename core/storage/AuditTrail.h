// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "domain/Participant.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QVariantMap>
#include <optional>

namespace stepwise {

class Database;

// One thing that happened, as a store or service reports it.
struct AuditEvent
{
    QString action; // stable verb: "participant.create", "auth.sign_in_failed", "chart.view", ...
    QString entity; // what it concerns: "participant", "episode", "phase", "staff", "setting", ...
    Id entityId = 0;
    Id participantId = 0; // the participant the row concerns, for the per-participant view
    QString detail;       // short summary for people; never a password
    // {"field": {"before": ..., "after": ...}} for changes to a record; see AuditTrail::changes.
    QJsonObject changes;
    bool flagged = false; // emergency access and anything a reviewer must look at
    // Who acted when no one is signed in yet (a failed sign-in names the account if it exists);
    // otherwise the session's staff member.
    std::optional<Id> actor;
};

struct AuditEntry
{
    Id id = 0;
    QDateTime at; // UTC
    Id staffId = 0;
    QString staffName;
    QString workstation;
    QString action;
    QString entity;
    Id entityId = 0;
    Id participantId = 0;
    QString detail;
    QString changes; // JSON text as stored; values hidden from non-clinical readers
    bool flagged = false;
    QString hash;
};

struct AuditFilter
{
    Id staffId = 0;
    Id participantId = 0;
    QString entity; // with entityId: the rows of one record
    Id entityId = 0;
    QString action; // exact verb, or a prefix ending in "." ("participant.")
    QDate from, to; // inclusive, in UTC days; null for open-ended
    int limit = 0;  // newest first when set; 0 for every row, oldest first
};

// The result of checking the hash chain. `firstBrokenId` is the first row whose stored hash
// does not match its content and the row before it (edited, inserted or the row before it
// deleted); 0 when the chain holds.
struct AuditChainReport
{
    qint64 rowsChecked = 0;
    Id firstBrokenId = 0;
    Id lastId = 0;
    // The newest row's stored hash: noted down elsewhere, it shows later whether the log was
    // cut short or rewritten, which the chain alone cannot (docs/security.md).
    QString headHash;
    QStringList problems; // people-readable, first problem first
    bool intact() const { return problems.isEmpty(); }
};

namespace AuditTrail {

// Appends one row, in its own transaction or the caller's: when, who (the session, or
// event.actor), the workstation, what, and the hash of the row chained over the previous one.
Status record(Database& db, const AuditEvent& event);
// Shorthand for the common case.
Status record(Database& db, const QString& action, const QString& entity, Id entityId,
    const QString& detail = {}, Id participantId = 0);

// Before/after pairs for the fields that differ; equal fields are left out.
QJsonObject changes(const QVariantMap& before, const QVariantMap& after);

// Rows matching the filter. Needs Permission::ViewAudit; a reader without a clinical role
// sees which fields of a participant's record changed but not their values.
Result<QList<AuditEntry>> entries(Database& db, const AuditFilter& filter = {});
Result<QList<AuditEntry>> entries(Database& db, const QString& entity, Id entityId);

// Recomputes the chain from the first row and checks that the append-only triggers are in
// place. Needs Permission::ViewAudit.
Result<AuditChainReport> verify(Database& db);

// The hash a row must carry: SHA-256 (hex) over the previous row's hash and the row's columns
// as stored (id, at, staff_id, workstation, action, entity, entity_id, participant_id, detail,
// changes, flagged), each length-prefixed so that no two different rows give the same input.
QString rowHash(const QString& previousHash, const QVariantList& storedColumns);

// Migration step: chains rows written before the chain existed, in id order.
Status chainUnchainedRows(Database& db);

} // namespace AuditTrail
} // namespace stepwise
