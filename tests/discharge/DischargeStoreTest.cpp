// SPDX-License-Identifier: GPL-3.0-or-later
// Discharge as a clinic does it (issue 6): the episode, its phase and group places close with a
// signed record that keeps the reason, condition, final scores and summary; an open safety
// alert is answered first; the record never changes; readmission opens a new episode and the
// old ones stay on the chart.
#include "storage/DischargeStore.h"

#include "plans/PlanTestSupport.h"
#include "storage/AssessmentStore.h"
#include "storage/AttendanceTestSupport.h"
#include "storage/CarePlanStore.h"
#include "storage/EpisodeStore.h"
#include "storage/SafetyAlertStore.h"
#include "storage/ToxicologyStore.h"
#include "storage/TreatmentPlanStore.h"
#include "support/MockClock.h"

#include <catch2/catch.hpp>

using namespace stepwise;
using namespace stepwise::storagetest;

namespace {

const QDate admitted(2026, 1, 5);
const QDate today(2026, 3, 31);

void phq9(test::TestDatabase& t, Id pid, const QDate& on, const Answers& answers)
{
    AssessmentInput in;
    in.participantId = pid;
    in.instrument = QStringLiteral("phq9");
    in.administeredOn = on;
    in.answers = answers;
    REQUIRE_OK(AssessmentStore(t.db()).record(in));
}

DischargeInput input(Id pid)
{
    DischargeInput in;
    in.participantId = pid;
    in.date = QDate(2026, 3, 30);
    in.reason = DischargeReason::Completed;
    in.condition = DischargeCondition::Improved;
    in.summary = QStringLiteral("Completed intensive and step-down; mood improved; aftercare set.");
    return in;
}

} // namespace

TEST_CASE("Discharge closes the episode with a signed record", "[discharge][storage]")
{
    test::MockClock clock(QDateTime(today, QTime(14, 0), Qt::UTC));
    test::TestDatabase t;
    const Id pid = admit(t, QStringLiteral("D-1"), admitted);
    phq9(t, pid, admitted.addDays(1), { 3, 3, 2, 2, 2, 2, 2, 2, 0 }); // 18
    phq9(t, pid, QDate(2026, 3, 27), { 1, 1, 1, 1, 1, 1, 0, 0, 0 });  // 6
    const Id templateId = createTemplate(t, eveningIop(t.counselorId()));
    REQUIRE_OK(ScheduleStore(t.db()).enroll(templateId, pid, admitted));

    auto facts = DischargeStore(t.db()).facts(pid, QDate(2026, 3, 30));
    REQUIRE_OK(facts);
    REQUIRE(facts->scores.size() == 1);
    CHECK(facts->scores.first().firstTotal == 18);
    CHECK(facts->scores.first().lastTotal == 6);
    CHECK(DischargeRules::draftSummary(facts.value()).contains(QStringLiteral("PHQ-9: 18")));

    REQUIRE_OK(DischargeStore(t.db()).discharge(input(pid)));
    auto episodes = EpisodeStore(t.db()).episodes(pid);
    REQUIRE_OK(episodes);
    REQUIRE(episodes->size() == 1);
    const Episode e = episodes->first();
    CHECK(e.dischargeDate == QDate(2026, 3, 30));
    CHECK(e.dischargeReason == QStringLiteral("Completed the program"));
    CHECK(e.currentPhase() == nullptr);
    CHECK(e.phases.last().endDate == QDate(2026, 3, 30));
    auto memberships = ScheduleStore(t.db()).memberships(pid);
    REQUIRE_OK(memberships);
    CHECK(memberships->isEmpty());

    auto record = DischargeStore(t.db()).record(e.id);
    REQUIRE_OK(record);
    REQUIRE(record->has_value());
    const DischargeRecord& r = **record;
    CHECK(r.reason == DischargeReason::Completed);
    CHECK(r.condition == DischargeCondition::Improved);
    CHECK(r.signedByName == QStringLiteral("Riley Lead"));
    CHECK(r.signedAt == QDateTime(today, QTime(14, 0), Qt::UTC));
    REQUIRE(r.finalScores.size() == 1);
    CHECK(r.finalScores.first().lastBand == QStringLiteral("Mild"));
    CHECK(r.contentHash == DischargeRules::hash(r));

    // Never changed, never deleted; a second record is refused.
    CHECK_FALSE(t.db()
                    .exec(QStringLiteral("UPDATE discharge SET summary = 'x' WHERE episode_id = ?"),
                        { e.id })
                    .ok());
    CHECK_FALSE(
        t.db().exec(QStringLiteral("DELETE FROM discharge WHERE episode_id = ?"), { e.id }).ok());
    CHECK(DischargeStore(t.db()).completeRecord(input(pid)).error().code == ErrorCode::Conflict);
    CHECK(DischargeStore(t.db()).discharge(input(pid)).error().code == ErrorCode::Conflict);
}

