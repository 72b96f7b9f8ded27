// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QDate>
#include <optional>

namespace stepwise {

class Database;

// A synthetic clinic for demos, screenshots and benchmarks. No real person's data: names are
// combined from short lists of common given and family names. Same seed, same data.
struct DemoOptions
{
    int participants = 200;
    quint32 seed = 1;
    // How many of them are in care today; the rest are discharged. Unset: about 60 %.
    std::optional<int> inCare;
    // Years of history: discharged participants were admitted within them and attendance is
    // recorded for all of them. Unset: admissions within two years, attendance for the last.
    std::optional<int> years;
    static constexpr int MaxYears = 20;
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
    // The clinical record (issue 6).
    int treatmentPlans = 0; // episodes with a finalized treatment plan
    int planVersions = 0;   // finalized versions, those made by reviews included
    int planReviews = 0;
    int relapsePlans = 0; // versions
    int aftercarePlans = 0;
    int medications = 0;
    int notes = 0; // participants' notes: individual, other contacts and parts of group notes
    int notesSigned = 0;
    int notesDraft = 0;
    int notesAwaitingCosign = 0;
    int groupNotes = 0;
    int screens = 0;
    int unexpectedPositiveScreens = 0;
    int useEvents = 0;
    int dischargeRecords = 0; // discharged episodes with their signed record
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
