// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace stepwise {

// What the command line asked for; main() parses, this runs it.
struct StartupOptions
{
    QString databasePath;                      // --db: an existing file; empty for the default
    bool demo = false;                         // --demo: the demo database, generated on first use
    QString screenshotPath;                    // --screenshot: render and exit
    QString view = QStringLiteral("caseload"); // --view
};

namespace Startup {

// Opens the database the options name and either renders the screenshot or runs the main
// window until it closes. Returns the process exit code. Problems opening the database are
// shown in a message box (on stderr when taking a screenshot) and give a non-zero code.
int run(const StartupOptions& options);

// The default and the demo database files, under QStandardPaths::AppDataLocation.
QString defaultDatabasePath();
QString demoDatabasePath();

} // namespace Startup
} // namespace stepwise
