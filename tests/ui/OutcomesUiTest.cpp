// SPDX-License-Identifier: GPL-3.0-or-later
// Program outcomes on screen (issue 8): the figures beside the charts are the computed ones, a
// backwards period is refused beside its field, and Export CSV writes the figures and records
// the export. The hidden "[shots]" case writes outcomes.png on a demo clinic.
#include "MainWindow.h"
#include "UiTestSupport.h"
#include "common/FieldErrors.h"
#include "common/MessageBar.h"
#include "demo/DemoGenerator.h"
#include "io/CsvReader.h"
#include "outcomes/OutcomeLinesModel.h"
#include "outcomes/OutcomeText.h"
#include "outcomes/OutcomesPage.h"
#include "storage/AuditTrail.h"
#include "storage/OutcomeQuery.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QTemporaryDir>

using namespace stepwise;
using namespace stepwise::test;

namespace {

struct OutcomesFixture : UiFixture
{
    explicit OutcomesFixture(int participants)
    {
        DemoOptions demo;
        demo.participants = participants;
        demo.today = uiToday();
        REQUIRE_OK(DemoGenerator::generate(database.db(), demo));
        database.actAs(database.leadId(),
            { StaffRole::Counselor, StaffRole::Supervisor, StaffRole::Administrator });
    }
};

OutcomesPage* openOutcomes(MainWindow& window)
{
    window.show();
    REQUIRE(window.showOutcomes());
    auto* page = qobject_cast<OutcomesPage*>(window.currentPage());
    REQUIRE(page != nullptr);
    return page;
}

} // namespace

TEST_CASE("The outcomes page shows the computed figures for the chosen period", "[ui][outcomes]")
{
    OutcomesFixture f(40);
    MainWindow window(f.context);
    OutcomesPage* page = openOutcomes(window);
    // The last full quarter before today (10 March 2025): October to December 2024.
    CHECK(page->fromEdit()->date() == QDate(2024, 10, 1));
    CHECK(page->toEdit()->date() == QDate(2024, 12, 31));

    page->fromEdit()->setDate(QDate(2024, 6, 1));
    page->toEdit()->setDate(QDate(2025, 2, 28));
    page->phaseBox()->setCurrentIndex(1); // intensive
    page->reload();
    OutcomeFilter filter;
    filter.from = QDate(2024, 6, 1);
    filter.to = QDate(2025, 2, 28);
    filter.phase = PhaseKind::Intensive;
    auto expected = OutcomeQuery::compute(f.database.db(), filter, uiToday());
    REQUIRE_OK(expected);
    CHECK(page->outcomes().admissions == expected->admissions);
    CHECK(expected->admissions > 0);
    const QList<OutcomeLine> shown = page->summaryModel()->rows();
    REQUIRE(shown.size() >= 4);
    CHECK(shown.at(1).value == QLocale().toString(expected->admissions));
    CHECK(shown.at(3).value == OutcomeText::percent(expected->completionRate()));
}

TEST_CASE("A period that ends before it starts is refused beside the field", "[ui][outcomes]")
{
    OutcomesFixture f(10);
    MainWindow window(f.context);
    OutcomesPage* page = openOutcomes(window);
    const int before = page->outcomes().episodes;
    page->toEdit()->setDate(page->fromEdit()->date().addDays(-1));
    page->reload();
    QLabel* error = page->findChild<QLabel*>(FieldErrors::labelName(QStringLiteral("to")));
    REQUIRE(error != nullptr);
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("end on or after")));
    CHECK(page->outcomes().episodes == before); // what was shown stays
}

TEST_CASE("Export CSV writes the figures and records the export", "[ui][outcomes]")
{
    OutcomesFixture f(10);
    MainWindow window(f.context);
    OutcomesPage* page = openOutcomes(window);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("outcomes.csv"));
    REQUIRE(page->exportCsv(path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const CsvDocument doc = CsvReader::read(file.readAll());
    REQUIRE(doc.ok());
    QHash<QString, QString> values;
    for (const CsvRecord& r : doc.records)
        values.insert(r.fields.value(0) + QLatin1Char('/') + r.fields.value(1), r.fields.value(2));
    CHECK(values.value(QStringLiteral("period_from/")) == QStringLiteral("2024-10-01"));
    CHECK(values.value(QStringLiteral("admissions/"))
        == QString::number(page->outcomes().admissions));
    CHECK(values.contains(QStringLiteral("retention_share/week_12")));
    AuditFilter audit;
    audit.action = QStringLiteral("export.outcomes");
    auto rows = AuditTrail::entries(f.database.db(), audit);
    REQUIRE_OK(rows);
    REQUIRE(rows->size() == 1);
    CHECK(rows->first().detail.startsWith(QStringLiteral("outcomes 2024-10-01 to 2024-12-31")));
}

TEST_CASE("Export PDF writes the printable report of the figures shown, audited", "[ui][outcomes]")
{
    OutcomesFixture f(10);
    MainWindow window(f.context);
    OutcomesPage* page = openOutcomes(window);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("outcomes.pdf"));
    REQUIRE(page->exportPdf(path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArray("%PDF-"));
    CHECK(page->messageBar()->text().contains(QStringLiteral("outcomes.pdf")));
    AuditFilter audit;
    audit.action = QStringLiteral("export.outcomes");
    auto rows = AuditTrail::entries(f.database.db(), audit);
    REQUIRE_OK(rows);
    REQUIRE(rows->size() == 1);
    CHECK(rows->first().detail.contains(QStringLiteral("(PDF)")));
    // Where nothing can be written, the user is told why and nothing is recorded.
    CHECK_FALSE(page->exportPdf(dir.filePath(QStringLiteral("missing/outcomes.pdf"))));
    CHECK(page->messageBar()->text().contains(QStringLiteral("Cannot write")));
    auto after = AuditTrail::entries(f.database.db(), audit);
    REQUIRE_OK(after);
    CHECK(after->size() == 1);
}

TEST_CASE("Program outcomes screenshot on a demo clinic", "[.][shots][outcomes]")
{
    OutcomesFixture f(200);
    MainWindow window(f.context);
    window.resize(1400, 900);
    OutcomesPage* page = openOutcomes(window);
    page->fromEdit()->setDate(QDate(2024, 3, 1));
    page->toEdit()->setDate(QDate(2025, 2, 28));
    page->reload();
    QApplication::processEvents();
    REQUIRE(window.grab().save(QDir(shotsDir()).filePath(QStringLiteral("outcomes.png"))));
}
