// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardQuery.h"

#include "CaseloadQuery.h"
#include "StaffStore.h"
#include "auth/Access.h"
#include "supervision/CaseloadFlagRules.h"

namespace stepwise::DashboardQuery {

Result<Dashboard> load(Database& db, const QDate& today)
{
    if (Status s = Access::require(db, Permission::ViewAllReports); !s)
        return s.error();
    CaseloadFilter inCare;
    inCare.inCareOnly = true;
    auto rows = CaseloadQuery::rows(db, inCare, today);
    if (!rows)
        return rows.error();
    auto staff = StaffStore(db).list(true);
    if (!staff)
        return staff.error();
    QList<DashboardEntry> entries;
    entries.reserve(rows->size());
    for (const CaseloadRow& row : std::as_const(*rows)) {
        if (!row.phase)
            continue; // an open episode always has a phase; a damaged one is not counted
        DashboardEntry e;
        e.participantId = row.participantId;
        e.recordNumber = row.recordNumber;
        e.name = row.name;
        e.counselorId = row.counselorId;
        e.phase = *row.phase;
        e.daysInPhase = row.daysInPhase;
        e.flags = CaseloadFlagRules::of(row);
        entries.append(e);
    }
    return Dashboard(today, std::move(entries), *staff);
}

} // namespace stepwise::DashboardQuery
