// SPDX-License-Identifier: GPL-3.0-or-later
// import attendance and report hours through the real binary: one constructed week whose hours
// are counted by hand, in the three formats, and the all-or-nothing import.
#include "CliTestSupport.h"
#include "support/TestDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

using namespace stepwise::test;

namespace {

const QString Db = QStringLiteral("clinic.db");

// Two adults in the intensive phase since before the week (9 h over 3 days required).
const QByteArray Participants = "record_number,legal_first_name,legal_last_name,date_of_birth,"
                                "sex_at_birth,admission_date\n"
                                "C-001,Ana,Lopez,1985-02-03,female,2025-01-06\n"
                                "C-002,Ben,Okafor,1990-04-03,male,2025-02-03\n";

// The evening group on Monday, Wednesday and Friday of the week of 2025-02-10, 18:00-21:00.
// Ana comes to all three, 30 minutes late on Wednesday: 3 + 2.5 + 3 = 8.5 h of 9, on 3 days.
// Ben comes on Wednesday only: 3 h on 1 day, then an unexcused absence on Friday.
const QByteArray Week = "record_number,date,start,end,session_type,status,minutes_late,"
                        "minutes_left_early,note\n"
                        "C-001,2025-02-10,18:00,21:00,group_therapy,present,,,\n"
                        "C-002,2025-02-10,18:00,21:00,Group therapy,excused,,,sick note\n"
                        "C-001,2025-02-12,18:00,21:00,group_therapy,late,30,,bus\n"
                        "C-002,2025-02-12,18:00,21:00,group_therapy,present,,,\n"
                        "C-001,2025-02-14,18:00,21:00,group_therapy,present,,,\n"
                        "C-002,2025-02-14,18:00,21:00,group_therapy,unexcused,,,\n";

// A fixed language and zone, so the day name and the session instants do not depend on the
// machine running the tests.
QProcessEnvironment fixedLocale()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    env.insert(QStringLiteral("TZ"), QStringLiteral("America/New_York"));
    return env;
}

CliRun runOn(const CliSandbox& sandbox, const QStringList& arguments)
{
    return sandbox.run(
        QStringList { QStringLiteral("--db"), sandbox.path(Db) } + arguments, fixedLocale());
}

CliRun importAttendance(const CliSandbox& sandbox, const QString& file, const QByteArray& csv)
{
    writeFile(sandbox.path(file), csv);
    return runOn(
        sandbox, { QStringLiteral("import"), QStringLiteral("attendance"), sandbox.path(file) });
}

CliRun reportHours(const CliSandbox& sandbox, const QString& format)
{
    return runOn(sandbox,
        { QStringLiteral("report"), QStringLiteral("hours"), QStringLiteral("--week"),
            QStringLiteral("2025-02-12"), QStringLiteral("--format"), format });
}

void makeClinic(const CliSandbox& sandbox)
{
    initClinic(sandbox, Db);
    writeFile(sandbox.path(QStringLiteral("people.csv")), Participants);
    sandbox.ok(Db,
        { QStringLiteral("import"), QStringLiteral("participants"),
            sandbox.path(QStringLiteral("people.csv")) });
}

void makeWeek(const CliSandbox& sandbox)
{
    makeClinic(sandbox);
    const CliRun run = importAttendance(sandbox, QStringLiteral("week.csv"), Week);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
}

// Sessions and attendance rows in the file, read with a read-only connection of the test's own.
struct Stored
{
    qint64 sessions = -1;
    qint64 attendance = -1;
    bool operator==(const Stored&) const = default;
};

Stored stored(const QString& path)
{
    const QString connection = QUuid::createUuid().toString();
    Stored c;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM scheduled_session), "
                                      "(SELECT count(*) FROM attendance)")));
        REQUIRE(q.next());
        c = { q.value(0).toLongLong(), q.value(1).toLongLong() };
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return c;
}

QJsonObject jsonObject(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    INFO(error.errorString().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}

} // namespace

namespace Catch {
template<> struct StringMaker<::Stored>
{
    static std::string convert(const ::Stored& c)
    {
        return "{ sessions " + std::to_string(c.sessions) + ", attendance "
            + std::to_string(c.attendance) + " }";
    }
};
} // namespace Catch

