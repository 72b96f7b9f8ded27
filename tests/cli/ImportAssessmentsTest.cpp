// SPDX-License-Identifier: GPL-3.0-or-later
// import assessments through the real binary: all rows or none, who may import.
#include "CliTestSupport.h"
#include "support/TestDatabase.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

using namespace stepwise::test;

namespace {

const QString Db = QStringLiteral("clinic.db");

// Two participants in care since early 2025, in the past of any machine running the tests.
const QByteArray Participants = "record_number,legal_first_name,legal_last_name,date_of_birth,"
                                "sex_at_birth,admission_date\n"
                                "C-001,Ana,Lopez,1985-02-03,female,2025-01-06\n"
                                "C-002,Ben,Okafor,1990-04-03,male,2025-02-03\n";

void makeClinic(const CliSandbox& sandbox)
{
    initClinic(sandbox, Db);
    writeFile(sandbox.path(QStringLiteral("people.csv")), Participants);
    sandbox.ok(Db,
        { QStringLiteral("import"), QStringLiteral("participants"),
            sandbox.path(QStringLiteral("people.csv")) });
}

CliRun importAssessments(const CliSandbox& sandbox, const QString& file, const QByteArray& csv)
{
    writeFile(sandbox.path(file), csv);
    return sandbox.on(
        Db, { QStringLiteral("import"), QStringLiteral("assessments"), sandbox.path(file) });
}

// What the file holds, read with a read-only connection of the test's own: assessments,
// safety alerts and audit rows other than the sign-ins and sign-outs every run adds.
struct StoredCounts
{
    qint64 assessments = -1;
    qint64 alerts = -1;
    qint64 audit = -1;
    bool operator==(const StoredCounts&) const = default;
};

StoredCounts counts(const QString& path)
{
    const QString connection = QUuid::createUuid().toString();
    StoredCounts c;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral(
            "SELECT (SELECT count(*) FROM assessment), (SELECT count(*) FROM safety_alert), "
            "(SELECT count(*) FROM audit_log WHERE action NOT IN ('auth.sign_in', "
            "'auth.sign_out'))")));
        REQUIRE(q.next());
        c = { q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong() };
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return c;
}

} // namespace

namespace Catch {
template<> struct StringMaker<::StoredCounts>
{
    static std::string convert(const ::StoredCounts& c)
    {
        return "{ assessments " + std::to_string(c.assessments) + ", alerts "
            + std::to_string(c.alerts) + ", audit " + std::to_string(c.audit) + " }";
    }
};
} // namespace Catch

TEST_CASE("import assessments records every row and says how many raised a safety alert",
    "[cli][assessments]")
{
    CliSandbox sandbox;
    makeClinic(sandbox);
    const StoredCounts before = counts(sandbox.path(Db));
    const CliRun run = importAssessments(sandbox, QStringLiteral("scores.csv"),
        "record_number,date,instrument,answers,sex,note\n"
        "C-001,2025-02-03,phq9,1;2;0;3;1;0;0;1;0,,baseline\n"
        "C-001,2025-03-03,PHQ-9,1 1 0 1 1 0 0 1 1,,\n" // item 9 above 0: a safety alert
        "C-002,2025-03-01,auditc,\"2,1,0\",male,\n");
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.outText() == QStringLiteral("imported 3 assessments; safety alerts raised: 1\n"));
    CHECK(run.err.isEmpty());
    // Three records, one alert; an audit row per record and per alert, one for the import.
    CHECK(counts(sandbox.path(Db)) == StoredCounts { 3, 1, before.audit + 5 });

    const QJsonArray rows = jsonArray(
        sandbox
            .ok(Db,
                { QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--participant"),
                    QStringLiteral("c-001"), QStringLiteral("--format"), QStringLiteral("json") })
            .out);
    QStringList actions;
    for (const QJsonValue& v : rows)
        actions << v.toObject().value(QStringLiteral("action")).toString();
    CHECK(actions.count(QStringLiteral("assessment.record")) == 2);
    CHECK(actions.count(QStringLiteral("safety_alert.raise")) == 1);
}

