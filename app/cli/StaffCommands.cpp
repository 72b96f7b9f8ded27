// SPDX-License-Identifier: GPL-3.0-or-later
// staff list, add, passwd, unlock, roles, deactivate, activate and first-admin: staff members
// and their accounts. Core checks who may do what (ManageStaff for everything but the list and
// one's own password); these commands only gather the input and print the outcome.
#include "Command.h"
#include "FirstAdministrator.h"
#include "SignIn.h"
#include "TextTable.h"
#include "auth/Access.h"
#include "common/Clock.h"
#include "storage/AccountStore.h"
#include "storage/StaffStore.h"

#include <QCoreApplication>

namespace stepwise::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise-cli", text);
}

const QString NameOption = QStringLiteral("name");
const QString RolesOption = QStringLiteral("roles");
const QString UsernameOption = QStringLiteral("username");

QCommandLineOption nameOption(const QString& description)
{
    return { QStringList { NameOption }, description, tr("NAME") };
}

QCommandLineOption usernameOption(const QString& description)
{
    return { QStringList { UsernameOption }, description, tr("USER") };
}

QCommandLineOption rolesOption()
{
    // --role is the name of the first release; scripts that use it keep working.
    return { QStringList { RolesOption, QStringLiteral("role") },
        tr("Roles, separated by commas: counselor, supervisor, administrator."), tr("ROLES") };
}

QString value(const Invocation& invocation, const QString& option)
{
    return invocation.isSet(option) ? invocation.value(option).trimmed() : QString();
}

// Parses --roles; nullopt after a usage error.
std::optional<RoleSet> parseRoles(Console& console, const Invocation& invocation)
{
    if (value(invocation, RolesOption).isEmpty()) {
        console.usage(tr("'%1' needs --roles counselor,supervisor,administrator")
                          .arg(invocation.commandName()));
        return std::nullopt;
    }
    const auto roles = RoleSet::parse(invocation.value(RolesOption));
    if (!roles || roles->isEmpty()) {
        console.usage(
            tr("--roles expects counselor, supervisor or administrator, separated by commas, "
               "not '%1'")
                .arg(invocation.value(RolesOption)));
        return std::nullopt;
    }
    return roles;
}

// Commands about one staff member name them by user name or by full name, not both.
int requireOneMember(Console& console, const Invocation& invocation)
{
    const bool byUser = !value(invocation, UsernameOption).isEmpty();
    const bool byName = !value(invocation, NameOption).isEmpty();
    if (byUser == byName)
        return console.usage(
            tr("'%1' needs --username USER or --name NAME").arg(invocation.commandName()));
    return Success;
}

// The staff member --username or --name names; nullopt after printing why not.
std::optional<StaffMember> findMember(Console& console, Database& db, const Invocation& invocation)
{
    StaffStore store(db);
    const QString username = value(invocation, UsernameOption);
    const QString name = invocation.value(NameOption).simplified();
    const auto found = username.isEmpty() ? store.findByName(name) : store.findByUsername(username);
    if (!found) {
        console.fail(found.error());
        return std::nullopt;
    }
    if (!found->has_value()) {
        console.fail(username.isEmpty()
                ? tr("there is no staff member named '%1'").arg(name)
                : tr("there is no account with the user name '%1'").arg(username));
        return std::nullopt;
    }
    return **found;
}

// Refuses, with core's audited refusal, before anything is asked or looked up.
int requireManageStaff(Console& console, Database& db)
{
    if (Status s = Access::require(db, Permission::ManageStaff); !s)
        return console.fail(s.error());
    return Success;
}

int requireNewPassword(Console& console, const Invocation& invocation)
{
    if (newPasswordAvailable(NewPasswordVariable))
        return Success;
    return console.usage(tr("'%1' needs the new password in %2, or a terminal to ask on")
                             .arg(invocation.commandName(), QLatin1String(NewPasswordVariable)));
}

