// SPDX-License-Identifier: GPL-3.0-or-later
// Summaries of a caseload into a folder (issue 7): written on several threads, each in the
// accounting of disclosures; cancelling keeps what finished and starts nothing more; a file
// already in the folder is left alone and reported.
#include "demo/DemoGenerator.h"
#include "reports/BatchSummaryExport.h"
#include "storage/DisclosureStore.h"
#include "storage/EpisodeStore.h"
#include "storage/ParticipantStore.h"
#include "support/MockClock.h"
#include "support/TestDatabase.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace stepwise;
using namespace stepwise::test;

namespace {

const QDate Today(2026, 4, 1);

struct Batch
{
    MockClock clock { Today };
    TestDatabase t;
    QList<BatchSummaryItem> items;

    explicit Batch(int participants)
    {
        DemoOptions demo;
        demo.participants = participants;
        demo.today = Today;
        REQUIRE_OK(DemoGenerator::generate(t.db(), demo));
        t.actAs(t.leadId(), RoleSet { StaffRole::Counselor, StaffRole::Supervisor });
        auto all = ParticipantStore(t.db()).all();
        REQUIRE_OK(all);
        for (const Participant& p : *all)
            items.append({ p.id, p.recordNumber, p.sortName() });
    }

    BatchSummaryExport::Job job(const QString& folder) const
    {
        BatchSummaryExport::Job j;
        j.databasePath = t.path();
        j.session = *const_cast<TestDatabase&>(t).db().session();
        j.workstation = QStringLiteral("batch-test");
        j.request.from = Today.addDays(-27);
        j.request.to = Today;
        j.request.options.audience = SummaryAudience::Internal;
        j.items = items;
        j.folder = folder;
        j.pageSize = QPageSize(QPageSize::Letter);
        j.today = Today;
        j.threads = 2;
        return j;
    }
};

bool completePdf(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), { path });
    return p.waitForFinished(30000) && p.exitCode() == 0
        && QString::fromUtf8(p.readAllStandardOutput()).contains(QStringLiteral("Pages:"));
}

int count(const QList<BatchSummaryOutcome>& outcomes, BatchSummaryOutcome::State state)
{
    return int(std::count_if(outcomes.begin(), outcomes.end(),
        [state](const BatchSummaryOutcome& o) { return o.state == state; }));
}

} // namespace

TEST_CASE(
    "a batch writes one summary per participant and records each disclosure", "[summary][batch]")
{
    Batch b(12);
    const QString folder = b.t.dir() + QStringLiteral("/out");
    REQUIRE(QDir().mkpath(folder));
    BatchSummaryExport batch(b.job(folder));
    QSignalSpy finished(&batch, &BatchSummaryExport::finished);
    QSignalSpy progressed(&batch, &BatchSummaryExport::progressed);
    batch.start();
    REQUIRE(finished.wait(300000));
    CHECK_FALSE(finished.first().first().toBool());
    const QList<BatchSummaryOutcome>& outcomes = batch.outcomes();
    REQUIRE(outcomes.size() == b.items.size());
    CHECK(progressed.size() == b.items.size());
    CHECK(progressed.last().at(0).toInt() == b.items.size());
    // Participants not in care in the period are refused with a reason; the others written.
    for (const BatchSummaryOutcome& o : outcomes) {
        INFO(o.item.recordNumber.toStdString() << ": " << o.error.toStdString());
        CHECK(o.state != BatchSummaryOutcome::State::Cancelled);
        if (o.state == BatchSummaryOutcome::State::Written) {
            CHECK(completePdf(o.path));
            auto disclosures = DisclosureStore(b.t.db()).list(o.item.participantId);
            REQUIRE_OK(disclosures);
            REQUIRE(disclosures->size() == 1);
            CHECK(disclosures->first().kind == DisclosureKind::Internal);
            CHECK(disclosures->first().documentSha256.size() == 64);
        } else {
            CHECK_FALSE(o.error.isEmpty());
        }
    }
    CHECK(count(outcomes, BatchSummaryOutcome::State::Written) >= b.items.size() / 2);
    CHECK(QDir(folder).entryList(QDir::Files).size()
        == count(outcomes, BatchSummaryOutcome::State::Written));
}

TEST_CASE("cancelling a batch keeps the summaries that finished", "[summary][batch]")
{
    Batch b(16);
    const QString folder = b.t.dir() + QStringLiteral("/out");
    REQUIRE(QDir().mkpath(folder));
    BatchSummaryExport batch(b.job(folder));
    QObject::connect(&batch, &BatchSummaryExport::itemFinished, &batch,
        [&batch](const BatchSummaryOutcome&) { batch.cancel(); });
    QSignalSpy finished(&batch, &BatchSummaryExport::finished);
    batch.start();
    REQUIRE(finished.wait(300000));
    CHECK(finished.first().first().toBool());
    const QList<BatchSummaryOutcome>& outcomes = batch.outcomes();
    REQUIRE(outcomes.size() == b.items.size());
    const int cancelled = count(outcomes, BatchSummaryOutcome::State::Cancelled);
    // Two threads: at most the two summaries under way when it was cancelled finish after it.
    CHECK(cancelled >= b.items.size() - 3);
    CHECK(cancelled < b.items.size());
    for (const BatchSummaryOutcome& o : outcomes) {
        if (o.state == BatchSummaryOutcome::State::Written)
            CHECK(completePdf(o.path));
    }
    // Nothing half-written is left: only the finished files are in the folder.
    CHECK(QDir(folder).entryList(QDir::Files).size()
        == count(outcomes, BatchSummaryOutcome::State::Written));
}

TEST_CASE("a batch leaves a file already in the folder alone", "[summary][batch]")
{
    Batch b(4);
    const QString folder = b.t.dir() + QStringLiteral("/out");
    REQUIRE(QDir().mkpath(folder));
    const BatchSummaryItem first = b.items.first();
    const QString existing = QDir(folder).filePath(
        SummaryExport::fileName(first.recordNumber, Today.addDays(-27), Today));
    writeFile(existing, "sent last month");
    BatchSummaryExport batch(b.job(folder));
    QSignalSpy finished(&batch, &BatchSummaryExport::finished);
    batch.start();
    REQUIRE(finished.wait(300000));
    bool seen = false;
    for (const BatchSummaryOutcome& o : batch.outcomes()) {
        if (o.item.participantId != first.participantId)
            continue;
        seen = true;
        CHECK(o.state == BatchSummaryOutcome::State::Failed);
        CHECK(o.error.contains(QStringLiteral("already in the folder")));
    }
    CHECK(seen);
    CHECK(fileBytes(existing) == QByteArray("sent last month"));
}
