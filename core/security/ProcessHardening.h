// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace stepwise::ProcessHardening {

// Keeps health records out of core files: no core dump is written (RLIMIT_CORE 0) and the
// process is not dumpable (PR_SET_DUMPABLE 0, which also keeps other users' debuggers out).
// Called first thing by the release builds of `stepwise` and `stepwise-cli`; debug builds
// keep dumps for developers. Returns false when the kernel refused either.
bool disableCoreDumps();

// Whether the process is currently dumpable (PR_GET_DUMPABLE), for tests and `check`.
bool isDumpable();

} // namespace stepwise::ProcessHardening
