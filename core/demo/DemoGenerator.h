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
    int sessions = 0;   // group and individual, a year of them
    int attendance = 0; // rows recorded
};

namespace DemoGenerator {

// The documented demo accounts (README, docs/cli.md): an administrator, the first supervisor
// and the first counselor, all with this password. Demo databases only; it is public.
inline constexpr const char* AdministratorUser = "admin";
inline constexpr const char* SupervisorUser = "supervisor";
inline constexpr const char* CounselorUser = "counselor";
inline constexpr const char* Password = "demo-Harbor-Lantern-42";

// Fills a new database (no staff accounts yet) with staff, the demo accounts and participants;
// refuses one that already has accounts or participants.
Result<DemoSummary> generate(Database& db, const DemoOptions& options);

} // namespace DemoGenerator
} // namespace stepwise
