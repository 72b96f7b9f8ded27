// SPDX-License-Identifier: GPL-3.0-or-later
// Treatment plans as a clinic keeps them (issue 6): versions that are never changed once
// finalized, the participant's agreement once, reviews that make the next version when an
// objective's status changes, review due dates, and who may write them.
#include "storage/TreatmentPlanStore.h"

#include "PlanTestSupport.h"
#include "storage/AuditTrail.h"
#include "storage/EpisodeStore.h"
#include "storage/ParticipantStore.h"
#include "storage/SettingsStore.h"
#include "support/MockClock.h"
#include "support/TestDatabase.h"

#include <QSqlRecord>
#include <catch2/catch.hpp>

using namespace stepwise;
using namespace stepwise::plantest;

namespace {

// Admitted Monday 5 January 2026, the first plan finalized Friday 9 January.
const QDate admitted(2026, 1, 5);
const QDate firstPlanDay(2026, 1, 9);

Id admit(test::TestDatabase& t, const QString& record, const QDate& on, Id counselor = 0)
{
    Participant p = test::sampleParticipant(record);
    p.counselorId = counselor ? counselor : t.counselorId();
    auto id = ParticipantStore(t.db()).add(p, Admission { on, { 3, 9.0 }, {} });
    REQUIRE_OK(id);
    return id.value();
}

Id openEpisodeOf(test::TestDatabase& t, Id participant)
{
    auto list = EpisodeStore(t.db()).episodes(participant);
    REQUIRE_OK(list);
    for (const Episode& e : *list) {
        if (e.isOpen())
            return e.id;
    }
    FAIL("no open episode");
    return 0;
}

int count(test::TestDatabase& t, const char* table)
{
    // The table name is one of this file's literals, never input.
    auto row = t.db().queryOne(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table));
    REQUIRE_OK(row);
    return (*row)->value(0).toInt();
}

QStringList errorFields(const Error& e)
{
    QStringList keys;
    for (const FieldError& f : e.fields)
        keys.append(f.field);
    return keys;
}

// A complete version 1, finalized today by the signed-in clinician; returns its id.
Id finalizedFirstPlan(test::TestDatabase& t, Id participant)
{
    TreatmentPlanStore store(t.db());
    auto draft = store.draft(participant);
    REQUIRE_OK(draft);
    REQUIRE_OK(store.saveDraft(draft->id, completePlan(t.counselorId()), {}));
    REQUIRE_OK(store.finalize(draft->id));
    return draft->id;
}

PlanReviewInput review(Id planId, const QDate& on, ObjectiveStatus o1, ObjectiveStatus o2)
{
    PlanReviewInput in;
    in.planId = planId;
    in.reviewedOn = on;
    in.occasion = ReviewOccasion::Scheduled;
    in.progress = { { QStringLiteral("o1"), o1, QStringLiteral("Attended 11 of 12 groups") },
        { QStringLiteral("o2"), o2, QStringLiteral("Named two triggers so far") } };
    in.summary = QStringLiteral("Attendance objective met; triggers work continues");
    in.tookPart = QStringLiteral("Alex Rivera (participant), Dana Counselor (counselor)");
    return in;
}

} // namespace

