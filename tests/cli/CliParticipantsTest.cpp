// SPDX-License-Identifier: GPL-3.0-or-later
// participants list, import participants and staff, through the real binary.
#include "CliTestSupport.h"
#include "support/TestDatabase.h"

#include <QJsonObject>

using namespace stepwise::test;

namespace {

const QString Db = QStringLiteral("clinic.db");

// Four participants, one in each place a filter can pick out. Dates are in the past of any
// machine running these tests.
const QByteArray Clinic = "record_number,legal_first_name,legal_last_name,preferred_name,"
                          "date_of_birth,counselor,status,admission_date,phase,"
                          "phase_start_date,discharge_date\r\n"
                          "A-001,Siobhan,O'Brien,,1985-03-02,Dana Counselor,active,2025-01-06,"
                          "intensive,2025-01-06,\r\n"
                          "A-002,Wei,Zhang,\xe4\xbc\x9f,1990-07-15,Sam Rivera,active,2025-01-06,"
                          "step_down,2025-03-03,\r\n"
                          "A-003,Ana,N\xc3\xba\xc3\xb1\x65z,,1979-11-30,Dana Counselor,on_hold,"
                          "2025-02-03,aftercare,2025-05-05,\r\n"
                          "A-004,Marcus,Jackson,,1988-01-20,Sam Rivera,discharged,2024-09-02,,,"
                          "2025-01-31\r\n";

void addStaff(const CliSandbox& sandbox, const QString& name, const QString& role)
{
    sandbox.ok(Db,
        { QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--name"), name,
            QStringLiteral("--role"), role });
}

// A database with the two counselors the fixture names and the fixture imported.
void makeClinic(const CliSandbox& sandbox)
{
    initClinic(sandbox, Db);
    addStaff(sandbox, QStringLiteral("Dana Counselor"), QStringLiteral("counselor"));
    addStaff(sandbox, QStringLiteral("Sam Rivera"), QStringLiteral("counselor"));
    writeFile(sandbox.path(QStringLiteral("clinic.csv")), Clinic);
    const CliRun run = sandbox.ok(Db,
        { QStringLiteral("import"), QStringLiteral("participants"),
            sandbox.path(QStringLiteral("clinic.csv")) });
    REQUIRE(run.outText() == QStringLiteral("imported 4 participants\n"));
}

QStringList listed(const CliSandbox& sandbox, QStringList filter)
{
    filter.prepend(QStringLiteral("list"));
    filter.prepend(QStringLiteral("participants"));
    filter << QStringLiteral("--format") << QStringLiteral("json");
    return recordNumbers(sandbox.ok(Db, filter).out);
}

QStringList records(std::initializer_list<const char*> list)
{
    QStringList result;
    for (const char* r : list)
        result << QString::fromUtf8(r);
    return result;
}

} // namespace

