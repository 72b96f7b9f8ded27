// SPDX-License-Identifier: GPL-3.0-or-later
// The command line itself: --version, --help, STEPWISE_DB and every kind of usage error.
#include "CliTestSupport.h"
#include "support/TestDatabase.h"

#include <QFileInfo>

using namespace stepwise::test;

namespace {

void writeCsv(const QString& path)
{
    writeFile(path,
        "record_number,legal_first_name,legal_last_name,date_of_birth\r\n"
        "Z-1,Ada,Byron,1980-12-10\r\n");
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
             "import participants", "staff list", "staff add", "staff passwd", "staff unlock",
             "staff roles", "staff deactivate", "staff first-admin", "audit verify", "audit list",
             "audit export", "backup", "restore", "--db", "STEPWISE_USER", "STEPWISE_PASSWORD" })
        CHECK(run.outText().contains(QString::fromUtf8(command)));
    CHECK(run.err.isEmpty());

    const CliRun demoHelp = sandbox.run(args({ "demo", "--help" }));
    CHECK(demoHelp.exitCode == 0);
    CHECK(demoHelp.outText().contains(QStringLiteral("--participants")));
    CHECK(demoHelp.outText().contains(QStringLiteral("--seed")));

    const CliRun initHelp = sandbox.run(args({ "init", "--help" }));
    CHECK(initHelp.exitCode == 0);
    CHECK(initHelp.outText().contains(QStringLiteral("--admin-name")));
    CHECK(initHelp.outText().contains(QStringLiteral("--admin-user")));
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
        // A new account's password must come from STEPWISE_NEW_PASSWORD without a terminal.
        QStringList { QStringLiteral("--db"), dbArg, QStringLiteral("staff"), QStringLiteral("add"),
            QStringLiteral("--name"), QStringLiteral("Kim Lee"), QStringLiteral("--roles"),
            QStringLiteral("counselor"), QStringLiteral("--username"), QStringLiteral("klee") },
        QStringList {
            QStringLiteral("--db"), dbArg, QStringLiteral("staff"), QStringLiteral("passwd") },
        QStringList {
            QStringLiteral("--db"), dbArg, QStringLiteral("staff"), QStringLiteral("unlock") },
        QStringList { QStringLiteral("--db"), dbArg, QStringLiteral("staff"),
            QStringLiteral("unlock"), QStringLiteral("--username"), QStringLiteral("a"),
            QStringLiteral("--name"), QStringLiteral("B") },
        QStringList { QStringLiteral("--db"), dbArg, QStringLiteral("staff"),
            QStringLiteral("roles"), QStringLiteral("--username"), QStringLiteral("a") },
        QStringList { QStringLiteral("--db"), dbArg, QStringLiteral("staff"),
            QStringLiteral("roles"), QStringLiteral("--username"), QStringLiteral("a"),
            QStringLiteral("--roles"), QStringLiteral("boss") },
        QStringList {
            QStringLiteral("--db"), dbArg, QStringLiteral("staff"), QStringLiteral("deactivate") },
        QStringList { QStringLiteral("--db"), dbArg, QStringLiteral("audit") },
        QStringList { QStringLiteral("--db"), dbArg, QStringLiteral("audit"),
            QStringLiteral("list"), QStringLiteral("--from"), QStringLiteral("2025-13-01") },
        QStringList { QStringLiteral("--db"), dbArg, QStringLiteral("audit"),
            QStringLiteral("list"), QStringLiteral("--from"), QStringLiteral("03/04/2025") },
        QStringList { QStringLiteral("--db"), dbArg, QStringLiteral("audit"),
            QStringLiteral("list"), QStringLiteral("--from"), QStringLiteral("2025-02-01"),
            QStringLiteral("--to"), QStringLiteral("2025-01-01") },
        QStringList { QStringLiteral("--db"), dbArg, QStringLiteral("audit"),
            QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("0") },
        QStringList { QStringLiteral("--db"), dbArg, QStringLiteral("audit"),
            QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("xml") },
        QStringList { QStringLiteral("--db"), dbArg, QStringLiteral("audit"),
            QStringLiteral("list"), QStringLiteral("--participant"), QStringLiteral("A-1"),
            QStringLiteral("--participant-id"), QStringLiteral("1") },
        QStringList {
            QStringLiteral("--db"), dbArg, QStringLiteral("audit"), QStringLiteral("export") },
        QStringList { QStringLiteral("--db"), dbArg, QStringLiteral("backup") },
        QStringList { QStringLiteral("--db"), dbArg, QStringLiteral("backup"),
            QStringLiteral("--out"), QStringLiteral("x.db"), QStringLiteral("--auto") },
        QStringList { QStringLiteral("--db"), dbArg, QStringLiteral("restore") },
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
    const QStringList init { QStringLiteral("init"), QStringLiteral("--admin-name"),
        QStringLiteral("Riley Lead") }; // the user name comes from STEPWISE_USER
    const QString first = sandbox.path(QStringLiteral("after.db"));
    CHECK(sandbox.run(init + QStringList { QStringLiteral("--db"), first }).exitCode == 0);
    CHECK(QFileInfo::exists(first));

    const QString fromEnv = sandbox.path(QStringLiteral("env.db"));
    QProcessEnvironment env;
    env.insert(QStringLiteral("STEPWISE_DB"), fromEnv);
    const CliRun run = sandbox.run(init, env);
    CHECK(run.exitCode == 0);
    CHECK(QFileInfo::exists(fromEnv));

    // An explicit --db wins over the environment.
    const QString explicitDb = sandbox.path(QStringLiteral("explicit.db"));
    CHECK(sandbox.run({ QStringLiteral("--db"), explicitDb, QStringLiteral("check") }, env).exitCode
        == 1);
    CHECK_FALSE(QFileInfo::exists(explicitDb));
}

