// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"

#include <QColor>

namespace stepwise {

// One colour per phase, shared by the caseload and the timeline so a phase reads the same
// everywhere, printed summaries included: warm for the most intensive care, cooling as care steps
// down.
QColor phaseColor(PhaseKind kind);

} // namespace stepwise