TEST_CASE("participants list filters by phase, status and counselor", "[cli]")
{
    CliSandbox sandbox;
    makeClinic(sandbox);
    using L = QStringList;
    CHECK(listed(sandbox, {}) == records({ "A-001", "A-002", "A-003", "A-004" }));
    CHECK(listed(sandbox, L { QStringLiteral("--phase"), QStringLiteral("intensive") })
        == records({ "A-001" }));
    CHECK(listed(sandbox, L { QStringLiteral("--phase"), QStringLiteral("step_down") })
        == records({ "A-002" }));
    CHECK(listed(sandbox, L { QStringLiteral("--phase"), QStringLiteral("Step-down") })
        == records({ "A-002" }));
    CHECK(listed(sandbox, L { QStringLiteral("--phase"), QStringLiteral("aftercare") })
        == records({ "A-003" }));
    CHECK(listed(sandbox, L { QStringLiteral("--status"), QStringLiteral("discharged") })
        == records({ "A-004" }));
    CHECK(listed(sandbox, L { QStringLiteral("--status"), QStringLiteral("on_hold") })
        == records({ "A-003" }));
    CHECK(listed(sandbox, L { QStringLiteral("--status"), QStringLiteral("active") })
        == records({ "A-001", "A-002" }));
    CHECK(listed(sandbox, L { QStringLiteral("--counselor"), QStringLiteral("Sam Rivera") })
        == records({ "A-002", "A-004" }));
    CHECK(listed(sandbox,
              L { QStringLiteral("--counselor"), QStringLiteral("Dana Counselor"),
                  QStringLiteral("--status"), QStringLiteral("active") })
        == records({ "A-001" }));

    // The CSV export honours the same filters.
    const auto csv
        = csvRows(sandbox
                      .ok(Db,
                          { QStringLiteral("participants"), QStringLiteral("list"),
                              QStringLiteral("--format"), QStringLiteral("csv"),
                              QStringLiteral("--counselor"), QStringLiteral("Sam Rivera") })
                      .out);
    REQUIRE(csv.size() == 2);
    CHECK(csv.at(0).value(QStringLiteral("record_number")) == QStringLiteral("A-002"));
    CHECK(csv.at(1).value(QStringLiteral("record_number")) == QStringLiteral("A-004"));

    const CliRun unknown = sandbox.on(Db,
        { QStringLiteral("participants"), QStringLiteral("list"), QStringLiteral("--counselor"),
            QStringLiteral("Nobody") });
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.errLines().size() == 1);
    CHECK(unknown.err.contains("Nobody"));
}

TEST_CASE("participants list as a table shows the caseload columns aligned", "[cli]")
{
    CliSandbox sandbox;
    makeClinic(sandbox);
    const CliRun run = sandbox.ok(Db, { QStringLiteral("participants"), QStringLiteral("list") });
    const QStringList lines = run.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 5);
    const QString header = lines.first();
    for (const char* title :
        { "Record", "Name", "Age", "Phase", "Days in phase", "Counselor", "Status" })
        CHECK(header.contains(QString::fromUtf8(title)));
    // Names and scripts come out literally.
    CHECK(run.outText().contains(QStringLiteral("O'Brien")));
    CHECK(run.outText().contains(QString::fromUtf8("\xe4\xbc\x9f")));
    CHECK(run.outText().contains(QString::fromUtf8("N\xc3\xba\xc3\xb1\x65z")));

    // Left-aligned columns start, and right-aligned ones end, where their title does (rows in
    // Latin script, where one character is one terminal cell).
    const qsizetype counselorColumn = header.indexOf(QStringLiteral("Counselor"));
    const qsizetype ageEnd = header.indexOf(QStringLiteral("Age")) + 3;
    const qsizetype statusColumn = header.indexOf(QStringLiteral("Status"));
    for (const QString& line : lines) {
        if (line.startsWith(QStringLiteral("A-001"))) {
            CHECK(line.indexOf(QStringLiteral("Dana Counselor")) == counselorColumn);
            CHECK(line.mid(statusColumn) == QStringLiteral("Active"));
            CHECK(line.at(ageEnd - 1).isDigit());
            CHECK(line.at(ageEnd) == QLatin1Char(' '));
            CHECK(line.contains(QStringLiteral("Intensive")));
        }
        if (line.startsWith(QStringLiteral("A-004"))) {
            CHECK(line.indexOf(QStringLiteral("Sam Rivera")) == counselorColumn);
            CHECK(line.mid(statusColumn) == QStringLiteral("Discharged"));
        }
    }
}