TEST_CASE("import attendance books the missing sessions and records every row", "[cli][attendance]")
{
    CliSandbox sandbox;
    makeClinic(sandbox);
    const CliRun run = importAttendance(sandbox, QStringLiteral("week.csv"), Week);
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.outText()
        == QStringLiteral("Imported 6 attendance rows into 3 sessions.\n"
                          "3 sessions were not in the schedule and were added to it.\n"));
    CHECK(run.err.isEmpty());
    CHECK(stored(sandbox.path(Db)) == Stored { 3, 6 });
}

TEST_CASE("import attendance refuses the same file twice and writes nothing", "[cli][attendance]")
{
    CliSandbox sandbox;
    makeWeek(sandbox);
    const Stored before = stored(sandbox.path(Db));
    const QString file = QStringLiteral("again.csv");
    const QByteArray csv = "record_number,date,start,end,session_type,status\n"
                           "C-002,2025-02-17,18:00,21:00,group_therapy,present\n"  // 2: new, fine
                           "C-001,2025-02-12,18:00,21:00,group_therapy,present\n"; // 3: recorded
    const CliRun run = importAttendance(sandbox, file, csv);
    CHECK(run.exitCode == 1);
    CHECK(run.out.isEmpty());
    CHECK(run.errLines()
        == QStringList { sandbox.path(file)
                + QStringLiteral(
                    ":3: record_number: C-001 already has attendance recorded for Group therapy "
                    "on 2025-02-12, 18:00–21:00 (Late); remove the row (was the file imported "
                    "before?), or correct it in Stepwise."),
            QStringLiteral("stepwise-cli: 1 problem in %1; nothing was imported")
                .arg(sandbox.path(file)) });
    // Not even the session of line 2.
    CHECK(stored(sandbox.path(Db)) == before);
}

TEST_CASE("import attendance names each bad cell by line and column", "[cli][attendance]")
{
    CliSandbox sandbox;
    makeClinic(sandbox);
    const QString file = QStringLiteral("bad.csv");
    const CliRun run = importAttendance(sandbox, file,
        "record_number,date,start,end,session_type,status,minutes_late\n"
        "C-001,2025-02-10,18:00,21:00,group_therapy,present,\n" // 2: fine
        "C-404,2025-02-10,18:00,21:00,group_therapy,present,\n" // 3: unknown
        "C-002,2025-02-10,18:00,21:00,group_therapy,late,\n"    // 4: no minutes
        "C-002,2099-02-10,18:00,21:00,group_therapy,present,\n" // 5: future
        "C-002,2025-02-11,18:00,21:00,yoga,present,\n");        // 6: unknown type
    CHECK(run.exitCode == 1);
    const QString at = sandbox.path(file) + QLatin1Char(':');
    const QStringList lines = run.errLines();
    REQUIRE(lines.size() == 5);
    CHECK(lines.at(0)
        == at + QStringLiteral("3: record_number: No participant has the record number C-404."));
    CHECK(lines.at(1) == at + QStringLiteral("4: minutes_late: Enter how many minutes late."));
    CHECK(lines.at(2)
        == at
            + QStringLiteral("5: date: Group therapy on 2099-02-10, 18:00–21:00 has not started "
                             "yet; attendance is recorded once a session has started."));
    CHECK(lines.at(3).startsWith(
        at + QStringLiteral("6: session_type: \"yoga\" is not a session type of this program")));
    CHECK(lines.at(4)
        == QStringLiteral("stepwise-cli: 4 problems in %1; nothing was imported")
               .arg(sandbox.path(file)));
    CHECK(stored(sandbox.path(Db)) == Stored { 0, 0 });
}

TEST_CASE("import attendance refuses a counselor", "[cli][attendance]")
{
    CliSandbox sandbox;
    makeClinic(sandbox);
    const Account counselor = addCounselorAccount(sandbox, Db);
    const QString file = sandbox.path(QStringLiteral("week.csv"));
    writeFile(file, Week);
    const CliRun run = sandbox.as(
        counselor, Db, { QStringLiteral("import"), QStringLiteral("attendance"), file });
    CHECK(run.exitCode == 1);
    CHECK(run.errLines()
        == QStringList { QStringLiteral("stepwise-cli: Your role does not allow this. Ask a "
                                        "supervisor or an administrator.") });
    CHECK(stored(sandbox.path(Db)) == Stored { 0, 0 });
}

