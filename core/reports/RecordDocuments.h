// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "discharge/Discharge.h"
#include "notes/Note.h"
#include "reports/RecordDocument.h"

namespace stepwise {

struct ProgramSettings;

// Printable notes and discharge records. Printouts show who signed and who co-signed, and
// when (clinics are audited on both), with the start of the stored content hash so a paper
// copy can be matched to the record.
namespace RecordDocuments {

RecordDocument note(
    const Note& note, const Participant& participant, const ProgramSettings& settings);
RecordDocument discharge(const DischargeRecord& record, const Participant& participant,
    const ProgramSettings& settings, const QDate& admissionDate);

// The first 12 hex digits of a content hash, as printed.
QString shortHash(const QString& hash);

} // namespace RecordDocuments

} // namespace stepwise
