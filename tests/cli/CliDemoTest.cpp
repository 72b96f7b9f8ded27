// SPDX-License-Identifier: GPL-3.0-or-later
// demo through the real binary: a believable clinic, the same for the same seed.
#include "CliTestSupport.h"
#include "demo/DemoGenerator.h"
#include "support/TestDatabase.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

using namespace stepwise::test;

namespace {

const QString Db = QStringLiteral("demo.db");

// The CSV export is a supervisor's.
QByteArray exportCsv(const CliSandbox& sandbox, const QString& db)
{
    const QStringList list { QStringLiteral("participants"), QStringLiteral("list"),
        QStringLiteral("--format"), QStringLiteral("csv") };
    const CliRun run = sandbox.as(demoSupervisor(), db, list);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return run.out;
}

CliRun demo(const CliSandbox& sandbox, const QString& db, int participants, int seed)
{
    return sandbox.on(db,
        { QStringLiteral("demo"), QStringLiteral("--participants"), QString::number(participants),
            QStringLiteral("--seed"), QString::number(seed) });
}

bool hasNonLatinLetter(const QString& text)
{
    for (QChar c : text) {
        if (c.isLetter() && c.script() != QChar::Script_Latin && c.script() != QChar::Script_Common)
            return true;
    }
    return false;
}

} // namespace

TEST_CASE(
    "demo creates the database, fills it and says what it made and how to sign in", "[cli][demo]")
{
    CliSandbox sandbox;
    sandbox.signInAs(demoSupervisor());
    // demo makes the accounts, so it needs none.
    const CliRun run = sandbox.runWithoutCredentials({ QStringLiteral("--db"), sandbox.path(Db),
        QStringLiteral("demo"), QStringLiteral("--participants"), QStringLiteral("40"),
        QStringLiteral("--seed"), QStringLiteral("5") });
    CHECK(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    const QStringList lines = run.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 6);
    CHECK(lines.at(0).startsWith(QStringLiteral("generated 40 participants")));
    CHECK(lines.at(1).contains(QString::fromLatin1(stepwise::DemoGenerator::Password)));
    CHECK(lines.at(3).startsWith(QStringLiteral("admin ")));
    CHECK(lines.at(3).endsWith(QStringLiteral("Administrator")));
    CHECK(lines.at(4).startsWith(QStringLiteral("supervisor ")));
    CHECK(lines.at(4).endsWith(QStringLiteral("Supervisor")));
    CHECK(lines.at(5).startsWith(QStringLiteral("counselor ")));
    CHECK(lines.at(5).endsWith(QStringLiteral("Counselor")));
    CHECK(sandbox.ok(Db, { QStringLiteral("check") }).outText() == QStringLiteral("ok\n"));
    // The supervisor account sees the whole clinic.
    CHECK(csvRows(exportCsv(sandbox, Db)).size() == 40);
}

TEST_CASE("demo --in-care and --years shape the clinic, and refuse what cannot be", "[cli][demo]")
{
    CliSandbox sandbox;
    sandbox.signInAs(demoSupervisor());
    const CliRun run = sandbox.runWithoutCredentials({ QStringLiteral("--db"), sandbox.path(Db),
        QStringLiteral("demo"), QStringLiteral("--participants"), QStringLiteral("30"),
        QStringLiteral("--in-care"), QStringLiteral("9"), QStringLiteral("--years"),
        QStringLiteral("2"), QStringLiteral("--seed"), QStringLiteral("4") });
    REQUIRE(run.exitCode == 0);
    // Exactly the number asked for is in care: the review counts everyone in care.
    const CliRun review = sandbox.ok(Db,
        { QStringLiteral("review"), QStringLiteral("--flag"), QStringLiteral("none"),
            QStringLiteral("--format"), QStringLiteral("csv") });
    CHECK(csvRows(review.out).size() == 9);

    for (const QStringList& wrong :
        { QStringList { QStringLiteral("--in-care"), QStringLiteral("31") },
            QStringList { QStringLiteral("--in-care"), QStringLiteral("-1") },
            QStringList { QStringLiteral("--years"), QStringLiteral("0") },
            QStringList { QStringLiteral("--years"), QStringLiteral("21") } }) {
        INFO(wrong.join(QLatin1Char(' ')).toStdString());
        const QString other = QStringLiteral("wrong.db");
        const CliRun refused = sandbox.runWithoutCredentials(
            QStringList { QStringLiteral("--db"), sandbox.path(other), QStringLiteral("demo"),
                QStringLiteral("--participants"), QStringLiteral("30") }
            + wrong);
        CHECK(refused.exitCode == 2);
        CHECK(refused.err.contains(wrong.first().toUtf8()));
        CHECK_FALSE(QFile::exists(sandbox.path(other)));
    }
}