QString lockedUntil(Database& db, const StaffMember& member)
{
    if (member.username.isEmpty())
        return QStringLiteral("-");
    const auto account = AccountStore(db).account(member.id);
    if (!account || !account->lockedUntil.isValid()
        || account->lockedUntil <= Clock::instance().nowUtc())
        return QStringLiteral("-");
    return account->lockedUntil.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

int list(Console& console, const Invocation& invocation)
{
    return runSignedIn(console, invocation, [&](Database& db, SignIn&) {
        const auto staff = StaffStore(db).list(true);
        if (!staff)
            return console.fail(staff.error());
        // Account details are the administrators' (asking for them otherwise is refused and
        // audited), so others see the list without that column.
        const bool administrator = Access::roleAllows(db.session()->roles, Permission::ManageStaff);
        using Align = TextTable::Align;
        QList<TextTable::Column> columns { { tr("Name"), Align::Left },
            { tr("User name"), Align::Left }, { tr("Roles"), Align::Left },
            { tr("Active"), Align::Left } };
        if (administrator)
            columns.append({ tr("Locked until"), Align::Left });
        TextTable table(columns);
        for (const StaffMember& member : *staff) {
            QStringList row { member.name,
                member.username.isEmpty() ? QStringLiteral("-") : member.username,
                member.roles.labels(), member.active ? tr("yes") : tr("no") };
            if (administrator)
                row << lockedUntil(db, member);
            table.addRow(row);
        }
        console.write(table.render().toUtf8());
        return int(Success);
    });
}

int add(Console& console, const Invocation& invocation)
{
    const QString name = invocation.value(NameOption).simplified();
    if (name.isEmpty())
        return console.usage(tr("'staff add' needs --name NAME"));
    const auto roles = parseRoles(console, invocation);
    if (!roles)
        return UsageError;
    const QString username = value(invocation, UsernameOption);
    if (!username.isEmpty()) {
        if (const int status = requireNewPassword(console, invocation); status != Success)
            return status;
    }

    return runSignedIn(console, invocation, [&](Database& db, SignIn&) {
        if (const int status = requireManageStaff(console, db); status != Success)
            return status;
        std::optional<QString> password;
        if (!username.isEmpty()) {
            password = newPassword(console, NewPasswordVariable, username);
            if (!password)
                return int(Failed);
            // Every reason at once, before anything is written.
            const auto errors = AccountStore(db).check(0, name, username, *password);
            if (!errors)
                return console.fail(errors.error());
            if (!errors->isEmpty())
                return console.fail(Error::validation(*errors));
        }
        StaffMember member;
        member.name = name;
        member.roles = *roles;
        // The staff member and their account together, or neither.
        Transaction tx(db);
        if (!tx.ok())
            return console.fail(tx.error());
        const auto id = StaffStore(db).add(member);
        if (!id)
            return console.fail(id.error());
        if (password) {
            const Status s = AccountStore(db).setCredentials(*id, username, *password);
            wipe(*password);
            if (!s)
                return console.fail(s.error());
        }
        if (Status s = tx.commit(); !s)
            return console.fail(s.error());
        if (username.isEmpty())
            console.print(tr("added %1 (%2)").arg(printable(name), member.roles.labels()));
        else
            console.print(tr("added %1 (%2) with the user name %3")
                              .arg(printable(name), member.roles.labels(), printable(username)));
        return int(Success);
    });
}

int passwd(Console& console, const Invocation& invocation)
{
    const QString username = value(invocation, UsernameOption);
    const bool own = username.isEmpty() && value(invocation, NameOption).isEmpty();
    if (const int status = requireNewPassword(console, invocation); status != Success)
        return status;

    return runSignedIn(console, invocation, [&](Database& db, SignIn& signIn) {
        if (own) {
            const QString me = db.session()->username;
            auto password = newPassword(console, NewPasswordVariable, me);
            if (!password)
                return int(Failed);
            const Status s = AccountStore(db).changeOwnPassword(signIn.password(), *password);
            wipe(*password);
            if (!s)
                return console.fail(s.error());
            console.print(tr("changed the password of %1").arg(printable(me)));
            return int(Success);
        }

        if (const int status = requireManageStaff(console, db); status != Success)
            return status;
        std::optional<StaffMember> member;
        QString account = username;
        if (!value(invocation, NameOption).isEmpty()) {
            // --name with --username gives that person this user name (a first account, or a
            // new name); --name alone resets the password of the account they have.
            StaffStore store(db);
            const QString name = invocation.value(NameOption).simplified();
            const auto found = store.findByName(name);
            if (!found)
                return console.fail(found.error());
            if (!found->has_value())
                return console.fail(tr("there is no staff member named '%1'").arg(name));
            member = **found;
            if (account.isEmpty())
                account = member->username;
            if (account.isEmpty())
                return console.fail(tr("%1 has no account yet; give them one with --username USER")
                                        .arg(printable(member->name)));
        } else {
            member = findMember(console, db, invocation);
            if (!member)
                return int(Failed);
        }
        auto password = newPassword(console, NewPasswordVariable, account);
        if (!password)
            return int(Failed);
        const Status s = AccountStore(db).setCredentials(member->id, account, *password);
        wipe(*password);
        if (!s)
            return console.fail(s.error());
        console.print(member->username.isEmpty()
                ? tr("gave %1 the user name %2 and a password")
                      .arg(printable(member->name), printable(account))
                : tr("set a new password for %1 (%2)")
                      .arg(printable(account), printable(member->name)));
        return int(Success);
    });
}

int unlock(Console& console, const Invocation& invocation)
{
    if (const int status = requireOneMember(console, invocation); status != Success)
        return status;
    return runSignedIn(console, invocation, [&](Database& db, SignIn&) {
        if (const int status = requireManageStaff(console, db); status != Success)
            return status;
        const auto member = findMember(console, db, invocation);
        if (!member)
            return int(Failed);
        if (Status s = AccountStore(db).unlock(member->id); !s)
            return console.fail(s.error());
        console.print(tr("unlocked %1").arg(printable(member->name)));
        return int(Success);
    });
}

// staff roles, deactivate and activate: StaffStore::update with one thing changed.
int update(Console& console, const Invocation& invocation,
    const std::function<void(StaffMember&)>& change, const char* done)
{
    return runSignedIn(console, invocation, [&](Database& db, SignIn&) {
        if (const int status = requireManageStaff(console, db); status != Success)
            return status;
        auto member = findMember(console, db, invocation);
        if (!member)
            return int(Failed);
        change(*member);
        if (Status s = StaffStore(db).update(*member); !s)
            return console.fail(s.error());
        console.print(tr(done).arg(printable(member->name), member->roles.labels()));
        return int(Success);
    });
}

int roles(Console& console, const Invocation& invocation)
{
    if (const int status = requireOneMember(console, invocation); status != Success)
        return status;
    const auto roles = parseRoles(console, invocation);
    if (!roles)
        return UsageError;
    return update(
        console, invocation, [&](StaffMember& m) { m.roles = *roles; },
        QT_TRANSLATE_NOOP("stepwise-cli", "%1 now holds: %2"));
}

int deactivate(Console& console, const Invocation& invocation)
{
    if (const int status = requireOneMember(console, invocation); status != Success)
        return status;
    return update(
        console, invocation, [](StaffMember& m) { m.active = false; },
        QT_TRANSLATE_NOOP("stepwise-cli", "deactivated %1 (%2); they can no longer sign in"));
}

int activate(Console& console, const Invocation& invocation)
{
    if (const int status = requireOneMember(console, invocation); status != Success)
        return status;
    return update(
        console, invocation, [](StaffMember& m) { m.active = true; },
        QT_TRANSLATE_NOOP("stepwise-cli", "activated %1 (%2)"));
}

int firstAdmin(Console& console, const Invocation& invocation)
{
    FirstAdministrator admin(console, invocation, NameOption, UsernameOption);
    if (const int status = admin.checkAvailable(); status != Success)
        return status;
    const auto db = openDatabase(console, invocation);
    if (!db)
        return Failed;
    const auto needed = AccountStore(*db).needsFirstAdministrator();
    if (!needed)
        return console.fail(needed.error());
    if (!*needed)
        return console.fail(
            tr("%1 already has an administrator who can sign in; ask them for an account")
                .arg(invocation.databasePath()));
    if (const int status = admin.ask(); status != Success)
        return status;
    if (const int status = admin.create(*db); status != Success)
        return status;
    console.print(tr("added the administrator %1 (user name %2)")
                      .arg(printable(admin.name()), printable(admin.username())));
    return Success;
}

} // namespace