TEST_CASE("participants list as JSON carries the caseload fields", "[cli]")
{
    CliSandbox sandbox;
    makeClinic(sandbox);
    const QJsonArray rows
        = jsonArray(sandbox
                        .ok(Db,
                            { QStringLiteral("participants"), QStringLiteral("list"),
                                QStringLiteral("--format"), QStringLiteral("json") })
                        .out);
    REQUIRE(rows.size() == 4);
    QJsonObject zhang;
    for (const QJsonValue& v : rows) {
        if (v.toObject().value(QStringLiteral("record_number")).toString()
            == QLatin1String("A-002"))
            zhang = v.toObject();
    }
    REQUIRE(!zhang.isEmpty());
    CHECK(zhang.value(QStringLiteral("legal_last_name")).toString() == QStringLiteral("Zhang"));
    CHECK(zhang.value(QStringLiteral("preferred_name")).toString()
        == QString::fromUtf8("\xe4\xbc\x9f"));
    CHECK(zhang.value(QStringLiteral("phase")).toString() == QStringLiteral("step_down"));
    CHECK(zhang.value(QStringLiteral("phase_start")).toString() == QStringLiteral("2025-03-03"));
    CHECK(zhang.value(QStringLiteral("admission_date")).toString() == QStringLiteral("2025-01-06"));
    CHECK(zhang.value(QStringLiteral("counselor")).toString() == QStringLiteral("Sam Rivera"));
    CHECK(zhang.value(QStringLiteral("status")).toString() == QStringLiteral("active"));
    CHECK(zhang.value(QStringLiteral("date_of_birth")).toString() == QStringLiteral("1990-07-15"));
    CHECK(zhang.value(QStringLiteral("episodes")).toInt() == 1);
    CHECK(zhang.value(QStringLiteral("age")).toInt() >= 34);
    CHECK(zhang.value(QStringLiteral("days_in_phase")).toInt() >= 1);
}

TEST_CASE("import with bad rows reports every one with its line and writes nothing", "[cli]")
{
    CliSandbox sandbox;
    initClinic(sandbox, Db);
    const QString file = sandbox.path(QStringLiteral("bad.csv"));
    // The address of B-001 spans lines 2-3, so B-002 starts on line 4.
    writeFile(file,
        "record_number,legal_first_name,legal_last_name,date_of_birth,email,address,counselor\n"
        "B-001,Good,Row,1980-01-01,good@example.org,\"1 Main St\nApt 2\",\n"
        "B-002,Bad,Date,1980-13-45,,,\n"
        "B-003,Also,Good,1981-02-02,,,\n"
        "B-004,Bad,Email,1982-03-03,not-an-email,,\n"
        "B-005,Bad,Counselor,1983-04-04,,,Nobody Here\n");
    const CliRun run
        = sandbox.on(Db, { QStringLiteral("import"), QStringLiteral("participants"), file });
    CHECK(run.exitCode == 1);
    CHECK(run.out.isEmpty());
    const QStringList lines = run.errLines();
    INFO(run.err.toStdString());
    REQUIRE(lines.size() == 4);
    CHECK(lines.at(0).startsWith(file + QStringLiteral(":4: date_of_birth: ")));
    CHECK(lines.at(1).startsWith(file + QStringLiteral(":6: email: ")));
    CHECK(lines.at(2).startsWith(file + QStringLiteral(":7: counselor: ")));
    CHECK(lines.at(3).startsWith(QStringLiteral("stepwise-cli: ")));
    CHECK(listed(sandbox, {}).isEmpty());
}

TEST_CASE("import of a good file adds the participants that list then shows", "[cli]")
{
    CliSandbox sandbox;
    makeClinic(sandbox);
    CHECK(listed(sandbox, {}).size() == 4);
    // Importing the same records again is refused as a whole.
    const CliRun again = sandbox.on(Db,
        { QStringLiteral("import"), QStringLiteral("participants"),
            sandbox.path(QStringLiteral("clinic.csv")) });
    CHECK(again.exitCode == 1);
    CHECK(again.errLines().size() == 5); // four rows, one summary
    CHECK(listed(sandbox, {}).size() == 4);

    // Each imported participant has their own audit rows, found by record number.
    const QJsonArray rows = jsonArray(
        sandbox
            .ok(Db,
                { QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--participant"),
                    QStringLiteral("a-002"), QStringLiteral("--format"), QStringLiteral("json") })
            .out);
    REQUIRE_FALSE(rows.isEmpty());
    QStringList actions;
    for (const QJsonValue& v : rows) {
        CHECK(v.toObject().value(QStringLiteral("participant_id"))
            == rows.first().toObject().value(QStringLiteral("participant_id")));
        actions << v.toObject().value(QStringLiteral("action")).toString();
    }
    CHECK(actions.contains(QStringLiteral("participant.create")));
}

