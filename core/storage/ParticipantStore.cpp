// SPDX-License-Identifier: GPL-3.0-or-later
#include "ParticipantStore.h"

#include "AuditTrail.h"
#include "Database.h"
#include "EpisodeStore.h"
#include "LookupKey.h"
#include "auth/Access.h"
#include "common/Clock.h"
#include "domain/ParticipantRules.h"
#include "io/DiagnosisListCodec.h"

#include <QCoreApplication>

namespace stepwise {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::ParticipantStore", text);
}

const QString selectColumns = QStringLiteral(
    "SELECT id, record_number, legal_first_name, legal_last_name, preferred_name, date_of_birth, "
    "sex_at_birth, gender_identity, pronouns, phone, email, address, emergency_name, "
    "emergency_relationship, emergency_phone, primary_focus, referral_source, counselor_id, status "
    "FROM participant ");

Participant fromRow(const QSqlRecord& q)
{
    Participant p;
    p.id = q.value(0).toLongLong();
    p.recordNumber = q.value(1).toString();
    p.legalFirstName = q.value(2).toString();
    p.legalLastName = q.value(3).toString();
    p.preferredName = q.value(4).toString();
    p.dateOfBirth = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    p.sexAtBirth = parseSexAtBirth(q.value(6).toString()).value_or(SexAtBirth::Unknown);
    p.genderIdentity = q.value(7).toString();
    p.pronouns = q.value(8).toString();
    p.phone = q.value(9).toString();
    p.email = q.value(10).toString();
    p.address = q.value(11).toString();
    p.emergencyContact.name = q.value(12).toString();
    p.emergencyContact.relationship = q.value(13).toString();
    p.emergencyContact.phone = q.value(14).toString();
    p.primaryFocus = parsePrimaryFocus(q.value(15).toString()).value_or(PrimaryFocus::SubstanceUse);
    p.referralSource = q.value(16).toString();
    p.counselorId = q.value(17).toLongLong();
    p.status = parseParticipantStatus(q.value(18).toString()).value_or(ParticipantStatus::Active);
    return p;
}

QVariant nullableId(Id id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

// The values of every editable column, in the order of the INSERT and UPDATE statements below.
QVariantList editableValues(const Participant& p, const QString& now)
{
    return { p.recordNumber, lookupKey(p.recordNumber), p.legalFirstName, p.legalLastName,
        p.preferredName, p.dateOfBirth.toString(Qt::ISODate), storageKey(p.sexAtBirth),
        p.genderIdentity, p.pronouns, p.phone, p.email, p.address, p.emergencyContact.name,
        p.emergencyContact.relationship, p.emergencyContact.phone, storageKey(p.primaryFocus),
        p.referralSource, nullableId(p.counselorId), storageKey(p.status), now };
}

QString nowText()
{
    return Clock::instance().nowUtc().toString(Qt::ISODateWithMs);
}

// Every field by its CSV column name, for the before/after values of the audit trail.
QVariantMap auditValues(const Participant& p)
{
    return { { QStringLiteral("record_number"), p.recordNumber },
        { QStringLiteral("legal_first_name"), p.legalFirstName },
        { QStringLiteral("legal_last_name"), p.legalLastName },
        { QStringLiteral("preferred_name"), p.preferredName },
        { QStringLiteral("date_of_birth"), p.dateOfBirth.toString(Qt::ISODate) },
        { QStringLiteral("sex_at_birth"), storageKey(p.sexAtBirth) },
        { QStringLiteral("gender_identity"), p.genderIdentity },
        { QStringLiteral("pronouns"), p.pronouns }, { QStringLiteral("phone"), p.phone },
        { QStringLiteral("email"), p.email }, { QStringLiteral("address"), p.address },
        { QStringLiteral("emergency_name"), p.emergencyContact.name },
        { QStringLiteral("emergency_relationship"), p.emergencyContact.relationship },
        { QStringLiteral("emergency_phone"), p.emergencyContact.phone },
        { QStringLiteral("primary_focus"), storageKey(p.primaryFocus) },
        { QStringLiteral("diagnoses"), DiagnosisListCodec::encode(p.diagnoses) },
        { QStringLiteral("referral_source"), p.referralSource },
        { QStringLiteral("counselor_id"), p.counselorId },
        { QStringLiteral("status"), storageKey(p.status) } };
}

// A counselor may put a participant only on their own caseload (or leave it unassigned);
// moving one elsewhere needs Permission::ReassignCounselor.
Status requireCounselorChoice(Database& db, Id before, Id after)
{
    if (before == after || Access::roleAllows(db.session()->roles, Permission::ReassignCounselor))
        return {};
    if (after == db.session()->staffId && before == 0)
        return {};
    if (Status s = Access::require(db, Permission::ReassignCounselor); !s) {
        Error e = s.error();
        e.fields = { { QStringLiteral("counselor"),
            tr("Only a supervisor can move a participant to another counselor's caseload.") } };
        return e;
    }
    return {};
}

} // namespace