TEST_CASE("report hours as a table shows the week, the hours counted by hand and the flags",
    "[cli][attendance]")
{
    CliSandbox sandbox;
    makeWeek(sandbox);
    const CliRun run = reportHours(sandbox, QStringLiteral("table"));
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.outText()
        == QStringLiteral(
            "Week 2025-02-10 – 2025-02-16 (weeks start on Monday)\n"
            "Record  Name         Phase      Required h  Required days  Attended h  Days attended  "
            "Flags\n"
            "C-001   Lopez, Ana   Intensive         9.0              3         8.5              3  "
            "below hours\n"
            "C-002   Okafor, Ben  Intensive         9.0              3         3.0              1  "
            "below hours; below days\n"));

    // The default format is the table; any day of the week gives the same week.
    const CliRun sunday = runOn(sandbox,
        { QStringLiteral("report"), QStringLiteral("hours"), QStringLiteral("--week"),
            QStringLiteral("2025-02-16") });
    CHECK(sunday.out == run.out);
}

TEST_CASE("report hours as JSON gives numbers as numbers and flags as keys", "[cli][attendance]")
{
    CliSandbox sandbox;
    makeWeek(sandbox);
    const CliRun run = reportHours(sandbox, QStringLiteral("json"));
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject report = jsonObject(run.out);
    CHECK(report.value(QStringLiteral("week_start")).toString() == QStringLiteral("2025-02-10"));
    CHECK(report.value(QStringLiteral("week_end")).toString() == QStringLiteral("2025-02-16"));
    CHECK(report.value(QStringLiteral("week_starts_on")).toString() == QStringLiteral("monday"));
    const QJsonArray rows = report.value(QStringLiteral("rows")).toArray();
    REQUIRE(rows.size() == 2);

    const QJsonObject ana = rows.at(0).toObject();
    CHECK(ana.value(QStringLiteral("record_number")).toString() == QStringLiteral("C-001"));
    CHECK(ana.value(QStringLiteral("name")).toString() == QStringLiteral("Lopez, Ana"));
    CHECK(ana.value(QStringLiteral("phases")).toArray()
        == QJsonArray { QStringLiteral("intensive") });
    REQUIRE(ana.value(QStringLiteral("required_hours")).isDouble());
    CHECK(ana.value(QStringLiteral("required_hours")).toDouble() == Approx(9.0));
    CHECK(ana.value(QStringLiteral("required_days")).toInt() == 3);
    REQUIRE(ana.value(QStringLiteral("attended_hours")).isDouble());
    CHECK(ana.value(QStringLiteral("attended_hours")).toDouble() == Approx(8.5));
    CHECK(ana.value(QStringLiteral("attended_days")).toInt() == 3);
    CHECK(ana.value(QStringLiteral("sessions_attended")).toInt() == 3);
    CHECK(ana.value(QStringLiteral("days_in_care")).toInt() == 7);
    CHECK(ana.value(QStringLiteral("flags")).toArray()
        == QJsonArray { QStringLiteral("below_hours") });

    const QJsonObject ben = rows.at(1).toObject();
    CHECK(ben.value(QStringLiteral("record_number")).toString() == QStringLiteral("C-002"));
    CHECK(ben.value(QStringLiteral("attended_hours")).toDouble() == Approx(3.0));
    CHECK(ben.value(QStringLiteral("attended_days")).toInt() == 1);
    // The excused absence on Monday neither counts nor breaks the run: one unexcused at the end.
    CHECK(ben.value(QStringLiteral("consecutive_unexcused")).toInt() == 1);
    CHECK(ben.value(QStringLiteral("flags")).toArray()
        == (QJsonArray { QStringLiteral("below_hours"), QStringLiteral("below_days") }));
    CHECK(ben.value(QStringLiteral("counselor")).isNull());
}

