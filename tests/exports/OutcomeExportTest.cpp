// SPDX-License-Identifier: GPL-3.0-or-later
// The outcomes CSV: one row per episode admitted or discharged in the period, with length of
// stay per phase, attendance, and PHQ-9 and GAD-7 change, response and remission as
// ScoreChangeRules define them.
#include "ExportTestSupport.h"
#include "attendance/SessionType.h"
#include "storage/AssessmentStore.h"
#include "storage/AttendanceStore.h"
#include "storage/DischargeStore.h"
#include "storage/EpisodeStore.h"
#include "storage/ScheduleStore.h"
#include "storage/SettingsStore.h"
#include "support/MockClock.h"

using namespace stepwise;
using namespace stepwise::exporttest;

namespace {

const QDate Today(2025, 3, 14);

void score(test::TestDatabase& t, Id participantId, const char* instrument, const QDate& on,
    const Answers& answers)
{
    AssessmentInput in;
    in.participantId = participantId;
    in.instrument = QLatin1String(instrument);
    in.administeredOn = on;
    in.answers = answers;
    REQUIRE_OK(AssessmentStore(t.db()).record(in));
}

void attend(test::TestDatabase& t, Id participantId, const QDate& date, AttendanceStatus status,
    int minutesLate = 0)
{
    SessionInput input;
    input.sessionType = QLatin1String(SessionTypes::GroupTherapy);
    input.date = date;
    input.start = QTime(18, 0);
    input.end = QTime(21, 0);
    input.facilitatorIds = { t.counselorId() };
    input.participantIds = { participantId };
    auto session = ScheduleStore(t.db()).book(input);
    REQUIRE_OK(session);
    AttendanceEntry e;
    e.participantId = participantId;
    e.status = status;
    e.minutesLate = minutesLate;
    REQUIRE_OK(AttendanceStore(t.db()).save(*session, { e }));
}

Id episodeOf(test::TestDatabase& t, Id participantId)
{
    auto episodes = EpisodeStore(t.db()).episodes(participantId);
    REQUIRE_OK(episodes);
    REQUIRE(!episodes->isEmpty());
    return episodes->last().id;
}

// P1 completed intensive and step-down with a response on both scales; P2 is still in care with
// a baseline too low for response or remission; P3 was discharged the year before.
struct Outcomes
{
    test::MockClock clock { Today };
    test::TestDatabase t;
    Id sam = 0;

    Outcomes()
    {
        sam = t.addStaff(u("Sam Other"), { StaffRole::Counselor });
        const Id p1 = addParticipant(t, u("-R1"), u("@Home, \"Zoë\""), u("Ñúñez"), u("北京"),
            t.counselorId(), QDate(2025, 1, 6));
        auto settings = SettingsStore(t.db()).load();
        REQUIRE_OK(settings);
        REQUIRE_OK(EpisodeStore(t.db()).transition(episodeOf(t, p1), PhaseKind::StepDown,
            QDate(2025, 2, 3), settings->stepDown, u("Ready to step down")));
        score(t, p1, "phq9", QDate(2025, 1, 7), { 2, 2, 2, 2, 2, 2, 2, 1, 0 }); // 15
        score(t, p1, "phq9", QDate(2025, 3, 5), { 1, 1, 1, 1, 1, 1, 0, 0, 0 }); // 6
        score(t, p1, "gad7", QDate(2025, 1, 7), { 2, 2, 2, 2, 2, 1, 1 });       // 12
        score(t, p1, "gad7", QDate(2025, 3, 5), { 1, 1, 1, 1, 0, 0, 0 });       // 4
        attend(t, p1, QDate(2025, 1, 13), AttendanceStatus::Present);
        attend(t, p1, QDate(2025, 1, 15), AttendanceStatus::UnexcusedAbsence);
        attend(t, p1, QDate(2025, 1, 17), AttendanceStatus::ExcusedAbsence);
        attend(t, p1, QDate(2025, 2, 10), AttendanceStatus::Late, 10);
        DischargeInput d;
        d.participantId = p1;
        d.date = QDate(2025, 3, 7);
        d.reason = DischargeReason::Completed;
        d.reasonNote = u("→ \"aftercare\", weekly");
        d.condition = DischargeCondition::Improved;
        d.summary = u("Completed intensive and step-down; mood improved; aftercare set.");
        REQUIRE_OK(DischargeStore(t.db()).discharge(d));

        const Id p2 = addParticipant(
            t, u("+R2"), u("O'Neil, Jr."), u("=Ann"), QString(), sam, QDate(2025, 2, 3));
        score(t, p2, "phq9", QDate(2025, 2, 4), { 1, 1, 1, 1, 1, 1, 1, 1, 0 }); // 8
        score(t, p2, "gad7", QDate(2025, 2, 4), { 2, 2, 1, 1, 1, 1, 1 });       // 9
        score(t, p2, "gad7", QDate(2025, 3, 10), { 1, 1, 1, 1, 0, 0, 0 });      // 4

        const Id p3 = addParticipant(
            t, u("R3"), u("Earlier"), u("Eve"), QString(), t.counselorId(), QDate(2024, 10, 1));
        REQUIRE_OK(
            EpisodeStore(t.db()).discharge(episodeOf(t, p3), QDate(2024, 12, 1), u("Moved away")));
    }
};

CsvExportOptions period(const QDate& from, const QDate& to)
{
    CsvExportOptions o;
    o.from = from;
    o.to = to;
    return o;
}

} // namespace

