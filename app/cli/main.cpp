// SPDX-License-Identifier: GPL-3.0-or-later
// stepwise-cli: the headless front end. All logic lives in stepwise_cli_lib.
#include "CliApplication.h"
#include "Console.h"
#include "security/ProcessHardening.h"

#include <QCoreApplication>
#include <QFile>
#include <cstdio>

int main(int argc, char** argv)
{
#ifdef STEPWISE_RELEASE_HARDENING
    // Passwords and records pass through this process: keep them out of core files.
    stepwise::ProcessHardening::disableCoreDumps();
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("stepwise-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STEPWISE_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Stepwise"));

    QFile out;
    QFile err;
    // File descriptors, not FILE*: each write goes straight out, in order, with no stdio buffer.
    if (!out.open(fileno(stdout), QIODevice::WriteOnly | QIODevice::Unbuffered)
        || !err.open(fileno(stderr), QIODevice::WriteOnly | QIODevice::Unbuffered))
        return 1;
    stepwise::cli::Console console(out, err);
    stepwise::cli::CliApplication cli(console);
    return cli.run(QCoreApplication::arguments());
}
