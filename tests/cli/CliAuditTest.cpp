// SPDX-License-Identifier: GPL-3.0-or-later
// audit verify, list and export through the real binary, including a row edited by hand.
#include "CliTestSupport.h"
#include "support/TestDatabase.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

using namespace stepwise::test;

namespace {

const QString Db = QStringLiteral("clinic.db");

// What someone with the file and the sqlite3 tool could do: drop the trigger that refuses
// edits, then change one row's detail. Returns the id of the row changed.
qint64 editOneAuditRow(const QString& path)
{
    const QString connection = QUuid::createUuid().toString();
    qint64 id = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral(
            "SELECT min(id) FROM audit_log WHERE action = 'auth.sign_in' AND id > 1")));
        REQUIRE(q.next());
        id = q.value(0).toLongLong();
        q.finish();
        REQUIRE(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        REQUIRE(q.prepare(QStringLiteral("UPDATE audit_log SET detail = ? WHERE id = ?")));
        q.addBindValue(QStringLiteral("nothing happened here"));
        q.addBindValue(id);
        REQUIRE(q.exec());
        REQUIRE(q.numRowsAffected() == 1);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    REQUIRE(id > 1);
    return id;
}

} // namespace

TEST_CASE("audit verify finds the log intact, then names the row edited by hand", "[cli][audit]")
{
    CliSandbox sandbox;
    initClinic(sandbox, Db);
    const CliRun intact = sandbox.ok(Db, args({ "audit", "verify" }));
    CHECK(intact.outText().contains(QStringLiteral("the audit log is intact")));
    CHECK(intact.outText().contains(QStringLiteral("hash ")));
    CHECK(intact.outText().contains(QStringLiteral("signed records checked: 0 notes, 0 addenda")));
    CHECK(intact.err.isEmpty());

    const qint64 edited = editOneAuditRow(sandbox.path(Db));
    const CliRun broken = sandbox.on(Db, args({ "audit", "verify" }));
    CHECK(broken.exitCode == 1);
    INFO(broken.outText().toStdString() << broken.err.toStdString());
    CHECK(broken.outText().contains(QStringLiteral("Row %1 ").arg(edited)));
    CHECK(broken.outText().contains(QStringLiteral("triggers")));
    REQUIRE(broken.errLines().size() == 1);
    CHECK(broken.errLines().first().startsWith(
        QStringLiteral("stepwise-cli: the audit log is broken from row %1 on").arg(edited)));
}