TEST_CASE(
    "An open safety alert is answered before discharge, in the same step", "[discharge][storage]")
{
    test::MockClock clock(today);
    test::TestDatabase t;
    const Id pid = admit(t, QStringLiteral("D-2"), admitted);
    phq9(t, pid, QDate(2026, 3, 20), { 2, 2, 2, 2, 1, 1, 1, 1, 1 }); // item 9 answered
    auto open = SafetyAlertStore(t.db()).alerts(pid, true);
    REQUIRE_OK(open);
    REQUIRE(open->size() == 1);

    DischargeInput in = input(pid);
    in.reason = DischargeReason::LeftAgainstAdvice;
    const int audits = rowCount(t, QStringLiteral("audit_log"));
    Status refused = DischargeStore(t.db()).discharge(in);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().hasField(QStringLiteral("alerts")));
    CHECK(rowCount(t, QStringLiteral("discharge")) == 0);
    CHECK(rowCount(t, QStringLiteral("audit_log")) == audits);
    CHECK(EpisodeStore(t.db()).episodes(pid)->first().isOpen());

    // A follow-up that is itself refused rolls the whole discharge back.
    in.alertFollowUps
        = { { open->first().id, FollowUpAction::CrisisReferral, QStringLiteral("x") } };
    CHECK_FALSE(DischargeStore(t.db()).discharge(in).ok());
    CHECK(EpisodeStore(t.db()).episodes(pid)->first().isOpen());
    CHECK(rowCount(t, QStringLiteral("discharge")) == 0);

    in.alertFollowUps = { { open->first().id, FollowUpAction::CrisisReferral,
        QStringLiteral("Gave 988 and the mobile crisis line; called the emergency contact.") } };
    REQUIRE_OK(DischargeStore(t.db()).discharge(in));
    CHECK(SafetyAlertStore(t.db()).alerts(pid, true)->isEmpty());
    CHECK_FALSE(EpisodeStore(t.db()).episodes(pid)->first().isOpen());
}

TEST_CASE("A transfer names where to, and the summary must be written", "[discharge][storage]")
{
    test::MockClock clock(today);
    test::TestDatabase t;
    const Id pid = admit(t, QStringLiteral("D-3"), admitted);
    DischargeInput in = input(pid);
    in.reason = DischargeReason::TransferredHigher;
    in.summary = QStringLiteral("short");
    Status refused = DischargeStore(t.db()).discharge(in);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().hasField(QStringLiteral("reason_note")));
    CHECK(refused.error().hasField(QStringLiteral("summary")));
    in.reasonNote = QStringLiteral("Residential treatment, ASAM 3.5");
    in.summary = input(pid).summary;
    REQUIRE_OK(DischargeStore(t.db()).discharge(in));
    CHECK(EpisodeStore(t.db()).episodes(pid)->first().dischargeReason
        == QStringLiteral(
            "Transferred to a higher level of care: Residential treatment, ASAM 3.5"));
}

TEST_CASE("Who may discharge", "[discharge][storage]")
{
    test::MockClock clock(today);
    test::TestDatabase t;
    const Id pid = admit(t, QStringLiteral("D-4"), admitted);
    const Id other = t.addStaff(QStringLiteral("Olly Other"), { StaffRole::Counselor });
    t.actAs(other, { StaffRole::Counselor });
    CHECK(DischargeStore(t.db()).discharge(input(pid)).error().code == ErrorCode::Forbidden);
    t.actAs(t.leadId(), { StaffRole::Administrator });
    CHECK(DischargeStore(t.db()).discharge(input(pid)).error().code == ErrorCode::Forbidden);
    t.actAs(t.counselorId(), { StaffRole::Counselor });
    REQUIRE_OK(DischargeStore(t.db()).discharge(input(pid)));
}

