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
    QApplication app(argc, argv);
    stepwise::test::useFastPasswordHashes();
    return Catch::Session().run(argc, argv);
}
