// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditTrail.h"

#include "Database.h"
#include "Schema.h"
#include "auth/Access.h"
#include "common/Clock.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace stepwise::AuditTrail {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::AuditTrail", text);
}

QVariant nullableId(Id id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

// Every row in id order: the columns the chain covers, in hashing order, then the stored hash.
const QString selectChain = QStringLiteral(
    "SELECT a.id, a.at, a.staff_id, a.workstation, a.action, a.entity, a.entity_id, "
    "a.participant_id, a.detail, a.changes, a.flagged, a.hash FROM audit_log a ORDER BY a.id");
constexpr int ChainColumnCount = 11;

QVariantList storedColumns(const QSqlRecord& r)
{
    QVariantList values;
    for (int i = 0; i < ChainColumnCount; ++i)
        values.append(r.value(i));
    return values;
}

// Hidden values for readers without a clinical role: they see that a field changed, not to what.
QString redactChanges(const QString& json)
{
    QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        it.value() = QJsonObject { { QStringLiteral("hidden"), true } };
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString previousHash(Database& db, Id* lastId)
{
    auto last
        = db.queryOne(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    if (!last || !*last) {
        *lastId = 0;
        return {};
    }
    *lastId = (*last)->value(0).toLongLong();
    return (*last)->value(1).toString();
}

} // namespace

QString rowHash(const QString& previousHash, const QVariantList& storedColumns)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto add = [&hash](const QByteArray& bytes) {
        hash.addData(QByteArray::number(bytes.size()));
        hash.addData(QByteArrayView(":"));
        hash.addData(bytes);
    };
    add(previousHash.toLatin1());
    for (const QVariant& v : storedColumns) {
        // NULL and the empty string differ, so a NULL is marked rather than written empty.
        if (v.isNull())
            hash.addData(QByteArrayView("N"));
        else
            add(v.toString().toUtf8());
    }
    return QString::fromLatin1(hash.result().toHex());
}

Status record(Database& db, const AuditEvent& event)
{
    Transaction tx(db);
    if (!tx.ok())
        return tx.error();
    Id lastId = 0;
    const QString previous = previousHash(db, &lastId);
    const Id id = lastId + 1;
    const Id actor = event.actor ? *event.actor : db.actorId();
    const QString changesText = event.changes.isEmpty()
        ? QString()
        : QString::fromUtf8(QJsonDocument(event.changes).toJson(QJsonDocument::Compact));
    // Exactly the values as SQLite will store and return them, so verify() recomputes the same.
    const QVariantList columns = { id, Clock::instance().nowUtc().toString(Qt::ISODateWithMs),
        nullableId(actor), db.workstation(), event.action, event.entity, nullableId(event.entityId),
        nullableId(event.participantId), event.detail, changesText, event.flagged ? 1 : 0 };
    QVariantList values = columns;
    values.append(rowHash(previous, columns));
    auto r = db.exec(QStringLiteral("INSERT INTO audit_log (id, at, staff_id, workstation, action, "
                                    "entity, entity_id, participant_id, detail, changes, flagged, "
                                    "hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        values);
    if (!r)
        return r.error();
    return tx.commit();
}

Status record(Database& db, const QString& action, const QString& entity, Id entityId,
    const QString& detail, Id participantId)
{
    AuditEvent e;
    e.action = action;
    e.entity = entity;
    e.entityId = entityId;
    e.detail = detail;
    e.participantId = participantId;
    return record(db, e);
}

QJsonObject changes(const QVariantMap& before, const QVariantMap& after)
{
    QJsonObject diff;
    QStringList keys = before.keys() + after.keys();
    keys.removeDuplicates();
    for (const QString& key : keys) {
        const QVariant a = before.value(key);
        const QVariant b = after.value(key);
        if (a == b)
            continue;
        diff.insert(key,
            QJsonObject { { QStringLiteral("before"), QJsonValue::fromVariant(a) },
                { QStringLiteral("after"), QJsonValue::fromVariant(b) } });
    }
    return diff;
}

Result<QList<AuditEntry>> entries(Database& db, const AuditFilter& filter)
{
    if (Status s = Access::require(db, Permission::ViewAudit); !s)
        return s.error();
    // Fixed statements; each filter is "? = 0 OR column = ?" so nothing is assembled from
    // values. Two orders, each SQLite can read straight off the rowid: the newest `limit` rows
    // (a computed ORDER BY made it sort the whole log, 10 s for the audit page at 20,000
    // participants), or all of them oldest first.
    const QString where
        = QStringLiteral("SELECT a.id, a.at, a.staff_id, a.workstation, a.action, a.entity, "
                         "a.entity_id, a.participant_id, a.detail, a.changes, a.flagged, a.hash, "
                         "s.name FROM audit_log a LEFT JOIN staff s ON s.id = a.staff_id "
                         "WHERE (? = 0 OR a.staff_id = ?) AND (? = 0 OR a.participant_id = ?) "
                         "AND (? = '' OR (a.entity = ? AND a.entity_id = ?)) "
                         "AND (? = '' OR a.action = ? OR (substr(?, -1) = '.' AND "
                         "substr(a.action, 1, length(?)) = ?)) "
                         "AND (? = '' OR a.at >= ?) AND (? = '' OR a.at < ?) ");
    const bool newest = filter.limit > 0;
    auto r = db.exec(where
            + (newest ? QStringLiteral("ORDER BY a.id DESC LIMIT ?")
                      : QStringLiteral("ORDER BY a.id LIMIT ?")),
        { filter.staffId, filter.staffId, filter.participantId, filter.participantId, filter.entity,
            filter.entity, filter.entityId, filter.action, filter.action, filter.action,
            filter.action, filter.action,
            filter.from.isValid() ? filter.from.toString(Qt::ISODate) : QString(),
            filter.from.isValid() ? filter.from.toString(Qt::ISODate) : QString(),
            filter.to.isValid() ? filter.to.addDays(1).toString(Qt::ISODate) : QString(),
            filter.to.isValid() ? filter.to.addDays(1).toString(Qt::ISODate) : QString(),
            newest ? filter.limit : -1 });
    if (!r)
        return r.error();
    const bool clinicalReader = db.session() && db.session()->roles.isClinical();
    QList<AuditEntry> list;
    while (r->next()) {
        AuditEntry e;
        e.id = r->value(0).toLongLong();
        e.at = QDateTime::fromString(r->value(1).toString(), Qt::ISODateWithMs);
        e.at.setTimeSpec(Qt::UTC);
        e.staffId = r->value(2).toLongLong();
        e.workstation = r->value(3).toString();
        e.action = r->value(4).toString();
        e.entity = r->value(5).toString();
        e.entityId = r->value(6).toLongLong();
        e.participantId = r->value(7).toLongLong();
        e.detail = r->value(8).toString();
        e.changes = r->value(9).toString();
        e.flagged = r->value(10).toBool();
        e.hash = r->value(11).toString();
        e.staffName = r->value(12).toString();
        // Readers without a clinical role learn that something happened to a chart, and
        // which fields, but no clinical values: not in changes, not in the summary.
        if (!clinicalReader && e.participantId > 0) {
            if (!e.changes.isEmpty())
                e.changes = redactChanges(e.changes);
            if (!e.detail.isEmpty())
                e.detail = tr("(hidden: clinical)");
        }
        list.append(e);
    }
    return list;
}

Result<QList<AuditEntry>> entries(Database& db, const QString& entity, Id entityId)
{
    AuditFilter f;
    f.entity = entity;
    f.entityId = entityId;
    return entries(db, f);
}

Result<AuditChainReport> verify(Database& db)
{
    if (Status s = Access::require(db, Permission::ViewAudit); !s)
        return s.error();
    AuditChainReport report;
    // The triggers must be there and be ours, word for word: a same-named trigger that does
    // nothing would leave the table editable.
    auto triggers = db.exec(QStringLiteral(
        "SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'audit_log'"));
    if (!triggers)
        return triggers.error();
    // Compared with white space collapsed: a trigger put back by hand with other line breaks
    // is still ours.
    QStringList found;
    while (triggers->next())
        found << triggers->value(0).toString().simplified();
    QStringList expected;
    for (const QString& sql : Schema::auditLogTriggers())
        expected << sql.simplified();
    std::sort(found.begin(), found.end());
    std::sort(expected.begin(), expected.end());
    if (found != expected)
        report.problems << tr("The triggers that keep the audit log append-only are missing or "
                              "were changed.");

    auto r = db.exec(selectChain);
    if (!r)
        return r.error();
    QString previous;
    Id expectedId = 0;
    while (r->next()) {
        const QSqlRecord row = r->record();
        const Id id = row.value(0).toLongLong();
        ++report.rowsChecked;
        const QString stored = row.value(ChainColumnCount).toString();
        if (report.firstBrokenId == 0) {
            if (expectedId > 0 && id != expectedId + 1) {
                report.firstBrokenId = id;
                report.problems << tr("Row %1 follows row %2: the rows between were deleted.")
                                       .arg(id)
                                       .arg(expectedId);
            } else if (rowHash(previous, storedColumns(row)) != stored) {
                report.firstBrokenId = id;
                report.problems << tr("Row %1 does not match its hash: it, or the row before it, "
                                      "was changed or removed outside Stepwise.")
                                       .arg(id);
            }
        }
        expectedId = id;
        previous = stored;
    }
    report.lastId = expectedId;
    report.headHash = previous;
    return report;
}

Status chainUnchainedRows(Database& db)
{
    auto r = db.exec(selectChain);
    if (!r)
        return r.error();
    QList<QPair<Id, QVariantList>> rows;
    while (r->next())
        rows.append({ r->value(0).toLongLong(), storedColumns(r->record()) });
    QString previous;
    for (const auto& [id, columns] : rows) {
        previous = rowHash(previous, columns);
        if (auto u = db.exec(
                QStringLiteral("UPDATE audit_log SET hash = ? WHERE id = ?"), { previous, id });
            !u)
            return u.error();
    }
    return {};
}

} // namespace stepwise::AuditTrail
