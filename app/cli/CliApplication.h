// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "Console.h"

#include <QStringList>

namespace stepwise::cli {

// stepwise-cli: reads the command line, picks the command and runs it. Global options
// (--db, --help, --version) may come before or after the command words.
class CliApplication
{
public:
    explicit CliApplication(Console& console);

    // `arguments` includes the program name first, as QCoreApplication::arguments() gives it.
    int run(const QStringList& arguments);

private:
    int runCommand(const Command& command, const QStringList& rest, const QString& globalDb);
    QString overview() const;
    const Command* find(const QStringList& words, int* consumed, QString* problem) const;

    Console& m_console;
    QList<Command> m_commands;
};

} // namespace stepwise::cli
