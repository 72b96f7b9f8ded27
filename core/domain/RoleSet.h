// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Enums.h"

#include <QStringList>
#include <optional>

namespace stepwise {

// The roles one staff member holds; a person may hold several (a supervisor who also carries a
// caseload is counselor + supervisor).
class RoleSet
{
public:
    constexpr RoleSet() = default;
    constexpr RoleSet(std::initializer_list<StaffRole> roles)
    {
        for (StaffRole r : roles)
            m_bits |= bit(r);
    }

    constexpr bool has(StaffRole role) const { return (m_bits & bit(role)) != 0; }
    constexpr void add(StaffRole role) { m_bits |= bit(role); }
    constexpr void remove(StaffRole role) { m_bits &= ~bit(role); }
    constexpr bool isEmpty() const { return m_bits == 0; }
    // Counselor or supervisor: may read clinical content. Administration alone does not.
    constexpr bool isClinical() const
    {
        return has(StaffRole::Counselor) || has(StaffRole::Supervisor);
    }

    QList<StaffRole> roles() const;
    QStringList storageKeys() const; // in the order of allValues<StaffRole>()
    QString labels() const;          // "Counselor, Supervisor", for people
    // "counselor,supervisor" or "counselor supervisor"; nullopt when a word is not a role.
    static std::optional<RoleSet> parse(const QString& text);

    constexpr bool operator==(const RoleSet&) const = default;

private:
    static constexpr unsigned bit(StaffRole r) { return 1u << unsigned(r); }
    unsigned m_bits = 0;
};

} // namespace stepwise
