// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QString>
#include <cstddef>

namespace stepwise {

// Argon2id cost: libsodium's opslimit (passes) and memlimit (bytes).
struct HashLimits
{
    unsigned long long opsLimit = 0;
    std::size_t memLimit = 0;
};

// Password hashes in libsodium's Argon2id string form ("$argon2id$v=19$m=...,t=...,p=1$...").
// The string carries its own salt and limits, so old hashes keep verifying after the limits
// rise and are replaced at the next sign-in (needsRehash).
namespace PasswordHasher {

// libsodium's MODERATE limits (3 passes, 256 MiB): 0.59 s per hash on the 2-core build
// machine (docs/security.md), inside the 0.2-1 s the sign-in should take, and above OWASP's
// minimum for Argon2id (19 MiB, t=2).
HashLimits defaultLimits();
// The limits new hashes use. Tests lower them to keep hundreds of sign-ins fast; nothing else
// may (a test checks the default).
HashLimits limits();
void setLimits(HashLimits limits);

// Unavailable only when libsodium cannot start or cannot get the memory.
Result<QString> hash(const QString& password);
bool verify(const QString& storedHash, const QString& password);
// True when the hash was made with other limits than limits() (or is not Argon2id).
bool needsRehash(const QString& storedHash);
// Spends the time of one verify() on a hash made with limits(), for a user name that does not
// exist, so the answer's timing does not tell which names do.
void spendVerifyTime(const QString& password);

} // namespace PasswordHasher
} // namespace stepwise