TEST_CASE("without credentials and without a terminal, commands that sign in exit 2 and touch "
          "nothing",
    "[cli][signin]")
{
    CliSandbox sandbox;
    initClinic(sandbox, QStringLiteral("clinic.db"));
    const QString db = sandbox.path(QStringLiteral("clinic.db"));
    writeCsv(sandbox.path(QStringLiteral("one.csv")));
    const QByteArray before = fileBytes(db);
    const QStringList filesBefore = sandbox.files();
    const QList<QStringList> commands = {
        args({ "participants", "list" }),
        QStringList { QStringLiteral("import"), QStringLiteral("participants"),
            sandbox.path(QStringLiteral("one.csv")) },
        args({ "staff", "list" }),
        args({ "staff", "add", "--name", "Kim Lee", "--roles", "counselor" }),
        args({ "audit", "verify" }),
        args({ "audit", "list" }),
        args({ "backup", "--out", "copy.db" }),
        args({ "backup", "--auto" }),
        args({ "restore", "--from", "copy.db" }),
    };
    for (const QStringList& command : commands) {
        INFO("stepwise-cli " << command.join(QLatin1Char(' ')).toStdString());
        const CliRun run
            = sandbox.runWithoutCredentials(QStringList { QStringLiteral("--db"), db } + command);
        CHECK(run.exitCode == 2);
        REQUIRE(run.errLines().size() == 1);
        CHECK(run.err.contains("STEPWISE_USER"));
        CHECK(run.err.contains("STEPWISE_PASSWORD"));
        CHECK(run.out.isEmpty());
    }
    CHECK(fileBytes(db) == before);
    CHECK(sandbox.files() == filesBefore);

    // init has no one to sign in, but needs the first administrator's password.
    const CliRun init = sandbox.runWithoutCredentials(
        { QStringLiteral("--db"), sandbox.path(QStringLiteral("new.db")), QStringLiteral("init"),
            QStringLiteral("--admin-name"), QStringLiteral("Kim Lee"),
            QStringLiteral("--admin-user"), QStringLiteral("klee") });
    CHECK(init.exitCode == 2);
    CHECK(init.err.contains("STEPWISE_PASSWORD"));
    CHECK(sandbox.files() == filesBefore);
}

TEST_CASE("check needs no sign-in", "[cli][signin]")
{
    CliSandbox sandbox;
    initClinic(sandbox, QStringLiteral("clinic.db"));
    const QString db = sandbox.path(QStringLiteral("clinic.db"));
    const QByteArray before = fileBytes(db);
    const CliRun run
        = sandbox.runWithoutCredentials({ QStringLiteral("--db"), db, QStringLiteral("check") });
    CHECK(run.exitCode == 0);
    CHECK(run.outText() == QStringLiteral("ok\n"));
    CHECK(fileBytes(db) == before);
}
