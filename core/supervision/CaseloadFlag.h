// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"

#include <QString>
#include <array>
#include <optional>

namespace stepwise {

// What a supervisor's dashboard counts for each participant in care (issue 8). Each is decided
// by the rules that already flag it in the caseload; docs/supervision.md lists them.
enum class CaseloadFlag {
    BelowRequiredHours,   // below the phase's required hours in the last complete week
    ConsecutiveAbsences,  // EngagementRules::ConsecutiveAbsencesFlag unexcused absences in a row
    SafetyAlert,          // a safety alert without its recorded follow-up
    AssessmentOverdue,    // a scheduled assessment past its due date
    WorseningScore,       // PHQ-9 or GAD-7 up by 5 or more since the episode's first
    PlanOverdue,          // the treatment plan or its review past due
    LateNote,             // a note still unsigned past the program's deadline
    CosignPending,        // a signed note waiting for a supervisor's co-signature
    BeyondExpectedLength, // the phase longer than expected, with no extension covering it
    PositiveToxicology,   // an unexpected positive screen in the last 14 days
};

inline constexpr int CaseloadFlagCount = 10;

QString storageKey(CaseloadFlag flag); // "below_required_hours", for CSV and the CLI
std::optional<CaseloadFlag> parseCaseloadFlag(const QString& key);

template<> constexpr auto allValues<CaseloadFlag>()
{
    return std::array { CaseloadFlag::BelowRequiredHours, CaseloadFlag::ConsecutiveAbsences,
        CaseloadFlag::SafetyAlert, CaseloadFlag::AssessmentOverdue, CaseloadFlag::WorseningScore,
        CaseloadFlag::PlanOverdue, CaseloadFlag::LateNote, CaseloadFlag::CosignPending,
        CaseloadFlag::BeyondExpectedLength, CaseloadFlag::PositiveToxicology };
}
static_assert(allValues<CaseloadFlag>().size() == CaseloadFlagCount);

// A set of flags, small enough to keep one per participant of a large program.
class CaseloadFlags
{
public:
    bool has(CaseloadFlag flag) const { return (m_bits & bit(flag)) != 0; }
    void set(CaseloadFlag flag, bool on = true)
    {
        m_bits = on ? (m_bits | bit(flag)) : (m_bits & ~bit(flag));
    }
    bool any() const { return m_bits != 0; }
    bool operator==(const CaseloadFlags&) const = default;

private:
    static constexpr unsigned bit(CaseloadFlag flag) { return 1u << unsigned(flag); }
    unsigned m_bits = 0;
};

} // namespace stepwise
