// SPDX-License-Identifier: GPL-3.0-or-later
// backup and restore through the real binary: a round trip, the daily backup, and every
// refusal leaving the database as it was.
#include "CliTestSupport.h"
#include "support/TestDatabase.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

using namespace stepwise::test;

namespace {

const QString Db = QStringLiteral("clinic.db");

void addStaff(const CliSandbox& sandbox, const char* name)
{
    sandbox.ok(Db,
        { QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--name"),
            QString::fromUtf8(name), QStringLiteral("--roles"), QStringLiteral("counselor") });
}

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner
    | QFileDevice::ReadUser | QFileDevice::WriteUser;

} // namespace

TEST_CASE("a backup restores the database as it was, the backup is not changed and the replaced "
          "file is kept",
    "[cli][backup]")
{
    CliSandbox sandbox;
    initClinic(sandbox, Db);
    addStaff(sandbox, "Kim Lee");
    const QString backup = sandbox.path(QStringLiteral("before.db"));
    const CliRun made
        = sandbox.ok(Db, { QStringLiteral("backup"), QStringLiteral("--out"), backup });
    CHECK(made.outText().startsWith(QStringLiteral("wrote the backup ")));
    CHECK(QFileInfo(backup).permissions() == OwnerOnly);
    CHECK(sandbox.ok(QStringLiteral("before.db"), args({ "check" })).outText()
        == QStringLiteral("ok\n"));
    const QByteArray backupBytes = fileBytes(backup);

    addStaff(sandbox, "After Backup");
    const CliRun restored
        = sandbox.ok(Db, { QStringLiteral("restore"), QStringLiteral("--from"), backup });
    CHECK(restored.outText().contains(QStringLiteral("kept as")));
    CHECK(fileBytes(backup) == backupBytes);
    CHECK(QFileInfo(sandbox.path(Db)).permissions() == OwnerOnly);

    // The staff added after the backup are gone; the replaced database is kept beside it, and
    // no working copy is left.
    const QString staff = sandbox.ok(Db, args({ "staff", "list" })).outText();
    CHECK(staff.contains(QStringLiteral("Kim Lee")));
    CHECK_FALSE(staff.contains(QStringLiteral("After Backup")));
    // (core moves the replaced file's -wal and -shm with it).
    QStringList kept;
    for (const QString& name : sandbox.files()) {
        if (name.startsWith(QStringLiteral("clinic.db.replaced-"))
            && !name.endsWith(QLatin1String("-wal")) && !name.endsWith(QLatin1String("-shm")))
            kept << name;
        else
            CHECK((name == Db || name == QStringLiteral("before.db")
                || name.startsWith(QStringLiteral("clinic.db.replaced-"))));
    }
    REQUIRE(kept.size() == 1);
    CHECK(QFileInfo(sandbox.path(kept.first())).permissions() == OwnerOnly);

    // The restored database carries who restored it, on an intact chain.
    const QJsonArray rows = jsonArray(
        sandbox.ok(Db, args({ "audit", "list", "--action", "backup.", "--format", "json" })).out);
    QStringList actions;
    for (const QJsonValue& v : rows)
        actions << v.toObject().value(QStringLiteral("action")).toString();
    CHECK(actions == QStringList({ QStringLiteral("backup.restore") }));
    CHECK(sandbox.ok(Db, args({ "audit", "verify" })).outText().contains(QStringLiteral("intact")));
}

TEST_CASE(
    "restore is refused to a non-administrator, a wrong password and a damaged backup, and the "
    "database stays as it was",
    "[cli][backup]")
{
    CliSandbox sandbox;
    initClinic(sandbox, Db);
    const Account jordan = addCounselorAccount(sandbox, Db);
    const QString backup = sandbox.path(QStringLiteral("copy.db"));
    sandbox.ok(Db, { QStringLiteral("backup"), QStringLiteral("--out"), backup });
    QByteArray garbage(16384, '\0');
    for (int i = 0; i < garbage.size(); ++i)
        garbage[i] = char((i * 7919 + 13) % 251);
    writeFile(sandbox.path(QStringLiteral("garbage.db")), garbage);

    const QByteArray before = fileBytes(sandbox.path(Db));
    const QStringList filesBefore = sandbox.files();
    auto requireUnchanged = [&](const CliRun& run, const char* reason) {
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.out.isEmpty());
        REQUIRE(run.errLines().size() == 1);
        CHECK(run.err.contains(reason));
        CHECK(fileBytes(sandbox.path(Db)) == before);
        CHECK(sandbox.files() == filesBefore);
    };
    const QStringList fromCopy { QStringLiteral("restore"), QStringLiteral("--from"), backup };
    requireUnchanged(sandbox.as(jordan, Db, fromCopy), "role");
    requireUnchanged(
        sandbox.as({ leadAccount().user, QStringLiteral("Not-The-Password-99") }, Db, fromCopy),
        "user name or password is not right");
    requireUnchanged(sandbox.on(Db,
                         { QStringLiteral("restore"), QStringLiteral("--from"),
                             sandbox.path(QStringLiteral("garbage.db")) }),
        "not a Stepwise database");
    requireUnchanged(sandbox.on(Db, args({ "restore", "--from", "missing.db" })), "missing.db");
}

TEST_CASE("backup --out is an administrator's and never overwrites, --auto keeps one a day for "
          "anyone signed in",
    "[cli][backup]")
{
    CliSandbox sandbox;
    initClinic(sandbox, Db);
    const Account jordan = addCounselorAccount(sandbox, Db);

    writeFile(sandbox.path(QStringLiteral("notes.txt")), "my notes\n");
    const CliRun existing = sandbox.on(Db,
        { QStringLiteral("backup"), QStringLiteral("--out"),
            sandbox.path(QStringLiteral("notes.txt")) });
    CHECK(existing.exitCode == 1);
    CHECK(existing.err.contains("already exists"));
    CHECK(fileBytes(sandbox.path(QStringLiteral("notes.txt"))) == "my notes\n");

    const CliRun counselor = sandbox.as(jordan, Db,
        { QStringLiteral("backup"), QStringLiteral("--out"),
            sandbox.path(QStringLiteral("x.db")) });
    CHECK(counselor.exitCode == 1);
    CHECK(counselor.err.contains("role"));
    CHECK_FALSE(QFileInfo::exists(sandbox.path(QStringLiteral("x.db"))));

    const CliRun daily = sandbox.as(jordan, Db, args({ "backup", "--auto" }));
    INFO(daily.err.toStdString());
    REQUIRE(daily.exitCode == 0);
    const QDir folder(sandbox.path(QStringLiteral("backups")));
    const QStringList backups = folder.entryList(QDir::Files);
    REQUIRE(backups.size() == 1);
    CHECK(backups.first().startsWith(QStringLiteral("stepwise-")));
    CHECK(QFileInfo(folder.filePath(backups.first())).permissions() == OwnerOnly);
    CHECK(daily.outText().contains(backups.first()));

    const CliRun again = sandbox.as(jordan, Db, args({ "backup", "--auto" }));
    CHECK(again.exitCode == 0);
    CHECK(again.outText().contains(QStringLiteral("already")));
    CHECK(folder.entryList(QDir::Files) == backups);
}