TEST_CASE("Each finalized version is kept as it was while the next one is drafted",
    "[plans][storage][versions]")
{
    test::MockClock clock(firstPlanDay);
    test::TestDatabase t;
    const Id pid = admit(t, QStringLiteral("R-1"), admitted);
    const Id episodeId = openEpisodeOf(t, pid);
    TreatmentPlanStore store(t.db());

    auto first = store.draft(pid);
    REQUIRE_OK(first);
    CHECK(first->version == 1);
    CHECK(first->replacesId == 0);
    CHECK(first->isDraft());
    CHECK(first->plan.problems.isEmpty());
    // Asking again gives the same draft, not a second one.
    CHECK(store.draft(pid)->id == first->id);

    auto saved = store.saveDraft(first->id, completePlan(t.counselorId()), {});
    REQUIRE_OK(saved);
    CHECK(saved->objective(QStringLiteral("o2")) != nullptr);
    CHECK(saved->problems.first().goals.first().objectives.at(1).interventions.first().key
        == QStringLiteral("i2"));
    REQUIRE_OK(store.finalize(first->id));

    auto v1 = store.get(first->id);
    REQUIRE_OK(v1);
    CHECK_FALSE(v1->isDraft());
    CHECK(v1->finalizedBy == t.leadId());
    CHECK(v1->finalizedByName == QStringLiteral("Riley Lead"));
    CHECK(v1->finalizedAt.toLocalTime().date() == firstPlanDay);
    CHECK(v1->contentHash.size() == 64);
    CHECK(v1->plan == saved.value());
    CHECK(store.verify(first->id).value());

    // A finalized version is never edited or discarded through the store.
    auto edit = store.saveDraft(first->id, TreatmentPlan(), {});
    REQUIRE_FALSE(edit.ok());
    CHECK(edit.error().code == ErrorCode::Conflict);
    CHECK(store.discardDraft(first->id).error().code == ErrorCode::Conflict);
    CHECK(store.finalize(first->id).error().code == ErrorCode::Conflict);

    clock.advanceDays(20);
    auto second = store.draft(pid);
    REQUIRE_OK(second);
    CHECK(second->version == 2);
    CHECK(second->replacesId == first->id);
    CHECK(second->plan == v1->plan);

    TreatmentPlan changed = second->plan;
    changed.problems.first().goals.first().objectives[1].text
        = QStringLiteral("Name 4 triggers and a coping skill for each");
    REQUIRE_OK(store.saveDraft(second->id, changed, {}));
    // From version 2 on the change is explained.
    const Status noNote = store.finalize(second->id);
    REQUIRE_FALSE(noNote.ok());
    CHECK(errorFields(noNote.error()) == QStringList { QStringLiteral("change_note") });
    REQUIRE_OK(store.saveDraft(second->id, changed, QStringLiteral("Raised the triggers target")));
    REQUIRE_OK(store.finalize(second->id));

    auto all = store.versions(episodeId);
    REQUIRE_OK(all);
    REQUIRE(all->size() == 2);
    CHECK(all->at(0).version == 2);
    CHECK(all->at(0).changeNote == QStringLiteral("Raised the triggers target"));
    CHECK(all->at(1).version == 1);
    CHECK(all->at(1).plan == v1->plan);
    CHECK(all->at(1).plan.objective(QStringLiteral("o2"))->text
        == QStringLiteral("Name 3 triggers and a coping skill for each"));
    CHECK(store.current(episodeId)->value().id == second->id);

    SECTION("a third draft can be discarded, leaving the finalized versions")
    {
        auto third = store.draft(pid);
        REQUIRE_OK(third);
        CHECK(third->version == 3);
        CHECK(store.versions(episodeId)->first().isDraft());
        REQUIRE_OK(store.discardDraft(third->id));
        CHECK(count(t, "treatment_plan") == 2);
        CHECK(store.current(episodeId)->value().id == second->id);
    }
}

TEST_CASE("A finalized plan cannot be changed even by SQL", "[plans][storage][versions]")
{
    test::MockClock clock(firstPlanDay);
    test::TestDatabase t;
    const Id pid = admit(t, QStringLiteral("R-1"), admitted);
    const Id v1 = finalizedFirstPlan(t, pid);

    auto update = t.db().exec(
        QStringLiteral("UPDATE treatment_plan SET content = '{}' WHERE id = ?"), { v1 });
    REQUIRE_FALSE(update.ok());
    CHECK(update.error().detail.contains(QLatin1String("never changed")));
    CHECK_FALSE(t.db()
                    .exec(QStringLiteral("UPDATE treatment_plan SET finalized_by = NULL, "
                                         "finalized_at = NULL, content_hash = NULL WHERE id = ?"),
                        { v1 })
                    .ok());
    CHECK_FALSE(
        t.db().exec(QStringLiteral("DELETE FROM treatment_plan WHERE id = ?"), { v1 }).ok());
    CHECK(TreatmentPlanStore(t.db()).verify(v1).value());
    CHECK(TreatmentPlanStore(t.db()).get(v1)->plan.problems.size() == 1);
}

