// SPDX-License-Identifier: GPL-3.0-or-later
// review and reassign (issue 8) on a demo clinic, as a supervisor runs them from a terminal:
// the counts, the participants behind one, a reassignment with its audit rows, and refusals.
#include "CliTestSupport.h"

#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace stepwise::test;

namespace {

const QString Db = QStringLiteral("demo.db");

} // namespace

TEST_CASE(
    "review counts flags per counselor and lists the participants behind a count", "[cli][review]")
{
    CliSandbox sandbox;
    makeDemo(sandbox, Db, 12, 3);
    sandbox.signInAs(demoSupervisor());

    const auto rows = csvRows(sandbox.ok(Db, args({ "review", "--format", "csv" })).out);
    REQUIRE(rows.size() >= 2);
    const QHash<QString, QString> total = rows.last();
    CHECK(total.value(QStringLiteral("counselor")) == QStringLiteral("All counselors"));
    // The lines add up to the total, and the phases to those in care.
    int inCare = 0;
    for (qsizetype i = 0; i + 1 < rows.size(); ++i)
        inCare += rows.at(i).value(QStringLiteral("in_care")).toInt();
    CHECK(inCare == total.value(QStringLiteral("in_care")).toInt());
    CHECK(total.value(QStringLiteral("intensive")).toInt()
            + total.value(QStringLiteral("step_down")).toInt()
            + total.value(QStringLiteral("aftercare")).toInt()
        == inCare);
    // Everyone in care, and those with a flag, as the counts say.
    const QJsonArray everyone
        = jsonArray(sandbox.ok(Db, args({ "review", "--flag", "none", "--format", "json" })).out);
    CHECK(int(everyone.size()) == inCare);
    const QJsonArray flagged
        = jsonArray(sandbox.ok(Db, args({ "review", "--flag", "any", "--format", "json" })).out);
    CHECK(int(flagged.size()) == total.value(QStringLiteral("any_flag")).toInt());
    const QJsonArray plans = jsonArray(
        sandbox.ok(Db, args({ "review", "--flag", "plan_overdue", "--format", "json" })).out);
    CHECK(int(plans.size()) == total.value(QStringLiteral("plan_overdue")).toInt());
    for (const QJsonValue& v : plans)
        CHECK(v.toObject()
                  .value(QStringLiteral("flags"))
                  .toArray()
                  .contains(QJsonValue(QStringLiteral("plan_overdue"))));

    // The program outcomes of the last year, as CSV: the admissions agree with the period's.
    const QDate today = QDate::currentDate();
    const auto figures = csvRows(sandbox
                                     .ok(Db,
                                         { QStringLiteral("outcomes"), QStringLiteral("--from"),
                                             today.addYears(-1).toString(Qt::ISODate),
                                             QStringLiteral("--to"), today.toString(Qt::ISODate),
                                             QStringLiteral("--format"), QStringLiteral("csv") })
                                     .out);
    QHash<QString, QString> byMeasure;
    for (const auto& row : figures)
        byMeasure.insert(row.value(QStringLiteral("measure")) + QLatin1Char('/')
                + row.value(QStringLiteral("detail")),
            row.value(QStringLiteral("value")));
    CHECK(byMeasure.value(QStringLiteral("period_to/")) == today.toString(Qt::ISODate));
    CHECK(byMeasure.value(QStringLiteral("admissions/")).toInt() > 0);
    CHECK(byMeasure.contains(QStringLiteral("retention_share/week_12")));
    // The printable report: a PDF where asked, never over a file that is there.
    const QString from = today.addYears(-1).toString(Qt::ISODate);
    const QString to = today.toString(Qt::ISODate);
    const QStringList pdf { QStringLiteral("outcomes"), QStringLiteral("--from"), from,
        QStringLiteral("--to"), to, QStringLiteral("--format"), QStringLiteral("pdf"),
        QStringLiteral("--out"), sandbox.path(QStringLiteral("outcomes.pdf")) };
    const CliRun wrote = sandbox.ok(Db, pdf);
    CHECK(wrote.outText().startsWith(QStringLiteral("wrote ")));
    QFile report(sandbox.path(QStringLiteral("outcomes.pdf")));
    REQUIRE(report.open(QIODevice::ReadOnly));
    CHECK(report.read(5) == QByteArray("%PDF-"));
    const CliRun again = sandbox.on(Db, pdf);
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains("already exists"));
    const CliRun noFile = sandbox.on(Db,
        { QStringLiteral("outcomes"), QStringLiteral("--from"), from, QStringLiteral("--to"), to,
            QStringLiteral("--format"), QStringLiteral("pdf") });
    CHECK(noFile.exitCode == 2);

    const CliRun badDate
        = sandbox.on(Db, args({ "outcomes", "--from", "2026-13-01", "--to", "2026-12-31" }));
    CHECK(badDate.exitCode == 2);

    // A mistyped flag is a usage error naming the keys; a counselor may not review at all.
    const CliRun typo = sandbox.on(Db, args({ "review", "--flag", "late" }));
    CHECK(typo.exitCode == 2);
    CHECK(typo.err.contains("late_note"));
    const CliRun counselor = sandbox.as(demoCounselor(), Db, args({ "review" }));
    CHECK(counselor.exitCode == 1);
    CHECK(counselor.out.isEmpty());
}

