// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "domain/Episode.h"

#include <optional>

namespace stepwise {

class Database;

// Staff members and their roles. Anyone signed in may read the list (counselor names appear
// on every chart); adding and changing needs Permission::ManageStaff. Accounts and passwords
// are AccountStore's.
class StaffStore
{
public:
    explicit StaffStore(Database& db)
        : m_db(db)
    { }

    Result<QList<StaffMember>> list(bool includeInactive = true);
    Result<StaffMember> get(Id id);
    // Exact match on the name, ignoring case and Unicode form.
    Result<std::optional<StaffMember>> findByName(const QString& name);
    Result<std::optional<StaffMember>> findByUsername(const QString& username);
    // Name required and unique; at least one role.
    Result<Id> add(StaffMember member);
    // Name, roles and active; the last active administrator with an account keeps the role.
    Status update(const StaffMember& member);

private:
    Result<QList<StaffMember>> select(const QString& where, const QVariantList& values);
    Status writeRoles(Id staffId, const RoleSet& roles);
    Database& m_db;
};

// Helpers shared with AccountStore: not part of the store's interface for callers.
namespace StaffRecords {
QVariantMap auditValues(const StaffMember& member);
// Whether another active staff member (not `exceptId`) holds Administrator and an account.
Result<bool> otherAdministratorExists(Database& db, Id exceptId);
} // namespace StaffRecords

} // namespace stepwise
