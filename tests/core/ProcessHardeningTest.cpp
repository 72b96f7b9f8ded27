// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/ProcessHardening.h"

#include <catch2/catch.hpp>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace stepwise;

TEST_CASE("Hardening turns core dumps off for the process", "[core][security]")
{
    // In a child, so the test runner itself stays debuggable.
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        if (!ProcessHardening::isDumpable())
            _exit(3); // the runner was already undumpable: the test would prove nothing
        if (!ProcessHardening::disableCoreDumps())
            _exit(4);
        rlimit core {};
        getrlimit(RLIMIT_CORE, &core);
        _exit(!ProcessHardening::isDumpable() && core.rlim_cur == 0 && core.rlim_max == 0 ? 0 : 5);
    }
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
}
