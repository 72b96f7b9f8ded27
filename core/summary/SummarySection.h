// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace stepwise {

// The parts of a progress summary a clinician may leave out. The header (program, participant,
// counselor, period) and, for a disclosure, the 42 CFR Part 2 notice are always printed.
enum class SummarySection {
    Episode,       // episode, current phase and the phase timeline
    Attendance,    // sessions and hours per week against the requirement
    Assessments,   // first and latest scores with bands, PHQ-9/GAD-7 trends, ASAM dimensions
    TreatmentPlan, // goals and the status of each objective
    Toxicology,    // screens and recorded use in the period
    Narrative,     // the clinician's words
    Aftercare,     // the aftercare plan, when the participant is in aftercare or discharged
    Signatures,    // lines for the counselor and the supervisor
};

QList<SummarySection> allSummarySections(); // in the order they print
QString storageKey(SummarySection s);       // "treatment_plan", for the CLI and the audit
QString label(SummarySection s);
std::optional<SummarySection> parseSummarySection(const QString& key);

} // namespace stepwise
