// SPDX-License-Identifier: GPL-3.0-or-later
#include "Schema.h"

#include "AuditTrail.h"
#include "Database.h"
#include "schema/Migrations.h"

#include <QCoreApplication>
#include <functional>
#include <variant>

namespace stepwise::Schema {

namespace {

// A migration step is a statement or, where SQL alone cannot do it, a function.
using Step = std::variant<QString, std::function<Status(Database&)>>;

QList<Step> steps(const QStringList& sql)
{
    QList<Step> list;
    for (const QString& s : sql)
        list.append(s);
    return list;
}

const QList<QList<Step>>& migrations()
{
    static const QList<QList<Step>> all = [] {
        QList<QList<Step>> m;
        m.append(steps(Migrations::version1()));
        QList<Step> two = steps(Migrations::version2Tables());
        two.append(std::function<Status(Database&)>(&AuditTrail::chainUnchainedRows));
        two.append(steps(Migrations::version2Triggers()));
        m.append(two);
        m.append(steps(Migrations::version3()));
        m.append(steps(Migrations::version4()));
        m.append(steps(Migrations::version5()));
        m.append(steps(Migrations::version6()));
        m.append(steps(Migrations::version7()));
        return m;
    }();
    return all;
}

} // namespace

QStringList auditLogTriggers()
{
    return Migrations::version2Triggers();
}

int currentVersion()
{
    return int(migrations().size());
}

QStringList migration(int version)
{
    if (version < 1 || version > currentVersion())
        return {};
    QStringList sql;
    for (const Step& step : migrations().at(version - 1)) {
        if (const auto* statement = std::get_if<QString>(&step))
            sql.append(*statement);
    }
    return sql;
}

Status migrate(Database& db, int target)
{
    if (target < 0)
        target = currentVersion();
    const int from = db.schemaVersion();
    if (from < 0)
        return storageError(QCoreApplication::translate(
            "stepwise::Schema", "Cannot read the data format version."));
    if (from >= target)
        return {};

    // One transaction for the whole upgrade: a crash leaves the old schema or the new one.
    Transaction tx(db);
    if (!tx.ok())
        return tx.error();
    for (int version = from + 1; version <= target; ++version) {
        for (const Step& step : migrations().at(version - 1)) {
            Status done;
            if (const auto* sql = std::get_if<QString>(&step)) {
                if (auto r = db.exec(*sql); !r)
                    done = r.error();
            } else {
                done = std::get<std::function<Status(Database&)>>(step)(db);
            }
            if (!done) {
                Error e = done.error();
                e.message = QCoreApplication::translate("stepwise::Schema",
                    "Upgrading the database to data format %1 failed; it was left unchanged.")
                                .arg(version);
                return e;
            }
        }
    }
    // PRAGMA values cannot be bound; both are integers we format ourselves.
    if (auto r = db.exec(QStringLiteral("PRAGMA user_version = ") + QString::number(target)); !r)
        return r.error();
    if (auto r = db.exec(
            QStringLiteral("PRAGMA application_id = ") + QString::number(Database::ApplicationId));
        !r)
        return r.error();
    return tx.commit();
}

} // namespace stepwise::Schema
