// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "domain/Episode.h"

#include <optional>

namespace stepwise {

class Database;

class StaffStore
{
public:
    explicit StaffStore(Database& db)
        : m_db(db)
    { }

    Result<QList<StaffMember>> list(bool includeInactive = true);
    Result<StaffMember> get(Id id);
    // Exact, case-insensitive match on the name.
    Result<std::optional<StaffMember>> findByName(const QString& name);
    Result<Id> add(StaffMember member); // name required and unique (case-insensitive)
    Status update(const StaffMember& member);

private:
    Database& m_db;
};

} // namespace stepwise
