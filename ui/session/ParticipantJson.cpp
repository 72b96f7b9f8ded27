// SPDX-License-Identifier: GPL-3.0-or-later
#include "ParticipantJson.h"

#include <QJsonArray>

namespace stepwise::ParticipantJson {

QJsonObject toJson(const Participant& p)
{
    QJsonArray diagnoses;
    for (const Diagnosis& d : p.diagnoses) {
        diagnoses.append(QJsonObject { { QStringLiteral("code"), d.icd10Code },
            { QStringLiteral("description"), d.description },
            { QStringLiteral("severity"), storageKey(d.severity) } });
    }
    return QJsonObject {
        { QStringLiteral("id"), p.id },
        { QStringLiteral("record_number"), p.recordNumber },
        { QStringLiteral("legal_first_name"), p.legalFirstName },
        { QStringLiteral("legal_last_name"), p.legalLastName },
        { QStringLiteral("preferred_name"), p.preferredName },
        { QStringLiteral("date_of_birth"), p.dateOfBirth.toString(Qt::ISODate) },
        { QStringLiteral("sex_at_birth"), storageKey(p.sexAtBirth) },
        { QStringLiteral("gender_identity"), p.genderIdentity },
        { QStringLiteral("pronouns"), p.pronouns },
        { QStringLiteral("phone"), p.phone },
        { QStringLiteral("email"), p.email },
        { QStringLiteral("address"), p.address },
        { QStringLiteral("emergency_contact_name"), p.emergencyContact.name },
        { QStringLiteral("emergency_contact_relationship"), p.emergencyContact.relationship },
        { QStringLiteral("emergency_contact_phone"), p.emergencyContact.phone },
        { QStringLiteral("primary_focus"), storageKey(p.primaryFocus) },
        { QStringLiteral("diagnoses"), diagnoses },
        { QStringLiteral("referral_source"), p.referralSource },
        { QStringLiteral("counselor_id"), p.counselorId },
        { QStringLiteral("status"), storageKey(p.status) },
    };
}

Participant fromJson(const QJsonObject& json)
{
    const auto text
        = [&json](const char* key) { return json.value(QLatin1String(key)).toString(); };
    Participant p;
    p.id = json.value(QLatin1String("id")).toInteger();
    p.recordNumber = text("record_number");
    p.legalFirstName = text("legal_first_name");
    p.legalLastName = text("legal_last_name");
    p.preferredName = text("preferred_name");
    p.dateOfBirth = QDate::fromString(text("date_of_birth"), Qt::ISODate);
    p.sexAtBirth = parseSexAtBirth(text("sex_at_birth")).value_or(SexAtBirth::Unknown);
    p.genderIdentity = text("gender_identity");
    p.pronouns = text("pronouns");
    p.phone = text("phone");
    p.email = text("email");
    p.address = text("address");
    p.emergencyContact.name = text("emergency_contact_name");
    p.emergencyContact.relationship = text("emergency_contact_relationship");
    p.emergencyContact.phone = text("emergency_contact_phone");
    p.primaryFocus = parsePrimaryFocus(text("primary_focus")).value_or(PrimaryFocus::SubstanceUse);
    for (const QJsonValue& v : json.value(QLatin1String("diagnoses")).toArray()) {
        const QJsonObject d = v.toObject();
        p.diagnoses.append({ d.value(QLatin1String("code")).toString(),
            d.value(QLatin1String("description")).toString(),
            parseSeverity(d.value(QLatin1String("severity")).toString())
                .value_or(Severity::Unspecified) });
    }
    p.referralSource = text("referral_source");
    p.counselorId = json.value(QLatin1String("counselor_id")).toInteger();
    p.status = parseParticipantStatus(text("status")).value_or(ParticipantStatus::Active);
    return p;
}

} // namespace stepwise::ParticipantJson
