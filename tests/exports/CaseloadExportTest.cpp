// SPDX-License-Identifier: GPL-3.0-or-later
// The caseload CSV: one row per participant in care, with what the app's caseload shows.
#include "ExportTestSupport.h"
#include "storage/AssessmentStore.h"
#include "storage/CaseloadQuery.h"
#include "storage/EpisodeStore.h"
#include "storage/ParticipantStore.h"
#include "support/MockClock.h"

using namespace stepwise;
using namespace stepwise::exporttest;

namespace {

const QDate Today(2025, 3, 14); // a Friday

// Three participants in care with names a spreadsheet would run or split, one discharged and
// one never admitted (neither is in care).
struct Caseload
{
    test::MockClock clock { Today };
    test::TestDatabase t;
    Id sam = 0;
    Id a = 0;
    Id b = 0;
    Id c = 0;

    Caseload()
    {
        sam = t.addStaff(u("=Sam \"Q\", 北京"), { StaffRole::Counselor });
        a = addParticipant(t, u("=1+2"), u("=HYPERLINK(\"http://evil.example\",\"x\")"), u("Zoë"),
            u("Ñúñez"), t.counselorId(), QDate(2025, 1, 6));
        b = addParticipant(
            t, u("+44-20"), u("北京"), u("-Minus, \"Quoted\""), QString(), sam, QDate(2025, 2, 3));
        c = addParticipant(t, u("@R3"), u("O'Brien, Jr."), u("@Ana"), u("Line"), t.counselorId(),
            QDate(2025, 3, 10));
        const Id d = addParticipant(
            t, u("R-4"), u("Discharged"), u("Dee"), QString(), t.counselorId(), QDate(2025, 1, 6));
        auto episodes = EpisodeStore(t.db()).episodes(d);
        REQUIRE_OK(episodes);
        REQUIRE_OK(EpisodeStore(t.db()).discharge(
            episodes->first().id, QDate(2025, 2, 28), u("Moved away")));
        Participant never = test::sampleParticipant(u("R-5"));
        never.counselorId = t.counselorId();
        REQUIRE_OK(ParticipantStore(t.db()).add(never));

        // Item 9 answered: an open safety alert on A's row.
        AssessmentInput phq9;
        phq9.participantId = a;
        phq9.instrument = u("phq9");
        phq9.administeredOn = QDate(2025, 3, 3);
        phq9.answers = { 1, 1, 1, 1, 1, 1, 1, 1, 1 };
        REQUIRE_OK(AssessmentStore(t.db()).record(phq9));
    }

    CaseloadRow appRow(Id participantId)
    {
        auto rows = CaseloadQuery::rows(t.db(), {}, Today);
        REQUIRE_OK(rows);
        for (const CaseloadRow& row : *rows) {
            if (row.participantId == participantId)
                return row;
        }
        FAIL("participant " << participantId << " is not on the caseload");
        return {};
    }
};

// The columns after the first ten as the app's caseload computes them.
QStringList attentionCells(const CaseloadRow& row)
{
    const auto date
        = [](const QDate& d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); };
    const WeekHours& w = row.attendance.lastWeek;
    QStringList overdue;
    for (const DueAssessment& due : row.overdueAssessments)
        overdue << due.instrument;
    return { date(w.weekStart), QString::number(w.required.hours),
        QString::number(w.attended.hours), QString::number(w.required.days),
        QString::number(w.attended.daysAttended), QString::number(row.openSafetyAlerts),
        QString::number(row.attendance.consecutiveUnexcused), date(row.attendance.lastAttended),
        QString::number(row.daysOverExpectedLength), overdue.join(QLatin1Char(';')),
        row.planDue ? QString::number(row.planDue->daysOverdue) : QString(),
        QString::number(row.lateUnsignedNotes) };
}

} // namespace

TEST_CASE("Caseload CSV: participants in care with awkward names read back cell for cell",
    "[exports][caseload]")
{
    Caseload f;
    const Exported out = exportBoth(f.t.db(), f.t.dir(), CsvTable::Caseload);
    CHECK(out.rowCount == 3);

    // By last name as the app lists them; the apostrophe only before = + - @.
    Table expected = {
        { u("'=1+2"), u("'=HYPERLINK(\"http://evil.example\",\"x\")"), u("Zoë"), u("Ñúñez"),
            u("Dana Counselor"), u("intensive"), u("2025-01-06"), u("68"), u("2025-01-06"),
            u("68") },
        { u("'@R3"), u("O'Brien, Jr."), u("'@Ana"), u("Line"), u("Dana Counselor"), u("intensive"),
            u("2025-03-10"), u("5"), u("2025-03-10"), u("5") },
        { u("'+44-20"), u("北京"), u("'-Minus, \"Quoted\""), QString(), u("'=Sam \"Q\", 北京"),
            u("intensive"), u("2025-02-03"), u("40"), u("2025-02-03"), u("40") },
    };
    // FormulaGuard and the literals above agree.
    CHECK(guarded(u("=1+2")) == u("'=1+2"));
    CHECK(guarded(u("O'Brien, Jr.")) == u("O'Brien, Jr."));
    const Id order[] = { f.a, f.c, f.b };
    for (int i = 0; i < 3; ++i)
        expected[i] += attentionCells(f.appRow(order[i]));
    // The flags and the recovery text, checked on their own below.
    for (int i = 0; i < 3; ++i)
        expected[i] << out.rows.value(i).value(22) << out.rows.value(i).value(23);
    checkRows(out.rows, expected, CsvExport::columns(CsvTable::Caseload));

    // The week before today's and the attention flags, as the app's caseload has them.
    {
        const QStringList& a = out.rows.at(0);
        CHECK(cell(a, CsvTable::Caseload, "last_week_start") == u("2025-03-03"));
        CHECK(cell(a, CsvTable::Caseload, "last_week_required_hours") == u("9"));
        CHECK(cell(a, CsvTable::Caseload, "last_week_attended_hours") == u("0"));
        CHECK(cell(a, CsvTable::Caseload, "open_safety_alerts") == u("1"));
        const QStringList flags
            = cell(a, CsvTable::Caseload, "flags").split(QLatin1Char(';'), Qt::SkipEmptyParts);
        CHECK(flags.contains(u("safety_alert")));
        CHECK(flags.contains(u("below_required_last_week")));
        CHECK(flags.contains(u("no_attendance_7_days")));
        CHECK(f.appRow(f.a).needsAttention());
        // Admitted on Monday: no complete week in care yet, nothing required of it.
        const QStringList& c = out.rows.at(1);
        CHECK(cell(c, CsvTable::Caseload, "last_week_required_hours") == u("0"));
        CHECK_FALSE(cell(c, CsvTable::Caseload, "flags").contains(u("below_required_last_week")));
        for (const QStringList& row : out.rows)
            CHECK(cell(row, CsvTable::Caseload, "recovery_flags").isEmpty());
    }
}

TEST_CASE("Caseload CSV: one counselor's caseload", "[exports][caseload]")
{
    Caseload f;
    CsvExportOptions options;
    options.counselorId = f.sam;
    const Exported out = exportBoth(f.t.db(), f.t.dir(), CsvTable::Caseload, options);
    REQUIRE(out.rowCount == 1);
    CHECK(out.rows.at(0).at(0) == u("'+44-20"));
    CHECK(cell(out.rows.at(0), CsvTable::Caseload, "counselor") == u("'=Sam \"Q\", 北京"));
}
