// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <array>
#include <optional>

namespace stepwise {

// Each enum has a stable storage key (written to SQLite and CSV, never translated) and a
// translated label for people. Keys are the contract with files on disk: never rename one.

enum class PrimaryFocus { SubstanceUse, MentalHealth, CoOccurring };
enum class ParticipantStatus { Active, OnHold, Discharged };
enum class PhaseKind { Intensive, StepDown, Aftercare };
enum class StaffRole { Counselor, Supervisor, Administrator };
// As intake forms commonly record it (sex assigned at birth), separate from gender identity.
enum class SexAtBirth { Unknown, Female, Male, Intersex, Declined };
// DSM-5 severity specifiers used with substance use and many other diagnoses.
enum class Severity { Unspecified, Mild, Moderate, Severe };

QString storageKey(PrimaryFocus v);
QString storageKey(ParticipantStatus v);
QString storageKey(PhaseKind v);
QString storageKey(StaffRole v);
QString storageKey(SexAtBirth v);
QString storageKey(Severity v);

QString label(PrimaryFocus v);
QString label(ParticipantStatus v);
QString label(PhaseKind v);
QString label(StaffRole v);
QString label(SexAtBirth v);
QString label(Severity v);

// Parsing accepts the storage key or the English label, case-insensitively, so a CSV typed by a
// person ("Step-down", "co-occurring") reads as well as one Stepwise wrote.
std::optional<PrimaryFocus> parsePrimaryFocus(const QString& text);
std::optional<ParticipantStatus> parseParticipantStatus(const QString& text);
std::optional<PhaseKind> parsePhaseKind(const QString& text);
std::optional<StaffRole> parseStaffRole(const QString& text);
std::optional<SexAtBirth> parseSexAtBirth(const QString& text);
std::optional<Severity> parseSeverity(const QString& text);

// All values in display order, for combo boxes and validation messages.
template<typename E> constexpr auto allValues();
template<> constexpr auto allValues<PrimaryFocus>()
{
    return std::array { PrimaryFocus::SubstanceUse, PrimaryFocus::MentalHealth,
        PrimaryFocus::CoOccurring };
}
template<> constexpr auto allValues<ParticipantStatus>()
{
    return std::array { ParticipantStatus::Active, ParticipantStatus::OnHold,
        ParticipantStatus::Discharged };
}
template<> constexpr auto allValues<PhaseKind>()
{
    return std::array { PhaseKind::Intensive, PhaseKind::StepDown, PhaseKind::Aftercare };
}
template<> constexpr auto allValues<StaffRole>()
{
    return std::array { StaffRole::Counselor, StaffRole::Supervisor, StaffRole::Administrator };
}
template<> constexpr auto allValues<SexAtBirth>()
{
    return std::array { SexAtBirth::Unknown, SexAtBirth::Female, SexAtBirth::Male,
        SexAtBirth::Intersex, SexAtBirth::Declined };
}
template<> constexpr auto allValues<Severity>()
{
    return std::array { Severity::Unspecified, Severity::Mild, Severity::Moderate,
        Severity::Severe };
}

} // namespace stepwise
