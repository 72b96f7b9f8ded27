// SPDX-License-Identifier: GPL-3.0-or-later
// init and check, and how every command treats a file that is not a healthy Stepwise database.
#include "CliTestSupport.h"
#include "support/TestDatabase.h"

#include <QFileInfo>

using namespace stepwise::test;

namespace {

const QString Db = QStringLiteral("clinic.db");

// The SQLite header keeps user_version (our schema version) big-endian at offset 60.
void setUserVersion(const QString& path, quint32 version)
{
    QByteArray bytes = fileBytes(path);
    REQUIRE(bytes.size() >= 100);
    REQUIRE(bytes.startsWith("SQLite format 3"));
    for (int i = 0; i < 4; ++i)
        bytes[60 + i] = char((version >> (8 * (3 - i))) & 0xff);
    writeFile(path, bytes);
}

// The command must refuse `path` with one line on stderr and leave it, and the folder, as is.
void requireRefusedUntouched(const CliSandbox& sandbox, const QString& name,
    const QStringList& command, const char* reasonPart)
{
    const QString path = sandbox.path(name);
    const QByteArray before = fileBytes(path);
    const QStringList filesBefore = sandbox.files();
    const CliRun run = sandbox.on(name, command);
    INFO(command.join(QLatin1Char(' ')).toStdString() << " on " << name.toStdString());
    CHECK(run.exitCode == 1);
    const QStringList lines = run.errLines();
    REQUIRE(lines.size() == 1);
    CHECK(lines.first().startsWith(QStringLiteral("stepwise-cli: ")));
    CHECK(lines.first().contains(QString::fromUtf8(reasonPart), Qt::CaseInsensitive));
    CHECK(fileBytes(path) == before);
    CHECK(sandbox.files() == filesBefore); // no -wal, -shm or journal left behind
}

} // namespace

TEST_CASE("init creates a database that check finds healthy", "[cli]")
{
    CliSandbox sandbox;
    const CliRun init = sandbox.on(Db, { QStringLiteral("init") });
    CHECK(init.exitCode == 0);
    CHECK(init.err.isEmpty());
    CHECK(QFileInfo::exists(sandbox.path(Db)));

    const CliRun check = sandbox.on(Db, { QStringLiteral("check") });
    CHECK(check.exitCode == 0);
    CHECK(check.outText() == QStringLiteral("ok\n"));
    CHECK(check.err.isEmpty());

    // An empty clinic: no participants yet.
    CHECK(jsonArray(sandbox
                        .ok(Db,
                            { QStringLiteral("participants"), QStringLiteral("list"),
                                QStringLiteral("--format"), QStringLiteral("json") })
                        .out)
              .isEmpty());
}

TEST_CASE("init refuses a file that already exists and leaves it alone", "[cli]")
{
    CliSandbox sandbox;
    sandbox.ok(Db, { QStringLiteral("init") });
    sandbox.ok(Db,
        { QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--name"),
            QStringLiteral("Kim Lee"), QStringLiteral("--role"), QStringLiteral("counselor") });
    requireRefusedUntouched(sandbox, Db, { QStringLiteral("init") }, "already exists");

    // Not only databases: init never overwrites any file.
    writeFile(sandbox.path(QStringLiteral("notes.txt")), "my notes\n");
    requireRefusedUntouched(
        sandbox, QStringLiteral("notes.txt"), { QStringLiteral("init") }, "already exists");
    CHECK(sandbox.ok(Db, { QStringLiteral("staff"), QStringLiteral("list") })
              .outText()
              .contains(QStringLiteral("Kim Lee")));
}

TEST_CASE("check refuses a garbage file without changing a byte", "[cli]")
{
    CliSandbox sandbox;
    QByteArray garbage;
    for (int i = 0; i < 8192; ++i)
        garbage += char((i * 7919 + 13) % 251);
    writeFile(sandbox.path(QStringLiteral("garbage.db")), garbage);
    requireRefusedUntouched(sandbox, QStringLiteral("garbage.db"), { QStringLiteral("check") },
        "not a Stepwise database");

    writeFile(sandbox.path(QStringLiteral("empty.db")), QByteArray());
    requireRefusedUntouched(
        sandbox, QStringLiteral("empty.db"), { QStringLiteral("check") }, "empty.db");
}

TEST_CASE("check refuses a database from a newer Stepwise without changing it", "[cli]")
{
    CliSandbox sandbox;
    sandbox.ok(Db, { QStringLiteral("init") });
    setUserVersion(sandbox.path(Db), 999);
    requireRefusedUntouched(sandbox, Db, { QStringLiteral("check") }, "newer");
    // Every command that opens the file refuses it the same way.
    requireRefusedUntouched(
        sandbox, Db, { QStringLiteral("participants"), QStringLiteral("list") }, "newer");
    requireRefusedUntouched(
        sandbox, Db, { QStringLiteral("staff"), QStringLiteral("list") }, "newer");
    requireRefusedUntouched(sandbox, Db,
        { QStringLiteral("demo"), QStringLiteral("--participants"), QStringLiteral("5") }, "newer");
}

TEST_CASE("check refuses a truncated database without changing it", "[cli]")
{
    CliSandbox sandbox;
    sandbox.ok(
        Db, { QStringLiteral("demo"), QStringLiteral("--participants"), QStringLiteral("40") });
    const QByteArray whole = fileBytes(sandbox.path(Db));
    REQUIRE(whole.size() > 8192);
    writeFile(sandbox.path(QStringLiteral("half.db")), whole.left(whole.size() / 2));
    requireRefusedUntouched(
        sandbox, QStringLiteral("half.db"), { QStringLiteral("check") }, "half.db");
    writeFile(sandbox.path(QStringLiteral("one.csv")),
        "record_number,legal_first_name,legal_last_name,date_of_birth\r\n"
        "Z-1,Ada,Byron,1980-12-10\r\n");
    requireRefusedUntouched(sandbox, QStringLiteral("half.db"),
        { QStringLiteral("import"), QStringLiteral("participants"),
            sandbox.path(QStringLiteral("one.csv")) },
        "half.db");
}

TEST_CASE("check on a missing file fails without creating it", "[cli]")
{
    CliSandbox sandbox;
    const CliRun run = sandbox.on(QStringLiteral("missing.db"), { QStringLiteral("check") });
    CHECK(run.exitCode == 1);
    CHECK(run.errLines().size() == 1);
    CHECK(sandbox.files().isEmpty());
}
