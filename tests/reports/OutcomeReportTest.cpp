// SPDX-License-Identifier: GPL-3.0-or-later
// The program outcomes report (issue 8) as a supervisor prints it: the period and filters, every
// figure worded as on the outcomes page, charts, no participant named, and an audit row for the
// file. Read back with poppler's pdftotext.
#include "auth/Access.h"
#include "outcomes/OutcomeText.h"
#include "reports/DocumentRenderer.h"
#include "reports/OutcomeDocument.h"
#include "reports/OutcomeExport.h"
#include "storage/AuditTrail.h"
#include "support/TestDatabase.h"

#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace stepwise;

namespace {

QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), path, QStringLiteral("-") });
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Four discharges (two completed), retention followed to week 12, PHQ-9 measured twice.
ProgramOutcomes sample()
{
    ProgramOutcomes o;
    o.filter.from = QDate(2026, 1, 1);
    o.filter.to = QDate(2026, 3, 31);
    o.filter.phase = PhaseKind::Intensive;
    o.today = QDate(2026, 4, 30);
    o.episodes = 9;
    o.admissions = 6;
    o.discharges = 4;
    o.completed = 2;
    o.dischargesByReason = { { QStringLiteral("completed"), 2 },
        { QStringLiteral("left_against_advice"), 1 }, { QString(), 1 } };
    o.stays = { { PhaseKind::Intensive, 4, 37.5 }, { PhaseKind::StepDown, 2, 24 },
        { PhaseKind::Aftercare, 0, std::nullopt } };
    for (int week = 0; week <= OutcomeRules::RetentionWeeks; ++week)
        o.retention.append({ week, 6, 6 - week / 3 });
    o.attended = 30;
    o.excused = 3;
    o.unexcused = 10;
    o.phq9.instrument = QStringLiteral("phq9");
    o.phq9.measured = 2;
    o.phq9.meanChange = -6.5;
    o.phq9.eligible = 2;
    o.phq9.responded = 1;
    o.phq9.remitted = 1;
    o.gad7.instrument = QStringLiteral("gad7");
    return o;
}

} // namespace

TEST_CASE("The outcomes report prints every figure as the page words it, and no one's name",
    "[reports][outcomes]")
{
    const ProgramOutcomes o = sample();
    const RecordDocument doc = OutcomeDocument::build(
        o, { QStringLiteral("Harbor <Clinic>"), QStringLiteral("Evening IOP"), {} });
    CHECK(doc.participantName.isEmpty());
    CHECK(doc.images.size() == 3); // discharges, stays, retention
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("outcomes.pdf"));
    auto pages = DocumentRenderer::writePdf(doc, path, QPageSize(QPageSize::Letter));
    REQUIRE_OK(pages);
    const QString text = pdfText(path);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Program Outcomes")));
    CHECK(text.contains(QStringLiteral("2026-01-01 to 2026-03-31")));
    CHECK(text.contains(QStringLiteral("Harbor <Clinic>")));
    CHECK(text.contains(label(PhaseKind::Intensive)));
    const QString completion = OutcomeText::percent(o.completionRate());
    CHECK(completion == QStringLiteral("50 %"));
    for (const auto& lines : { OutcomeText::summary(o), OutcomeText::discharges(o),
             OutcomeText::stays(o), OutcomeText::retention(o), OutcomeText::scores(o) }) {
        for (const OutcomeLine& l : lines) {
            INFO(l.label.toStdString() << " = " << l.value.toStdString());
            CHECK(text.contains(l.label));
            CHECK(text.contains(l.value));
        }
    }
    CHECK(text.contains(QStringLiteral("Page 1 of %1").arg(*pages)));
    CHECK(text.contains(QStringLiteral("no participant is named")));
}

TEST_CASE("Exporting the outcomes report is audited and refused to counselors without a file",
    "[reports][outcomes]")
{
    test::TestDatabase t;
    QTemporaryDir dir;
    const ProgramOutcomes o = sample();
    SECTION("a supervisor's export leaves the file and one audit row")
    {
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        auto pages = OutcomeExport::writePdf(t.db(), o, {}, path, QPageSize(QPageSize::A4));
        REQUIRE_OK(pages);
        CHECK(QFile::exists(path));
        auto rows = AuditTrail::entries(t.db());
        REQUIRE_OK(rows);
        int found = 0;
        for (const AuditEntry& e : *rows) {
            if (e.action == QLatin1String("export.outcomes")) {
                ++found;
                CHECK(e.detail.contains(QStringLiteral("2026-01-01 to 2026-03-31 (PDF)")));
                CHECK(e.detail.contains(QStringLiteral("phase intensive")));
            }
        }
        CHECK(found == 1);
    }
    SECTION("a counselor is refused and nothing is written")
    {
        const QString path = dir.filePath(QStringLiteral("refused.pdf"));
        const Id kim = t.addStaff(QStringLiteral("Kim Counselor"), { StaffRole::Counselor });
        t.actAs(kim, { StaffRole::Counselor });
        auto pages = OutcomeExport::writePdf(t.db(), o, {}, path, QPageSize(QPageSize::A4));
        REQUIRE_FALSE(pages.ok());
        CHECK(pages.error().code == ErrorCode::Forbidden);
        CHECK_FALSE(QFile::exists(path));
    }
    SECTION("a folder that does not exist is refused before anything is recorded")
    {
        const QString path = dir.filePath(QStringLiteral("missing/report.pdf"));
        auto pages = OutcomeExport::writePdf(t.db(), o, {}, path, QPageSize(QPageSize::A4));
        REQUIRE_FALSE(pages.ok());
        CHECK(pages.error().code == ErrorCode::Io);
        auto rows = AuditTrail::entries(t.db());
        REQUIRE_OK(rows);
        for (const AuditEntry& e : *rows)
            CHECK(e.action != QLatin1String("export.outcomes"));
    }
}
