// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace stepwise {

struct PasswordVerdict
{
    bool acceptable = false;
    double entropyBits = 0; // zxcvbn's estimate
    QString reason;         // why it is refused, in plain words; empty when acceptable
};

// Minimum length plus zxcvbn's estimate (libzxcvbn, the estimator KeePassXC uses), with the
// person's own names and user name as extra dictionary words, so "Dana.Whitfield.2026" is seen
// for what it is. Thresholds and their reasons are in docs/security.md.
namespace PasswordPolicy {

inline constexpr int MinimumLength = 12;
// zxcvbn's estimated entropy below which a password is refused. 50 bits is about 10^15
// guesses: out of reach of an offline attack on Argon2id at our limits (under 2 guesses a
// second per core), and above KeePassXC's "weak" band (40-65 bits) lower edge with margin.
inline constexpr double MinimumEntropyBits = 50.0;

PasswordVerdict judge(const QString& password, const QStringList& personalWords);

} // namespace PasswordPolicy
} // namespace stepwise
