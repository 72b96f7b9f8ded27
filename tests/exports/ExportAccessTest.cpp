// SPDX-License-Identifier: GPL-3.0-or-later
// Who may export, what an empty table looks like, the audit row each export leaves, and the
// table names the command line takes.
#include "ExportTestSupport.h"
#include "storage/AuditTrail.h"
#include "support/MockClock.h"

#include <QRegularExpression>

using namespace stepwise;
using namespace stepwise::exporttest;

namespace {

const QDate Today(2025, 3, 14);

QList<AuditEntry> auditRows(test::TestDatabase& t, const char* action)
{
    AuditFilter filter;
    filter.action = QLatin1String(action);
    auto rows = AuditTrail::entries(t.db(), filter);
    REQUIRE_OK(rows);
    return rows.value();
}

void actAsLead(test::TestDatabase& t)
{
    t.actAs(t.leadId(), { StaffRole::Counselor, StaffRole::Supervisor, StaffRole::Administrator });
}

} // namespace

TEST_CASE(
    "CSV export: a counselor is refused every table and a supervisor is not", "[exports][access]")
{
    test::MockClock clock(Today);
    test::TestDatabase t;
    addParticipant(
        t, u("R-1"), u("Rivera"), u("Zoë"), QString(), t.counselorId(), QDate(2025, 1, 6));
    const qsizetype deniedBefore = auditRows(t, "access.denied").size();
    t.actAs(t.counselorId(), { StaffRole::Counselor });
    for (CsvTable table : CsvExport::tables()) {
        INFO(CsvExport::key(table).toStdString());
        auto refused = CsvExport::write(t.db(), table, {});
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::Forbidden);
    }
    actAsLead(t);
    // Each refusal is in the audit trail, and no export is.
    const QList<AuditEntry> denied = auditRows(t, "access.denied");
    CHECK(denied.size() == deniedBefore + 4);
    CHECK(denied.last().detail == u("export_participants"));
    CHECK(auditRows(t, "export.csv").isEmpty());

    const Id supervisor = t.addStaff(u("Sue Supervisor"), { StaffRole::Supervisor });
    t.actAs(supervisor, { StaffRole::Supervisor });
    const Exported out = exportBoth(t.db(), t.dir(), CsvTable::Caseload);
    CHECK(out.rowCount == 1);
}

TEST_CASE("CSV export: an empty table is its header alone", "[exports][access]")
{
    test::MockClock clock(Today);
    test::TestDatabase t;
    for (CsvTable table : CsvExport::tables()) {
        INFO(CsvExport::key(table).toStdString());
        const Exported out = exportBoth(t.db(), t.dir(), table);
        CHECK(out.rowCount == 0);
        CHECK(out.rows.isEmpty());
        CHECK(out.bytes == CsvExport::columns(table).join(QLatin1Char(',')).toUtf8() + "\r\n");
    }
}

TEST_CASE(
    "CSV export: one audit row per export names the table and the row count", "[exports][access]")
{
    test::MockClock clock(Today);
    test::TestDatabase t;
    addParticipant(
        t, u("R-1"), u("Rivera"), u("Zoë"), QString(), t.counselorId(), QDate(2025, 1, 6));
    addParticipant(t, u("R-2"), u("Li"), u("Wei"), QString(), t.counselorId(), QDate(2025, 2, 3));
    REQUIRE_OK(CsvExport::write(t.db(), CsvTable::Caseload, {}));
    CsvExportOptions options;
    options.from = QDate(2025, 2, 1);
    options.to = QDate(2025, 2, 28);
    options.counselorId = t.counselorId();
    options.byteOrderMark = true;
    auto outcomes = CsvExport::write(t.db(), CsvTable::Outcomes, options);
    REQUIRE_OK(outcomes);
    CHECK(outcomes->rowCount == 1);

    const QList<AuditEntry> rows = auditRows(t, "export.csv");
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).entity == u("caseload"));
    CHECK(rows.at(0).detail == u("caseload: 2 rows (CSV)"));
    CHECK(rows.at(0).staffId == t.leadId());
    CHECK(rows.at(1).entity == u("outcomes"));
    CHECK(rows.at(1).detail
        == u("outcomes: 1 row (CSV); from 2025-02-01; to 2025-02-28; counselor %1")
               .arg(t.counselorId()));
}

TEST_CASE("CSV export: a period that ends before it starts and an unknown counselor are refused",
    "[exports][access]")
{
    test::MockClock clock(Today);
    test::TestDatabase t;
    CsvExportOptions backwards;
    backwards.from = QDate(2025, 3, 1);
    backwards.to = QDate(2025, 2, 1);
    auto refused = CsvExport::write(t.db(), CsvTable::Attendance, backwards);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Validation);
    CHECK(refused.error().hasField(u("to")));

    CsvExportOptions nobody;
    nobody.counselorId = 9999;
    auto unknown = CsvExport::write(t.db(), CsvTable::Caseload, nobody);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == ErrorCode::NotFound);
    CHECK(auditRows(t, "export.csv").isEmpty());
}

TEST_CASE("CSV export: table names for the command line", "[exports][access]")
{
    for (CsvTable table : CsvExport::tables())
        CHECK(CsvExport::tableFromKey(CsvExport::key(table)) == table);
    CHECK(CsvExport::tableFromKey(u(" Outcomes ")) == CsvTable::Outcomes);
    CHECK(CsvExport::key(CsvTable::Assessments) == u("assessments"));
    CHECK_FALSE(CsvExport::tableFromKey(u("caseloads")).has_value());
    CHECK_FALSE(CsvExport::tableFromKey(QString()).has_value());
    // Stable snake_case keys, each once.
    for (CsvTable table : CsvExport::tables()) {
        QStringList columns = CsvExport::columns(table);
        CHECK(columns.removeDuplicates() == 0);
        for (const QString& c : columns)
            CHECK(QRegularExpression(u("^[a-z][a-z0-9_]*$")).match(c).hasMatch());
    }
}
