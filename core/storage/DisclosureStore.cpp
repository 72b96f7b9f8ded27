// SPDX-License-Identifier: GPL-3.0-or-later
#include "DisclosureStore.h"

#include "AuditTrail.h"
#include "ConsentStore.h"
#include "Database.h"
#include "StoredTime.h"
#include "auth/Access.h"
#include "common/Clock.h"
#include "consent/ConsentRules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace stepwise {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::DisclosureStore", text);
}

QVariant dateValue(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

QDate dateFrom(const QVariant& v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

FieldError problem(const char* field, const QString& message)
{
    return { QLatin1String(field), message };
}

bool sameText(const QString& a, const QString& b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

QString sectionsJson(const QStringList& sections)
{
    QJsonArray array;
    for (const QString& s : sections) {
        if (!s.trimmed().isEmpty())
            array.append(s.trimmed());
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QStringList sectionsFrom(const QVariant& text)
{
    QStringList list;
    for (const QJsonValue& v : QJsonDocument::fromJson(text.toString().toUtf8()).array())
        list.append(v.toString());
    return list;
}

// ViewOwnReports is not one of Access's scoped permissions, so the reach is checked through
// ViewParticipant, which is: a counselor discloses only from charts they may open. Either check
// audits its own refusal.
Status requireDisclosure(Database& db, Id participantId)
{
    const auto& session = db.session();
    if (session && Access::roleAllows(session->roles, Permission::ViewAllReports))
        return {};
    if (Status s = Access::requireParticipant(db, Permission::ViewOwnReports, participantId); !s)
        return s;
    return Access::requireParticipant(db, Permission::ViewParticipant, participantId);
}

// Every rule but access: reads the participant and the consent as they are now.
Result<DisclosureAuthorization> resolve(Database& db, const DisclosureInput& in)
{
    auto exists = db.queryOne(
        QStringLiteral("SELECT 1 FROM participant WHERE id = ?"), { in.participantId });
    if (!exists)
        return exists.error();
    if (!exists->has_value())
        return Error { ErrorCode::NotFound,
            tr("There is no participant with id %1.").arg(in.participantId), {}, {} };

    QList<FieldError> problems;
    DisclosureAuthorization a;
    a.recipient = in.recipient.trimmed();
    a.purpose = in.purpose.trimmed();
    if (in.kind == DisclosureKind::External) {
        if (in.consentId <= 0)
            return Error::validation({ problem(DisclosureRules::ConsentField,
                tr("A disclosure outside the program needs the participant's written consent: "
                   "choose a consent that is in effect today.")) });
        auto row = db.queryOne(
            QStringLiteral("SELECT participant_id FROM consent WHERE id = ?"), { in.consentId });
        if (!row)
            return row.error();
        // One message for a consent that does not exist and one of someone else: the refusal
        // says nothing about other participants.
        if (!row->has_value() || (*row)->value(0).toLongLong() != in.participantId)
            return Error::validation({ problem(DisclosureRules::ConsentField,
                tr("This participant has no consent number %1: a consent covers only the "
                   "person who signed it.")
                    .arg(in.consentId)) });
        // The participant is within reach (checked by the caller), so reading is allowed.
        auto consent = ConsentStore(db).get(in.consentId);
        if (!consent)
            return consent.error();
        const ConsentStatus status = ConsentRules::status(*consent, Clock::instance().today());
        if (!status.valid())
            return Error::validation({ problem(DisclosureRules::ConsentField,
                tr("The consent does not allow this disclosure today. %1").arg(status.reason)) });
        const QString recipient = ConsentRules::recipientText(*consent);
        if (a.recipient.isEmpty())
            a.recipient = recipient;
        else if (!sameText(a.recipient, recipient))
            problems.append(problem(DisclosureRules::Recipient,
                tr("The consent names %1 as the recipient: it allows no disclosure to anyone "
                   "else.")
                    .arg(recipient)));
        if (a.purpose.isEmpty())
            a.purpose = consent->purpose.trimmed();
        else if (!sameText(a.purpose, consent->purpose))
            problems.append(problem(DisclosureRules::Purpose,
                tr("The consent allows disclosure only for its own purpose: %1")
                    .arg(consent->purpose.trimmed())));
        a.consent = *consent;
    } else {
        if (in.consentId > 0)
            problems.append(problem(DisclosureRules::ConsentField,
                tr("A document for the participant or for use within the program relies on no "
                   "consent.")));
        if (a.recipient.isEmpty() && in.kind == DisclosureKind::Participant)
            a.recipient = tr("The participant");
    }
    if (a.recipient.isEmpty())
        problems.append(problem(DisclosureRules::Recipient, tr("Say who receives the document.")));
    if (a.purpose.isEmpty())
        problems.append(
            problem(DisclosureRules::Purpose, tr("State the purpose of the disclosure.")));
    if (in.description.trimmed().isEmpty())
        problems.append(problem(DisclosureRules::Description,
            tr("Describe what is disclosed: the document and what it covers.")));
    if (in.periodFrom.isValid() && in.periodTo.isValid() && in.periodTo < in.periodFrom)
        problems.append(
            problem(DisclosureRules::Period, tr("The period cannot end before it starts.")));
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!in.documentSha256.isEmpty() && !hex.match(in.documentSha256.toLower()).hasMatch())
        problems.append(problem(DisclosureRules::DocumentSha256,
            tr("The document's SHA-256 must be 64 hexadecimal digits.")));
    if (!problems.isEmpty())
        return Error::validation(problems);
    return a;
}

} // namespace

Result<DisclosureAuthorization> DisclosureStore::authorize(const DisclosureInput& input)
{
    if (Status s = requireDisclosure(m_db, input.participantId); !s)
        return s.error();
    return resolve(m_db, input);
}

Result<Id> DisclosureStore::record(const DisclosureInput& input)
{
    // Access is checked before the transaction: a refusal's audit row must not roll back.
    if (Status s = requireDisclosure(m_db, input.participantId); !s)
        return s.error();
    auto flagged = Access::reachesOnlyByEmergency(m_db, input.participantId);
    if (!flagged)
        return flagged.error();

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto a = resolve(m_db, input);
    if (!a)
        return a.error();
    const QVariant consentId = a->consent ? QVariant(a->consent->id) : QVariant();
    auto r = m_db.exec(
        QStringLiteral("INSERT INTO disclosure (participant_id, kind, recipient, purpose, "
                       "description, period_from, period_to, sections, document_sha256, "
                       "consent_id, disclosed_at, disclosed_by) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { input.participantId, storageKey(input.kind), a->recipient, a->purpose,
            input.description.trimmed(), dateValue(input.periodFrom), dateValue(input.periodTo),
            sectionsJson(input.sections), input.documentSha256.toLower(), consentId,
            StoredTime::now(), m_db.actorId() });
    if (!r)
        return r.error();
    const Id id = r->lastInsertId().toLongLong();
    AuditEvent event;
    event.action = QStringLiteral("disclosure.record");
    event.entity = QStringLiteral("disclosure");
    event.entityId = id;
    event.participantId = input.participantId;
    // The recipient stays out of the detail, which non-clinical readers of the log see.
    event.detail = tr("Disclosure recorded: %1").arg(label(input.kind));
    QVariantMap after { { QStringLiteral("kind"), storageKey(input.kind) },
        { QStringLiteral("recipient"), a->recipient }, { QStringLiteral("purpose"), a->purpose },
        { QStringLiteral("description"), input.description.trimmed() } };
    if (a->consent)
        after.insert(QStringLiteral("consent_id"), a->consent->id);
    if (!input.documentSha256.isEmpty())
        after.insert(QStringLiteral("document_sha256"), input.documentSha256.toLower());
    event.changes = AuditTrail::changes({}, after);
    // A disclosure made only through emergency access is for a reviewer to look at.
    event.flagged = *flagged;
    if (Status s = AuditTrail::record(m_db, event); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<QList<Disclosure>> DisclosureStore::list(Id participantId)
{
    if (Status s = Access::requireParticipant(m_db, Permission::ViewParticipant, participantId); !s)
        return s.error();
    auto rows = m_db.exec(
        QStringLiteral("SELECT d.id, d.participant_id, d.kind, d.recipient, d.purpose, "
                       "d.description, d.period_from, d.period_to, d.sections, "
                       "d.document_sha256, d.consent_id, d.disclosed_at, d.disclosed_by, "
                       "coalesce(s.name, '') FROM disclosure d "
                       "LEFT JOIN staff s ON s.id = d.disclosed_by WHERE d.participant_id = ? "
                       "ORDER BY d.disclosed_at DESC, d.id DESC"),
        { participantId });
    if (!rows)
        return rows.error();
    QList<Disclosure> list;
    while (rows->next()) {
        Disclosure d;
        d.id = rows->value(0).toLongLong();
        d.participantId = rows->value(1).toLongLong();
        d.kind = parseDisclosureKind(rows->value(2).toString()).value_or(DisclosureKind::External);
        d.recipient = rows->value(3).toString();
        d.purpose = rows->value(4).toString();
        d.description = rows->value(5).toString();
        d.periodFrom = dateFrom(rows->value(6));
        d.periodTo = dateFrom(rows->value(7));
        d.sections = sectionsFrom(rows->value(8));
        d.documentSha256 = rows->value(9).toString();
        d.consentId = rows->value(10).toLongLong();
        d.disclosedAt = StoredTime::read(rows->value(11));
        d.disclosedBy = rows->value(12).toLongLong();
        d.disclosedByName = rows->value(13).toString();
        list.append(d);
    }
    return list;
}

} // namespace stepwise
