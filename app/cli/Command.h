// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Console.h"
#include "domain/Episode.h"
#include "storage/Database.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDate>
#include <QList>
#include <QPageSize>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

namespace stepwise::cli {

inline const QString PageSizeOption = QStringLiteral("page-size");

// A parsed command line as a command sees it: its options, its positional arguments (after
// the command words) and the database file it works on.
class Invocation
{
public:
    Invocation(const QCommandLineParser& parser, QString commandName, QString databasePath,
        QStringList arguments)
        : m_parser(parser)
        , m_commandName(std::move(commandName))
        , m_databasePath(std::move(databasePath))
        , m_arguments(std::move(arguments))
    { }

    bool isSet(const QString& option) const { return m_parser.isSet(option); }
    QString value(const QString& option) const { return m_parser.value(option); }
    QString commandName() const { return m_commandName; } // "participants list"
    QString databasePath() const { return m_databasePath; }
    const QStringList& arguments() const { return m_arguments; }

private:
    const QCommandLineParser& m_parser;
    QString m_commandName;
    QString m_databasePath;
    QStringList m_arguments;
};

// One command: the words that name it ("participants list"), its options and how it runs.
struct Command
{
    QStringList words;
    QString summary; // one line for the overview in --help
    QList<QCommandLineOption> options;
    QStringList argumentNames; // required positional arguments, e.g. "FILE.csv"
    std::function<int(Console&, const Invocation&)> run;
    bool needsDatabase = true; // false: runs without --db or STEPWISE_DB (score)
    QString details {};        // more help after the options, for `COMMAND --help`
};

QList<Command> databaseCommands();    // init, check, demo
QList<Command> participantCommands(); // participants list, import participants, ...
QList<Command> staffCommands();       // staff list, add, passwd, unlock, roles, ...
QList<Command> auditCommands();       // audit verify, list, export
QList<Command> backupCommands();      // backup, restore
QList<Command> scoreCommands();       // score (no database)
QList<Command> reportCommands();      // report hours
QList<Command> exportCommands();      // export summary, summaries, csv, fhir
QList<Command> reviewCommands();      // review, outcomes, reassign

// The date given with --`option` (YYYY-MM-DD), or `fallback` when the option is not given;
// without either, or when malformed, prints a usage error and returns nullopt.
std::optional<QDate> dateOption(Console& console, const Invocation& invocation,
    const QString& option, const QDate& fallback = {});

// The page size of --page-size (letter or a4), or the locale's without it; nullopt after a
// usage error.
std::optional<QPageSize> pageSize(Console& console, const Invocation& invocation);

// True when `path` is given and nothing is there: an output file is never overwritten (a
// summary or export already there may have been sent). Prints why not.
bool outputFree(Console& console, const QString& path);

// The staff member with this name; prints why and returns nullopt when there is none or the
// lookup failed (the command then returns Failed).
std::optional<StaffMember> staffNamed(Console& console, Database& db, const QString& name);

// Opens the database of `invocation`, reporting a refusal on the console. Returns nullptr
// when the file could not be opened (the reason is already printed). The connection's audit
// rows name the workstation as "<host> (stepwise-cli)", so a reviewer tells them from the app's.
std::unique_ptr<Database> openDatabase(Console& console, const Invocation& invocation,
    Database::OpenMode mode = Database::OpenMode::ExistingOnly);

} // namespace stepwise::cli