Status ParticipantStore::validateForWrite(const Participant& p)
{
    QList<FieldError> errors = ParticipantRules::validate(p, Clock::instance().today());
    if (!p.recordNumber.isEmpty()) {
        auto existing = findByRecordNumber(p.recordNumber);
        if (!existing)
            return existing.error();
        if (*existing && **existing != p.id)
            errors.append({ QLatin1String(ParticipantRules::RecordNumber),
                tr("Record number %1 is already used by another participant.")
                    .arg(p.recordNumber) });
    }
    if (p.counselorId > 0) {
        auto r = m_db.queryOne(
            QStringLiteral("SELECT active FROM staff WHERE id = ?"), { p.counselorId });
        if (!r)
            return r.error();
        if (!*r)
            errors.append({ QLatin1String(ParticipantRules::Counselor),
                tr("The assigned counselor does not exist.") });
    }
    if (p.id > 0 && p.status == ParticipantStatus::Discharged) {
        auto open = m_db.queryOne(
            QStringLiteral(
                "SELECT 1 FROM episode WHERE participant_id = ? AND discharge_date IS NULL"),
            { p.id });
        if (!open)
            return open.error();
        if (*open)
            errors.append({ QStringLiteral("status"),
                tr("The participant is still in care; discharge the episode to mark them "
                   "discharged.") });
    }
    if (!errors.isEmpty()) {
        Error e = Error::validation(errors);
        if (errors.size() == 1
            && errors.first().field == QLatin1String(ParticipantRules::RecordNumber)
            && !p.recordNumber.isEmpty() && p.recordNumber.size() <= 40)
            e.code = ErrorCode::Conflict;
        return e;
    }
    return {};
}

Result<QList<FieldError>> ParticipantStore::check(const Participant& participant)
{
    if (Status s = Access::require(m_db, Permission::ViewParticipant); !s)
        return s.error();
    const Status s = validateForWrite(ParticipantRules::normalized(participant));
    if (s)
        return QList<FieldError>();
    if (s.error().code == ErrorCode::Validation || s.error().code == ErrorCode::Conflict)
        return s.error().fields;
    return s.error();
}

Status ParticipantStore::writeDiagnoses(Id participantId, const QList<Diagnosis>& diagnoses)
{
    if (auto r = m_db.exec(
            QStringLiteral("DELETE FROM diagnosis WHERE participant_id = ?"), { participantId });
        !r)
        return r.error();
    for (qsizetype i = 0; i < diagnoses.size(); ++i) {
        const Diagnosis& d = diagnoses.at(i);
        auto r = m_db.exec(
            QStringLiteral(
                "INSERT INTO diagnosis (participant_id, position, icd10_code, description, "
                "severity) VALUES (?, ?, ?, ?, ?)"),
            { participantId, int(i), d.icd10Code, d.description, storageKey(d.severity) });
        if (!r)
            return r.error();
    }
    return {};
}

