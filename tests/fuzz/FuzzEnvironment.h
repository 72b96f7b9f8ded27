// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Session.h"
#include "domain/RoleSet.h"

#include <QByteArray>
#include <QDate>
#include <QString>

namespace stepwise::fuzz {

// What every fuzz target needs before its first input: a QCoreApplication (Qt Sql loads its
// SQLite driver through it), a clock pinned to one day so an input behaves the same on every
// run, and a private scratch folder that is removed when the process ends.
class FuzzEnvironment
{
public:
    // Called from LLVMFuzzerInitialize with libFuzzer's argc and argv, which outlive the process.
    static void init(int* argc, char*** argv);

    // The pinned "today" (also what Clock::instance() reports).
    static QDate today();
    // A folder only this process writes to; on tmpfs when /dev/shm is there, because every
    // commit with synchronous=FULL would otherwise wait for the disk.
    static QString scratchDir();
    static QString scratchPath(const QString& fileName);
};

// A session holding `roles`, as Authenticator would create after a password.
Session sessionFor(Id staffId, const RoleSet& roles);

// Removes a database file and SQLite's files beside it (-wal, -shm, -journal).
void removeDatabaseFiles(const QString& path);

QByteArray readFile(const QString& path);
bool writeFile(const QString& path, const QByteArray& bytes);

// Ends the process with a libFuzzer-visible crash when a property of core does not hold, so the
// input is saved as a crash artifact. `what` says which property.
[[noreturn]] void propertyFailed(const char* what, const QString& detail = {});

} // namespace stepwise::fuzz
