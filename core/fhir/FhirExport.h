// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "domain/Participant.h"

#include <QByteArray>

namespace stepwise {

class Database;

// One participant's record as a FHIR R4 Bundle (type "collection", JSON), for handing the
// record to another system: Patient, an EpisodeOfCare per episode, an Encounter per session
// attended, an Observation per PHQ-9 and GAD-7 total, a Condition per diagnosis and a CarePlan
// per episode's current finalized treatment plan. Every resource is labelled as protected by
// 42 CFR Part 2. See docs/fhir.md for the mappings and codes.
namespace FhirExport {

// Needs ViewParticipant for the participant. Reads through the stores in one transaction (one
// consistent snapshot) and writes one "participant.export_fhir" audit row with it, flagged when
// only emergency access reaches the participant. The JSON is UTF-8 and indented.
Result<QByteArray> exportParticipant(Database& db, Id participantId);

} // namespace FhirExport
} // namespace stepwise
