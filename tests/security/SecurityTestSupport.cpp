// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecurityTestSupport.h"

#include "storage/AccountStore.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

namespace stepwise::sectest {

Id addAccount(test::TestDatabase& t, const QString& name, const RoleSet& roles,
    const QString& username, const QString& password)
{
    const Id id = t.addStaff(name, roles);
    asLead(t, [&] { REQUIRE_OK(AccountStore(t.db()).setCredentials(id, username, password)); });
    return id;
}

QList<AuditEntry> auditRows(test::TestDatabase& t, const AuditFilter& filter)
{
    return asLead(t, [&] {
        auto rows = AuditTrail::entries(t.db(), filter);
        REQUIRE_OK(rows);
        return rows.value();
    });
}

Id lastAuditId(test::TestDatabase& t)
{
    AuditFilter newest;
    newest.limit = 1;
    const auto rows = auditRows(t, newest);
    return rows.isEmpty() ? 0 : rows.first().id;
}

QList<AuditEntry> auditRowsAfter(test::TestDatabase& t, Id afterId)
{
    QList<AuditEntry> after;
    for (const AuditEntry& e : auditRows(t)) {
        if (e.id > afterId)
            after.append(e);
    }
    return after;
}

QStringList actions(const QList<AuditEntry>& rows)
{
    QStringList list;
    for (const AuditEntry& e : rows)
        list.append(e.action);
    return list;
}

QString storedPasswordHash(test::TestDatabase& t, Id staffId)
{
    auto row = t.db().queryOne(
        QStringLiteral("SELECT password_hash FROM staff WHERE id = ?"), { staffId });
    REQUIRE_OK(row);
    REQUIRE(row->has_value());
    return (*row)->value(0).toString();
}

QByteArray databaseBytes(test::TestDatabase& t)
{
    return test::fileBytes(t.path()) + test::fileBytes(t.path() + QStringLiteral("-wal"));
}

} // namespace stepwise::sectest
