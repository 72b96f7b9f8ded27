// SPDX-License-Identifier: GPL-3.0-or-later
// staff list and staff add: enough to prepare a fresh database for an import that names
// counselors.
#include "Command.h"
#include "TextTable.h"
#include "storage/StaffStore.h"

#include <QCoreApplication>

namespace stepwise::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise-cli", text);
}

const QString NameOption = QStringLiteral("name");
const QString RoleOption = QStringLiteral("role");

int list(Console& console, const Invocation& invocation)
{
    const auto db = openDatabase(console, invocation);
    if (!db)
        return Failed;
    const auto staff = StaffStore(*db).list(true);
    if (!staff)
        return console.fail(staff.error());
    using Align = TextTable::Align;
    TextTable table({ { tr("Name"), Align::Left }, { tr("Role"), Align::Left },
        { tr("Active"), Align::Left } });
    for (const StaffMember& member : *staff)
        table.addRow({ member.name, member.roles.labels(), member.active ? tr("yes") : tr("no") });
    console.write(table.render().toUtf8());
    return Success;
}

int add(Console& console, const Invocation& invocation)
{
    if (!invocation.isSet(NameOption) || invocation.value(NameOption).trimmed().isEmpty())
        return console.usage(tr("'staff add' needs --name NAME"));
    if (!invocation.isSet(RoleOption))
        return console.usage(tr("'staff add' needs --role counselor|supervisor|administrator"));
    const auto role = RoleSet::parse(invocation.value(RoleOption));
    if (!role || role->isEmpty())
        return console.usage(tr("--role expects counselor, supervisor or administrator, not '%1'")
                                 .arg(invocation.value(RoleOption)));

    const auto db = openDatabase(console, invocation);
    if (!db)
        return Failed;
    StaffMember member;
    member.name = invocation.value(NameOption).simplified();
    member.roles = *role;
    const auto id = StaffStore(*db).add(member);
    if (!id)
        return console.fail(id.error());
    console.print(tr("added %1 (%2)").arg(printable(member.name), member.roles.labels()));
    return Success;
}

} // namespace

QList<Command> staffCommands()
{
    return {
        { { QStringLiteral("staff"), QStringLiteral("list") }, tr("List staff members."), {}, {},
            list },
        { { QStringLiteral("staff"), QStringLiteral("add") },
            tr("Add a staff member, e.g. the counselors a CSV file names."),
            {
                { QStringList { NameOption }, tr("Full name, unique in the clinic."), tr("NAME") },
                { QStringList { RoleOption }, tr("counselor, supervisor or administrator."),
                    tr("ROLE") },
            },
            {}, add },
    };
}

} // namespace stepwise::cli
