// SPDX-License-Identifier: GPL-3.0-or-later
// Sign-in and staff accounts through the real binary: refusals that do not tell which user names
// exist, passwords set and changed, lockout and unlock, roles, deactivation, the first
// administrator. Each run hashes at the production Argon2id cost (the asan build lowers it, see
// STEPWISE_TEST_HASH_COST in CMakeLists.txt), so the cases share setups.
#include "CliTestSupport.h"
#include "storage/Database.h"
#include "support/TestDatabase.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

using namespace stepwise;
using namespace stepwise::test;

namespace {

const QString Db = QStringLiteral("clinic.db");

QProcessEnvironment newPassword(const QString& password)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("STEPWISE_NEW_PASSWORD"), password);
    return env;
}

QString lineOf(const QString& table, const QString& start)
{
    for (const QString& line : table.split(QLatin1Char('\n'))) {
        if (line.startsWith(start))
            return line;
    }
    return {};
}

void requireRefused(const CliRun& run)
{
    CHECK(run.exitCode == 1);
    CHECK(run.out.isEmpty());
    REQUIRE(run.errLines().size() == 1);
    CHECK(run.err.contains("user name or password is not right"));
}

// The stored Argon2id string of an account, read as anyone with the file could.
QString storedHash(const QString& path, const QString& user)
{
    const QString connection = QUuid::createUuid().toString();
    QString hash;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.prepare(QStringLiteral("SELECT password_hash FROM staff WHERE username = ?")));
        q.addBindValue(user);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        hash = q.value(0).toString();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return hash;
}

// The variable a test build (STEPWISE_TEST_HASH_COST in CMake) reads; ctest's asan preset sets
// it for every test, so the cases below clear or set it themselves.
QProcessEnvironment hashCost(const char* value)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("STEPWISE_TEST_HASH_COST"), QString::fromLatin1(value));
    return env;
}

const QString FullCost = QStringLiteral("$argon2id$v=19$m=262144,t=3,p=1$");

} // namespace

TEST_CASE("stepwise-cli stores passwords at the full Argon2id cost, and a cheaper hash is "
          "replaced at the next sign-in",
    "[cli][accounts]")
{
    CliSandbox sandbox;
    const Account lead = leadAccount();
    const QStringList init { QStringLiteral("init"), QStringLiteral("--admin-name"),
        QStringLiteral("Riley Lead"), QStringLiteral("--admin-user"), lead.user };

    REQUIRE(sandbox.as(lead, Db, init, hashCost("")).exitCode == 0);
    CHECK(storedHash(sandbox.path(Db), lead.user).startsWith(FullCost));

    // A test build asked for the minimum stores m=8 (KiB), t=1; any other build ignores the
    // variable. Either way the next sign-in of a normal run leaves the full cost on file.
    const QString other = QStringLiteral("cheap.db");
    REQUIRE(sandbox.as(lead, other, init, hashCost("minimum")).exitCode == 0);
    const QString made = storedHash(sandbox.path(other), lead.user);
    CHECK(made.startsWith(QStringLiteral("$argon2id$")));
    REQUIRE(sandbox.as(lead, other, args({ "staff", "list" }), hashCost("")).exitCode == 0);
    const QString after = storedHash(sandbox.path(other), lead.user);
    CHECK(after.startsWith(FullCost));
    CHECK((made == after) == made.startsWith(FullCost));
}

TEST_CASE("a refused sign-in says the same for an unknown user name and a wrong password",
    "[cli][signin]")
{
    CliSandbox sandbox;
    initClinic(sandbox, Db);
    const QStringList list = args({ "staff", "list" });
    const CliRun wrongPassword
        = sandbox.as({ leadAccount().user, QStringLiteral("Not-The-Password-99") }, Db, list);
    const CliRun unknownUser
        = sandbox.as({ QStringLiteral("nobody"), QStringLiteral("Not-The-Password-99") }, Db, list);
    requireRefused(wrongPassword);
    requireRefused(unknownUser);
    CHECK(wrongPassword.err == unknownUser.err);
    CHECK(wrongPassword.exitCode == unknownUser.exitCode);
    // Nothing in the message repeats what was typed.
    CHECK_FALSE(unknownUser.err.contains("nobody"));
    CHECK_FALSE(wrongPassword.err.contains("Not-The-Password"));
}

TEST_CASE("staff add gives an account, its owner signs in and changes the password, an "
          "administrator resets it",
    "[cli][accounts]")
{
    CliSandbox sandbox;
    initClinic(sandbox, Db);
    Account jordan = addCounselorAccount(sandbox, Db);

    // A counselor may read the staff list, without the administrators' account column.
    const CliRun list = sandbox.as(jordan, Db, args({ "staff", "list" }));
    REQUIRE(list.exitCode == 0);
    CHECK(
        lineOf(list.outText(), QStringLiteral("Jordan Reyes")).contains(QStringLiteral("jreyes")));
    CHECK_FALSE(list.outText().contains(QStringLiteral("Locked until")));

    // Their own password: the current one is the one they signed in with.
    const QString changed = strongPassword(2);
    const CliRun passwd = sandbox.as(jordan, Db, args({ "staff", "passwd" }), newPassword(changed));
    INFO(passwd.err.toStdString());
    REQUIRE(passwd.exitCode == 0);
    CHECK(passwd.outText().contains(QStringLiteral("jreyes")));
    requireRefused(sandbox.as(jordan, Db, args({ "staff", "list" })));
    jordan.password = changed;
    CHECK(sandbox.as(jordan, Db, args({ "staff", "list" })).exitCode == 0);

    // A counselor may not set someone else's password.
    const CliRun notTheirs = sandbox.as(jordan, Db,
        args({ "staff", "passwd", "--username", "lead" }), newPassword(strongPassword(3)));
    CHECK(notTheirs.exitCode == 1);
    CHECK(notTheirs.err.contains("role"));

    // The administrator resets it.
    const QString reset = strongPassword(3);
    const CliRun byAdmin
        = sandbox.run({ QStringLiteral("--db"), sandbox.path(Db), QStringLiteral("staff"),
                          QStringLiteral("passwd"), QStringLiteral("--username"), jordan.user },
            newPassword(reset));
    INFO(byAdmin.err.toStdString());
    REQUIRE(byAdmin.exitCode == 0);
    requireRefused(sandbox.as(jordan, Db, args({ "staff", "list" })));
    jordan.password = reset;
    CHECK(sandbox.as(jordan, Db, args({ "staff", "list" })).exitCode == 0);
}