TEST_CASE(
    "demo gives the same clinic for the same seed and another for another seed", "[cli][demo]")
{
    CliSandbox sandbox;
    sandbox.signInAs(demoSupervisor());
    REQUIRE(demo(sandbox, QStringLiteral("a.db"), 30, 42).exitCode == 0);
    REQUIRE(demo(sandbox, QStringLiteral("b.db"), 30, 42).exitCode == 0);
    REQUIRE(demo(sandbox, QStringLiteral("c.db"), 30, 43).exitCode == 0);
    const QByteArray a = exportCsv(sandbox, QStringLiteral("a.db"));
    CHECK(a == exportCsv(sandbox, QStringLiteral("b.db")));
    CHECK(a != exportCsv(sandbox, QStringLiteral("c.db")));
}

TEST_CASE(
    "demo spreads participants over phases, statuses, readmissions and diagnoses", "[cli][demo]")
{
    CliSandbox sandbox;
    sandbox.signInAs(demoSupervisor());
    REQUIRE(demo(sandbox, Db, 120, 1).exitCode == 0);

    const QJsonArray rows
        = jsonArray(sandbox
                        .ok(Db,
                            { QStringLiteral("participants"), QStringLiteral("list"),
                                QStringLiteral("--format"), QStringLiteral("json") })
                        .out);
    REQUIRE(rows.size() == 120);
    QHash<QString, int> phases;
    QHash<QString, int> statuses;
    QHash<QString, int> focuses;
    int readmitted = 0;
    for (const QJsonValue& value : rows) {
        const QJsonObject row = value.toObject();
        phases[row.value(QStringLiteral("phase")).toString()]++;
        statuses[row.value(QStringLiteral("status")).toString()]++;
        focuses[row.value(QStringLiteral("primary_focus")).toString()]++;
        if (row.value(QStringLiteral("episodes")).toInt() > 1)
            ++readmitted;
        if (row.value(QStringLiteral("status")).toString() == QLatin1String("discharged"))
            CHECK(row.value(QStringLiteral("phase")).isNull());
        else
            CHECK(row.value(QStringLiteral("days_in_phase")).toInt() >= 1);
    }
    INFO("phases " << phases.keys().join(QLatin1Char(',')).toStdString());
    CHECK(phases.value(QStringLiteral("intensive")) >= 15);
    CHECK(phases.value(QStringLiteral("step_down")) >= 10);
    CHECK(phases.value(QStringLiteral("aftercare")) >= 15);
    CHECK(statuses.value(QStringLiteral("discharged")) >= 25);
    CHECK(statuses.value(QStringLiteral("active")) >= 50);
    CHECK(statuses.value(QStringLiteral("on_hold")) >= 1);
    CHECK(focuses.value(QStringLiteral("co_occurring")) >= 20);
    CHECK(focuses.value(QStringLiteral("substance_use")) >= 20);
    CHECK(focuses.value(QStringLiteral("mental_health")) >= 10);
    CHECK(readmitted >= 10);

    // Counselors for a caseload of about a dozen each, plus supervisors and an administrator;
    // the first of each role has the demo account.
    const QString staff
        = sandbox.ok(Db, { QStringLiteral("staff"), QStringLiteral("list") }).outText();
    CHECK(staff.count(QStringLiteral("Counselor")) >= 5);
    CHECK(staff.count(QStringLiteral("Supervisor")) == 2);
    CHECK(staff.count(QStringLiteral("Administrator")) >= 1);
    auto lineWith = [&staff](const QString& part) {
        for (const QString& line : staff.split(QLatin1Char('\n'))) {
            if (line.contains(part))
                return line;
        }
        return QString();
    };
    CHECK(lineWith(QStringLiteral(" admin ")).contains(QStringLiteral("Administrator")));
    CHECK(lineWith(QStringLiteral(" supervisor ")).contains(QStringLiteral("Supervisor")));
    CHECK(lineWith(QStringLiteral(" counselor ")).contains(QStringLiteral("Counselor")));

    const auto csv = csvRows(exportCsv(sandbox, Db));
    const QRegularExpression phone(QStringLiteral("^(\\(\\d{3}\\) |\\d{3}-)555-01\\d\\d$"));
    const QRegularExpression icd(QStringLiteral("(^|; )F\\d\\d(\\.\\d{1,3})? "));
    int apostrophes = 0;
    int nonLatinPreferred = 0;
    int coOccurringWithBoth = 0;
    QSet<QString> recordNumbers;
    for (const auto& row : csv) {
        recordNumbers.insert(row.value(QStringLiteral("record_number")));
        const QString p = row.value(QStringLiteral("phone"));
        if (!p.isEmpty())
            CHECK(phone.match(p).hasMatch());
        const QString e = row.value(QStringLiteral("email"));
        if (!e.isEmpty())
            CHECK(e.endsWith(QStringLiteral("@example.org")));
        const QString diagnoses = row.value(QStringLiteral("diagnoses"));
        CHECK(icd.match(diagnoses).hasMatch());
        if (row.value(QStringLiteral("primary_focus")) == QLatin1String("co_occurring")
            && diagnoses.contains(QRegularExpression(QStringLiteral("F1[0-5]\\.")))
            && diagnoses.contains(QRegularExpression(QStringLiteral("F(3\\d|4\\d|6\\d|90)\\."))))
            ++coOccurringWithBoth;
        if (row.value(QStringLiteral("legal_last_name")).contains(QLatin1Char('\'')))
            ++apostrophes;
        if (hasNonLatinLetter(row.value(QStringLiteral("preferred_name"))))
            ++nonLatinPreferred;
        // An adult program: nobody was a minor when admitted.
        const QDate birth
            = QDate::fromString(row.value(QStringLiteral("date_of_birth")), Qt::ISODate);
        const QDate admission
            = QDate::fromString(row.value(QStringLiteral("admission_date")), Qt::ISODate);
        REQUIRE(birth.isValid());
        REQUIRE(admission.isValid());
        CHECK(birth.addYears(18) <= admission);
    }
    CHECK(recordNumbers.size() == 120);
    CHECK(apostrophes >= 1);
    CHECK(nonLatinPreferred >= 1);
    CHECK(coOccurringWithBoth >= 20);
}

