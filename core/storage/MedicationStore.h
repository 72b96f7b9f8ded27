// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "recovery/Medication.h"

namespace stepwise {

class Database;

// The prescriptions that explain expected positive screens (issue 6). A medication is added
// once and later ended with the day it was stopped; both are audited. Ending one does not change
// screens already recorded: their expected marks were made with what was known then.
class MedicationStore
{
public:
    explicit MedicationStore(Database& db)
        : m_db(db)
    { }

    // Needs WriteRecord for the participant. The analytes are stored normalized; see
    // MedicationRules::validate for what is refused.
    Result<Id> add(const Medication& medication);
    // Records the last day taken (or moves it, when it was entered wrong). Refused before the
    // start date or in the future.
    Status end(Id medicationId, const QDate& endDate);

    // Current ones first (newest start first), then those ended (latest end first).
    Result<QList<Medication>> medications(Id participantId);
    Result<Medication> medication(Id medicationId);

private:
    Database& m_db;
};

} // namespace stepwise
