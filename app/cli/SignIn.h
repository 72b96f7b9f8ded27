// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QString>
#include <functional>
#include <optional>

namespace stepwise::cli {

// What scripts sign in with, instead of being asked on the terminal.
inline constexpr char UserVariable[] = "STEPWISE_USER";
inline constexpr char PasswordVariable[] = "STEPWISE_PASSWORD";
// A password being set (`staff add --username`, `staff passwd`), beside the signer's own.
inline constexpr char NewPasswordVariable[] = "STEPWISE_NEW_PASSWORD";

// The person running a command that touches clinical data, staff, the audit log or backups.
// Signs in through core's Authenticator with the user name and password from STEPWISE_USER and
// STEPWISE_PASSWORD, or asked on the terminal, and out again when the command ends, so the
// audit trail shows the whole session. Core decides what the signed-in roles may do.
class SignIn
{
public:
    explicit SignIn(Console& console)
        : m_console(console)
    { }
    ~SignIn(); // signs out when still signed in, and wipes the password
    SignIn(const SignIn&) = delete;
    SignIn& operator=(const SignIn&) = delete;

    // Success when a user name and password can be had: both variables, or a terminal to ask
    // on. Otherwise prints a usage error and returns UsageError. Checked before the database
    // opens, so a script that lacks them leaves the file alone.
    int checkAvailable() const;
    // Asks for what the environment lacks and signs in on `db`. Success, or Failed after
    // printing why: Authenticator's refusal, which never tells whether the user name exists.
    int signIn(Database& db, const QString& commandName);
    void signOut();

    // The password that signed in: the current password `staff passwd` must give.
    const QString& password() const { return m_password; }

private:
    Console& m_console;
    Database* m_db = nullptr;
    QString m_commandName;
    QString m_password;
};

// Opens the database of `invocation`, signs in, runs `work`, signs out. Returns the status of
// the first step that fails, else that of `work`.
int runSignedIn(Console& console, const Invocation& invocation,
    const std::function<int(Database&, SignIn&)>& work);

// Whether a new password can be had: the variable, or a terminal to ask on.
bool newPasswordAvailable(const char* variable);
// A new password for `whose` account: the variable when set, else asked twice on the terminal.
// nullopt after printing why not (the two entries differ, input ended).
std::optional<QString> newPassword(Console& console, const char* variable, const QString& whose);

// Overwrites a password's characters before the string lets go of them.
void wipe(QString& secret);

} // namespace stepwise::cli
