// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgramSettings.h"

namespace stepwise {

PhasePlan ProgramSettings::defaultPlan(PhaseKind kind) const
{
    switch (kind) {
    case PhaseKind::Intensive:
        return intensive;
    case PhaseKind::StepDown:
        return stepDown;
    case PhaseKind::Aftercare:
        return aftercare;
    }
    return intensive;
}

void ProgramSettings::setDefaultPlan(PhaseKind kind, PhasePlan plan)
{
    switch (kind) {
    case PhaseKind::Intensive:
        intensive = plan;
        break;
    case PhaseKind::StepDown:
        stepDown = plan;
        break;
    case PhaseKind::Aftercare:
        aftercare = plan;
        break;
    }
}

} // namespace stepwise
