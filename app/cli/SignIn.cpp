// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignIn.h"

#include "Terminal.h"
#include "auth/Authenticator.h"

#include <QCoreApplication>

namespace stepwise::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise-cli", text);
}

// An empty variable counts as unset: `STEPWISE_PASSWORD= cmd` should not try an empty password.
std::optional<QString> fromEnvironment(const char* variable)
{
    const QString value = qEnvironmentVariable(variable);
    if (value.isEmpty())
        return std::nullopt;
    return value;
}

} // namespace

void wipe(QString& secret)
{
    // QString shares its buffer on copy; writing through data() detaches only when shared, so
    // this clears the copy this object holds, which is all it can do.
    QChar* p = secret.data();
    for (qsizetype i = 0; i < secret.size(); ++i)
        p[i] = QChar(0);
    secret.clear();
}

SignIn::~SignIn()
{
    signOut();
    wipe(m_password);
}

int SignIn::checkAvailable() const
{
    if ((fromEnvironment(UserVariable) && fromEnvironment(PasswordVariable))
        || Terminal::isInteractive())
        return Success;
    return m_console.usage(
        tr("this command needs you to sign in: set %1 and %2, or run it in a terminal to be asked")
            .arg(QLatin1String(UserVariable), QLatin1String(PasswordVariable)));
}

int SignIn::signIn(Database& db, const QString& commandName)
{
    Terminal terminal(m_console);
    std::optional<QString> user = fromEnvironment(UserVariable);
    if (!user)
        user = terminal.ask(tr("User name: "));
    if (!user || user->trimmed().isEmpty())
        return m_console.fail(tr("no user name given"));
    std::optional<QString> password = fromEnvironment(PasswordVariable);
    if (!password)
        password = terminal.askSecret(tr("Password for %1: ").arg(user->trimmed()));
    if (!password || password->isEmpty())
        return m_console.fail(tr("no password given"));
    m_password = *password;
    wipe(*password);

    auto session = Authenticator(db).signIn(user->trimmed(), m_password);
    if (!session)
        return m_console.fail(session.error());
    m_db = &db;
    m_commandName = commandName;
    return Success;
}

void SignIn::signOut()
{
    if (!m_db)
        return;
    Authenticator(*m_db).signOut(tr("end of stepwise-cli %1").arg(m_commandName));
    m_db = nullptr;
}

int runSignedIn(Console& console, const Invocation& invocation,
    const std::function<int(Database&, SignIn&)>& work)
{
    SignIn signIn(console);
    if (const int status = signIn.checkAvailable(); status != Success)
        return status;
    const auto db = openDatabase(console, invocation);
    if (!db)
        return Failed;
    if (const int status = signIn.signIn(*db, invocation.commandName()); status != Success)
        return status;
    const int status = work(*db, signIn);
    signIn.signOut(); // before the database closes
    return status;
}

bool newPasswordAvailable(const char* variable)
{
    return fromEnvironment(variable) || Terminal::isInteractive();
}

std::optional<QString> newPassword(Console& console, const char* variable, const QString& whose)
{
    if (auto value = fromEnvironment(variable))
        return value;
    Terminal terminal(console);
    auto first = terminal.askSecret(tr("New password for %1: ").arg(whose));
    if (!first || first->isEmpty()) {
        console.fail(tr("no password given"));
        return std::nullopt;
    }
    auto second = terminal.askSecret(tr("The same password again: "));
    const bool same = second && *second == *first;
    if (second)
        wipe(*second);
    if (!same) {
        wipe(*first);
        console.fail(tr("the two passwords differ; nothing was changed"));
        return std::nullopt;
    }
    return first;
}

} // namespace stepwise::cli
