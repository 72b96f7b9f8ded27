// SPDX-License-Identifier: GPL-3.0-or-later
// Program outcome statistics (issue 8) against a small dataset computed by hand. The period is
// the first quarter of 2026, today is 30 April 2026.
//
//   E1  counselor 10, substance use, 5 Jan - 1 Mar completed; intensive 5 Jan - 1 Feb (28 days),
//       step-down 2 Feb - 1 Mar (28); PHQ-9 20 -> 8, GAD-7 12 -> 4
//   E2  counselor 10, mental health, 12 Jan - 30 Jan left against advice; intensive (19 days);
//       one PHQ-9
//   E3  counselor 11, co-occurring, 1 Dec 2025 - 15 Feb administrative; intensive 1 Dec - 25 Jan
//       (56), step-down 26 Jan - 15 Feb (21); PHQ-9 9 -> 16
//   E4  counselor 11, substance use, admitted 2 Mar, in care; PHQ-9 12 on 3 Mar, 4 on 15 April
//       (after the period)
//   E5  counselor 10, discharged 20 Dec 2025: before the period
//   E6  nobody's caseload, substance use, 1 Feb - 20 Mar completed; intensive (48 days)
#include "outcomes/ProgramOutcomes.h"

#include <catch2/catch.hpp>

using namespace stepwise;

namespace {

const QDate Today(2026, 4, 30);

Phase phase(PhaseKind kind, QDate start, QDate end = {})
{
    Phase p;
    p.kind = kind;
    p.startDate = start;
    p.endDate = end;
    return p;
}

OutcomeEpisode episode(Id id, Id counselor, PrimaryFocus focus, QDate admission, QDate discharge,
    const char* reason, QList<Phase> phases)
{
    OutcomeEpisode e;
    e.episodeId = id;
    e.participantId = id;
    e.counselorId = counselor;
    e.focus = focus;
    e.admission = admission;
    e.discharge = discharge;
    e.dischargeReasonKey = QString::fromLatin1(reason);
    e.phases = std::move(phases);
    return e;
}

OutcomeAttendance attendance(Id participant, Id counselor, PrimaryFocus focus,
    std::optional<PhaseKind> phase, int attended, int excused, int unexcused)
{
    return { participant, counselor, focus, phase, attended, excused, unexcused };
}

OutcomeData data()
{
    using P = PhaseKind;
    using F = PrimaryFocus;
    OutcomeData d;
    OutcomeEpisode e1
        = episode(1, 10, F::SubstanceUse, QDate(2026, 1, 5), QDate(2026, 3, 1), "completed",
            { phase(P::Intensive, QDate(2026, 1, 5), QDate(2026, 2, 1)),
                phase(P::StepDown, QDate(2026, 2, 2), QDate(2026, 3, 1)) });
    e1.phq9 = { { QDate(2026, 1, 6), 20 }, { QDate(2026, 2, 20), 8 } };
    e1.gad7 = { { QDate(2026, 1, 6), 12 }, { QDate(2026, 2, 20), 4 } };
    OutcomeEpisode e2 = episode(2, 10, F::MentalHealth, QDate(2026, 1, 12), QDate(2026, 1, 30),
        "left_against_advice", { phase(P::Intensive, QDate(2026, 1, 12), QDate(2026, 1, 30)) });
    e2.phq9 = { { QDate(2026, 1, 12), 15 } };
    OutcomeEpisode e3
        = episode(3, 11, F::CoOccurring, QDate(2025, 12, 1), QDate(2026, 2, 15), "administrative",
            { phase(P::Intensive, QDate(2025, 12, 1), QDate(2026, 1, 25)),
                phase(P::StepDown, QDate(2026, 1, 26), QDate(2026, 2, 15)) });
    e3.phq9 = { { QDate(2025, 12, 2), 9 }, { QDate(2026, 2, 10), 16 } };
    OutcomeEpisode e4 = episode(4, 11, F::SubstanceUse, QDate(2026, 3, 2), {}, "",
        { phase(P::Intensive, QDate(2026, 3, 2)) });
    e4.phq9 = { { QDate(2026, 3, 3), 12 }, { QDate(2026, 4, 15), 4 } };
    const OutcomeEpisode e5 = episode(5, 10, F::SubstanceUse, QDate(2025, 10, 1),
        QDate(2025, 12, 20), "completed", { phase(P::Intensive, QDate(2025, 10, 1)) });
    const OutcomeEpisode e6 = episode(6, 0, F::SubstanceUse, QDate(2026, 2, 1), QDate(2026, 3, 20),
        "completed", { phase(P::Intensive, QDate(2026, 2, 1), QDate(2026, 3, 20)) });
    d.episodes = { e1, e2, e3, e4, e5, e6 };
    d.attendance = {
        attendance(1, 10, F::SubstanceUse, P::Intensive, 10, 1, 1),
        attendance(1, 10, F::SubstanceUse, P::StepDown, 4, 0, 0),
        attendance(2, 10, F::MentalHealth, P::Intensive, 2, 0, 3),
        attendance(3, 11, F::CoOccurring, P::Intensive, 6, 0, 0),
        attendance(7, 11, F::SubstanceUse, std::nullopt, 1, 0, 0), // a drop-in outside care
    };
    return d;
}

OutcomeFilter quarter()
{
    OutcomeFilter f;
    f.from = QDate(2026, 1, 1);
    f.to = QDate(2026, 3, 31);
    return f;
}

} // namespace