TEST_CASE("An incomplete draft is saved but not finalized", "[plans][storage][versions]")
{
    test::MockClock clock(firstPlanDay);
    test::TestDatabase t;
    const Id pid = admit(t, QStringLiteral("R-1"), admitted);
    TreatmentPlanStore store(t.db());
    auto draft = store.draft(pid);
    REQUIRE_OK(draft);

    TreatmentPlan plan = completePlan();
    plan.problems.first().goals.first().objectives[0].targetDate = QDate();
    plan.problems.first().diagnosisCode = QStringLiteral("F41.1"); // not on the chart
    REQUIRE_OK(store.saveDraft(draft->id, plan, {}));
    const Status s = store.finalize(draft->id);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().code == ErrorCode::Validation);
    CHECK(errorFields(s.error())
        == QStringList {
            QStringLiteral("problem.p1.diagnosis"), QStringLiteral("objective.o1.target_date") });
    CHECK(store.get(draft->id)->isDraft());

    // Misshapen keys are refused even in a draft.
    plan.problems.first().key = QStringLiteral("o7");
    auto bad = store.saveDraft(draft->id, plan, {});
    REQUIRE_FALSE(bad.ok());
    CHECK(errorFields(bad.error()) == QStringList { QStringLiteral("problem.o7.key") });
}

TEST_CASE("The participant's agreement is recorded once, for the current version",
    "[plans][storage][agreement]")
{
    test::MockClock clock(firstPlanDay);
    test::TestDatabase t;
    const Id pid = admit(t, QStringLiteral("R-1"), admitted);
    TreatmentPlanStore store(t.db());

    auto draft = store.draft(pid);
    REQUIRE_OK(draft);
    REQUIRE_OK(store.saveDraft(draft->id, completePlan(), {}));
    CHECK(store.recordParticipantAgreement(draft->id, firstPlanDay, QStringLiteral("Signed"))
              .error()
              .code
        == ErrorCode::Conflict);
    REQUIRE_OK(store.finalize(draft->id));

    const Status early = store.recordParticipantAgreement(
        draft->id, firstPlanDay.addDays(-1), QStringLiteral("  "));
    REQUIRE_FALSE(early.ok());
    CHECK(errorFields(early.error())
        == QStringList { QStringLiteral("agreed_on"), QStringLiteral("agreement") });
    CHECK(errorFields(store
                          .recordParticipantAgreement(
                              draft->id, firstPlanDay.addDays(1), QStringLiteral("Signed"))
                          .error())
        == QStringList { QStringLiteral("agreed_on") });

    REQUIRE_OK(store.recordParticipantAgreement(
        draft->id, firstPlanDay, QStringLiteral("Signed the printed plan")));
    auto v1 = store.get(draft->id);
    CHECK(v1->participantAgreedOn == firstPlanDay);
    CHECK(v1->participantAgreement == QStringLiteral("Signed the printed plan"));
    CHECK(store.verify(draft->id).value());

    const Status again
        = store.recordParticipantAgreement(draft->id, firstPlanDay, QStringLiteral("Verbal"));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Conflict);
    CHECK(store.get(draft->id)->participantAgreement == QStringLiteral("Signed the printed plan"));
    // Nor by SQL.
    CHECK_FALSE(t.db()
                    .exec(QStringLiteral("UPDATE treatment_plan SET participant_agreement = 'x' "
                                         "WHERE id = ?"),
                        { draft->id })
                    .ok());
    AuditFilter filter;
    filter.action = QStringLiteral("treatment_plan.participant_agreement");
    CHECK(AuditTrail::entries(t.db(), filter)->size() == 1);
}