TEST_CASE("audit list filters by action, staff and day, as a table or JSON, and counselors may not "
          "read it",
    "[cli][audit]")
{
    CliSandbox sandbox;
    initClinic(sandbox, Db);
    // One failed sign-in to find.
    CHECK(sandbox
              .as({ leadAccount().user, QStringLiteral("Not-The-Password-99") }, Db,
                  args({ "staff", "list" }))
              .exitCode
        == 1);

    const QJsonArray failed = jsonArray(
        sandbox
            .ok(Db,
                args({ "audit", "list", "--action", "auth.sign_in_failed", "--format", "json" }))
            .out);
    REQUIRE(failed.size() == 1);
    const QJsonObject row = failed.first().toObject();
    CHECK(row.value(QStringLiteral("staff_name")).toString() == QStringLiteral("Riley Lead"));
    CHECK(row.value(QStringLiteral("detail")).toString() == QStringLiteral("wrong password"));
    CHECK(row.value(QStringLiteral("workstation"))
              .toString()
              .endsWith(QStringLiteral("(stepwise-cli)")));
    CHECK(row.value(QStringLiteral("hash")).toString().size() == 64);

    // Every sign-in has its sign-out: the CLI ends each session it starts.
    const QJsonArray sessions = jsonArray(sandbox
                                              .ok(Db,
                                                  args({ "audit", "list", "--staff", "lead",
                                                      "--action", "auth.", "--format", "json" }))
                                              .out);
    int signIns = 0;
    int signOuts = 0;
    for (const QJsonValue& v : sessions) {
        const QString action = v.toObject().value(QStringLiteral("action")).toString();
        signIns += action == QLatin1String("auth.sign_in") ? 1 : 0;
        signOuts += action == QLatin1String("auth.sign_out") ? 1 : 0;
    }
    CHECK(signIns >= 3);
    CHECK(signOuts == signIns - 1); // the run that lists is still signed in

    // --limit: the newest rows, newest first; a day in the future: none.
    const QStringList newest = sandbox.ok(Db, args({ "audit", "list", "--limit", "2" }))
                                   .outText()
                                   .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(newest.size() == 3);
    CHECK(newest.at(0).contains(QStringLiteral("When (UTC)")));
    CHECK(newest.at(1).contains(QStringLiteral("auth.sign_in ")));
    CHECK(newest.at(1).trimmed().section(QLatin1Char(' '), 0, 0).toLongLong()
        > newest.at(2).trimmed().section(QLatin1Char(' '), 0, 0).toLongLong());
    const QString tomorrow = QDate::currentDate().addDays(2).toString(Qt::ISODate);
    CHECK(jsonArray(
        sandbox
            .ok(Db,
                { QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--from"),
                    tomorrow, QStringLiteral("--format"), QStringLiteral("json") })
            .out)
              .isEmpty());

    // A counselor is refused, and the refusal is itself on record.
    const Account jordan = addCounselorAccount(sandbox, Db);
    const CliRun counselor = sandbox.as(jordan, Db, args({ "audit", "verify" }));
    CHECK(counselor.exitCode == 1);
    CHECK(counselor.out.isEmpty());
    CHECK(counselor.err.contains("role"));
    const QJsonArray denied
        = jsonArray(sandbox
                        .ok(Db,
                            args({ "audit", "list", "--action", "access.denied", "--staff",
                                "Jordan Reyes", "--format", "json" }))
                        .out);
    REQUIRE(denied.size() == 1);
    CHECK(denied.first().toObject().value(QStringLiteral("detail")).toString()
        == QStringLiteral("view_audit"));
}

TEST_CASE("audit export writes a private CSV with formulas neutralised and refuses to overwrite",
    "[cli][audit]")
{
    CliSandbox sandbox;
    // A name a spreadsheet would run as a formula.
    const QString formula = QStringLiteral("=HYPERLINK(\"http://example.org\",\"x\")");
    sandbox.ok(Db, { QStringLiteral("init"), QStringLiteral("--admin-name"), formula });
    const QString out = sandbox.path(QStringLiteral("audit.csv"));
    const CliRun run = sandbox.ok(
        Db, { QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--out"), out });
    CHECK(run.outText().startsWith(QStringLiteral("exported ")));
    CHECK(QFileInfo(out).permissions()
        == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
            | QFileDevice::WriteUser));
    const auto rows = csvRows(fileBytes(out));
    REQUIRE(rows.size() >= 2);
    bool sawName = false;
    for (const auto& row : rows) {
        CHECK_FALSE(row.value(QStringLiteral("hash")).isEmpty());
        if (row.value(QStringLiteral("staff_name")).contains(QStringLiteral("HYPERLINK"))) {
            sawName = true;
            CHECK(row.value(QStringLiteral("staff_name")) == QLatin1Char('\'') + formula);
        }
    }
    CHECK(sawName);
    CHECK(run.outText().contains(QStringLiteral("%1 audit row").arg(rows.size())));

    // The export is on record, and an existing file is never overwritten.
    const QByteArray before = fileBytes(out);
    const CliRun again = sandbox.on(
        Db, { QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--out"), out });
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains("already exists"));
    CHECK(fileBytes(out) == before);
    const auto exports = csvRows(
        sandbox.ok(Db, args({ "audit", "list", "--action", "audit.export", "--format", "csv" }))
            .out);
    CHECK(exports.size() == 1);
}
