// SPDX-License-Identifier: GPL-3.0-or-later
// The assessments CSV: one row per current version of an assessment given in the period, with
// the import's columns (answers in item order) and the result as scored, total and band.
#include "ExportTestSupport.h"
#include "io/AssessmentCsv.h"
#include "io/CsvReader.h"
#include "io/CsvWriter.h"
#include "storage/AssessmentStore.h"
#include "support/MockClock.h"

using namespace stepwise;
using namespace stepwise::exporttest;

namespace {

const QDate Today(2025, 3, 14);

Id record(test::TestDatabase& t, Id participantId, const char* instrument, const QDate& on,
    const Answers& answers, const QString& note)
{
    AssessmentInput in;
    in.participantId = participantId;
    in.instrument = QLatin1String(instrument);
    in.administeredOn = on;
    in.answers = answers;
    in.note = note;
    auto id = AssessmentStore(t.db()).record(in);
    REQUIRE_OK(id);
    return id.value();
}

struct Assessments
{
    test::MockClock clock { Today };
    test::TestDatabase t;
    Id sam = 0;

    Assessments()
    {
        sam = t.addStaff(u("Sam Other"), { StaffRole::Counselor });
        const Id a = addParticipant(
            t, u("=1+2"), u("Rivera"), u("Zoë"), QString(), t.counselorId(), QDate(2025, 1, 6));
        const Id b
            = addParticipant(t, u("+44-20"), u("北京"), u("Li"), QString(), sam, QDate(2025, 2, 3));
        record(t, a, "phq9", QDate(2025, 1, 7), { 3, 3, 2, 2, 2, 2, 2, 1, 1 },
            u("=cmd|' /C calc'!A0"));
        const Id first = record(t, b, "gad7", QDate(2025, 3, 3), { 2, 2, 2, 1, 1, 1, 1 },
            u("Zoë said: \"better, mostly\"\nnew line"));
        // A correction: only the new version is current.
        AssessmentInput corrected;
        corrected.participantId = b;
        corrected.instrument = u("gad7");
        corrected.administeredOn = QDate(2025, 3, 3);
        corrected.answers = { 2, 2, 2, 2, 1, 1, 1 };
        corrected.note = u("Zoë said: \"better, mostly\"\nnew line");
        REQUIRE_OK(AssessmentStore(t.db()).correct(first, corrected, u("Item 4 misread")));
        record(t, a, "gad7", QDate(2025, 3, 3), { 0, 0, 0, 0, 0, 0, 0 }, QString());
    }
};

} // namespace

TEST_CASE("Assessments CSV: current versions read back cell for cell", "[exports][assessments]")
{
    Assessments f;
    const Exported out = exportBoth(f.t.db(), f.t.dir(), CsvTable::Assessments);
    CHECK(out.rowCount == 3);
    const Table expected = {
        { u("'=1+2"), u("2025-01-07"), u("phq9"), u("18"), u("moderately severe"),
            u("3;3;2;2;2;2;2;1;1"), u("'=cmd|' /C calc'!A0") },
        { u("'+44-20"), u("2025-03-03"), u("gad7"), u("11"), u("moderate"), u("2;2;2;2;1;1;1"),
            u("Zoë said: \"better, mostly\"\nnew line") },
        { u("'=1+2"), u("2025-03-03"), u("gad7"), u("0"), u("minimal"), u("0;0;0;0;0;0;0"),
            QString() },
    };
    checkRows(out.rows, expected, CsvExport::columns(CsvTable::Assessments));
}

TEST_CASE("Assessments CSV: the period and the counselor choose the rows", "[exports][assessments]")
{
    Assessments f;
    CsvExportOptions options;
    options.from = QDate(2025, 2, 1);
    CHECK(exportBoth(f.t.db(), f.t.dir(), CsvTable::Assessments, options).rowCount == 2);
    options.to = QDate(2025, 3, 2);
    const Exported none = exportBoth(f.t.db(), f.t.dir(), CsvTable::Assessments, options);
    CHECK(none.rowCount == 0);
    CHECK(none.rows.isEmpty());
    CsvExportOptions sams;
    sams.counselorId = f.sam;
    const Exported out = exportBoth(f.t.db(), f.t.dir(), CsvTable::Assessments, sams);
    REQUIRE(out.rowCount == 1);
    CHECK(out.rows.at(0).at(0) == u("'+44-20"));
}

TEST_CASE(
    "Assessments CSV: the export imports unchanged into another database", "[exports][assessments]")
{
    test::MockClock clock(Today);
    test::TestDatabase from;
    test::TestDatabase to;
    for (test::TestDatabase* t : { &from, &to }) {
        addParticipant(
            *t, u("R-1"), u("Zoë"), u("Ñúñez"), QString(), t->counselorId(), QDate(2025, 1, 6));
        addParticipant(
            *t, u("R-2"), u("北京"), u("Li"), QString(), t->counselorId(), QDate(2025, 1, 6));
    }
    record(from, 1, "phq9", QDate(2025, 1, 7), { 2, 2, 2, 2, 1, 1, 1, 1, 0 },
        u("first visit, \"anxious\"\nslept badly"));
    record(from, 1, "phq9", QDate(2025, 3, 3), { 1, 1, 0, 0, 0, 0, 0, 0, 0 }, QString());
    record(from, 2, "gad7", QDate(2025, 2, 3), { 3, 3, 3, 3, 3, 3, 3 }, u("北京 · Zoë"));
    record(from, 2, "dast10", QDate(2025, 2, 3), { 1, 1, 1, 0, 0, 0, 0, 0, 0, 0 }, QString());

    auto first = CsvExport::write(from.db(), CsvTable::Assessments, {});
    REQUIRE_OK(first);
    REQUIRE(first->rowCount == 4);
    // total and band are results the import computes again from the answers; it reads past
    // them, so the file goes in as exported.
    const AssessmentCsv::ImportOutcome imported
        = AssessmentCsv::importCsv(to.db(), first->bytes, Today);
    INFO((imported.problems.isEmpty() ? std::string()
                                      : imported.problems.first().message.toStdString()));
    REQUIRE(imported.ok());
    CHECK(imported.imported == 4);
    auto second = CsvExport::write(to.db(), CsvTable::Assessments, {});
    REQUIRE_OK(second);
    CHECK(second->bytes == first->bytes);
}
