// SPDX-License-Identifier: GPL-3.0-or-later
// The command line itself: --version, --help, STEPWISE_DB and every kind of usage error.
#include "CliTestSupport.h"

#include <QFileInfo>

using namespace stepwise::test;

namespace {

QStringList args(std::initializer_list<const char*> list)
{
    QStringList result;
    for (const char* a : list)
        result << QString::fromUtf8(a);
    return result;
}

} // namespace

TEST_CASE("the version option prints the program version and nothing else", "[cli]")
{
    CliSandbox sandbox;
    const CliRun run = sandbox.run({ QStringLiteral("--version") });
    CHECK(run.exitCode == 0);
    CHECK(run.outText() == QStringLiteral("stepwise-cli " STEPWISE_VERSION "\n"));
    CHECK(run.err.isEmpty());
}

TEST_CASE("the help option lists every command and exits 0", "[cli]")
{
    CliSandbox sandbox;
    const CliRun run = sandbox.run({ QStringLiteral("--help") });
    CHECK(run.exitCode == 0);
    for (const char* command : { "init", "check", "demo", "participants list",
             "import participants", "staff list", "staff add", "--db" })
        CHECK(run.outText().contains(QString::fromUtf8(command)));
    CHECK(run.err.isEmpty());

    const CliRun demoHelp = sandbox.run(args({ "demo", "--help" }));
    CHECK(demoHelp.exitCode == 0);
    CHECK(demoHelp.outText().contains(QStringLiteral("--participants")));
    CHECK(demoHelp.outText().contains(QStringLiteral("--seed")));
}

TEST_CASE("usage errors exit 2 with one line on stderr and touch no file", "[cli]")
{
    CliSandbox sandbox;
    const QString db = sandbox.path(QStringLiteral("never.db"));
    const QString dbArg = db;
    // Each row: a wrong command line.
    const QList<QStringList> cases = {
        {},
        args({ "frobnicate" }),
        QStringList { QStringLiteral("--db"), dbArg, QStringLiteral("frobnicate") },
        args({ "init" }), // no --db
        args({ "check" }),
        args({ "participants", "list" }),
        args({ "--bogus", "init" }),
        QStringList {
            QStringLiteral("--db"), dbArg, QStringLiteral("init"), QStringLiteral("--bogus") },
        QStringList {
            QStringLiteral("--db"), dbArg, QStringLiteral("init"), QStringLiteral("extra") },
        QStringList { QStringLiteral("--db"), dbArg, QStringLiteral("demo"),
            QStringLiteral("--participants"), QStringLiteral("abc") },
        QStringList { QStringLiteral("--db"), dbArg, QStringLiteral("demo"),
            QStringLiteral("--participants"), QStringLiteral("0") },
        QStringList { QStringLiteral("--db"), dbArg, QStringLiteral("demo"),
            QStringLiteral("--participants"), QStringLiteral("12x") },
        QStringList { QStringLiteral("--db"), dbArg, QStringLiteral("demo"),
            QStringLiteral("--participants") },
        QStringList { QStringLiteral("--db"), dbArg, QStringLiteral("demo"),
            QStringLiteral("--seed"), QStringLiteral("-1") },
        QStringList { QStringLiteral("--db"), dbArg, QStringLiteral("demo"),
            QStringLiteral("--seed"), QStringLiteral("4294967296") },
        QStringList { QStringLiteral("--db"), dbArg, QStringLiteral("participants") },
        QStringList {
            QStringLiteral("--db"), dbArg, QStringLiteral("participants"), QStringLiteral("show") },
        QStringList { QStringLiteral("--db"), dbArg, QStringLiteral("participants"),
            QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("xml") },
        QStringList { QStringLiteral("--db"), dbArg, QStringLiteral("participants"),
            QStringLiteral("list"), QStringLiteral("--phase"), QStringLiteral("detox") },
        QStringList { QStringLiteral("--db"), dbArg, QStringLiteral("participants"),
            QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("gone") },
        QStringList { QStringLiteral("--db"), dbArg, QStringLiteral("import"),
            QStringLiteral("participants") },
        QStringList { QStringLiteral("--db"), dbArg, QStringLiteral("import"),
            QStringLiteral("participants"), QStringLiteral("a.csv"), QStringLiteral("b.csv") },
        QStringList { QStringLiteral("--db"), dbArg, QStringLiteral("staff"), QStringLiteral("add"),
            QStringLiteral("--name"), QStringLiteral("Kim Lee") },
        QStringList { QStringLiteral("--db"), dbArg, QStringLiteral("staff"), QStringLiteral("add"),
            QStringLiteral("--role"), QStringLiteral("counselor") },
        QStringList { QStringLiteral("--db"), dbArg, QStringLiteral("staff"), QStringLiteral("add"),
            QStringLiteral("--name"), QStringLiteral("Kim Lee"), QStringLiteral("--role"),
            QStringLiteral("janitor") },
    };
    for (const QStringList& arguments : cases) {
        INFO("stepwise-cli " << arguments.join(QLatin1Char(' ')).toStdString());
        const CliRun run = sandbox.run(arguments);
        CHECK(run.exitCode == 2);
        const QStringList lines = run.errLines();
        REQUIRE(lines.size() == 1);
        CHECK(lines.first().startsWith(QStringLiteral("stepwise-cli: ")));
        CHECK(lines.first().size() > QStringLiteral("stepwise-cli: ").size());
        CHECK(run.out.isEmpty());
        CHECK_FALSE(QFileInfo::exists(db));
    }
}

TEST_CASE("the usage error names what is wrong", "[cli]")
{
    CliSandbox sandbox;
    const QString db = sandbox.path(QStringLiteral("x.db"));
    CHECK(sandbox.run(args({ "frobnicate" })).err.contains("frobnicate"));
    CHECK(sandbox.run(args({ "init" })).err.contains("--db"));
    CHECK(sandbox
              .run({ QStringLiteral("--db"), db, QStringLiteral("demo"),
                  QStringLiteral("--participants"), QStringLiteral("abc") })
              .err.contains("abc"));
    CHECK(sandbox
              .run({ QStringLiteral("--db"), db, QStringLiteral("participants"),
                  QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("xml") })
              .err.contains("xml"));
}

TEST_CASE("the database option may follow the command, and STEPWISE_DB stands in for it", "[cli]")
{
    CliSandbox sandbox;
    const QString first = sandbox.path(QStringLiteral("after.db"));
    CHECK(sandbox.run({ QStringLiteral("init"), QStringLiteral("--db"), first }).exitCode == 0);
    CHECK(QFileInfo::exists(first));

    const QString fromEnv = sandbox.path(QStringLiteral("env.db"));
    QProcessEnvironment env;
    env.insert(QStringLiteral("STEPWISE_DB"), fromEnv);
    const CliRun run = sandbox.run({ QStringLiteral("init") }, env);
    CHECK(run.exitCode == 0);
    CHECK(QFileInfo::exists(fromEnv));

    // An explicit --db wins over the environment.
    const QString explicitDb = sandbox.path(QStringLiteral("explicit.db"));
    CHECK(sandbox.run({ QStringLiteral("--db"), explicitDb, QStringLiteral("check") }, env).exitCode
        == 1);
    CHECK_FALSE(QFileInfo::exists(explicitDb));
}
