// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoleSet.h"

#include <QRegularExpression>

namespace stepwise {

QList<StaffRole> RoleSet::roles() const
{
    QList<StaffRole> list;
    for (StaffRole r : allValues<StaffRole>()) {
        if (has(r))
            list.append(r);
    }
    return list;
}

QStringList RoleSet::storageKeys() const
{
    QStringList keys;
    for (StaffRole r : roles())
        keys.append(storageKey(r));
    return keys;
}

QString RoleSet::labels() const
{
    QStringList names;
    for (StaffRole r : roles())
        names.append(label(r));
    return names.join(QStringLiteral(", "));
}

std::optional<RoleSet> RoleSet::parse(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[,;+\\s]+"));
    RoleSet set;
    for (const QString& word : text.split(separators, Qt::SkipEmptyParts)) {
        const auto role = parseStaffRole(word);
        if (!role)
            return std::nullopt;
        set.add(*role);
    }
    return set;
}

} // namespace stepwise