TEST_CASE("demo refuses a database that already has accounts and changes nothing", "[cli][demo]")
{
    CliSandbox sandbox;
    sandbox.signInAs(demoSupervisor());
    REQUIRE(demo(sandbox, Db, 30, 1).exitCode == 0);
    const QByteArray before = fileBytes(sandbox.path(Db));

    const CliRun again = demo(sandbox, Db, 30, 2);
    CHECK(again.exitCode == 1);
    CHECK(again.errLines().size() == 1);
    CHECK(again.out.isEmpty());
    CHECK(fileBytes(sandbox.path(Db)) == before);

    // A database made by init has its administrator: demo data goes elsewhere.
    initClinic(sandbox, QStringLiteral("clinic.db"));
    const QByteArray clinic = fileBytes(sandbox.path(QStringLiteral("clinic.db")));
    const CliRun onInit = demo(sandbox, QStringLiteral("clinic.db"), 20, 9);
    CHECK(onInit.exitCode == 1);
    CHECK(onInit.err.contains("accounts"));
    CHECK(fileBytes(sandbox.path(QStringLiteral("clinic.db"))) == clinic);
}

TEST_CASE("a counselor lists only their caseload, a supervisor everyone, an administrator no one",
    "[cli][demo][signin]")
{
    CliSandbox sandbox;
    sandbox.signInAs(demoSupervisor());
    REQUIRE(demo(sandbox, Db, 80, 4).exitCode == 0);
    const QStringList json { QStringLiteral("participants"), QStringLiteral("list"),
        QStringLiteral("--format"), QStringLiteral("json") };

    const CliRun all = sandbox.as(demoSupervisor(), Db, json);
    REQUIRE(all.exitCode == 0);
    const QJsonArray everyone = jsonArray(all.out);
    CHECK(everyone.size() == 80);

    const CliRun own = sandbox.as(demoCounselor(), Db, json);
    REQUIRE(own.exitCode == 0);
    const QJsonArray caseload = jsonArray(own.out);
    CHECK(caseload.size() > 0);
    CHECK(caseload.size() < everyone.size());
    // All of them are assigned to one counselor: the one signed in.
    QSet<QString> counselors;
    for (const QJsonValue& v : caseload)
        counselors.insert(v.toObject().value(QStringLiteral("counselor")).toString());
    CHECK(counselors.size() == 1);
    int assigned = 0;
    for (const QJsonValue& v : everyone)
        assigned
            += v.toObject().value(QStringLiteral("counselor")).toString() == *counselors.cbegin()
            ? 1
            : 0;
    CHECK(assigned == caseload.size());

    // A counselor may not bulk-export (CSV), and an administrator alone sees no chart.
    const CliRun csv = sandbox.as(demoCounselor(), Db,
        { QStringLiteral("participants"), QStringLiteral("list"), QStringLiteral("--format"),
            QStringLiteral("csv") });
    CHECK(csv.exitCode == 1);
    CHECK(csv.out.isEmpty());
    CHECK(csv.err.contains("role"));
    const CliRun admin = sandbox.as(demoAdmin(), Db, json);
    CHECK(admin.exitCode == 1);
    CHECK(admin.out.isEmpty());
    REQUIRE(admin.errLines().size() == 1);
    CHECK(admin.err.contains("role"));
}
