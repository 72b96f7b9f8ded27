// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsentStore.h"

#include "AuditTrail.h"
#include "Database.h"
#include "StoredTime.h"
#include "auth/Access.h"
#include "common/Clock.h"
#include "consent/ConsentRules.h"

#include <QCoreApplication>
#include <QSqlRecord>

namespace stepwise {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::ConsentStore", text);
}

QVariant dateValue(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

QDate dateFrom(const QVariant& v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

const QString selectSql = QStringLiteral(
    "SELECT c.id, c.participant_id, c.recipient_name, c.recipient_organization, c.purpose, "
    "c.information, c.start_date, c.expiry_date, c.expiry_event, c.signed_date, "
    "c.event_occurred_on, c.event_recorded_by, c.revoked_date, c.revoked_by, "
    "coalesce(rb.name, ''), c.revocation_reason, c.recorded_by, coalesce(s.name, ''), "
    "c.recorded_at FROM consent c LEFT JOIN staff s ON s.id = c.recorded_by "
    "LEFT JOIN staff rb ON rb.id = c.revoked_by ");

template<typename Row> Consent consentFrom(const Row& r)
{
    Consent c;
    c.id = r.value(0).toLongLong();
    c.participantId = r.value(1).toLongLong();
    c.recipientName = r.value(2).toString();
    c.recipientOrganization = r.value(3).toString();
    c.purpose = r.value(4).toString();
    c.information = r.value(5).toString();
    c.startDate = dateFrom(r.value(6));
    c.expiryDate = dateFrom(r.value(7));
    c.expiryEvent = r.value(8).toString();
    c.signedDate = dateFrom(r.value(9));
    c.eventOccurredOn = dateFrom(r.value(10));
    c.eventRecordedBy = r.value(11).toLongLong();
    c.revokedDate = dateFrom(r.value(12));
    c.revokedBy = r.value(13).toLongLong();
    c.revokedByName = r.value(14).toString();
    c.revocationReason = r.value(15).toString();
    c.recordedBy = r.value(16).toLongLong();
    c.recordedByName = r.value(17).toString();
    c.recordedAt = StoredTime::read(r.value(18));
    return c;
}

Error notFound(Id consentId)
{
    return Error { ErrorCode::NotFound, tr("There is no consent with id %1.").arg(consentId), {},
        {} };
}

// Without an access check: the callers make it.
Result<Consent> load(Database& db, Id consentId)
{
    auto row = db.queryOne(selectSql + QStringLiteral("WHERE c.id = ?"), { consentId });
    if (!row)
        return row.error();
    if (!row->has_value())
        return notFound(consentId);
    return consentFrom(**row);
}

Status requireParticipantExists(Database& db, Id participantId)
{
    auto row
        = db.queryOne(QStringLiteral("SELECT 1 FROM participant WHERE id = ?"), { participantId });
    if (!row)
        return row.error();
    if (!row->has_value())
        return Error { ErrorCode::NotFound,
            tr("There is no participant with id %1.").arg(participantId), {}, {} };
    return {};
}

// Adds one of the facts a consent gains later (signature, event, revocation): checked against
// the consent as stored inside the transaction, so two people recording at once cannot both
// succeed.
template<typename Check>
Status addFact(Database& db, Id consentId, const char* action, const QString& detail, Check check,
    const QString& sql, const QVariantList& values, const QVariantMap& after)
{
    auto before = load(db, consentId);
    if (!before)
        return before.error();
    if (Status s = Access::requireParticipant(db, Permission::WriteRecord, before->participantId);
        !s)
        return s;
    Transaction tx(db);
    if (!tx.ok())
        return tx.error();
    auto current = load(db, consentId);
    if (!current)
        return current.error();
    if (const QList<FieldError> problems = check(*current); !problems.isEmpty())
        return Error::validation(problems);
    if (auto r = db.exec(sql, values); !r)
        return r.error();
    AuditEvent event;
    event.action = QLatin1String(action);
    event.entity = QStringLiteral("consent");
    event.entityId = consentId;
    event.participantId = current->participantId;
    event.detail = detail;
    event.changes = AuditTrail::changes({}, after);
    if (Status s = AuditTrail::record(db, event); !s)
        return s;
    return tx.commit();
}

} // namespace

Result<Id> ConsentStore::add(const Consent& input)
{
    if (Status s = Access::requireParticipant(m_db, Permission::WriteRecord, input.participantId);
        !s)
        return s.error();
    if (Status s = requireParticipantExists(m_db, input.participantId); !s)
        return s.error();
    const QList<FieldError> problems = ConsentRules::validate(input, Clock::instance().today());
    if (!problems.isEmpty())
        return Error::validation(problems);

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto r = m_db.exec(
        QStringLiteral("INSERT INTO consent (participant_id, recipient_name, "
                       "recipient_organization, purpose, information, start_date, expiry_date, "
                       "expiry_event, signed_date, recorded_by, recorded_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { input.participantId, input.recipientName.trimmed(), input.recipientOrganization.trimmed(),
            input.purpose.trimmed(), input.information.trimmed(),
            input.startDate.toString(Qt::ISODate), dateValue(input.expiryDate),
            input.expiryEvent.trimmed(), dateValue(input.signedDate), m_db.actorId(),
            StoredTime::now() });
    if (!r)
        return r.error();
    const Id id = r->lastInsertId().toLongLong();
    AuditEvent event;
    event.action = QStringLiteral("consent.add");
    event.entity = QStringLiteral("consent");
    event.entityId = id;
    event.participantId = input.participantId;
    event.detail = tr("Consent to disclose recorded");
    QVariantMap after { { QStringLiteral("recipient"), ConsentRules::recipientText(input) },
        { QStringLiteral("purpose"), input.purpose.trimmed() },
        { QStringLiteral("information"), input.information.trimmed() },
        { QStringLiteral("start_date"), input.startDate.toString(Qt::ISODate) } };
    if (input.expiryDate.isValid())
        after.insert(QStringLiteral("expiry_date"), input.expiryDate.toString(Qt::ISODate));
    if (!input.expiryEvent.trimmed().isEmpty())
        after.insert(QStringLiteral("expiry_event"), input.expiryEvent.trimmed());
    if (input.signedDate.isValid())
        after.insert(QStringLiteral("signed_date"), input.signedDate.toString(Qt::ISODate));
    event.changes = AuditTrail::changes({}, after);
    if (Status s = AuditTrail::record(m_db, event); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status ConsentStore::revoke(Id consentId, const QDate& date, const QString& reason)
{
    const QDate today = Clock::instance().today();
    return addFact(m_db, consentId, "consent.revoke", tr("Consent revoked"),
        [&](const Consent& c) { return ConsentRules::validateRevocation(c, date, reason, today); },
        QStringLiteral("UPDATE consent SET revoked_date = ?, revoked_by = ?, "
                       "revocation_reason = ? WHERE id = ?"),
        { date.toString(Qt::ISODate), m_db.actorId(), reason.trimmed(), consentId },
        { { QStringLiteral("revoked_date"), date.toString(Qt::ISODate) },
            { QStringLiteral("revocation_reason"), reason.trimmed() } });
}

Status ConsentStore::recordSignature(Id consentId, const QDate& signedDate)
{
    const QDate today = Clock::instance().today();
    return addFact(m_db, consentId, "consent.sign", tr("Consent signature recorded"),
        [&](const Consent& c) { return ConsentRules::validateSignature(c, signedDate, today); },
        QStringLiteral("UPDATE consent SET signed_date = ? WHERE id = ?"),
        { signedDate.toString(Qt::ISODate), consentId },
        { { QStringLiteral("signed_date"), signedDate.toString(Qt::ISODate) } });
}

Status ConsentStore::recordExpiryEvent(Id consentId, const QDate& occurredOn)
{
    const QDate today = Clock::instance().today();
    return addFact(m_db, consentId, "consent.expiry_event", tr("Consent expiry event recorded"),
        [&](const Consent& c) { return ConsentRules::validateEventOccurred(c, occurredOn, today); },
        QStringLiteral("UPDATE consent SET event_occurred_on = ?, event_recorded_by = ? "
                       "WHERE id = ?"),
        { occurredOn.toString(Qt::ISODate), m_db.actorId(), consentId },
        { { QStringLiteral("event_occurred_on"), occurredOn.toString(Qt::ISODate) } });
}

Result<QList<Consent>> ConsentStore::list(Id participantId)
{
    if (Status s = Access::requireParticipant(m_db, Permission::ViewParticipant, participantId); !s)
        return s.error();
    auto rows = m_db.exec(selectSql
            + QStringLiteral("WHERE c.participant_id = ? ORDER BY c.start_date DESC, c.id DESC"),
        { participantId });
    if (!rows)
        return rows.error();
    QList<Consent> list;
    while (rows->next())
        list.append(consentFrom(*rows));
    return list;
}

Result<Consent> ConsentStore::get(Id consentId)
{
    auto owner = m_db.queryOne(
        QStringLiteral("SELECT participant_id FROM consent WHERE id = ?"), { consentId });
    if (!owner)
        return owner.error();
    if (!owner->has_value())
        return notFound(consentId);
    if (Status s = Access::requireParticipant(
            m_db, Permission::ViewParticipant, (*owner)->value(0).toLongLong());
        !s)
        return s.error();
    return load(m_db, consentId);
}

Result<QList<Consent>> ConsentStore::validConsents(Id participantId, const QDate& date)
{
    auto all = list(participantId);
    if (!all)
        return all.error();
    QList<Consent> valid;
    for (const Consent& c : *all) {
        if (ConsentRules::validity(c, date) == ConsentValidity::Valid)
            valid.append(c);
    }
    return valid;
}

} // namespace stepwise