QList<Command> staffCommands()
{
    const QString memberHelp = tr("The staff member's user name (or use --name).");
    return {
        { { QStringLiteral("staff"), QStringLiteral("list") },
            tr("List staff members with their user names and roles (administrators also see "
               "locked accounts)."),
            {}, {}, list },
        { { QStringLiteral("staff"), QStringLiteral("add") },
            tr("Add a staff member; with --username also their account (password from "
               "STEPWISE_NEW_PASSWORD, or asked twice)."),
            { nameOption(tr("Full name, unique in the clinic.")), rolesOption(),
                usernameOption(tr("A user name to sign in with (optional).")) },
            {}, add },
        { { QStringLiteral("staff"), QStringLiteral("passwd") },
            tr("Change your own password; with --username or --name, set someone's (an "
               "administrator's task, which also unlocks the account)."),
            { usernameOption(tr("Whose account; with --name, the user name to give them.")),
                nameOption(tr("Whose account, by full name.")) },
            {}, passwd },
        { { QStringLiteral("staff"), QStringLiteral("unlock") },
            tr("Unlock an account locked after failed sign-ins."),
            { usernameOption(memberHelp), nameOption(tr("The staff member's full name.")) }, {},
            unlock },
        { { QStringLiteral("staff"), QStringLiteral("roles") },
            tr("Replace a staff member's roles."),
            { usernameOption(memberHelp), nameOption(tr("The staff member's full name.")),
                rolesOption() },
            {}, roles },
        { { QStringLiteral("staff"), QStringLiteral("deactivate") },
            tr("Stop a staff member from signing in; their records and audit rows stay."),
            { usernameOption(memberHelp), nameOption(tr("The staff member's full name.")) }, {},
            deactivate },
        { { QStringLiteral("staff"), QStringLiteral("activate") },
            tr("Let a deactivated staff member sign in again."),
            { usernameOption(memberHelp), nameOption(tr("The staff member's full name.")) }, {},
            activate },
        { { QStringLiteral("staff"), QStringLiteral("first-admin") },
            tr("Give a database without an administrator account its first one (password from "
               "STEPWISE_PASSWORD, or asked twice); needs no sign-in."),
            { nameOption(tr("The administrator's full name.")),
                usernameOption(tr("Their user name (default: STEPWISE_USER).")) },
            {}, firstAdmin },
    };
}

} // namespace stepwise::cli