TEST_CASE(
    "report hours as CSV has one row per participant and guards formulas", "[cli][attendance]")
{
    CliSandbox sandbox;
    makeWeek(sandbox);
    // A name a spreadsheet would run as a formula.
    writeFile(sandbox.path(QStringLiteral("more.csv")),
        "record_number,legal_first_name,legal_last_name,date_of_birth,sex_at_birth,"
        "admission_date\n"
        "C-003,Cy,=Cruz,1980-01-01,male,2025-01-06\n");
    sandbox.ok(Db,
        { QStringLiteral("import"), QStringLiteral("participants"),
            sandbox.path(QStringLiteral("more.csv")) });

    const CliRun run = reportHours(sandbox, QStringLiteral("csv"));
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.startsWith(
        "week_start,record_number,name,counselor,phases,days_in_care,required_hours,"
        "required_days,attended_hours,attended_days,sessions_attended,consecutive_unexcused,"
        "flags\r\n"));
    const auto rows = csvRows(run.out);
    REQUIRE(rows.size() == 3);
    const auto& cy = rows.at(0); // sorted by name: "=Cruz" before "Lopez"
    CHECK(cy.value(QStringLiteral("name")) == QStringLiteral("'=Cruz, Cy"));
    CHECK(cy.value(QStringLiteral("attended_hours")) == QStringLiteral("0"));
    CHECK(cy.value(QStringLiteral("flags")) == QStringLiteral("below_hours;below_days"));
    const auto& ana = rows.at(1);
    CHECK(ana.value(QStringLiteral("week_start")) == QStringLiteral("2025-02-10"));
    CHECK(ana.value(QStringLiteral("record_number")) == QStringLiteral("C-001"));
    CHECK(ana.value(QStringLiteral("phases")) == QStringLiteral("intensive"));
    CHECK(ana.value(QStringLiteral("required_hours")) == QStringLiteral("9"));
    CHECK(ana.value(QStringLiteral("required_days")) == QStringLiteral("3"));
    CHECK(ana.value(QStringLiteral("attended_hours")) == QStringLiteral("8.5"));
    CHECK(ana.value(QStringLiteral("attended_days")) == QStringLiteral("3"));
    CHECK(ana.value(QStringLiteral("flags")) == QStringLiteral("below_hours"));
    const auto& ben = rows.at(2);
    CHECK(ben.value(QStringLiteral("attended_hours")) == QStringLiteral("3"));
    CHECK(ben.value(QStringLiteral("flags")) == QStringLiteral("below_hours;below_days"));
}

TEST_CASE("report hours shows a counselor only their caseload", "[cli][attendance]")
{
    CliSandbox sandbox;
    makeWeek(sandbox);
    const Account counselor = addCounselorAccount(sandbox, Db);
    QProcessEnvironment env = fixedLocale();
    const CliRun run = sandbox.as(counselor, Db,
        { QStringLiteral("report"), QStringLiteral("hours"), QStringLiteral("--week"),
            QStringLiteral("2025-02-12") },
        env);
    CHECK(run.exitCode == 0);
    // Neither participant is on Jordan's caseload.
    CHECK(run.outText()
        == QStringLiteral("Week 2025-02-10 – 2025-02-16 (weeks start on Monday)\n"
                          "No participant you may report on was in care that week.\n"));
}

TEST_CASE(
    "report hours refuses a missing or malformed week and an unknown format", "[cli][attendance]")
{
    CliSandbox sandbox;
    makeClinic(sandbox);
    const CliRun none = runOn(sandbox, { QStringLiteral("report"), QStringLiteral("hours") });
    CHECK(none.exitCode == 2);
    CHECK(none.errLines()
        == QStringList { QStringLiteral(
            "stepwise-cli: report hours needs --week DATE, any date inside the week") });
    const CliRun bad = runOn(sandbox,
        { QStringLiteral("report"), QStringLiteral("hours"), QStringLiteral("--week"),
            QStringLiteral("12/02/2025") });
    CHECK(bad.exitCode == 2);
    CHECK(bad.errLines()
        == QStringList { QStringLiteral(
            "stepwise-cli: --week expects a date as YYYY-MM-DD, not '12/02/2025'") });
    const CliRun format = runOn(sandbox,
        { QStringLiteral("report"), QStringLiteral("hours"), QStringLiteral("--week"),
            QStringLiteral("2025-02-12"), QStringLiteral("--format"), QStringLiteral("xml") });
    CHECK(format.exitCode == 2);
}