TEST_CASE("A review that changes a status makes and finalizes the next version",
    "[plans][storage][review]")
{
    test::MockClock clock(firstPlanDay);
    test::TestDatabase t;
    const Id pid = admit(t, QStringLiteral("R-1"), admitted);
    const Id episodeId = openEpisodeOf(t, pid);
    TreatmentPlanStore store(t.db());
    const Id v1 = finalizedFirstPlan(t, pid);

    // Version 2, finalized on 20 January.
    clock.set(QDateTime(QDate(2026, 1, 20), QTime(10, 0)));
    auto d2 = store.draft(pid);
    REQUIRE_OK(d2);
    REQUIRE_OK(store.saveDraft(d2->id, d2->plan, QStringLiteral("Reworded nothing; re-agreed")));
    REQUIRE_OK(store.finalize(d2->id));

    clock.set(QDateTime(QDate(2026, 2, 5), QTime(10, 0)));
    SECTION("status changes make version 3 with the new statuses")
    {
        auto id = store.recordReview(
            review(d2->id, QDate(2026, 2, 5), ObjectiveStatus::Met, ObjectiveStatus::InProgress));
        REQUIRE_OK(id);
        auto list = store.reviews(episodeId);
        REQUIRE_OK(list);
        REQUIRE(list->size() == 1);
        const PlanReview& r = list->first();
        CHECK(r.planVersion == 2);
        CHECK(r.resultVersion == 3);
        CHECK(r.reviewedOn == QDate(2026, 2, 5));
        CHECK(r.progress.size() == 2);
        CHECK(r.progress.first().status == ObjectiveStatus::Met);
        CHECK(r.tookPart.contains(QLatin1String("Dana Counselor")));
        CHECK(r.recordedByName == QStringLiteral("Riley Lead"));

        auto current = store.current(episodeId);
        REQUIRE_OK(current);
        REQUIRE(current->has_value());
        const PlanVersion& v3 = current->value();
        CHECK(v3.id == r.resultPlanId);
        CHECK(v3.version == 3);
        CHECK(v3.replacesId == d2->id);
        CHECK_FALSE(v3.isDraft());
        CHECK(v3.finalizedBy == t.leadId());
        CHECK(v3.changeNote.contains(QLatin1String("2026-02-05")));
        CHECK(v3.plan.objective(QStringLiteral("o1"))->status == ObjectiveStatus::Met);
        CHECK(v3.plan.objective(QStringLiteral("o2"))->status == ObjectiveStatus::InProgress);
        CHECK(store.verify(v3.id).value());
        // The reviewed versions keep the statuses they had.
        CHECK(store.get(d2->id)->plan.objective(QStringLiteral("o1"))->status
            == ObjectiveStatus::NotStarted);
        CHECK(store.get(v1)->plan.objective(QStringLiteral("o1"))->status
            == ObjectiveStatus::NotStarted);

        // Version 2 is no longer the one to review or agree to.
        CHECK(store
                  .recordReview(review(
                      d2->id, QDate(2026, 2, 5), ObjectiveStatus::Met, ObjectiveStatus::InProgress))
                  .error()
                  .code
            == ErrorCode::Conflict);
        CHECK(store.recordParticipantAgreement(d2->id, QDate(2026, 2, 5), QStringLiteral("Signed"))
                  .error()
                  .code
            == ErrorCode::Conflict);

        // A met objective need not be rated again.
        PlanReviewInput next
            = review(v3.id, QDate(2026, 2, 5), ObjectiveStatus::Met, ObjectiveStatus::InProgress);
        next.progress.removeFirst();
        auto noChange = store.recordReview(next);
        REQUIRE_OK(noChange);
        CHECK(count(t, "treatment_plan") == 3);
        CHECK(store.reviews(episodeId)->first().resultPlanId == 0);
    }
    SECTION("a review with the same statuses keeps the version")
    {
        REQUIRE_OK(store.recordReview(review(
            d2->id, QDate(2026, 2, 5), ObjectiveStatus::NotStarted, ObjectiveStatus::NotStarted)));
        CHECK(count(t, "treatment_plan") == 2);
        CHECK(store.current(episodeId)->value().id == d2->id);
    }
    SECTION("a draft in progress moves after the version the review makes")
    {
        auto d3 = store.draft(pid);
        REQUIRE_OK(d3);
        TreatmentPlan edited = d3->plan;
        edited.objective(QStringLiteral("o2"))->status = ObjectiveStatus::Revised;
        edited.objective(QStringLiteral("o2"))->text = QStringLiteral("Reworded");
        REQUIRE_OK(store.saveDraft(d3->id, edited, QStringLiteral("o2 reworded")));

        REQUIRE_OK(store.recordReview(
            review(d2->id, QDate(2026, 2, 5), ObjectiveStatus::Met, ObjectiveStatus::InProgress)));
        auto moved = store.get(d3->id);
        REQUIRE_OK(moved);
        CHECK(moved->isDraft());
        CHECK(moved->version == 4);
        const PlanVersion v3 = store.current(episodeId)->value();
        CHECK(v3.version == 3);
        CHECK(moved->replacesId == v3.id);
        // The review's status where the draft had not changed it, the draft's own otherwise.
        CHECK(moved->plan.objective(QStringLiteral("o1"))->status == ObjectiveStatus::Met);
        CHECK(moved->plan.objective(QStringLiteral("o2"))->status == ObjectiveStatus::Revised);
        CHECK(moved->plan.objective(QStringLiteral("o2"))->text == QStringLiteral("Reworded"));
        REQUIRE_OK(store.finalize(d3->id));
        CHECK(store.current(episodeId)->value().version == 4);
    }
    SECTION("what a review must record")
    {
        PlanReviewInput bad
            = review(d2->id, QDate(2026, 2, 6), ObjectiveStatus::Met, ObjectiveStatus::Met);
        bad.progress.removeLast();
        bad.progress.append({ QStringLiteral("o9"), ObjectiveStatus::Met, {} });
        bad.summary = QStringLiteral(" ");
        bad.tookPart.clear();
        auto r = store.recordReview(bad);
        REQUIRE_FALSE(r.ok());
        CHECK(errorFields(r.error())
            == QStringList { QStringLiteral("reviewed_on"), QStringLiteral("summary"),
                QStringLiteral("took_part"), QStringLiteral("progress.o9"),
                QStringLiteral("progress.o2") });
        CHECK(errorFields(store
                              .recordReview(review(d2->id, QDate(2026, 1, 19), ObjectiveStatus::Met,
                                  ObjectiveStatus::Met))
                              .error())
            == QStringList { QStringLiteral("reviewed_on") });
        CHECK(count(t, "plan_review") == 0);
        CHECK(count(t, "treatment_plan") == 2);
    }
}

