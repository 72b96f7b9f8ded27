// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Enums.h"

#include <QDate>
#include <QList>
#include <QString>

namespace stepwise {

using Id = qint64; // SQLite rowid; 0 means "not stored yet"

struct Diagnosis
{
    QString icd10Code; // ICD-10-CM, e.g. "F10.20"; stored upper-case
    QString description;
    Severity severity = Severity::Unspecified;
    bool operator==(const Diagnosis&) const = default;
};

struct EmergencyContact
{
    QString name;
    QString relationship;
    QString phone;
    bool operator==(const EmergencyContact&) const = default;
};

struct Participant
{
    Id id = 0;
    QString recordNumber; // unique within the clinic (case-insensitive)
    QString legalFirstName;
    QString legalLastName;
    QString preferredName; // what staff should call them; may be empty
    QDate dateOfBirth;
    SexAtBirth sexAtBirth = SexAtBirth::Unknown;
    QString genderIdentity; // free text: clinics record this in the participant's own words
    QString pronouns;
    QString phone;
    QString email;
    QString address; // multi-line postal address
    EmergencyContact emergencyContact;
    PrimaryFocus primaryFocus = PrimaryFocus::SubstanceUse;
    QList<Diagnosis> diagnoses; // first is the primary diagnosis
    QString referralSource;
    Id counselorId = 0; // 0: unassigned
    ParticipantStatus status = ParticipantStatus::Active;

    bool operator==(const Participant&) const = default;

    // "Preferred Last" when a preferred name is set, else "First Last".
    QString displayName() const;
    // "Last, First" for sorted lists, with the preferred name in quotes when it differs.
    QString sortName() const;
    // Whole years on `on`; -1 when the date of birth is unknown or after `on`.
    int ageOn(const QDate& on) const;
};

} // namespace stepwise