TEST_CASE("An episode closed without a record gets one later; readmission keeps the history",
    "[discharge][storage]")
{
    test::MockClock clock(today);
    test::TestDatabase t;
    const Id pid = admit(t, QStringLiteral("D-5"), admitted);
    const Id first = EpisodeStore(t.db()).episodes(pid)->first().id;
    // A readiness decision or an import discharges through the episode alone.
    REQUIRE_OK(EpisodeStore(t.db()).discharge(first, QDate(2026, 2, 27), QStringLiteral("moved")));
    CHECK_FALSE(DischargeStore(t.db()).record(first)->has_value());
    DischargeInput in = input(pid);
    in.reason = DischargeReason::Moved;
    in.date = {}; // the episode's own date is kept
    REQUIRE_OK(DischargeStore(t.db()).completeRecord(in));
    auto record = DischargeStore(t.db()).record(first);
    REQUIRE_OK(record);
    REQUIRE(record->has_value());
    CHECK((*record)->dischargeDate == QDate(2026, 2, 27));
    CHECK((*record)->reason == DischargeReason::Moved);

    // Readmitted a month later: a new episode, the old one still there with its record.
    auto second = EpisodeStore(t.db()).admit(
        pid, QDate(2026, 3, 23), { 3, 9.0 }, QStringLiteral("Readmitted after a return to use"));
    REQUIRE_OK(second);
    auto episodes = EpisodeStore(t.db()).episodes(pid);
    REQUIRE_OK(episodes);
    REQUIRE(episodes->size() == 2);
    CHECK_FALSE(episodes->at(0).isOpen());
    CHECK(episodes->at(1).isOpen());
    CHECK(episodes->at(1).id == second.value());
    CHECK(DischargeStore(t.db()).record(first)->has_value());
    CHECK_FALSE(DischargeStore(t.db()).record(second.value())->has_value());
    // The new episode's facts start at the readmission.
    auto facts = DischargeStore(t.db()).facts(pid, today);
    REQUIRE_OK(facts);
    CHECK(facts->episode.id == second.value());
    CHECK(DischargeStore(t.db()).completeRecord(in).error().code == ErrorCode::Conflict);
}

TEST_CASE("The draft summary brings in the plan's objectives, toxicology and aftercare",
    "[discharge][storage]")
{
    test::MockClock clock(today);
    test::TestDatabase t;
    const Id pid = admit(t, QStringLiteral("D-6"), admitted);
    TreatmentPlanStore plans(t.db());
    auto draft = plans.draft(pid);
    REQUIRE_OK(draft);
    REQUIRE_OK(plans.saveDraft(draft->id, plantest::completePlan(t.counselorId()), QString()));
    REQUIRE_OK(plans.finalize(draft->id));

    ToxScreenInput screen;
    screen.participantId = pid;
    screen.collectedOn = QDate(2026, 2, 10);
    screen.observed = true;
    ToxResult cocaine;
    cocaine.analyte = QStringLiteral("cocaine");
    cocaine.result = ToxResultValue::Positive;
    screen.results = { cocaine };
    REQUIRE_OK(ToxicologyStore(t.db()).record(screen));
    screen.collectedOn = QDate(2026, 3, 10);
    screen.results.first().result = ToxResultValue::Negative;
    REQUIRE_OK(ToxicologyStore(t.db()).record(screen));
    REQUIRE_OK(AftercarePlanStore(t.db()).save(pid, plantest::aftercarePlan()));

    auto facts = DischargeStore(t.db()).facts(pid, QDate(2026, 3, 30));
    REQUIRE_OK(facts);
    const QString text = DischargeRules::draftSummary(facts.value());
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Treatment plan version 1:")));
    CHECK(text.contains(QStringLiteral("- Attend 3 IOP groups a week for 4 weeks: Not started")));
    CHECK(text.contains(QStringLiteral(
        "2 drug screens, 1 with an unexpected positive result (the last on 2026-02-10).")));
    CHECK(text.contains(QStringLiteral("Riverside Counseling, first appointment 2026-03-09")));
    CHECK(text.contains(QStringLiteral("SMART Recovery online")));
}
