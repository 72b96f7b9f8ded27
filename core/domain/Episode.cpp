// SPDX-License-Identifier: GPL-3.0-or-later
#include "Episode.h"

namespace stepwise {

const Phase* Episode::currentPhase() const
{
    for (const Phase& phase : phases) {
        if (phase.isOpen())
            return &phase;
    }
    return nullptr;
}

} // namespace stepwise
