// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing of its own: the target it belongs to exists to compile the tests' precompiled header
// (tests/CMakeLists.txt).
