// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffChoice.h"

#include "storage/Database.h"
#include "storage/StaffStore.h"

namespace stepwise {

StaffChoice::StaffChoice(Database& db, StaffRole role, QWidget* parent)
    : QComboBox(parent)
{
    auto staff = StaffStore(db).list(false);
    if (!staff)
        return;
    for (const StaffMember& m : *staff) {
        if (m.roles.has(role))
            addItem(m.name, QVariant::fromValue<Id>(m.id));
    }
    const int me = findData(QVariant::fromValue<Id>(db.actorId()));
    if (me >= 0)
        setCurrentIndex(me);
}

} // namespace stepwise
