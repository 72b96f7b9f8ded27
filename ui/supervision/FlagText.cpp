// SPDX-License-Identifier: GPL-3.0-or-later
#include "FlagText.h"

#include <QCoreApplication>

namespace stepwise::FlagText {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::FlagText", text);
}

} // namespace

QString label(CaseloadFlag flag)
{
    switch (flag) {
    case CaseloadFlag::BelowRequiredHours:
        return tr("Below hours");
    case CaseloadFlag::ConsecutiveAbsences:
        return tr("Absences in a row");
    case CaseloadFlag::SafetyAlert:
        return tr("Safety alert");
    case CaseloadFlag::AssessmentOverdue:
        return tr("Assessment overdue");
    case CaseloadFlag::WorseningScore:
        return tr("Worsening score");
    case CaseloadFlag::PlanOverdue:
        return tr("Plan overdue");
    case CaseloadFlag::LateNote:
        return tr("Late note");
    case CaseloadFlag::CosignPending:
        return tr("Co-sign pending");
    case CaseloadFlag::BeyondExpectedLength:
        return tr("Beyond length");
    case CaseloadFlag::PositiveToxicology:
        return tr("Positive screen");
    }
    return {};
}

QString description(CaseloadFlag flag)
{
    switch (flag) {
    case CaseloadFlag::BelowRequiredHours:
        return tr("Attended fewer hours last week than the phase requires");
    case CaseloadFlag::ConsecutiveAbsences:
        return tr("Two or more unexcused absences in a row");
    case CaseloadFlag::SafetyAlert:
        return tr("A safety alert without its recorded follow-up");
    case CaseloadFlag::AssessmentOverdue:
        return tr("A scheduled assessment is past its due date");
    case CaseloadFlag::WorseningScore:
        return tr("PHQ-9 or GAD-7 up by 5 or more since the episode's first score");
    case CaseloadFlag::PlanOverdue:
        return tr("The treatment plan or its review is past due");
    case CaseloadFlag::LateNote:
        return tr("A note still unsigned past the program's deadline");
    case CaseloadFlag::CosignPending:
        return tr("A signed note waiting for a supervisor's co-signature");
    case CaseloadFlag::BeyondExpectedLength:
        return tr("In the phase longer than expected, with no extension covering it");
    case CaseloadFlag::PositiveToxicology:
        return tr("An unexpected positive drug screen in the last 14 days");
    }
    return {};
}

QStringList labels(const CaseloadFlags& flags)
{
    QStringList out;
    for (CaseloadFlag f : allValues<CaseloadFlag>()) {
        if (flags.has(f))
            out << label(f);
    }
    return out;
}

} // namespace stepwise::FlagText
