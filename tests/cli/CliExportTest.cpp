// SPDX-License-Identifier: GPL-3.0-or-later
// export summary, summaries, csv and fhir through the real binary (issue 7), as an
// administrator scripts them: files written only when allowed, never over an existing one,
// refusals with the reason and no file, each summary in the accounting of disclosures.
#include "CliTestSupport.h"
#include "support/TestDatabase.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

using namespace stepwise::test;

namespace {

const QString Db = QStringLiteral("demo.db");

QString iso(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

// A demo clinic, signed in as its supervisor; the first participant listed.
struct Clinic
{
    CliSandbox sandbox;
    QString record;

    Clinic()
    {
        makeDemo(sandbox, Db, 12, 3);
        sandbox.signInAs(demoSupervisor());
        const QStringList records = recordNumbers(
            sandbox.ok(Db, args({ "participants", "list", "--format", "json" })).out);
        REQUIRE_FALSE(records.isEmpty());
        record = records.first();
    }

    QStringList summaryArgs(const QString& out, const QDate& to = QDate::currentDate()) const
    {
        return { QStringLiteral("export"), QStringLiteral("summary"),
            QStringLiteral("--participant"), record, QStringLiteral("--from"),
            iso(QDate::currentDate().addDays(-90)), QStringLiteral("--to"), iso(to),
            QStringLiteral("--out"), sandbox.path(out) };
    }

    int auditRows(const char* action) const
    {
        const CliRun run = sandbox.ok(Db,
            { QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"),
                QLatin1String(action), QStringLiteral("--format"), QStringLiteral("json") });
        return int(jsonArray(run.out).size());
    }
};

QByteArray head(const QString& path, int bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.read(bytes);
}

} // namespace

TEST_CASE("export summary writes a PDF once and records the disclosure", "[cli][export]")
{
    Clinic c;
    const CliRun run = c.sandbox.on(Db, c.summaryArgs(QStringLiteral("s.pdf")));
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.outText().startsWith(
        QStringLiteral("wrote ") + c.sandbox.path(QStringLiteral("s.pdf"))));
    CHECK(run.outText().contains(QStringLiteral("disclosure")));
    CHECK(head(c.sandbox.path(QStringLiteral("s.pdf")), 5) == QByteArray("%PDF-"));
    // Nothing but the outcome on stderr: Qt's font warnings are kept from administrators.
    CHECK(run.err.isEmpty());
    CHECK(c.auditRows("disclosure.") == 1);

    // The same file again is refused: it may already have been sent.
    const QByteArray before = fileBytes(c.sandbox.path(QStringLiteral("s.pdf")));
    const CliRun again = c.sandbox.on(Db, c.summaryArgs(QStringLiteral("s.pdf")));
    CHECK(again.exitCode == 1);
    CHECK(again.errLines().join(QLatin1Char('\n')).contains(QStringLiteral("already exists")));
    CHECK(fileBytes(c.sandbox.path(QStringLiteral("s.pdf"))) == before);
    CHECK(c.auditRows("disclosure.") == 1);
}

TEST_CASE("export summary refuses a consent that is not the participant's and a future period",
    "[cli][export]")
{
    Clinic c;
    QStringList external = c.summaryArgs(QStringLiteral("ext.pdf"));
    external << QStringLiteral("--consent") << QStringLiteral("999");
    const CliRun refused = c.sandbox.on(Db, external);
    CHECK(refused.exitCode == 1);
    CHECK(refused.errLines().join(QLatin1Char('\n')).contains(QStringLiteral("consent")));
    CHECK_FALSE(QFileInfo::exists(c.sandbox.path(QStringLiteral("ext.pdf"))));

    const CliRun future
        = c.sandbox.on(Db, c.summaryArgs(QStringLiteral("f.pdf"), QDate::currentDate().addDays(2)));
    CHECK(future.exitCode == 1);
    CHECK(future.errLines().join(QLatin1Char('\n')).contains(QStringLiteral("after today")));
    CHECK_FALSE(QFileInfo::exists(c.sandbox.path(QStringLiteral("f.pdf"))));
    CHECK(c.auditRows("disclosure.") == 0);
}

