// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QString>

namespace stepwise::cli {

// The first administrator of a database, for `init` and `staff first-admin`: a name and user
// name from the command line (the user name may come from STEPWISE_USER), a password from
// STEPWISE_PASSWORD; what is missing is asked on the terminal.
class FirstAdministrator
{
public:
    FirstAdministrator(
        Console& console, const Invocation& invocation, QString nameOption, QString usernameOption);
    ~FirstAdministrator();

    // Success when everything can be had; else a usage error naming what is missing. Checked
    // before any file is touched.
    int checkAvailable() const;
    // Asks for what is missing; Success, or Failed after printing why.
    int ask();
    // AccountStore::createFirstAdministrator; Success, or Failed after printing core's reasons.
    int create(Database& db);

    QString name() const { return m_name; }
    QString username() const { return m_username; }

private:
    Console& m_console;
    const Invocation& m_invocation;
    QString m_nameOption;
    QString m_usernameOption;
    QString m_name;
    QString m_username;
    QString m_password;
};

} // namespace stepwise::cli