TEST_CASE("The plan is due after admission, every 30 days and at a phase change",
    "[plans][storage][review_due]")
{
    test::MockClock clock(QDateTime(QDate(2026, 1, 12), QTime(10, 0)));
    test::TestDatabase t;
    const Id pid = admit(t, QStringLiteral("R-1"), admitted);
    const Id episodeId = openEpisodeOf(t, pid);
    TreatmentPlanStore store(t.db());

    auto due = store.due(pid);
    REQUIRE_OK(due);
    REQUIRE(due->has_value());
    CHECK((*due)->kind == PlanDueKind::FirstPlan);
    CHECK((*due)->dueDate == QDate(2026, 1, 12));
    CHECK_FALSE((*due)->overdue());
    clock.advanceDays(1);
    CHECK(store.due(pid)->value().daysOverdue == 1);

    // Finalized on 13 January: the first review is due 12 February.
    const Id v1 = finalizedFirstPlan(t, pid);
    CHECK(store.due(pid)->value().kind == PlanDueKind::Review);
    CHECK(store.due(pid)->value().dueDate == QDate(2026, 2, 12));
    clock.set(QDateTime(QDate(2026, 2, 12), QTime(10, 0)));
    CHECK_FALSE(store.due(pid)->value().overdue());
    clock.advanceDays(1);
    CHECK(store.due(pid)->value().daysOverdue == 1);

    // The program's setting, not a constant.
    ProgramSettings settings = SettingsStore(t.db()).load().value();
    settings.records.planReviewDays = 45;
    REQUIRE_OK(SettingsStore(t.db()).save(settings));
    CHECK(store.due(pid)->value().dueDate == QDate(2026, 2, 27));
    settings.records.planReviewDays = 30;
    REQUIRE_OK(SettingsStore(t.db()).save(settings));

    // Reviewed 13 February: next due 15 March.
    REQUIRE_OK(store.recordReview(
        review(v1, QDate(2026, 2, 13), ObjectiveStatus::InProgress, ObjectiveStatus::InProgress)));
    CHECK(store.due(pid)->value().dueDate == QDate(2026, 3, 15));
    CHECK_FALSE(store.due(pid)->value().overdue());

    // Stepped down on 20 February: a review is due by 27 February.
    clock.set(QDateTime(QDate(2026, 2, 20), QTime(10, 0)));
    REQUIRE_OK(EpisodeStore(t.db()).transition(episodeId, PhaseKind::StepDown, QDate(2026, 2, 20),
        { 2, 6.0 }, QStringLiteral("Goals met")));
    const PlanDue change = store.due(pid)->value();
    CHECK(change.kind == PlanDueKind::PhaseChange);
    CHECK(change.phase == PhaseKind::StepDown);
    CHECK(change.dueDate == QDate(2026, 2, 27));

    // Many participants at once, as the caseload asks: one not in care is left out.
    const Id other = admit(t, QStringLiteral("R-2"), QDate(2026, 2, 16));
    const Id gone = admit(t, QStringLiteral("R-3"), QDate(2026, 2, 2));
    REQUIRE_OK(EpisodeStore(t.db()).discharge(
        openEpisodeOf(t, gone), QDate(2026, 2, 19), QStringLiteral("Moved away")));
    auto many = store.dueForParticipants({ pid, other, gone }, QDate(2026, 2, 28));
    REQUIRE_OK(many);
    CHECK(many->size() == 2);
    CHECK(many->value(pid).kind == PlanDueKind::PhaseChange);
    CHECK(many->value(pid).daysOverdue == 1);
    CHECK(many->value(other).kind == PlanDueKind::FirstPlan);
    CHECK(many->value(other).dueDate == QDate(2026, 2, 23));
    CHECK(many->value(other).daysOverdue == 5);
    CHECK_FALSE(many->contains(gone));
    CHECK(store.dueForParticipants({}, QDate(2026, 2, 28))->isEmpty());
}

