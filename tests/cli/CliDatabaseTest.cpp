// SPDX-License-Identifier: GPL-3.0-or-later
// init and check, and how every command treats a file that is not a healthy Stepwise database.
#include "CliTestSupport.h"
#include "support/TestDatabase.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

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

// An SQLite database of some other program: a notes table, no application id.
void makeForeignSqlite(const QString& path)
{
    const QString connection = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO notes (body) VALUES ('shopping list')")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
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

TEST_CASE(
    "init creates a database with its first administrator, which check finds healthy", "[cli]")
{
    CliSandbox sandbox;
    const CliRun init = sandbox.on(Db,
        { QStringLiteral("init"), QStringLiteral("--admin-name"), QStringLiteral("Riley Lead"),
            QStringLiteral("--admin-user"), QStringLiteral("lead") });
    CHECK(init.exitCode == 0);
    CHECK(init.err.isEmpty());
    CHECK(init.outText().contains(QStringLiteral("Riley Lead")));
    CHECK(QFileInfo::exists(sandbox.path(Db)));
    CHECK(QFileInfo(sandbox.path(Db)).permissions()
        == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
            | QFileDevice::WriteUser));

    const CliRun check = sandbox.on(Db, { QStringLiteral("check") });
    CHECK(check.exitCode == 0);
    CHECK(check.outText() == QStringLiteral("ok\n"));
    CHECK(check.err.isEmpty());

    // The administrator signs in with the password init was given.
    const QString staff
        = sandbox.ok(Db, { QStringLiteral("staff"), QStringLiteral("list") }).outText();
    QString adminLine;
    for (const QString& line : staff.split(QLatin1Char('\n'))) {
        if (line.startsWith(QStringLiteral("Riley Lead")))
            adminLine = line;
    }
    CHECK(adminLine.contains(QStringLiteral(" lead ")));
    CHECK(adminLine.contains(QStringLiteral("Administrator")));
}

TEST_CASE("an administrator without a clinical role is refused the participant list", "[cli]")
{
    CliSandbox sandbox;
    sandbox.ok(Db,
        { QStringLiteral("init"), QStringLiteral("--admin-name"), QStringLiteral("Riley Lead") });
    const CliRun run = sandbox.on(Db, { QStringLiteral("participants"), QStringLiteral("list") });
    CHECK(run.exitCode == 1);
    CHECK(run.out.isEmpty());
    REQUIRE(run.errLines().size() == 1);
    CHECK(run.err.contains("role"));
}

TEST_CASE("init refuses a password the policy refuses and leaves no file behind", "[cli]")
{
    CliSandbox sandbox;
    QProcessEnvironment weak;
    weak.insert(QStringLiteral("STEPWISE_PASSWORD"), QStringLiteral("rileylead2024"));
    const CliRun run
        = sandbox.run({ QStringLiteral("--db"), sandbox.path(Db), QStringLiteral("init"),
                          QStringLiteral("--admin-name"), QStringLiteral("Riley Lead") },
            weak);
    CHECK(run.exitCode == 1);
    REQUIRE(run.errLines().size() == 1);
    CHECK(run.errLines().first().startsWith(QStringLiteral("stepwise-cli: password: ")));
    CHECK(run.out.isEmpty());
    CHECK(sandbox.files().isEmpty());

    // A user name the rules refuse is reported too, and again nothing is left.
    const CliRun badName = sandbox.on(Db,
        { QStringLiteral("init"), QStringLiteral("--admin-name"), QStringLiteral("Riley Lead"),
            QStringLiteral("--admin-user"), QStringLiteral("riley lead") });
    CHECK(badName.exitCode == 1);
    CHECK(badName.err.contains("username: "));
    CHECK(sandbox.files().isEmpty());
}

