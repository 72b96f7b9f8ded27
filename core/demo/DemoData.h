// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"

#include <span>

namespace stepwise::demo {

// The word lists the synthetic clinic is made from. Demo data is sample content, not interface
// text, so it is not translated: a seed must give the same clinic in every locale.

struct GivenName
{
    const char* latin;            // UTF-8, as on legal documents
    const char* native = nullptr; // the name in its own script, used by some as preferred name
    const char* nickname = nullptr;
};

// Names that commonly go together, so "Nguyễn Thảo" and "Siobhan O'Brien" come out, not random
// mixtures. Weights give a US-like spread.
struct NameGroup
{
    int weight;
    std::span<const GivenName> female;
    std::span<const GivenName> male;
    std::span<const char* const> family;
    std::span<const char* const> familyFemale; // where the family name is gendered; else empty
};

struct DiagnosisCode
{
    const char* code;
    const char* description; // ICD-10-CM tabular list title
    const char* group;    // codes of one group are not given together (F32 and F33 both depression)
    Severity severity;    // the DSM-5 severity the code implies
    Severity alternative; // a second plausible severity (F1x.20 is moderate or severe)
    int weight;
};

std::span<const NameGroup> nameGroups();
std::span<const DiagnosisCode> substanceUseCodes();
std::span<const DiagnosisCode> mentalHealthCodes();
const DiagnosisCode& nicotineCode();

std::span<const char* const> streets();
std::span<const char* const> streetKinds();
std::span<const char* const> towns(); // "Portland, OR 97214"
std::span<const char* const> areaCodes();
std::span<const char* const> referralSources();
std::span<const char* const> relationships();

std::span<const char* const> admissionReasons();
std::span<const char* const> readmissionReasons();
std::span<const char* const> stepDownReasons();
std::span<const char* const> aftercareReasons();
std::span<const char* const> setbackReasons();
std::span<const char* const> completionReasons();
std::span<const char* const> earlyDischargeReasons();

} // namespace stepwise::demo