TEST_CASE("A discharged episode's plan is kept as it was, and a readmission starts again",
    "[plans][storage][discharge]")
{
    test::MockClock clock(firstPlanDay);
    test::TestDatabase t;
    const Id pid = admit(t, QStringLiteral("R-1"), admitted);
    const Id firstEpisode = openEpisodeOf(t, pid);
    TreatmentPlanStore store(t.db());
    const Id v1 = finalizedFirstPlan(t, pid);
    auto draft = store.draft(pid);
    REQUIRE_OK(draft);

    clock.set(QDateTime(QDate(2026, 3, 2), QTime(10, 0)));
    REQUIRE_OK(EpisodeStore(t.db()).discharge(
        firstEpisode, QDate(2026, 2, 27), QStringLiteral("Completed")));
    CHECK_FALSE(store.due(pid)->has_value());

    const int plans = count(t, "treatment_plan");
    CHECK(store.draft(pid).error().code == ErrorCode::Conflict);
    CHECK(store.saveDraft(draft->id, completePlan(), QStringLiteral("x")).error().code
        == ErrorCode::Conflict);
    CHECK(store.finalize(draft->id).error().code == ErrorCode::Conflict);
    CHECK(store.discardDraft(draft->id).error().code == ErrorCode::Conflict);
    CHECK(store.recordParticipantAgreement(v1, QDate(2026, 3, 2), QStringLiteral("Signed"))
              .error()
              .code
        == ErrorCode::Conflict);
    CHECK(store
              .recordReview(
                  review(v1, QDate(2026, 2, 26), ObjectiveStatus::Met, ObjectiveStatus::Met))
              .error()
              .code
        == ErrorCode::Conflict);
    CHECK(count(t, "treatment_plan") == plans);
    CHECK(count(t, "plan_review") == 0);
    // Reading stays possible.
    CHECK(store.versions(firstEpisode)->size() == 2);

    // Readmitted 6 April: the old plan does not count; a first plan is due 13 April.
    clock.set(QDateTime(QDate(2026, 4, 14), QTime(10, 0)));
    REQUIRE_OK(EpisodeStore(t.db()).admit(pid, QDate(2026, 4, 6), { 3, 9.0 }));
    const PlanDue d = store.due(pid)->value();
    CHECK(d.kind == PlanDueKind::FirstPlan);
    CHECK(d.dueDate == QDate(2026, 4, 13));
    CHECK(d.daysOverdue == 1);
    auto fresh = store.draft(pid);
    REQUIRE_OK(fresh);
    CHECK(fresh->version == 1);
    CHECK(fresh->episodeId != firstEpisode);
    CHECK(fresh->plan.problems.isEmpty());
}