TEST_CASE(
    "export summaries writes one PDF per participant of the counselor's caseload", "[cli][export]")
{
    Clinic c;
    const QJsonArray all
        = jsonArray(c.sandbox.ok(Db, args({ "participants", "list", "--format", "json" })).out);
    const QString counselor = all.first().toObject().value(QStringLiteral("counselor")).toString();
    REQUIRE_FALSE(counselor.isEmpty());
    const int caseload
        = int(recordNumbers(c.sandbox
                                .ok(Db,
                                    { QStringLiteral("participants"), QStringLiteral("list"),
                                        QStringLiteral("--counselor"), counselor,
                                        QStringLiteral("--format"), QStringLiteral("json") })
                                .out)
                  .size());
    const CliRun run = c.sandbox.on(Db,
        { QStringLiteral("export"), QStringLiteral("summaries"), QStringLiteral("--counselor"),
            counselor, QStringLiteral("--from"), iso(QDate::currentDate().addDays(-27)),
            QStringLiteral("--to"), iso(QDate::currentDate()), QStringLiteral("--out"),
            c.sandbox.path(QStringLiteral("out")) });
    INFO(run.err.toStdString());
    const int files
        = int(QDir(c.sandbox.path(QStringLiteral("out"))).entryList(QDir::Files).size());
    // Every participant is accounted for: written, or named on stderr with the reason.
    CHECK(files + run.errLines().size() == caseload);
    CHECK(files > 0);
    CHECK(run.outText().contains(
        QStringLiteral("wrote %1 of %2 summaries").arg(files).arg(caseload)));
    CHECK(run.exitCode == (files == caseload ? 0 : 1));
}

TEST_CASE(
    "export csv writes a table with a byte order mark and refuses a counselor", "[cli][export]")
{
    Clinic c;
    const CliRun run = c.sandbox.on(Db,
        args({ "export", "csv", "outcomes", "--bom", "--out" })
            << c.sandbox.path(QStringLiteral("o.csv")));
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(head(c.sandbox.path(QStringLiteral("o.csv")), 3) == QByteArray("\xEF\xBB\xBF"));
    CHECK(head(c.sandbox.path(QStringLiteral("o.csv")), 20).contains("record_number"));

    const CliRun unknown = c.sandbox.on(Db,
        args({ "export", "csv", "salaries", "--out" }) << c.sandbox.path(QStringLiteral("x.csv")));
    CHECK(unknown.exitCode == 2);
    CHECK_FALSE(QFileInfo::exists(c.sandbox.path(QStringLiteral("x.csv"))));

    const CliRun counselor = c.sandbox.as(demoCounselor(), Db,
        args({ "export", "csv", "caseload", "--out" }) << c.sandbox.path(QStringLiteral("c.csv")));
    CHECK(counselor.exitCode == 1);
    CHECK_FALSE(QFileInfo::exists(c.sandbox.path(QStringLiteral("c.csv"))));
}

TEST_CASE("export fhir writes a Bundle for one participant", "[cli][export]")
{
    Clinic c;
    const CliRun run = c.sandbox.on(Db,
        { QStringLiteral("export"), QStringLiteral("fhir"), QStringLiteral("--participant"),
            c.record, QStringLiteral("--out"), c.sandbox.path(QStringLiteral("p.json")) });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject bundle
        = QJsonDocument::fromJson(fileBytes(c.sandbox.path(QStringLiteral("p.json")))).object();
    CHECK(bundle.value(QStringLiteral("resourceType")).toString() == QStringLiteral("Bundle"));
    CHECK_FALSE(bundle.value(QStringLiteral("entry")).toArray().isEmpty());
}