TEST_CASE("init refuses a file that already exists and leaves it alone", "[cli]")
{
    CliSandbox sandbox;
    initClinic(sandbox, Db);
    sandbox.ok(Db,
        { QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--name"),
            QStringLiteral("Kim Lee"), QStringLiteral("--role"), QStringLiteral("counselor") });
    const QStringList init { QStringLiteral("init"), QStringLiteral("--admin-name"),
        QStringLiteral("Someone Else") };
    requireRefusedUntouched(sandbox, Db, init, "already exists");

    // Not only databases: init never overwrites any file.
    writeFile(sandbox.path(QStringLiteral("notes.txt")), "my notes\n");
    requireRefusedUntouched(sandbox, QStringLiteral("notes.txt"), init, "already exists");
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

TEST_CASE("bad files are refused with their reason, status 1 and unchanged bytes by check, "
          "participants list and backup",
    "[cli][badfiles]")
{
    CliSandbox sandbox;
    initClinic(sandbox, Db);
    const QByteArray good = fileBytes(sandbox.path(Db));
    REQUIRE(good.size() > 16384);

    QByteArray random;
    quint32 x = 2463534242u;
    for (int i = 0; i < 16384; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        random += char(x & 0xff);
    }
    writeFile(sandbox.path(QStringLiteral("random.db")), random);
    writeFile(sandbox.path(QStringLiteral("empty.db")), QByteArray());
    writeFile(sandbox.path(QStringLiteral("truncated.db")), good.left(good.size() / 2));
    writeFile(sandbox.path(QStringLiteral("newer.db")), good);
    setUserVersion(sandbox.path(QStringLiteral("newer.db")), 999);
    makeForeignSqlite(sandbox.path(QStringLiteral("other.db")));

    struct BadFile
    {
        const char* name;
        const char* reason;
    };
    const BadFile files[] = {
        { "empty.db", "is empty" },
        { "random.db", "not a Stepwise database" },
        { "truncated.db", "incomplete" },
        { "other.db", "another application" },
        { "newer.db", "newer version" },
    };
    for (const BadFile& file : files) {
        const QString name = QString::fromUtf8(file.name);
        requireRefusedUntouched(sandbox, name, { QStringLiteral("check") }, file.reason);
        requireRefusedUntouched(
            sandbox, name, { QStringLiteral("participants"), QStringLiteral("list") }, file.reason);
        requireRefusedUntouched(sandbox, name,
            { QStringLiteral("backup"), QStringLiteral("--out"),
                sandbox.path(QStringLiteral("copy.db")) },
            file.reason);
    }
}

TEST_CASE("check refuses a database from a newer Stepwise without changing it", "[cli]")
{
    CliSandbox sandbox;
    initClinic(sandbox, Db);
    setUserVersion(sandbox.path(Db), 999);
    requireRefusedUntouched(sandbox, Db, { QStringLiteral("check") }, "newer");
    // Every command that opens the file refuses it the same way.
    for (const QStringList& command :
        QList<QStringList> { { QStringLiteral("participants"), QStringLiteral("list") },
            { QStringLiteral("staff"), QStringLiteral("list") },
            { QStringLiteral("audit"), QStringLiteral("verify") },
            { QStringLiteral("demo"), QStringLiteral("--participants"), QStringLiteral("5") },
            { QStringLiteral("staff"), QStringLiteral("first-admin"), QStringLiteral("--name"),
                QStringLiteral("Kim Lee") },
            { QStringLiteral("backup"), QStringLiteral("--auto") } })
        requireRefusedUntouched(sandbox, Db, command, "newer");
}

TEST_CASE("check refuses a truncated database without changing it", "[cli]")
{
    CliSandbox sandbox;
    initClinic(sandbox, Db);
    const QByteArray whole = fileBytes(sandbox.path(Db));
    REQUIRE(whole.size() > 8192);
    for (const int percent : { 10, 50, 90 }) {
        const QString name = QStringLiteral("cut-%1.db").arg(percent);
        writeFile(sandbox.path(name), whole.left(whole.size() * percent / 100));
        requireRefusedUntouched(sandbox, name, { QStringLiteral("check") }, "cut-");
    }
    writeFile(sandbox.path(QStringLiteral("one.csv")),
        "record_number,legal_first_name,legal_last_name,date_of_birth\r\n"
        "Z-1,Ada,Byron,1980-12-10\r\n");
    requireRefusedUntouched(sandbox, QStringLiteral("cut-50.db"),
        { QStringLiteral("import"), QStringLiteral("participants"),
            sandbox.path(QStringLiteral("one.csv")) },
        "cut-50.db");
}

TEST_CASE("check on a missing file fails without creating it", "[cli]")
{
    CliSandbox sandbox;
    const CliRun run = sandbox.on(QStringLiteral("missing.db"), { QStringLiteral("check") });
    CHECK(run.exitCode == 1);
    CHECK(run.errLines().size() == 1);
    CHECK(sandbox.files().isEmpty());
}