Result<Id> ParticipantStore::add(Participant participant, const std::optional<Admission>& admission)
{
    if (Status s = Access::require(m_db, Permission::CreateParticipant); !s)
        return s.error();
    Participant p = ParticipantRules::normalized(std::move(participant));
    p.id = 0;
    if (admission)
        p.status = ParticipantStatus::Active;
    // A counselor's intake joins their own caseload unless they choose (and may choose) another.
    if (p.counselorId == 0 && m_db.session()->roles.has(StaffRole::Counselor)
        && !Access::roleAllows(m_db.session()->roles, Permission::ReassignCounselor))
        p.counselorId = m_db.session()->staffId;
    if (Status s = requireCounselorChoice(m_db, 0, p.counselorId); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (Status s = validateForWrite(p); !s)
        return s.error();

    const QString now = nowText();
    QVariantList values = editableValues(p, now);
    values << now;
    auto r = m_db.exec(
        QStringLiteral("INSERT INTO participant (record_number, record_key, legal_first_name, "
                       "legal_last_name, "
                       "preferred_name, date_of_birth, sex_at_birth, gender_identity, pronouns, "
                       "phone, email, address, emergency_name, emergency_relationship, "
                       "emergency_phone, primary_focus, referral_source, counselor_id, status, "
                       "updated_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, ?, ?, ?, ?)"),
        values);
    if (!r)
        return r.error();
    const Id id = r->lastInsertId().toLongLong();
    if (Status s = writeDiagnoses(id, p.diagnoses); !s)
        return s.error();
    AuditEvent created;
    created.action = QStringLiteral("participant.create");
    created.entity = QStringLiteral("participant");
    created.entityId = id;
    created.participantId = id;
    created.changes = AuditTrail::changes({}, auditValues(p));
    if (Status s = AuditTrail::record(m_db, created); !s)
        return s.error();
    if (admission) {
        auto episode
            = EpisodeStore(m_db).admit(id, admission->date, admission->plan, admission->reason);
        if (!episode)
            return episode.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status ParticipantStore::update(Participant participant)
{
    Participant p = ParticipantRules::normalized(std::move(participant));
    if (p.id <= 0)
        return Error { ErrorCode::InvalidArgument, tr("The participant has not been saved yet."),
            {}, {} };
    if (Status s = Access::requireParticipant(m_db, Permission::EditParticipant, p.id); !s)
        return s;
    auto stored = m_db.queryOne(
        QStringLiteral("SELECT counselor_id FROM participant WHERE id = ?"), { p.id });
    if (!stored)
        return stored.error();
    if (*stored) {
        if (Status s
            = requireCounselorChoice(m_db, (*stored)->value(0).toLongLong(), p.counselorId);
            !s)
            return s;
    }
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto before = get(p.id);
    if (!before)
        return before.error();
    if (Status s = validateForWrite(p); !s)
        return s;

    QVariantList values = editableValues(p, nowText());
    values << p.id;
    auto r = m_db.exec(
        QStringLiteral(
            "UPDATE participant SET record_number = ?, record_key = ?, legal_first_name = ?, "
            "legal_last_name = ?, preferred_name = ?, date_of_birth = ?, "
            "sex_at_birth = ?, gender_identity = ?, pronouns = ?, phone = ?, "
            "email = ?, address = ?, emergency_name = ?, emergency_relationship = ?, "
            "emergency_phone = ?, primary_focus = ?, referral_source = ?, "
            "counselor_id = ?, status = ?, updated_at = ? WHERE id = ?"),
        values);
    if (!r)
        return r.error();
    if (before->diagnoses != p.diagnoses) {
        if (Status s = writeDiagnoses(p.id, p.diagnoses); !s)
            return s;
    }
    const QJsonObject changed = AuditTrail::changes(auditValues(*before), auditValues(p));
    if (changed.isEmpty())
        return tx.commit();
    AuditEvent event;
    event.action = QStringLiteral("participant.update");
    event.entity = QStringLiteral("participant");
    event.entityId = p.id;
    event.participantId = p.id;
    event.detail = changed.keys().join(QStringLiteral(", "));
    event.changes = changed;
    if (Status s = AuditTrail::record(m_db, event); !s)
        return s;
    return tx.commit();
}

Result<Participant> ParticipantStore::openChart(Id id)
{
    if (Status s = Access::requireParticipant(m_db, Permission::ViewParticipant, id); !s)
        return s.error();
    auto participant = get(id);
    if (!participant)
        return participant.error();
    auto byEmergency = Access::reachesOnlyByEmergency(m_db, id);
    if (!byEmergency)
        return byEmergency.error();
    AuditEvent view;
    view.action = QStringLiteral("chart.view");
    view.entity = QStringLiteral("participant");
    view.entityId = id;
    view.participantId = id;
    view.flagged = *byEmergency;
    if (*byEmergency)
        view.detail = QStringLiteral("emergency access");
    if (Status s = AuditTrail::record(m_db, view); !s)
        return s.error();
    return participant;
}

Result<Participant> ParticipantStore::get(Id id)
{
    if (Status s = Access::requireParticipant(m_db, Permission::ViewParticipant, id); !s)
        return s.error();
    auto r = m_db.queryOne(selectColumns + QStringLiteral("WHERE id = ?"), { id });
    if (!r)
        return r.error();
    if (!*r)
        return Error { ErrorCode::NotFound, tr("There is no participant with id %1.").arg(id), {},
            {} };
    Participant p = fromRow(**r);
    auto d = m_db.exec(QStringLiteral("SELECT icd10_code, description, severity FROM diagnosis "
                                      "WHERE participant_id = ? ORDER BY position"),
        { id });
    if (!d)
        return d.error();
    while (d->next())
        p.diagnoses.append({ d->value(0).toString(), d->value(1).toString(),
            parseSeverity(d->value(2).toString()).value_or(Severity::Unspecified) });
    return p;
}

Result<std::optional<Id>> ParticipantStore::findByRecordNumber(const QString& recordNumber)
{
    if (Status s = Access::require(m_db, Permission::ViewParticipant); !s)
        return s.error();
    auto r = m_db.queryOne(QStringLiteral("SELECT id FROM participant WHERE record_key = ?"),
        { lookupKey(recordNumber) });
    if (!r)
        return r.error();
    if (!*r)
        return std::optional<Id>();
    return std::optional<Id>((*r)->value(0).toLongLong());
}

Result<QList<Participant>> ParticipantStore::all()
{
    if (Status s = Access::require(m_db, Permission::ViewParticipant); !s)
        return s.error();
    auto r = m_db.exec(QStringLiteral("SELECT p.id FROM participant p WHERE ")
            + QLatin1String(Access::participantVisibleSql)
            + QStringLiteral(" ORDER BY p.record_number"),
        Access::visibilityValues(m_db));
    if (!r)
        return r.error();
    QList<Id> ids;
    while (r->next())
        ids.append(r->value(0).toLongLong());
    QList<Participant> list;
    list.reserve(ids.size());
    for (Id id : ids) {
        auto p = get(id);
        if (!p)
            return p.error();
        list.append(std::move(p).value());
    }
    return list;
}

} // namespace stepwise
