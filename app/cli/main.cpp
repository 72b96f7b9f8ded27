// SPDX-License-Identifier: GPL-3.0-or-later
// stepwise-cli: the headless front end. All logic lives in stepwise_cli_lib.
#include "CliApplication.h"
#include "Console.h"
#include "security/ProcessHardening.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <strings.h>
#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// Two warnings Qt Gui prints that say nothing to an administrator: a script the bundled font
// lacks (the PDF falls back to another font) and a missing XDG_RUNTIME_DIR (cron, root shells).
// Everything else is passed on as Qt would print it.
QtMessageHandler qtHandler = nullptr;

void quietLayoutWarnings(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg
        && (message.startsWith(QLatin1String("OpenType support missing for"))
            || message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set"))))
        return;
    if (qtHandler)
        qtHandler(type, context, message);
}

} // namespace

int main(int argc, char** argv)
{
#ifdef STEPWISE_RELEASE_HARDENING
    // Passwords and records pass through this process: keep them out of core files.
    stepwise::ProcessHardening::disableCoreDumps();
#endif
    // Summaries and the outcomes report are laid out and written as PDF by Qt Gui, which needs
    // a QGuiApplication and a platform: the offscreen one, so a server without a display can
    // write them. Every other command stays a plain QCoreApplication that loads no platform
    // plugin.
    bool layoutNeeded = false;
    bool outcomes = false;
    bool pdf = false;
    for (int i = 1; i < argc; ++i) {
        if (i + 1 < argc && std::strcmp(argv[i], "export") == 0
            && (std::strcmp(argv[i + 1], "summary") == 0
                || std::strcmp(argv[i + 1], "summaries") == 0))
            layoutNeeded = true;
        outcomes = outcomes || std::strcmp(argv[i], "outcomes") == 0;
        pdf = pdf || strcasecmp(argv[i], "--format=pdf") == 0
            || (i + 1 < argc && std::strcmp(argv[i], "--format") == 0
                && strcasecmp(argv[i + 1], "pdf") == 0);
    }
    layoutNeeded = layoutNeeded || (outcomes && pdf);
    if (layoutNeeded && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (layoutNeeded)
        qtHandler = qInstallMessageHandler(quietLayoutWarnings);
    std::unique_ptr<QCoreApplication> app = layoutNeeded
        ? std::make_unique<QGuiApplication>(argc, argv)
        : std::make_unique<QCoreApplication>(argc, argv);
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