TEST_CASE("Program outcomes of a quarter match the figures worked out by hand", "[outcomes]")
{
    const ProgramOutcomes o = OutcomeRules::compute(data(), quarter(), Today);
    CHECK(o.episodes == 5); // E5 ended before the period
    CHECK(o.admissions == 4);
    CHECK(o.discharges == 4);
    REQUIRE(o.dischargesByReason.size() == 3);
    CHECK(o.dischargesByReason.at(0).reasonKey == QStringLiteral("completed"));
    CHECK(o.dischargesByReason.at(0).count == 2);
    CHECK(o.dischargesByReason.at(1).reasonKey == QStringLiteral("administrative"));
    CHECK(o.dischargesByReason.at(2).reasonKey == QStringLiteral("left_against_advice"));
    CHECK(o.completed == 2);
    REQUIRE(o.completionRate());
    CHECK(*o.completionRate() == Approx(0.5));

    // Intensive 19, 28, 48, 56 days: median 38. Step-down 21 and 28: 24.5. No aftercare.
    REQUIRE(o.stays.size() == 3);
    CHECK(o.stays.at(0).phase == PhaseKind::Intensive);
    CHECK(o.stays.at(0).phases == 4);
    REQUIRE(o.stays.at(0).medianDays);
    CHECK(*o.stays.at(0).medianDays == Approx(38.0));
    REQUIRE(o.stays.at(1).medianDays);
    CHECK(*o.stays.at(1).medianDays == Approx(24.5));
    CHECK(o.stays.at(2).phases == 0);
    CHECK_FALSE(o.stays.at(2).medianDays);

    // Admitted in the period: E1, E2, E4, E6. E2 left after 18 days; E4 (2 March) is followed
    // to week 8 only; completing the program counts as retained.
    REQUIRE(o.retention.size() == OutcomeRules::RetentionWeeks + 1);
    const auto point = [&o](int week) { return o.retention.at(week); };
    CHECK(point(0).followed == 4);
    CHECK(point(0).retained == 4);
    CHECK(point(2).retained == 4);
    CHECK(point(3).followed == 4);
    CHECK(point(3).retained == 3);
    CHECK(point(8).followed == 4);
    CHECK(point(8).retained == 3);
    CHECK(point(9).followed == 3);
    CHECK(point(9).retained == 2);
    CHECK(point(12).followed == 3);
    REQUIRE(point(12).share());
    CHECK(*point(12).share() == Approx(2.0 / 3.0));

    // 23 attended, 1 excused (left out of the rate), 4 unexcused.
    CHECK(o.attended == 23);
    CHECK(o.excused == 1);
    CHECK(o.unexcused == 4);
    REQUIRE(o.attendanceRate());
    CHECK(*o.attendanceRate() == Approx(23.0 / 27.0));

    // PHQ-9 by 31 March: E1 20 -> 8 (response, no remission), E3 9 -> 16 (worse; a baseline
    // under 10 is not judged for response). E2 and E4 have one score each by then.
    CHECK(o.phq9.measured == 2);
    REQUIRE(o.phq9.meanChange);
    CHECK(*o.phq9.meanChange == Approx(-2.5));
    CHECK(o.phq9.eligible == 1);
    CHECK(o.phq9.responded == 1);
    CHECK(o.phq9.remitted == 0);
    CHECK(o.phq9.worsened == 1);
    CHECK(*o.phq9.responseRate() == Approx(1.0));
    CHECK(*o.phq9.remissionRate() == Approx(0.0));
    CHECK(o.gad7.measured == 1);
    CHECK(*o.gad7.meanChange == Approx(-8.0));
    CHECK(o.gad7.remitted == 1);
}