TEST_CASE("a new account with a weak password or a taken user name is refused with the reason "
          "and nothing is added",
    "[cli][accounts]")
{
    CliSandbox sandbox;
    initClinic(sandbox, Db);
    const QString before = sandbox.ok(Db, args({ "staff", "list" })).outText();

    const CliRun weak = sandbox.run(
        { QStringLiteral("--db"), sandbox.path(Db), QStringLiteral("staff"), QStringLiteral("add"),
            QStringLiteral("--name"), QStringLiteral("Kim Lee"), QStringLiteral("--roles"),
            QStringLiteral("counselor"), QStringLiteral("--username"), QStringLiteral("klee") },
        newPassword(QStringLiteral("kimlee")));
    CHECK(weak.exitCode == 1);
    REQUIRE(weak.errLines().size() == 1);
    CHECK(weak.err.contains("password: "));

    const CliRun taken = sandbox.run(
        { QStringLiteral("--db"), sandbox.path(Db), QStringLiteral("staff"), QStringLiteral("add"),
            QStringLiteral("--name"), QStringLiteral("Kim Lee"), QStringLiteral("--roles"),
            QStringLiteral("counselor"), QStringLiteral("--username"), QStringLiteral("LEAD") },
        newPassword(strongPassword(4)));
    CHECK(taken.exitCode == 1);
    REQUIRE(taken.errLines().size() == 1);
    CHECK(taken.err.contains("username: "));

    CHECK(sandbox.ok(Db, args({ "staff", "list" })).outText() == before);
}

TEST_CASE("five failed sign-ins lock an account until an administrator unlocks it, and roles, "
          "deactivation and the last administrator",
    "[cli][accounts]")
{
    CliSandbox sandbox;
    initClinic(sandbox, Db);
    const Account jordan = addCounselorAccount(sandbox, Db);
    const Account wrong { jordan.user, QStringLiteral("Not-The-Password-99") };
    for (int i = 0; i < 5; ++i)
        requireRefused(sandbox.as(wrong, Db, args({ "staff", "list" })));
    // Locked: the right password is refused with the same words.
    requireRefused(sandbox.as(jordan, Db, args({ "staff", "list" })));

    const QString locked = sandbox.ok(Db, args({ "staff", "list" })).outText();
    CHECK(locked.contains(QStringLiteral("Locked until")));
    CHECK(lineOf(locked, QStringLiteral("Jordan Reyes"))
              .contains(QRegularExpression(QStringLiteral("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d$"))));
    CHECK(sandbox.ok(Db, args({ "staff", "unlock", "--username", "jreyes" })).outText()
        == QStringLiteral("unlocked Jordan Reyes\n"));
    CHECK(sandbox.as(jordan, Db, args({ "staff", "list" })).exitCode == 0);

    // Roles are replaced as a whole; a deactivated account cannot sign in.
    sandbox.ok(Db,
        args({ "staff", "roles", "--name", "Jordan Reyes", "--roles", "counselor,supervisor" }));
    CHECK(
        lineOf(sandbox.ok(Db, args({ "staff", "list" })).outText(), QStringLiteral("Jordan Reyes"))
            .contains(QStringLiteral("Counselor, Supervisor")));
    sandbox.ok(Db, args({ "staff", "deactivate", "--username", "jreyes" }));
    requireRefused(sandbox.as(jordan, Db, args({ "staff", "list" })));
    sandbox.ok(Db, args({ "staff", "activate", "--username", "jreyes" }));
    CHECK(sandbox.as(jordan, Db, args({ "staff", "list" })).exitCode == 0);

    // The only administrator who can sign in keeps the role.
    const CliRun last
        = sandbox.on(Db, args({ "staff", "roles", "--username", "lead", "--roles", "supervisor" }));
    CHECK(last.exitCode == 1);
    CHECK(last.err.contains("last administrator"));
}

TEST_CASE("staff first-admin gives a database without an administrator its first one, once",
    "[cli][accounts]")
{
    CliSandbox sandbox;
    {
        // A database as an older Stepwise left it: no one can sign in.
        auto db = Database::open(sandbox.path(Db), Database::OpenMode::CreateIfMissing);
        REQUIRE(db.ok());
    }
    requireRefused(sandbox.on(Db, args({ "staff", "list" })));

    const CliRun first = sandbox.on(Db, args({ "staff", "first-admin", "--name", "Riley Lead" }));
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(
        first.outText() == QStringLiteral("added the administrator Riley Lead (user name lead)\n"));
    CHECK(lineOf(sandbox.ok(Db, args({ "staff", "list" })).outText(), QStringLiteral("Riley Lead"))
              .contains(QStringLiteral("Administrator")));

    const QByteArray before = fileBytes(sandbox.path(Db));
    const CliRun again = sandbox.on(
        Db, args({ "staff", "first-admin", "--name", "Someone Else", "--username", "someone" }));
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains("already has an administrator"));
    CHECK(fileBytes(sandbox.path(Db)) == before);
}
