// SPDX-License-Identifier: GPL-3.0-or-later
// Exporting the progress summaries of the caseload as filtered (issue 7): the dialog shows how
// many, runs with a progress bar counting up to them, says how many were written and lists
// those that were not with the reason; Cancel keeps what finished. The hidden "[shots]" case
// runs a 500-participant demo clinic and saves pictures of the dialog while it runs.
#include "UiTestSupport.h"
#include "batch/BatchOutcomeModel.h"
#include "batch/BatchSummaryDialog.h"
#include "caseload/CaseloadPage.h"
#include "demo/DemoGenerator.h"
#include "storage/CaseloadQuery.h"
#include "storage/DisclosureStore.h"

#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>

using namespace stepwise;
using namespace stepwise::test;

namespace {

struct DemoFixture
{
    explicit DemoFixture(int participants)
    {
        QStandardPaths::setTestModeEnabled(true);
        UiSettings::setPersistent(false);
        DemoOptions demo;
        demo.participants = participants;
        demo.today = uiToday();
        REQUIRE_OK(DemoGenerator::generate(database.db(), demo));
        database.actAs(database.leadId(), RoleSet { StaffRole::Counselor, StaffRole::Supervisor });
    }

    QList<CaseloadRow> caseload()
    {
        auto rows = CaseloadQuery::rows(database.db(), {}, uiToday());
        REQUIRE_OK(rows);
        return *rows;
    }

    int filesIn(const QString& folder) const
    {
        return int(QDir(folder).entryList(QDir::Files).size());
    }

    MockClock clock { uiToday() };
    TestDatabase database;
    AppContext context { database.db() };
};

} // namespace

TEST_CASE("the caseload's summaries are exported with a progress bar", "[ui][batch]")
{
    DemoFixture f(10);
    CaseloadPage page(f.context);
    page.includeDischargedBox()->setChecked(true); // all ten, as the demo made them
    const QList<CaseloadRow> rows = page.visibleRows();
    REQUIRE(rows.size() == 10);

    BatchSummaryDialog dialog(f.context, rows);
    CHECK(dialog.selectedCount() == 10);
    CHECK(child<QLabel>(&dialog, QStringLiteral("batchCount"))
              ->text()
              .startsWith(QStringLiteral("10 participants")));
    const QString folder = f.database.dir() + QStringLiteral("/summaries");
    dialog.setFolder(folder);
    QSignalSpy finished(&dialog, &BatchSummaryDialog::exportFinished);
    dialog.startExport();
    CHECK(dialog.progressBar()->maximum() == 10);
    REQUIRE(finished.wait(300000));
    CHECK_FALSE(finished.first().first().toBool());
    CHECK(dialog.progressBar()->value() == 10);
    const int written = f.filesIn(folder);
    const int notWritten = dialog.failures()->rowCount();
    CHECK(written + notWritten == 10);
    CHECK(written >= 5);
    CHECK(dialog.progressLabel()->text().startsWith(
        QStringLiteral("%1 summaries written to").arg(written)));
    // Those not written say why, in words.
    for (const BatchSummaryOutcome& o : dialog.failures()->rows())
        CHECK_FALSE(o.error.isEmpty());
    // Each written summary is in its participant's accounting of disclosures.
    int disclosed = 0;
    for (const CaseloadRow& row : rows) {
        auto list = DisclosureStore(f.database.db()).list(row.participantId);
        REQUIRE_OK(list);
        disclosed += int(list->size());
    }
    CHECK(disclosed == written);
}

TEST_CASE("cancelling the export keeps the summaries already written", "[ui][batch]")
{
    DemoFixture f(12);
    BatchSummaryDialog dialog(f.context, f.caseload());
    const QString folder = f.database.dir() + QStringLiteral("/summaries");
    dialog.setFolder(folder);
    QSignalSpy finished(&dialog, &BatchSummaryDialog::exportFinished);
    dialog.startExport();
    // Cancel once the first summary is done, as a user pressing Cancel Export would.
    QObject::connect(
        dialog.progressBar(), &QProgressBar::valueChanged, &dialog, [&dialog](int value) {
            if (value == 1)
                dialog.cancelExport();
        });
    REQUIRE(finished.wait(300000));
    CHECK(finished.first().first().toBool());
    const int written = f.filesIn(folder);
    CHECK(written >= 1);
    CHECK(written < 12);
    CHECK(dialog.progressLabel()->text().contains(QStringLiteral("Cancelled")));
    CHECK(dialog.progressBar()->value() == 12); // every participant accounted for
}

TEST_CASE("500 participants export with the progress bar shown", "[.shots]")
{
    DemoFixture f(500);
    BatchSummaryDialog dialog(f.context, f.caseload());
    const QString folder = shotsDir() + QStringLiteral("/batch-500");
    QDir(folder).removeRecursively();
    dialog.setFolder(folder);
    dialog.show();
    QSignalSpy finished(&dialog, &BatchSummaryDialog::exportFinished);
    bool grabbed = false;
    QObject::connect(dialog.progressBar(), &QProgressBar::valueChanged, &dialog, [&](int value) {
        if (value >= 150 && !grabbed) {
            grabbed = true;
            dialog.grab().save(shotsDir() + QStringLiteral("/batch-running.png"));
        }
    });
    QElapsedTimer timer;
    timer.start();
    dialog.startExport();
    REQUIRE(finished.wait(1800000));
    WARN("500 participants: " << f.filesIn(folder) << " written in " << timer.elapsed() << " ms");
    dialog.grab().save(shotsDir() + QStringLiteral("/batch-done.png"));
}
