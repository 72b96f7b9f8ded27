// SPDX-License-Identifier: GPL-3.0-or-later
// Test main for widget tests. ctest's test discovery runs this binary at build time without our
// environment, so the offscreen platform is the default here, not only in ctest's properties.
#define CATCH_CONFIG_RUNNER
#include "TestDatabase.h"

#include <QApplication>
#include <catch2/catch.hpp>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Qt's own event dispatcher instead of GLib's: a test that saves a PDF and runs pdftotext
    // left GLib per-thread data behind, and the sanitizer build's leak check (gcc 12's
    // LeakSanitizer) crashed reading it at exit ("Tracer caught signal 11"), failing a test whose
    // assertions had all passed. Widgets behave the same on either dispatcher.
    if (qEnvironmentVariableIsEmpty("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QApplication app(argc, argv);
    stepwise::test::useFastPasswordHashes();
    return Catch::Session().run(argc, argv);
}
