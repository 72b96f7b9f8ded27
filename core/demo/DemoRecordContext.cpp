// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoRecordContext.h"

#include "storage/Database.h"

namespace stepwise::demo {

void DemoRecordContext::actAs(Id staffId)
{
    if (db.session() && db.session()->staffId == staffId)
        return;
    const StaffMember member = staff.value(staffId);
    Session session;
    session.staffId = member.id;
    session.name = member.name;
    session.username = member.username;
    session.roles = member.roles;
    session.signedInAt = clock.nowUtc();
    db.setSession(session);
}

QDateTime DemoRecordContext::at(const QDate& date, int fromHour, int toHour)
{
    const int minute = rng.between(fromHour * 60, std::max(fromHour, toHour) * 60 - 1);
    return clock.instant(date, QTime(minute / 60, minute % 60, rng.between(0, 59)));
}

bool DemoRecordContext::pinAt(const QDateTime& utc)
{
    if (!clock.reaches(utc)) {
        clock.release();
        return false;
    }
    clock.pin(utc);
    return true;
}

} // namespace stepwise::demo
