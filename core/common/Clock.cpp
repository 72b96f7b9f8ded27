// SPDX-License-Identifier: GPL-3.0-or-later
#include "Clock.h"

namespace stepwise {

namespace {
const SystemClock systemClock;
const Clock* current = &systemClock;
} // namespace

const Clock& Clock::instance()
{
    return *current;
}

void Clock::setInstance(const Clock* clock)
{
    current = clock ? clock : &systemClock;
}

} // namespace stepwise