TEST_CASE("import of a missing file fails with one line", "[cli]")
{
    CliSandbox sandbox;
    sandbox.ok(Db,
        { QStringLiteral("init"), QStringLiteral("--admin-name"), QStringLiteral("Riley Lead") });
    const CliRun run = sandbox.on(Db,
        { QStringLiteral("import"), QStringLiteral("participants"),
            sandbox.path(QStringLiteral("nothere.csv")) });
    CHECK(run.exitCode == 1);
    CHECK(run.errLines().size() == 1);
    CHECK(run.err.contains("nothere.csv"));
}

TEST_CASE("an export imports into a fresh database and exports byte for byte the same", "[cli]")
{
    CliSandbox sandbox;
    const QString source = QStringLiteral("source.db");
    makeDemo(sandbox, source, 30, 11);
    const QStringList list { QStringLiteral("participants"), QStringLiteral("list"),
        QStringLiteral("--format"), QStringLiteral("csv") };
    const CliRun fromDemo = sandbox.as(demoSupervisor(), source, list);
    REQUIRE(fromDemo.exitCode == 0);
    const QByteArray exported = fromDemo.out;
    writeFile(sandbox.path(QStringLiteral("export.csv")), exported);

    initClinic(sandbox, Db);
    QSet<QString> counselors;
    for (const auto& row : csvRows(exported)) {
        const QString name = row.value(QStringLiteral("counselor"));
        if (!name.isEmpty() && !counselors.contains(name)) {
            counselors.insert(name);
            addStaff(sandbox, name, QStringLiteral("counselor"));
        }
    }
    REQUIRE(counselors.size() >= 3);
    const CliRun import = sandbox.ok(Db,
        { QStringLiteral("import"), QStringLiteral("participants"),
            sandbox.path(QStringLiteral("export.csv")) });
    CHECK(import.outText() == QStringLiteral("imported 30 participants\n"));
    CHECK(sandbox.ok(Db, list).out == exported);
}

TEST_CASE("staff add and staff list keep names exactly and refuse duplicates", "[cli]")
{
    CliSandbox sandbox;
    initClinic(sandbox, Db);
    const QString irish = QString::fromUtf8("Siobh\xc3\xa1n O'Brien");
    const QString chinese = QString::fromUtf8("\xe6\x9d\x8e\xe4\xbc\x9f");
    const QString html = QStringLiteral("<b>Bold</b> Name");
    addStaff(sandbox, irish, QStringLiteral("counselor"));
    addStaff(sandbox, chinese, QStringLiteral("Supervisor"));
    addStaff(sandbox, html, QStringLiteral("administrator"));

    const QString list
        = sandbox.ok(Db, { QStringLiteral("staff"), QStringLiteral("list") }).outText();
    const QStringList lines = list.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    auto lineOf = [&lines](const QString& name) -> QString {
        for (const QString& line : lines) {
            if (line.startsWith(name))
                return line;
        }
        return {};
    };
    CHECK(lineOf(irish).contains(QStringLiteral("Counselor")));
    CHECK(lineOf(chinese).contains(QStringLiteral("Supervisor")));
    CHECK(lineOf(html).contains(QStringLiteral("Administrator")));

    const CliRun duplicate = sandbox.on(Db,
        { QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--name"), irish.toLower(),
            QStringLiteral("--role"), QStringLiteral("counselor") });
    CHECK(duplicate.exitCode == 1);
    CHECK(duplicate.errLines().size() == 1);
    CHECK(sandbox.ok(Db, { QStringLiteral("staff"), QStringLiteral("list") }).outText() == list);
}
