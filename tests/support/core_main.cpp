// SPDX-License-Identifier: GPL-3.0-or-later
// Test main for core, storage and io tests: a QCoreApplication so Qt Sql and translations work.
#define CATCH_CONFIG_RUNNER
#include "TestDatabase.h"

#include <QCoreApplication>
#include <catch2/catch.hpp>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    stepwise::test::useFastPasswordHashes();
    return Catch::Session().run(argc, argv);
}
