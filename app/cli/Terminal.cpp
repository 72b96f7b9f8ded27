// SPDX-License-Identifier: GPL-3.0-or-later
#include "Terminal.h"

#include <QByteArray>
#include <cerrno>
#include <csignal>
#include <iterator>
#include <termios.h>
#include <unistd.h>

namespace stepwise::cli {

namespace {

// The terminal's settings while echo is off, for the signal handler to put back. Only touched
// from the main thread and the handler.
struct termios g_saved;
volatile sig_atomic_t g_echoOff = 0;

constexpr int InterruptingSignals[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP };

extern "C" void restoreAndReraise(int signal)
{
    if (g_echoOff)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_saved); // async-signal-safe (POSIX)
    g_echoOff = 0;
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

// Overwrites bytes that held a password before they are freed.
void wipe(QByteArray& bytes)
{
    volatile char* p = bytes.data();
    for (qsizetype i = 0; i < bytes.size(); ++i)
        p[i] = 0;
    bytes.clear();
}

// Reads up to a line end byte by byte from the file descriptor, so nothing after the line is
// consumed. nullopt at the end of input before any byte.
std::optional<QString> readLine()
{
    QByteArray bytes;
    bool any = false;
    for (;;) {
        char c = 0;
        const ssize_t n = ::read(STDIN_FILENO, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        any = true;
        if (c == '\n')
            break;
        bytes.append(c);
    }
    if (!any) {
        wipe(bytes);
        return std::nullopt;
    }
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    QString line = QString::fromUtf8(bytes);
    wipe(bytes);
    return line;
}

} // namespace

bool Terminal::isInteractive()
{
    return ::isatty(STDIN_FILENO) == 1;
}

std::optional<QString> Terminal::ask(const QString& prompt)
{
    if (!isInteractive())
        return std::nullopt;
    m_console.prompt(prompt);
    return readLine();
}

std::optional<QString> Terminal::askSecret(const QString& prompt)
{
    if (!isInteractive())
        return std::nullopt;
    m_console.prompt(prompt);

    struct termios quiet;
    if (tcgetattr(STDIN_FILENO, &g_saved) != 0)
        return std::nullopt; // a terminal whose echo cannot be turned off: do not show a password
    quiet = g_saved;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    quiet.c_lflag |= ECHONL; // the Enter key still moves to the next line

    struct sigaction handler = {};
    handler.sa_handler = restoreAndReraise;
    sigemptyset(&handler.sa_mask);
    struct sigaction previous[std::size(InterruptingSignals)];
    for (std::size_t i = 0; i < std::size(InterruptingSignals); ++i)
        sigaction(InterruptingSignals[i], &handler, &previous[i]);
    g_echoOff = 1;
    const bool quietSet = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;

    std::optional<QString> line = quietSet ? readLine() : std::nullopt;

    tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_saved);
    g_echoOff = 0;
    for (std::size_t i = 0; i < std::size(InterruptingSignals); ++i)
        sigaction(InterruptingSignals[i], &previous[i], nullptr);
    if (!line)
        m_console.report(QString()); // Ctrl-D: end the prompt's line
    return line;
}

} // namespace stepwise::cli
