// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QDate>

namespace stepwise {

class Database;

// A synthetic clinic for demos, screenshots and benchmarks. No real person's data: names are
// combined from short lists of common given and family names. Same seed, same data.
struct DemoOptions
{
    int participants = 200;
    quint32 seed = 1;
    QDate today; // the generated history ends here; null means Clock::instance().today()
};

struct DemoSummary
{
    int staff = 0;
    int participants = 0;
    int episodes = 0;
    int phases = 0;
};

namespace DemoGenerator {

// Fills an empty (freshly initialised) database; refuses one that already holds participants.
Result<DemoSummary> generate(Database& db, const DemoOptions& options);

} // namespace DemoGenerator
} // namespace stepwise
