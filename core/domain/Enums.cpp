// SPDX-License-Identifier: GPL-3.0-or-later
#include "Enums.h"

#include <QCoreApplication>

namespace stepwise {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::Enums", text);
}

// One row per value: the storage key (never changes) and the English label (translated on use).
template<typename E> struct Names
{
    E value;
    const char* key;
    const char* label;
};

constexpr Names<PrimaryFocus> focusNames[] = {
    { PrimaryFocus::SubstanceUse, "substance_use",
        QT_TRANSLATE_NOOP("stepwise::Enums", "Substance use") },
    { PrimaryFocus::MentalHealth, "mental_health",
        QT_TRANSLATE_NOOP("stepwise::Enums", "Mental health") },
    { PrimaryFocus::CoOccurring, "co_occurring",
        QT_TRANSLATE_NOOP("stepwise::Enums", "Co-occurring") },
};
constexpr Names<ParticipantStatus> statusNames[] = {
    { ParticipantStatus::Active, "active", QT_TRANSLATE_NOOP("stepwise::Enums", "Active") },
    { ParticipantStatus::OnHold, "on_hold", QT_TRANSLATE_NOOP("stepwise::Enums", "On hold") },
    { ParticipantStatus::Discharged, "discharged",
        QT_TRANSLATE_NOOP("stepwise::Enums", "Discharged") },
};
constexpr Names<PhaseKind> phaseNames[] = {
    { PhaseKind::Intensive, "intensive", QT_TRANSLATE_NOOP("stepwise::Enums", "Intensive") },
    { PhaseKind::StepDown, "step_down", QT_TRANSLATE_NOOP("stepwise::Enums", "Step-down") },
    { PhaseKind::Aftercare, "aftercare", QT_TRANSLATE_NOOP("stepwise::Enums", "Aftercare") },
};
constexpr Names<StaffRole> roleNames[] = {
    { StaffRole::Counselor, "counselor", QT_TRANSLATE_NOOP("stepwise::Enums", "Counselor") },
    { StaffRole::Supervisor, "supervisor", QT_TRANSLATE_NOOP("stepwise::Enums", "Supervisor") },
    { StaffRole::Administrator, "administrator",
        QT_TRANSLATE_NOOP("stepwise::Enums", "Administrator") },
};
constexpr Names<SexAtBirth> sexNames[] = {
    { SexAtBirth::Unknown, "unknown", QT_TRANSLATE_NOOP("stepwise::Enums", "Unknown") },
    { SexAtBirth::Female, "female", QT_TRANSLATE_NOOP("stepwise::Enums", "Female") },
    { SexAtBirth::Male, "male", QT_TRANSLATE_NOOP("stepwise::Enums", "Male") },
    { SexAtBirth::Intersex, "intersex", QT_TRANSLATE_NOOP("stepwise::Enums", "Intersex") },
    { SexAtBirth::Declined, "declined",
        QT_TRANSLATE_NOOP("stepwise::Enums", "Declined to answer") },
};
constexpr Names<Severity> severityNames[] = {
    { Severity::Unspecified, "unspecified", QT_TRANSLATE_NOOP("stepwise::Enums", "Unspecified") },
    { Severity::Mild, "mild", QT_TRANSLATE_NOOP("stepwise::Enums", "Mild") },
    { Severity::Moderate, "moderate", QT_TRANSLATE_NOOP("stepwise::Enums", "Moderate") },
    { Severity::Severe, "severe", QT_TRANSLATE_NOOP("stepwise::Enums", "Severe") },
};

template<typename E, std::size_t N> const Names<E>& find(const Names<E> (&table)[N], E value)
{
    for (const auto& row : table) {
        if (row.value == value)
            return row;
    }
    return table[0]; // unreachable for valid enum values
}

template<typename E, std::size_t N>
std::optional<E> parse(const Names<E> (&table)[N], const QString& text)
{
    const QString t = text.trimmed();
    // Accept "step-down", "Step down", "STEP_DOWN" alike.
    auto fold = [](QString s) {
        return s.toLower()
            .replace(QLatin1Char('-'), QLatin1Char('_'))
            .replace(QLatin1Char(' '), QLatin1Char('_'));
    };
    const QString folded = fold(t);
    for (const auto& row : table) {
        if (folded == QLatin1String(row.key) || folded == fold(QLatin1String(row.label))
            || t.compare(tr(row.label), Qt::CaseInsensitive) == 0)
            return row.value;
    }
    return std::nullopt;
}

} // namespace

QString storageKey(PrimaryFocus v)
{
    return QLatin1String(find(focusNames, v).key);
}
QString storageKey(ParticipantStatus v)
{
    return QLatin1String(find(statusNames, v).key);
}
QString storageKey(PhaseKind v)
{
    return QLatin1String(find(phaseNames, v).key);
}
QString storageKey(StaffRole v)
{
    return QLatin1String(find(roleNames, v).key);
}
QString storageKey(SexAtBirth v)
{
    return QLatin1String(find(sexNames, v).key);
}
QString storageKey(Severity v)
{
    return QLatin1String(find(severityNames, v).key);
}

QString label(PrimaryFocus v)
{
    return tr(find(focusNames, v).label);
}
QString label(ParticipantStatus v)
{
    return tr(find(statusNames, v).label);
}
QString label(PhaseKind v)
{
    return tr(find(phaseNames, v).label);
}
QString label(StaffRole v)
{
    return tr(find(roleNames, v).label);
}
QString label(SexAtBirth v)
{
    return tr(find(sexNames, v).label);
}
QString label(Severity v)
{
    return tr(find(severityNames, v).label);
}

std::optional<PrimaryFocus> parsePrimaryFocus(const QString& t)
{
    return parse(focusNames, t);
}
std::optional<ParticipantStatus> parseParticipantStatus(const QString& t)
{
    return parse(statusNames, t);
}
std::optional<PhaseKind> parsePhaseKind(const QString& t)
{
    return parse(phaseNames, t);
}
std::optional<StaffRole> parseStaffRole(const QString& t)
{
    return parse(roleNames, t);
}
std::optional<SexAtBirth> parseSexAtBirth(const QString& t)
{
    return parse(sexNames, t);
}
std::optional<Severity> parseSeverity(const QString& t)
{
    return parse(severityNames, t);
}

} // namespace stepwise