TEST_CASE("reassign moves participants by record number, all or none, and audits each",
    "[cli][review][reassign]")
{
    CliSandbox sandbox;
    makeDemo(sandbox, Db, 12, 3);
    sandbox.signInAs(demoSupervisor());
    const auto everyone
        = jsonArray(sandbox.ok(Db, args({ "review", "--flag", "none", "--format", "json" })).out);
    REQUIRE(everyone.size() >= 3);
    // Two participants of one counselor, moved to a counselor who is not theirs.
    const QString from = everyone.at(0).toObject().value(QStringLiteral("counselor")).toString();
    QStringList records;
    QString to;
    for (const QJsonValue& v : everyone) {
        const QJsonObject o = v.toObject();
        const QString c = o.value(QStringLiteral("counselor")).toString();
        if (c == from && records.size() < 2)
            records << o.value(QStringLiteral("record_number")).toString();
        else if (c != from && to.isEmpty())
            to = c;
    }
    REQUIRE(records.size() == 2);
    REQUIRE_FALSE(to.isEmpty());

    // An unknown record number moves nobody.
    const CliRun unknown = sandbox.on(Db,
        { QStringLiteral("reassign"), records.first() + QStringLiteral(",NO-SUCH"),
            QStringLiteral("--to"), to });
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains("NO-SUCH"));

    const CliRun moved = sandbox.ok(Db,
        { QStringLiteral("reassign"), records.join(QLatin1Char(',')), QStringLiteral("--to"), to,
            QStringLiteral("--reason"), QStringLiteral("caseload balance") });
    CHECK(moved.outText() == QStringLiteral("moved 2 participants to %1\n").arg(to));
    const QJsonArray theirs
        = jsonArray(sandbox
                        .ok(Db,
                            { QStringLiteral("review"), QStringLiteral("--flag"),
                                QStringLiteral("none"), QStringLiteral("--counselor"), to,
                                QStringLiteral("--format"), QStringLiteral("json") })
                        .out);
    QStringList theirRecords;
    for (const QJsonValue& v : theirs)
        theirRecords << v.toObject().value(QStringLiteral("record_number")).toString();
    for (const QString& r : std::as_const(records))
        CHECK(theirRecords.contains(r));

    // Read by the supervisor: an administrator without a clinical role sees that the charts
    // changed but not the details.
    const QJsonArray audit = jsonArray(
        sandbox
            .ok(Db,
                args({ "audit", "list", "--action", "participant.reassign", "--format", "json" }))
            .out);
    REQUIRE(audit.size() == 2);
    CHECK(audit.at(0)
              .toObject()
              .value(QStringLiteral("detail"))
              .toString()
              .contains(QStringLiteral("reason: caseload balance")));
}