TEST_CASE("Outcomes CSV: episodes of the period read back cell for cell", "[exports][outcomes]")
{
    Outcomes f;
    const Exported out = exportBoth(
        f.t.db(), f.t.dir(), CsvTable::Outcomes, period(QDate(2025, 1, 1), QDate(2025, 3, 31)));
    CHECK(out.rowCount == 2);
    const Table expected = {
        // Admitted 6 January, step-down from 3 February, discharged 7 March: 28 + 33 = 61 days.
        // Attended 2 of the 3 sessions that count (the excused absence does not): 67%.
        // PHQ-9 15 -> 6: a response (6 <= 15 / 2), not a remission (6 is not below 5).
        // GAD-7 12 -> 4: a response and a remission.
        { u("'-R1"), u("'@Home, \"Zoë\""), u("Ñúñez"), u("北京"), u("Dana Counselor"),
            u("2025-01-06"), u("2025-03-07"), u("completed"),
            u("Completed the program: → \"aftercare\", weekly"), u("improved"), u("61"), u("28"),
            u("33"), u("0"), u("2"), u("1"), u("1"), u("67"), u("2025-01-07"), u("15"),
            u("2025-03-05"), u("6"), u("-9"), u("1"), u("0"), u("2025-01-07"), u("12"),
            u("2025-03-05"), u("4"), u("-8"), u("1"), u("1") },
        // In care: 40 days to today. One PHQ-9: no change to judge. GAD-7 from 9: below the
        // baseline of 10 that response and remission need, so they are left empty.
        { u("'+R2"), u("O'Neil, Jr."), u("'=Ann"), QString(), u("Sam Other"), u("2025-02-03"),
            QString(), QString(), QString(), QString(), u("40"), u("40"), u("0"), u("0"), u("0"),
            u("0"), u("0"), QString(), u("2025-02-04"), u("8"), u("2025-02-04"), u("8"), QString(),
            QString(), QString(), u("2025-02-04"), u("9"), u("2025-03-10"), u("4"), u("-5"),
            QString(), QString() },
    };
    checkRows(out.rows, expected, CsvExport::columns(CsvTable::Outcomes));
    // A change is a number a spreadsheet can average: no apostrophe before its minus sign.
    CHECK(out.bytes.contains(",-9,1,0,"));
}

TEST_CASE("Outcomes CSV: admitted or discharged within the period", "[exports][outcomes]")
{
    Outcomes f;
    const auto records = [&](const CsvExportOptions& options) {
        QStringList list;
        for (const QStringList& row :
            exportBoth(f.t.db(), f.t.dir(), CsvTable::Outcomes, options).rows)
            list << row.first();
        return list;
    };
    CHECK(records({}) == QStringList { u("R3"), u("'-R1"), u("'+R2") });
    // P1 was discharged in March; P2 admitted in February; P3 neither.
    CHECK(records(period(QDate(2025, 3, 1), QDate(2025, 3, 31))) == QStringList { u("'-R1") });
    CHECK(records(period(QDate(2025, 2, 1), QDate(2025, 2, 28))) == QStringList { u("'+R2") });
    // Open-ended: P3's discharge on 1 December 2024 is after the start.
    CHECK(records(period(QDate(2024, 11, 1), QDate()))
        == QStringList { u("R3"), u("'-R1"), u("'+R2") });
    CsvExportOptions sams;
    sams.counselorId = f.sam;
    CHECK(records(sams) == QStringList { u("'+R2") });
    CHECK(records(period(QDate(2025, 3, 8), QDate(2025, 3, 31))).isEmpty());
}
