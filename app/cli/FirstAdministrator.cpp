// SPDX-License-Identifier: GPL-3.0-or-later
#include "FirstAdministrator.h"

#include "SignIn.h"
#include "Terminal.h"
#include "storage/AccountStore.h"

#include <QCoreApplication>

namespace stepwise::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise-cli", text);
}

} // namespace

FirstAdministrator::FirstAdministrator(
    Console& console, const Invocation& invocation, QString nameOption, QString usernameOption)
    : m_console(console)
    , m_invocation(invocation)
    , m_nameOption(std::move(nameOption))
    , m_usernameOption(std::move(usernameOption))
{
    m_name = invocation.value(m_nameOption).simplified();
    m_username = invocation.value(m_usernameOption).trimmed();
    if (m_username.isEmpty())
        m_username = qEnvironmentVariable(UserVariable).trimmed();
}

FirstAdministrator::~FirstAdministrator()
{
    wipe(m_password);
}

int FirstAdministrator::checkAvailable() const
{
    if (Terminal::isInteractive())
        return Success;
    QStringList missing;
    if (m_name.isEmpty())
        missing << tr("--%1 NAME").arg(m_nameOption);
    if (m_username.isEmpty())
        missing << tr("--%1 USER (or %2)").arg(m_usernameOption, QLatin1String(UserVariable));
    if (qEnvironmentVariable(PasswordVariable).isEmpty())
        missing << QLatin1String(PasswordVariable);
    if (missing.isEmpty())
        return Success;
    return m_console.usage(tr("'%1' needs the first administrator's %2, or a terminal to ask on")
                               .arg(m_invocation.commandName(), missing.join(tr(", "))));
}

int FirstAdministrator::ask()
{
    Terminal terminal(m_console);
    if (m_name.isEmpty()) {
        const auto name = terminal.ask(tr("The first administrator's full name: "));
        m_name = name.value_or(QString()).simplified();
        if (m_name.isEmpty())
            return m_console.fail(tr("no name given; nothing was created"));
    }
    if (m_username.isEmpty()) {
        const auto username = terminal.ask(tr("Their user name: "));
        m_username = username.value_or(QString()).trimmed();
        if (m_username.isEmpty())
            return m_console.fail(tr("no user name given; nothing was created"));
    }
    auto password = newPassword(m_console, PasswordVariable, m_username);
    if (!password)
        return Failed;
    m_password = *password;
    wipe(*password);
    return Success;
}

int FirstAdministrator::create(Database& db)
{
    StaffMember member;
    member.name = m_name;
    member.username = m_username;
    member.roles = { StaffRole::Administrator };
    const auto id = AccountStore(db).createFirstAdministrator(member, m_password);
    wipe(m_password);
    if (!id)
        return m_console.fail(id.error());
    return Success;
}

} // namespace stepwise::cli
