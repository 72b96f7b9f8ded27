// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Participant.h"
#include "reports/RecordDocument.h"
#include "storage/CarePlanStore.h"
#include "storage/TreatmentPlanStore.h"

namespace stepwise {

struct ProgramSettings;

// The printable treatment plan, relapse prevention plan and aftercare plan (issue 6). Every
// text a user typed is escaped here; the renderer adds the page header and footer.
namespace PlanDocuments {

// For the chart: problems, goals, objectives with their interventions, the clinician's
// finalization and the participant's agreement as signature lines. A draft prints marked as
// one, with empty lines to sign.
RecordDocument treatmentPlan(
    const Participant& participant, const ProgramSettings& program, const PlanVersion& version);

// For the participant, in plain words and larger type: what sets off use, the signs, what to
// do instead and whom to call.
RecordDocument relapsePlan(const Participant& participant, const ProgramSettings& program,
    const RelapsePlanVersion& version);

// For the participant: appointments with day, time, place and phone; meetings; where they will
// live; their triggers and coping plan; people to call.
RecordDocument aftercarePlan(const Participant& participant, const ProgramSettings& program,
    const AftercarePlanVersion& version);

} // namespace PlanDocuments
} // namespace stepwise
