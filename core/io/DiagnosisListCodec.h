// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "domain/Participant.h"

namespace stepwise::DiagnosisListCodec {

// Several diagnoses in one CSV cell, in a form people can read and type:
//
//   F10.20 Alcohol use disorder, moderate [moderate]; F33.1 Major depressive disorder, recurrent
//
// - Diagnoses are separated by ";" (spaces around it are ignored; empty items are skipped).
// - Each diagnosis is its ICD-10-CM code, then whitespace, then the description.
// - A severity may close the diagnosis in square brackets: [mild], [moderate], [severe] or
//   [unspecified] (storage keys or English labels, any case). Without brackets the severity is
//   unspecified, and encode() writes no brackets for it.
// - Inside a description, write \; \[ \] and \\ for a literal ; [ ] and \. A backslash before
//   any other character is kept as it is, so "C:\notes" needs no escaping.
// decode(encode(list)) == list for every list of trimmed diagnoses.
QString encode(const QList<Diagnosis>& diagnoses);

// Refused with a translated message (field "diagnoses") when the text does not follow the form.
// The codes and descriptions are not validated here: ParticipantRules does that.
Result<QList<Diagnosis>> decode(const QString& text);

} // namespace stepwise::DiagnosisListCodec
