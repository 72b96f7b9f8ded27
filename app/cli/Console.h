// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

class QIODevice;

namespace stepwise::cli {

// The process exit status: scripts tell a refused operation from a mistyped command line.
enum ExitCode : int {
    Success = 0,
    Failed = 1,     // the operation was refused or failed (bad file, validation, storage)
    UsageError = 2, // unknown command or option, missing or malformed argument
};

// Where commands write. Errors are one line each, prefixed with the program name, so they
// read well in a terminal and in a log.
class Console
{
public:
    Console(QIODevice& out, QIODevice& err)
        : m_out(out)
        , m_err(err)
    { }

    void print(const QString& line);     // one line on stdout
    void write(const QByteArray& bytes); // raw bytes on stdout (CSV, JSON)
    void report(const QString& line);    // one diagnostic line on stderr, without prefix
    // A question on stderr, without a line end, so the answer is typed after it; stdout may be
    // a file the user is redirecting results into.
    void prompt(const QString& text);

    int fail(const QString& reason); // "stepwise-cli: reason" on stderr; returns Failed
    int fail(const Error& error);
    int usage(const QString& reason); // "stepwise-cli: reason" on stderr; returns UsageError

private:
    QIODevice& m_out;
    QIODevice& m_err;
};

// Text that is safe to print as one terminal line: newlines and tabs become spaces, other
// control characters (escape sequences could restyle or rewrite the terminal) and explicit
// bidirectional overrides become U+FFFD.
QString printable(const QString& text);

} // namespace stepwise::cli
