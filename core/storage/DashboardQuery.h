// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "supervision/Dashboard.h"

namespace stepwise {

class Database;

namespace DashboardQuery {

// Every participant in care with the dashboard's flags as of `today`, and every staff member
// for the counselor lines. Supervisors only (Permission::ViewAllReports): it is the whole
// program's picture.
Result<Dashboard> load(Database& db, const QDate& today);

} // namespace DashboardQuery
} // namespace stepwise