TEST_CASE("import assessments with one bad row reports it with its line and writes nothing",
    "[cli][assessments]")
{
    CliSandbox sandbox;
    makeClinic(sandbox);
    REQUIRE(importAssessments(sandbox, QStringLiteral("first.csv"),
                "record_number,date,instrument,answers\n"
                "C-002,2025-02-10,gad7,0;0;0;0;0;0;0\n")
                .exitCode
        == 0);
    const StoredCounts before = counts(sandbox.path(Db));
    REQUIRE(before.assessments == 1);

    const QByteArray csv = "record_number,date,instrument,answers\n"
                           "C-001,2025-02-03,phq9,1;2;0;3;1;0;0;1;0\n" // 2: fine
                           "C-001,2025-02-10,phq9,1;2;0;3;1;0;0;1;4\n" // 3: item 9 out of range
                           "C-002,2025-03-01,gad7,0;0;0;0;0;0;0\n";    // 4: fine
    const QString file = QStringLiteral("bad.csv");
    const CliRun run = importAssessments(sandbox, file, csv);
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.out.isEmpty());
    CHECK(run.errLines()
        == QStringList {
            sandbox.path(file) + QStringLiteral(":3: answers: Item 9 takes 0 to 3, not 4."),
            QStringLiteral("stepwise-cli: 1 problem in %1; nothing was imported")
                .arg(sandbox.path(file)) });
    CHECK(counts(sandbox.path(Db)) == before);
    CHECK(fileBytes(sandbox.path(file)) == csv);
}

TEST_CASE("import assessments names the wrong answer count, the unknown instrument and asam",
    "[cli][assessments]")
{
    CliSandbox sandbox;
    makeClinic(sandbox);
    const QString file = QStringLiteral("mixed.csv");
    const CliRun run = importAssessments(sandbox, file,
        "record_number,date,instrument,answers\n"
        "C-001,2025-02-03,gad7,1;2;0\n"           // 2: three answers of seven
        "C-001,2025-02-03,cage,1;1;1;1\n"         // 3: unknown instrument
        "C-001,2025-02-03,asam,0;1;2;0;1;0\n"     // 4: a clinician rating
        "C-404,2025-02-03,gad7,0;0;0;0;0;0;0\n"   // 5: no such record number
        "C-002,2025-01-10,gad7,0;0;0;0;0;0;0\n"   // 6: before admission
        "C-002,2025-03-01,gad7,0;0;0;0;0;0;0\n"   // 7: fine
        "C-002,2025-03-01,gad7,1;0;0;0;0;0;0\n"); // 8: the same as line 7
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 1);
    const QString at = sandbox.path(file) + QLatin1Char(':');
    CHECK(run.errLines()
        == QStringList { at
                + QStringLiteral("2: answers: GAD-7 takes 7 answers, one per item in the order "
                                 "1;2;3;4;5;6;7; this row has 3."),
            at
                + QStringLiteral("3: instrument: \"cage\" is not an instrument Stepwise knows; a "
                                 "file may hold phq9, gad7, audit, auditc, dast10, bam."),
            at
                + QStringLiteral(
                    "4: instrument: asam is a clinician rating with narratives or "
                    "notes and cannot be imported from a CSV file; record it in "
                    "Stepwise. A file may hold phq9, gad7, audit, auditc, dast10, bam."),
            at + QStringLiteral("5: record_number: No participant has the record number C-404."),
            at
                + QStringLiteral("6: date: C-002 was not in care on 2025-01-10: an assessment must "
                                 "fall within an episode of care, from admission to discharge."),
            at
                + QStringLiteral("8: The same assessment (C-002, GAD-7 on 2025-03-01) is also on "
                                 "line 7."),
            QStringLiteral("stepwise-cli: 6 problems in %1; nothing was imported")
                .arg(sandbox.path(file)) });
    CHECK(counts(sandbox.path(Db)).assessments == 0);
}

TEST_CASE("import assessments refuses a counselor and writes no assessment", "[cli][assessments]")
{
    CliSandbox sandbox;
    makeClinic(sandbox);
    const Account counselor = addCounselorAccount(sandbox, Db);
    const QString file = sandbox.path(QStringLiteral("scores.csv"));
    writeFile(file,
        "record_number,date,instrument,answers\n"
        "C-001,2025-02-03,gad7,0;0;0;0;0;0;0\n");
    const StoredCounts before = counts(sandbox.path(Db));
    const CliRun run = sandbox.as(
        counselor, Db, { QStringLiteral("import"), QStringLiteral("assessments"), file });
    CHECK(run.exitCode == 1);
    CHECK(run.out.isEmpty());
    CHECK(run.errLines()
        == QStringList { QStringLiteral("stepwise-cli: Your role does not allow this. Ask a "
                                        "supervisor or an administrator.") });
    const StoredCounts after = counts(sandbox.path(Db));
    CHECK(after.assessments == 0);
    CHECK(after.alerts == 0);
    CHECK(after.audit == before.audit + 1); // the refusal itself is audited
}

TEST_CASE("import assessments --help describes the columns", "[cli][assessments]")
{
    CliSandbox sandbox;
    const CliRun run = sandbox.run(
        { QStringLiteral("import"), QStringLiteral("assessments"), QStringLiteral("--help") });
    CHECK(run.exitCode == 0);
    CHECK(run.outText().simplified().contains(QStringLiteral("record_number, date (yyyy-MM-dd)")));
    CHECK(run.outText().simplified().contains(
        QStringLiteral("phq9, gad7, audit, auditc, dast10, bam")));
}