TEST_CASE("Program outcomes narrow to a counselor, a focus or a phase", "[outcomes]")
{
    SECTION("a counselor: E1 and E2")
    {
        OutcomeFilter f = quarter();
        f.counselorId = 10;
        const ProgramOutcomes o = OutcomeRules::compute(data(), f, Today);
        CHECK(o.episodes == 2);
        CHECK(o.admissions == 2);
        CHECK(o.discharges == 2);
        CHECK(*o.completionRate() == Approx(0.5));
        CHECK(o.attended == 16);
        CHECK(o.unexcused == 4);
    }
    SECTION("a focus: E2 alone")
    {
        OutcomeFilter f = quarter();
        f.focus = PrimaryFocus::MentalHealth;
        const ProgramOutcomes o = OutcomeRules::compute(data(), f, Today);
        CHECK(o.episodes == 1);
        CHECK(o.discharges == 1);
        CHECK(o.completed == 0);
        CHECK(*o.completionRate() == Approx(0.0));
        CHECK(o.phq9.measured == 0);
        CHECK_FALSE(o.phq9.meanChange);
    }
    SECTION("a phase: episodes with step-down time in the period, and its sessions")
    {
        OutcomeFilter f = quarter();
        f.phase = PhaseKind::StepDown;
        const ProgramOutcomes o = OutcomeRules::compute(data(), f, Today);
        CHECK(o.episodes == 2); // E1 and E3
        CHECK(o.admissions == 1);
        CHECK(o.discharges == 2);
        CHECK(o.attended == 4);
        CHECK(o.unexcused == 0);
    }
    SECTION("a period with nothing in it gives no rates rather than zeros")
    {
        OutcomeFilter f;
        f.from = QDate(2024, 1, 1);
        f.to = QDate(2024, 1, 31);
        OutcomeData d = data();
        d.attendance.clear(); // the query reads attendance of the period only
        const ProgramOutcomes o = OutcomeRules::compute(d, f, Today);
        CHECK(o.episodes == 0);
        CHECK_FALSE(o.completionRate());
        CHECK_FALSE(o.attendanceRate());
        CHECK_FALSE(o.retention.at(0).share());
    }
}

TEST_CASE(
    "An outcome period needs both days in order; medians of even and odd counts", "[outcomes]")
{
    OutcomeFilter f;
    CHECK(OutcomeRules::validate(f).size() == 2);
    f.from = QDate(2026, 3, 1);
    f.to = QDate(2026, 2, 1);
    const QList<FieldError> backwards = OutcomeRules::validate(f);
    REQUIRE(backwards.size() == 1);
    CHECK(backwards.first().field == QStringLiteral("to"));
    f.to = f.from; // one day is a period
    CHECK(OutcomeRules::validate(f).isEmpty());

    CHECK_FALSE(OutcomeRules::median({}));
    CHECK(*OutcomeRules::median({ 7 }) == Approx(7.0));
    CHECK(*OutcomeRules::median({ 9, 1, 5 }) == Approx(5.0));
    CHECK(*OutcomeRules::median({ 4, 1, 3, 2 }) == Approx(2.5));
}