TEST_CASE("Only clinicians who reach the participant write the plan", "[plans][storage][access]")
{
    test::MockClock clock(firstPlanDay);
    test::TestDatabase t;
    const Id pid = admit(t, QStringLiteral("R-1"), admitted);
    const Id episodeId = openEpisodeOf(t, pid);
    TreatmentPlanStore store(t.db());
    const Id v1 = finalizedFirstPlan(t, pid);
    auto draft = store.draft(pid);
    REQUIRE_OK(draft);

    const int plans = count(t, "treatment_plan");
    const QByteArray draftContent = store.get(draft->id)->plan.toJsonText();

    auto refusedEverything = [&](ErrorCode expected) {
        CHECK(store.draft(pid).error().code == expected);
        CHECK(store.saveDraft(draft->id, TreatmentPlan(), QStringLiteral("x")).error().code
            == expected);
        CHECK(store.finalize(draft->id).error().code == expected);
        CHECK(store.discardDraft(draft->id).error().code == expected);
        CHECK(store.recordParticipantAgreement(v1, firstPlanDay, QStringLiteral("Signed"))
                  .error()
                  .code
            == expected);
        CHECK(
            store.recordReview(review(v1, firstPlanDay, ObjectiveStatus::Met, ObjectiveStatus::Met))
                .error()
                .code
            == expected);
        CHECK(store.versions(episodeId).error().code == expected);
        // Nothing was written: read back as the lead, who reaches everyone.
        t.actAs(t.leadId(), { StaffRole::Counselor, StaffRole::Supervisor });
        CHECK(count(t, "treatment_plan") == plans);
        CHECK(count(t, "plan_review") == 0);
        CHECK(store.get(draft->id)->isDraft());
        CHECK(store.get(draft->id)->plan.toJsonText() == draftContent);
    };

    SECTION("a counselor without the participant on their caseload")
    {
        const Id other = t.addStaff(QStringLiteral("Sam Other"), { StaffRole::Counselor });
        t.actAs(other, { StaffRole::Counselor });
        auto due = store.dueForParticipants({ pid }, firstPlanDay);
        REQUIRE_OK(due);
        CHECK(due->isEmpty());
        refusedEverything(ErrorCode::Forbidden);
    }
    SECTION("an administrator")
    {
        const Id admin = t.addStaff(QStringLiteral("Ari Admin"), { StaffRole::Administrator });
        t.actAs(admin, { StaffRole::Administrator });
        CHECK(store.dueForParticipants({ pid }, firstPlanDay).error().code == ErrorCode::Forbidden);
        refusedEverything(ErrorCode::Forbidden);
    }
    SECTION("the participant's own counselor may")
    {
        t.actAs(t.counselorId(), { StaffRole::Counselor });
        auto d = store.draft(pid);
        REQUIRE_OK(d);
        REQUIRE_OK(store.saveDraft(d->id, d->plan, QStringLiteral("Counselor's edit")));
        REQUIRE_OK(store.finalize(d->id));
        CHECK(store.get(d->id)->finalizedBy == t.counselorId());
    }
}

TEST_CASE("Plan writes leave an audit row each", "[plans][storage][audit]")
{
    test::MockClock clock(firstPlanDay);
    test::TestDatabase t;
    const Id pid = admit(t, QStringLiteral("R-1"), admitted);
    const Id v1 = finalizedFirstPlan(t, pid);
    REQUIRE_OK(TreatmentPlanStore(t.db()).recordReview(
        review(v1, firstPlanDay, ObjectiveStatus::Met, ObjectiveStatus::InProgress)));

    AuditFilter filter;
    filter.participantId = pid;
    auto rows = AuditTrail::entries(t.db(), filter);
    REQUIRE_OK(rows);
    QStringList actions;
    for (const AuditEntry& e : *rows) {
        if (e.action.startsWith(QLatin1String("treatment_plan."))
            || e.action.startsWith(QLatin1String("plan_review.")))
            actions.append(e.action);
    }
    CHECK(actions
        == QStringList { QStringLiteral("treatment_plan.draft"),
            QStringLiteral("treatment_plan.save_draft"), QStringLiteral("treatment_plan.finalize"),
            QStringLiteral("treatment_plan.finalize"), QStringLiteral("plan_review.record") });
}
