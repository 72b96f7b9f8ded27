// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Participant.h"
#include "common/Result.h"

#include <QDate>

namespace stepwise::ParticipantRules {

// Field keys used in FieldError::field, shared with forms and the CSV importer.
inline constexpr auto RecordNumber = "record_number";
inline constexpr auto LegalFirstName = "legal_first_name";
inline constexpr auto LegalLastName = "legal_last_name";
inline constexpr auto DateOfBirth = "date_of_birth";
inline constexpr auto Email = "email";
inline constexpr auto Phone = "phone";
inline constexpr auto EmergencyPhone = "emergency_contact_phone";
inline constexpr auto Diagnoses = "diagnoses";
inline constexpr auto Counselor = "counselor_id";

// Every rule a participant record must satisfy on its own (uniqueness is checked by storage).
// `today` bounds the date of birth. Returns an empty list when the record is valid.
QList<FieldError> validate(const Participant& p, const QDate& today);

// Normalises what people type: trims fields, upper-cases ICD-10 codes, collapses inner spaces
// of names. Applied before validation and storage so "f10.20 " and "F10.20" are the same code.
Participant normalized(Participant p);

// ICD-10-CM code shape: a letter, a digit, a letter or digit, then optionally a dot and 1-4
// letters/digits (CMS ICD-10-CM Official Guidelines, code structure). Shape only, not existence.
bool isIcd10CmCode(const QString& code);
bool isPlausibleEmail(const QString& email);
bool isPlausiblePhone(const QString& phone);

} // namespace stepwise::ParticipantRules
