// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliApplication.h"

#include <QCoreApplication>

namespace stepwise::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise-cli", text);
}

QString program()
{
    return QCoreApplication::applicationName();
}

QCommandLineOption dbOption()
{
    return { QStringList { QStringLiteral("db") },
        tr("The Stepwise database file. Without it, the STEPWISE_DB environment variable is used."),
        tr("FILE") };
}

QCommandLineOption helpOption()
{
    return { QStringList { QStringLiteral("h"), QStringLiteral("help") },
        tr("Show this help and exit.") };
}

QCommandLineOption versionOption()
{
    return { QStringList { QStringLiteral("v"), QStringLiteral("version") },
        tr("Show the version and exit.") };
}

bool asksForHelp(const QStringList& arguments)
{
    return arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"));
}

// QCommandLineParser's usage line cannot show command words; replace it.
QString helpWithUsage(const QCommandLineParser& parser, const QString& usage)
{
    return tr("Usage: %1").arg(usage) + QLatin1Char('\n')
        + parser.helpText().section(QLatin1Char('\n'), 1);
}

} // namespace

CliApplication::CliApplication(Console& console)
    : m_console(console)
{
    m_commands << databaseCommands() << participantCommands() << staffCommands() << auditCommands()
               << backupCommands() << scoreCommands() << reportCommands() << exportCommands()
               << reviewCommands();
}

int CliApplication::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Stepwise from the command line: create, check and fill databases, list and import "
           "participants, import assessments and attendance, report weekly hours, score "
           "questionnaires, manage staff accounts, verify the audit log, back up and restore."));
    // Everything after the command words belongs to the command's own parser.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption db = dbOption();
    const QCommandLineOption help = helpOption();
    const QCommandLineOption version = versionOption();
    parser.addOptions({ db, help, version });
    parser.addPositionalArgument(
        QStringLiteral("command"), tr("The command to run (see below)."), tr("command [options]"));

    if (!parser.parse(arguments))
        return m_console.usage(parser.errorText());
    if (parser.isSet(version)) {
        m_console.print(program() + QLatin1Char(' ') + QCoreApplication::applicationVersion());
        return Success;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        if (parser.isSet(help)) {
            m_console.write(
                helpWithUsage(parser, program() + tr(" [options] COMMAND [options]")).toUtf8()
                + overview().toUtf8());
            return Success;
        }
        return m_console.usage(
            tr("no command given; run '%1 --help' for the list of commands").arg(program()));
    }

    int consumed = 0;
    QString problem;
    const Command* command = find(positional, &consumed, &problem);
    if (!command) {
        if (parser.isSet(help) || asksForHelp(positional)) {
            m_console.write(
                helpWithUsage(parser, program() + tr(" [options] COMMAND [options]")).toUtf8()
                + overview().toUtf8());
            return Success;
        }
        return m_console.usage(problem);
    }
    QStringList rest = positional.mid(consumed);
    if (parser.isSet(help))
        rest.prepend(QStringLiteral("--help"));
    return runCommand(*command, rest, parser.value(db));
}

const Command* CliApplication::find(const QStringList& words, int* consumed, QString* problem) const
{
    const QString& first = words.first();
    QStringList subcommands;
    for (const Command& command : m_commands) {
        if (command.words.first() != first)
            continue;
        if (command.words.size() == 1) {
            *consumed = 1;
            return &command;
        }
        if (words.size() > 1 && command.words.at(1) == words.at(1)) {
            *consumed = 2;
            return &command;
        }
        subcommands << command.words.at(1);
    }
    if (subcommands.isEmpty()) {
        *problem = tr("unknown command '%1'; run '%2 --help' for the list of commands")
                       .arg(first, program());
    } else if (words.size() < 2 || words.at(1).startsWith(QLatin1Char('-'))) {
        *problem = tr("'%1' needs one of: %2").arg(first, subcommands.join(QStringLiteral(", ")));
    } else {
        *problem = tr("unknown command '%1 %2'; '%1' takes one of: %3")
                       .arg(first, words.at(1), subcommands.join(QStringLiteral(", ")));
    }
    return nullptr;
}

int CliApplication::runCommand(
    const Command& command, const QStringList& rest, const QString& globalDb)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(command.summary);
    const QCommandLineOption db = dbOption();
    const QCommandLineOption help = helpOption();
    parser.addOptions({ db, help });
    parser.addOptions(command.options);
    for (const QString& name : command.argumentNames)
        parser.addPositionalArgument(name, tr("See the command description."));

    const QString words = command.words.join(QLatin1Char(' '));
    if (!parser.parse(QStringList { program() } + rest))
        return m_console.usage(parser.errorText());
    if (parser.isSet(help)) {
        QStringList usage { program(), words, tr("[options]") };
        usage << command.argumentNames;
        m_console.write(
            (helpWithUsage(parser, usage.join(QLatin1Char(' '))) + command.details).toUtf8());
        return Success;
    }

    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() > command.argumentNames.size())
        return m_console.usage(tr("'%1' does not take the argument '%2'")
                                   .arg(words, arguments.at(command.argumentNames.size())));
    if (arguments.size() < command.argumentNames.size())
        return m_console.usage(
            tr("'%1' needs %2").arg(words, command.argumentNames.at(arguments.size())));

    QString path = parser.value(db);
    if (path.isEmpty())
        path = globalDb;
    if (path.isEmpty())
        path = qEnvironmentVariable("STEPWISE_DB");
    if (path.isEmpty() && command.needsDatabase)
        return m_console.usage(
            tr("'%1' needs --db FILE (or the STEPWISE_DB environment variable)").arg(words));
    return command.run(m_console, Invocation(parser, words, path, arguments));
}

QString CliApplication::overview() const
{
    qsizetype width = 0;
    for (const Command& command : m_commands)
        width = std::max(width, command.words.join(QLatin1Char(' ')).size());
    QString text = QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n');
    for (const Command& command : m_commands) {
        text += QStringLiteral("  ") + command.words.join(QLatin1Char(' ')).leftJustified(width + 2)
            + command.summary + QLatin1Char('\n');
    }
    text += QLatin1Char('\n')
        + tr("Run '%1 COMMAND --help' for the options of a command.").arg(program())
        + QLatin1Char('\n')
        + tr("Exit status: 0 success, 1 the operation failed or was refused, 2 the command line is "
             "wrong.")
        + QLatin1Char('\n')
        + tr("Commands that read or change records, staff, the audit log or backups sign in first: "
             "with STEPWISE_USER and STEPWISE_PASSWORD, or asked on the terminal.")
        + QLatin1Char('\n');
    return text;
}

} // namespace stepwise::cli
