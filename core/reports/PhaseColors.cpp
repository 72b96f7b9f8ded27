// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhaseColors.h"

namespace stepwise {

QColor phaseColor(PhaseKind kind)
{
    switch (kind) {
    case PhaseKind::Intensive:
        return QColor(0xd9, 0x6c, 0x2c);
    case PhaseKind::StepDown:
        return QColor(0x3a, 0x7c, 0xc4);
    case PhaseKind::Aftercare:
        return QColor(0x3e, 0x9a, 0x5c);
    }
    return Qt::gray;
}

} // namespace stepwise
