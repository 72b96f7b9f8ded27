// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Console.h"

#include <QString>
#include <optional>

namespace stepwise::cli {

// Questions asked on the terminal for what the command line and the environment do not give:
// user names and passwords. Standard input is read only when it is a terminal, so a script
// without the environment variables fails at once instead of waiting for input.
class Terminal
{
public:
    explicit Terminal(Console& console)
        : m_console(console)
    { }

    // Whether standard input is a terminal someone can type into.
    static bool isInteractive();

    // One line, echoed as typed; nullopt at the end of input (Ctrl-D) or when not interactive.
    std::optional<QString> ask(const QString& prompt);
    // One line with echo turned off (termios); the terminal's settings come back afterwards,
    // also when the program is interrupted while asking.
    std::optional<QString> askSecret(const QString& prompt);

private:
    Console& m_console;
};

} // namespace stepwise::cli
