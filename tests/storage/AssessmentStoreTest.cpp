// SPDX-License-Identifier: GPL-3.0-or-later
// Standardized assessments and safety alerts as a clinician meets them (issue 4): what is saved
// and read back, what is refused with which field, corrections as versions, safety follow-up,
// who may record, change since baseline and what is due.
#include "storage/AssessmentStore.h"

#include "instruments/AsamPlacement.h"
#include "storage/AuditTrail.h"
#include "storage/CaseloadQuery.h"
#include "storage/EpisodeStore.h"
#include "storage/ParticipantStore.h"
#include "storage/SafetyAlertStore.h"
#include "storage/SettingsStore.h"
#include "support/MockClock.h"
#include "support/TestDatabase.h"

#include <QSqlRecord>
#include <algorithm>
#include <catch2/catch.hpp>

using namespace stepwise;

namespace {

const QDate today(2026, 3, 21);
const QDate admitted(2026, 3, 1); // "day X" of the schedule tests: today is X + 20

Id admit(test::TestDatabase& t, const QString& record, const QDate& on, Id counselor = 0)
{
    Participant p = test::sampleParticipant(record);
    p.counselorId = counselor ? counselor : t.counselorId();
    auto id = ParticipantStore(t.db()).add(p, Admission { on, { 3, 9.0 }, {} });
    REQUIRE_OK(id);
    return id.value();
}

// PHQ-9 answers adding up to `total`: items 1-8 filled with 3s from the top, item 9 as given.
Answers phq9Answers(int total, int item9 = 0)
{
    int rest = total - item9;
    REQUIRE(rest >= 0);
    REQUIRE(rest <= 24);
    Answers a;
    for (int i = 0; i < 8; ++i) {
        const int v = std::min(3, rest);
        a.append(v);
        rest -= v;
    }
    a.append(item9);
    return a;
}

AssessmentInput phq9(Id participant, const QDate& on, int total, int item9 = 0)
{
    AssessmentInput in;
    in.participantId = participant;
    in.instrument = QStringLiteral("phq9");
    in.administeredOn = on;
    in.answers = phq9Answers(total, item9);
    return in;
}

AssessmentInput gad7(Id participant, const QDate& on)
{
    AssessmentInput in;
    in.participantId = participant;
    in.instrument = QStringLiteral("gad7");
    in.administeredOn = on;
    in.answers = { 1, 1, 0, 0, 1, 0, 0 };
    return in;
}

AssessmentInput asam(Id participant, const QDate& on)
{
    AssessmentInput in;
    in.participantId = participant;
    in.instrument = QStringLiteral("asam");
    in.administeredOn = on;
    in.answers = { 0, 1, 1, 1, 1, 0 };
    in.narratives = QStringList(6, QString());
    AsamPlacement placement;
    placement.recommendedLevel = QStringLiteral("2.1");
    placement.placedLevel = QStringLiteral("2.1");
    in.details = placement.toJson();
    return in;
}

int rowCount(test::TestDatabase& t, const QString& table)
{
    // The table name is one of this file's literals, never input.
    auto row = t.db().queryOne(QStringLiteral("SELECT count(*) FROM ") + table);
    REQUIRE_OK(row);
    REQUIRE(row->has_value());
    return (*row)->value(0).toInt();
}

// Refused with a validation error naming `field` (and `message` when given), nothing written.
void requireRefused(test::TestDatabase& t, const AssessmentInput& input, const QString& field,
    const QString& message = {})
{
    const int before = rowCount(t, QStringLiteral("assessment"));
    const int auditBefore = rowCount(t, QStringLiteral("audit_log"));
    AssessmentStore store(t.db());
    auto checked = store.check(input);
    auto r = store.record(input);
    INFO("field " << field.toStdString());
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::Validation);
    CHECK(r.error().hasField(field));
    if (!message.isEmpty())
        CHECK(r.error().fieldMessage(field) == message);
    // check() says the same without writing.
    REQUIRE_FALSE(checked.ok());
    CHECK(checked.error().hasField(field));
    CHECK(rowCount(t, QStringLiteral("assessment")) == before);
    CHECK(rowCount(t, QStringLiteral("audit_log")) == auditBefore);
}

QStringList instrumentsOf(const QList<DueAssessment>& due)
{
    QStringList ids;
    for (const DueAssessment& d : due)
        ids.append(d.instrument);
    return ids;
}

CaseloadRow caseloadRow(test::TestDatabase& t, Id participant, const QDate& on)
{
    auto rows = CaseloadQuery::rows(t.db(), {}, on);
    REQUIRE_OK(rows);
    for (const CaseloadRow& row : rows.value()) {
        if (row.participantId == participant)
            return row;
    }
    FAIL("participant not in the caseload");
    return {};
}

} // namespace

TEST_CASE("A recorded PHQ-9 is in the history with its total, band and each answer",
    "[storage][assessment]")
{
    test::MockClock clock(today);
    test::TestDatabase t;
    const Id pid = admit(t, QStringLiteral("R-1"), admitted);
    AssessmentStore store(t.db());

    AssessmentInput in = phq9(pid, QDate(2026, 3, 5), 0);
    in.answers = { 1, 2, 0, 1, 2, 0, 1, 2, 0 };
    in.note = QStringLiteral("  Given at intake  ");
    auto id = store.record(in);
    REQUIRE_OK(id);

    auto history = store.history(pid);
    REQUIRE_OK(history);
    REQUIRE(history->size() == 1);
    const Assessment& a = history->first();
    CHECK(a.id == id.value());
    CHECK(a.participantId == pid);
    CHECK(a.instrument == QStringLiteral("phq9"));
    CHECK(a.administeredOn == QDate(2026, 3, 5));
    REQUIRE(a.score.total.has_value());
    CHECK(*a.score.total == 9);
    CHECK(a.score.band == QStringLiteral("mild"));
    CHECK(a.score.bandLabel == QStringLiteral("Mild"));
    CHECK(a.score.flags.isEmpty());
    CHECK(a.note == QStringLiteral("Given at intake"));
    CHECK(a.recordedBy == t.leadId());
    CHECK(a.recordedByName == QStringLiteral("Riley Lead"));
    CHECK(a.recordedAt == clock.now());
    CHECK(a.versionNumber == 1);
    CHECK_FALSE(a.superseded);
    CHECK(a.replacesId == 0);
    REQUIRE(a.answers.size() == 9);
    const QList<int> expected { 1, 2, 0, 1, 2, 0, 1, 2, 0 };
    for (int i = 0; i < 9; ++i) {
        INFO("item " << i + 1);
        REQUIRE(a.answers.at(i).has_value());
        CHECK(*a.answers.at(i) == expected.at(i));
    }
    auto episodes = EpisodeStore(t.db()).episodes(pid);
    REQUIRE_OK(episodes);
    CHECK(a.episodeId == episodes->first().id);

    AuditFilter filter;
    filter.action = QStringLiteral("assessment.record");
    auto audit = AuditTrail::entries(t.db(), filter);
    REQUIRE_OK(audit);
    REQUIRE(audit->size() == 1);
    CHECK(audit->first().participantId == pid);
    CHECK(audit->first().entity == QStringLiteral("assessment"));
    CHECK(audit->first().entityId == id.value());
    CHECK(audit->first().staffId == t.leadId());
    CHECK(audit->first().detail == QStringLiteral("PHQ-9 recorded"));
    CHECK_FALSE(audit->first().flagged);
}

TEST_CASE("Incomplete or impossible assessments are refused with the field and nothing is saved",
    "[storage][assessment][validation]")
{
    test::MockClock clock(today);
    test::TestDatabase t;
    const Id pid = admit(t, QStringLiteral("R-1"), admitted);
    const QDate given(2026, 3, 10);

    SECTION("an unanswered item names that item")
    {
        AssessmentInput in = phq9(pid, given, 5);
        in.answers[2] = std::nullopt;
        requireRefused(t, in, QStringLiteral("3"), QStringLiteral("Item 3 is not answered."));
    }
    SECTION("an answer out of range names the item and what it takes")
    {
        AssessmentInput in = phq9(pid, given, 5);
        in.answers[3] = 5;
        requireRefused(t, in, QStringLiteral("4"), QStringLiteral("Item 4 takes 0 to 3, not 5."));
    }
    SECTION("a date in the future")
    {
        requireRefused(t, phq9(pid, today.addDays(1), 5), QStringLiteral("date"),
            QStringLiteral("The date cannot be in the future."));
    }
    SECTION("a date before the admission, when the participant was not in care")
    {
        requireRefused(t, phq9(pid, admitted.addDays(-1), 5), QStringLiteral("date"));
        auto r = AssessmentStore(t.db()).record(phq9(pid, admitted.addDays(-1), 5));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error()
                  .fieldMessage(QStringLiteral("date"))
                  .startsWith(QStringLiteral("The participant was not in care on")));
    }
    SECTION("an ASAM dimension rated 2 or more without a narrative")
    {
        AssessmentInput in = asam(pid, given);
        in.answers[2] = 2;
        requireRefused(t, in, QStringLiteral("narrative.3"),
            QStringLiteral("Dimension 3 is rated 2: describe what the rating rests on."));
        // With the narrative it is saved.
        in.narratives[2] = QStringLiteral("Low mood most days, no psychiatric follow-up yet");
        REQUIRE_OK(AssessmentStore(t.db()).record(in));
        CHECK(rowCount(t, QStringLiteral("assessment")) == 1);
    }
    SECTION("ASAM placement levels that differ without a reason")
    {
        AssessmentInput in = asam(pid, given);
        AsamPlacement placement = AsamPlacement::fromJson(in.details);
        placement.placedLevel = QStringLiteral("1");
        in.details = placement.toJson();
        requireRefused(t, in, QStringLiteral("reason"));
        placement.reason = QStringLiteral("Participant prefers outpatient for work");
        in.details = placement.toJson();
        REQUIRE_OK(AssessmentStore(t.db()).record(in));
    }
    SECTION("a progress rating without a note")
    {
        AssessmentInput in;
        in.participantId = pid;
        in.instrument = QStringLiteral("progress");
        in.administeredOn = given;
        in.answers = { 3, 2 };
        in.note = QStringLiteral("   ");
        requireRefused(t, in, QStringLiteral("note"),
            QStringLiteral("A progress rating needs a note on what it rests on."));
    }
    SECTION("an unknown instrument")
    {
        AssessmentInput in = phq9(pid, given, 5);
        in.instrument = QStringLiteral("phq10");
        auto r = AssessmentStore(t.db()).record(in);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::InvalidArgument);
        CHECK(r.error().message.contains(QStringLiteral("phq10")));
        CHECK(rowCount(t, QStringLiteral("assessment")) == 0);
    }
}

TEST_CASE("A correction is a new version and the original is kept unchanged",
    "[storage][assessment][correction]")
{
    test::MockClock clock(today);
    test::TestDatabase t;
    const Id pid = admit(t, QStringLiteral("R-1"), admitted);
    AssessmentStore store(t.db());
    const AssessmentInput original = phq9(pid, QDate(2026, 3, 5), 9);
    auto first = store.record(original);
    REQUIRE_OK(first);

    // The reason is required.
    auto noReason
        = store.correct(first.value(), phq9(pid, QDate(2026, 3, 5), 12), QStringLiteral(" "));
    REQUIRE_FALSE(noReason.ok());
    CHECK(noReason.error().hasField(QStringLiteral("correction_reason")));
    CHECK(rowCount(t, QStringLiteral("assessment")) == 1);

    auto second = store.correct(first.value(), phq9(pid, QDate(2026, 3, 5), 12),
        QStringLiteral("Item 2 was entered as 0, the participant said 3"));
    REQUIRE_OK(second);
    CHECK(second.value() != first.value());

    auto history = store.history(pid);
    REQUIRE_OK(history);
    REQUIRE(history->size() == 1);
    CHECK(history->first().id == second.value());
    CHECK(*history->first().score.total == 12);
    CHECK(history->first().score.band == QStringLiteral("moderate"));

    auto versions = store.versions(second.value());
    REQUIRE_OK(versions);
    REQUIRE(versions->size() == 2);
    CHECK(versions->at(0).id == first.value());
    CHECK(versions->at(0).versionNumber == 1);
    CHECK(versions->at(0).superseded);
    CHECK(versions->at(0).correctionReason.isEmpty());
    CHECK(versions->at(1).id == second.value());
    CHECK(versions->at(1).versionNumber == 2);
    CHECK_FALSE(versions->at(1).superseded);
    CHECK(versions->at(1).replacesId == first.value());
    CHECK(versions->at(1).correctionReason
        == QStringLiteral("Item 2 was entered as 0, the participant said 3"));
    auto fromOriginal = store.versions(first.value());
    REQUIRE_OK(fromOriginal);
    REQUIRE(fromOriginal->size() == 2);
    CHECK(fromOriginal->at(0).id == first.value());
    CHECK(fromOriginal->at(1).id == second.value());

    // Only the newest version can be corrected.
    auto again = store.correct(first.value(), phq9(pid, QDate(2026, 3, 5), 13),
        QStringLiteral("Another look at the paper form"));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Conflict);
    CHECK(rowCount(t, QStringLiteral("assessment")) == 2);

    // The old version reads back exactly as it was saved.
    auto old = store.get(first.value());
    REQUIRE_OK(old);
    CHECK(old->answers == original.answers);
    CHECK(*old->score.total == 9);
    CHECK(old->score.band == QStringLiteral("mild"));

    AuditFilter filter;
    filter.action = QStringLiteral("assessment.correct");
    auto audit = AuditTrail::entries(t.db(), filter);
    REQUIRE_OK(audit);
    REQUIRE(audit->size() == 1);
    CHECK(audit->first().entityId == second.value());
    CHECK(audit->first().participantId == pid);

    // Not even a direct statement can overwrite or remove a saved assessment.
    auto update = t.db().exec(
        QStringLiteral("UPDATE assessment SET total = 0, answers = '{}' WHERE id = ?"),
        { first.value() });
    REQUIRE_FALSE(update.ok());
    CHECK(update.error().detail.contains(QStringLiteral("never changed")));
    auto remove
        = t.db().exec(QStringLiteral("DELETE FROM assessment WHERE id = ?"), { second.value() });
    REQUIRE_FALSE(remove.ok());
    CHECK(remove.error().detail.contains(QStringLiteral("never deleted")));
    CHECK(rowCount(t, QStringLiteral("assessment")) == 2);
    auto unchanged = store.get(first.value());
    REQUIRE_OK(unchanged);
    CHECK(unchanged->answers == original.answers);
    CHECK(*unchanged->score.total == 9);
}

TEST_CASE("PHQ-9 item 9 above 0 raises one safety alert that closes with a recorded follow-up",
    "[storage][assessment][safety]")
{
    test::MockClock clock(today);
    test::TestDatabase t;
    const Id pid = admit(t, QStringLiteral("R-1"), admitted);
    AssessmentStore store(t.db());
    SafetyAlertStore alerts(t.db());

    auto id = store.record(phq9(pid, QDate(2026, 3, 10), 11, 1));
    REQUIRE_OK(id);
    auto recorded = store.get(id.value());
    REQUIRE_OK(recorded);
    CHECK(recorded->score.hasSafetyFlag());

    auto open = alerts.alerts(pid, true);
    REQUIRE_OK(open);
    REQUIRE(open->size() == 1);
    const SafetyAlert alert = open->first();
    CHECK(alert.assessmentId == id.value());
    CHECK(alert.flag == QStringLiteral("self_harm"));
    CHECK(alert.instrument == QStringLiteral("phq9"));
    CHECK(alert.administeredOn == QDate(2026, 3, 10));
    CHECK(alert.isOpen());

    AuditFilter raised;
    raised.action = QStringLiteral("safety_alert.raise");
    auto audit = AuditTrail::entries(t.db(), raised);
    REQUIRE_OK(audit);
    REQUIRE(audit->size() == 1);
    CHECK(audit->first().flagged);
    CHECK(audit->first().participantId == pid);
    CHECK(audit->first().entityId == alert.id);

    // A correction that keeps item 9 above 0 is the same finding, not a second alert.
    auto corrected = store.correct(id.value(), phq9(pid, QDate(2026, 3, 10), 12, 2),
        QStringLiteral("Item 9 was 2 on the paper form"));
    REQUIRE_OK(corrected);
    auto all = alerts.alerts(pid, false);
    REQUIRE_OK(all);
    CHECK(all->size() == 1);
    CHECK(rowCount(t, QStringLiteral("safety_alert")) == 1);

    // The follow-up says what was done, in at least 10 characters.
    Status tooShort
        = alerts.followUp(alert.id, FollowUpAction::SafetyPlan, QStringLiteral(" Called  "));
    REQUIRE_FALSE(tooShort.ok());
    CHECK(tooShort.error().code == ErrorCode::Validation);
    CHECK(tooShort.error().hasField(QStringLiteral("note")));
    CHECK(alerts.alerts(pid, true)->size() == 1);

    REQUIRE_OK(alerts.followUp(alert.id, FollowUpAction::SafetyPlan,
        QStringLiteral("Safety plan reviewed with the participant; crisis line card given")));
    auto stillOpen = alerts.alerts(pid, true);
    REQUIRE_OK(stillOpen);
    CHECK(stillOpen->isEmpty());
    auto closed = alerts.alerts(pid, false);
    REQUIRE_OK(closed);
    REQUIRE(closed->size() == 1);
    CHECK_FALSE(closed->first().isOpen());
    REQUIRE(closed->first().action.has_value());
    CHECK(*closed->first().action == FollowUpAction::SafetyPlan);
    CHECK(closed->first().actionNote
        == QStringLiteral("Safety plan reviewed with the participant; crisis line card given"));
    CHECK(closed->first().followedUpBy == t.leadId());
    CHECK(closed->first().followedUpByName == QStringLiteral("Riley Lead"));
    CHECK(closed->first().followedUpAt == clock.now());

    // Recorded once.
    Status second = alerts.followUp(alert.id, FollowUpAction::Consultation,
        QStringLiteral("Discussed with the supervisor afterwards"));
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().code == ErrorCode::Conflict);
    auto update = t.db().exec(
        QStringLiteral(
            "UPDATE safety_alert SET action = 'no_imminent_risk', action_note = ? WHERE id = ?"),
        { QStringLiteral("Rewritten afterwards"), alert.id });
    REQUIRE_FALSE(update.ok());
    auto after = alerts.alerts(pid, false);
    REQUIRE_OK(after);
    CHECK(*after->first().action == FollowUpAction::SafetyPlan);
    CHECK(after->first().actionNote
        == QStringLiteral("Safety plan reviewed with the participant; crisis line card given"));
}

TEST_CASE("Counselors record for their own caseload only and administrators not at all",
    "[storage][assessment][access]")
{
    test::MockClock clock(today);
    test::TestDatabase t;
    const Id other = t.addStaff(QStringLiteral("Sam Counselor"), { StaffRole::Counselor });
    const Id admin = t.addStaff(QStringLiteral("Ada Admin"), { StaffRole::Administrator });
    const Id mine = admit(t, QStringLiteral("R-1"), admitted, t.counselorId());
    const Id theirs = admit(t, QStringLiteral("R-2"), admitted, other);

    t.actAs(t.counselorId(), { StaffRole::Counselor });
    AssessmentStore store(t.db());
    auto own = store.record(phq9(mine, QDate(2026, 3, 10), 7));
    REQUIRE_OK(own);
    auto ownHistory = store.history(mine);
    REQUIRE_OK(ownHistory);
    CHECK(ownHistory->size() == 1);
    CHECK(ownHistory->first().recordedBy == t.counselorId());

    auto refused = store.record(phq9(theirs, QDate(2026, 3, 10), 7));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Forbidden);
    CHECK(store.history(theirs).error().code == ErrorCode::Forbidden);
    CHECK(rowCount(t, QStringLiteral("assessment")) == 1);

    t.actAs(admin, { StaffRole::Administrator });
    auto byAdmin = store.record(phq9(mine, QDate(2026, 3, 11), 7));
    REQUIRE_FALSE(byAdmin.ok());
    CHECK(byAdmin.error().code == ErrorCode::Forbidden);
    auto adminHistory = store.history(mine);
    REQUIRE_FALSE(adminHistory.ok());
    CHECK(adminHistory.error().code == ErrorCode::Forbidden);
    CHECK(rowCount(t, QStringLiteral("assessment")) == 1);
}

TEST_CASE("PHQ-9 change is measured from the first score of the current episode",
    "[storage][assessment][change]")
{
    test::MockClock clock(today);
    test::TestDatabase t;
    const Id pid = admit(t, QStringLiteral("R-1"), QDate(2026, 1, 5));
    AssessmentStore store(t.db());
    EpisodeStore episodes(t.db());

    // An earlier episode with a mild score that must not become the baseline.
    REQUIRE_OK(store.record(phq9(pid, QDate(2026, 1, 6), 8)));
    const Id firstEpisode = episodes.episodes(pid)->first().id;
    REQUIRE_OK(episodes.discharge(firstEpisode, QDate(2026, 1, 31), QStringLiteral("Completed")));
    REQUIRE_OK(episodes.admit(pid, QDate(2026, 2, 15), { 3, 9.0 }));

    REQUIRE_OK(store.record(phq9(pid, QDate(2026, 2, 16), 14)));
    auto one = store.change(pid, QStringLiteral("phq9"));
    REQUIRE_OK(one);
    CHECK_FALSE(one->has_value()); // one score in this episode: nothing to compare yet

    REQUIRE_OK(store.record(phq9(pid, QDate(2026, 3, 1), 6)));
    auto two = store.change(pid, QStringLiteral("phq9"));
    REQUIRE_OK(two);
    REQUIRE(two->has_value());
    const ScoreChange& c = **two;
    CHECK(c.baseline.total == 14);
    CHECK(c.baseline.date == QDate(2026, 2, 16));
    CHECK(c.latest.total == 6);
    CHECK(c.change == -8);
    CHECK(c.eligible);
    CHECK(c.response);
    CHECK_FALSE(c.remission);
    CHECK_FALSE(c.worsened);
    CHECK(c.scoreCount == 2);

    REQUIRE_OK(store.record(phq9(pid, QDate(2026, 3, 10), 4)));
    auto three = store.change(pid, QStringLiteral("phq9"));
    REQUIRE_OK(three);
    REQUIRE(three->has_value());
    CHECK((*three)->baseline.total == 14);
    CHECK((*three)->latest.total == 4);
    CHECK((*three)->change == -10);
    CHECK((*three)->response);
    CHECK((*three)->remission);
    CHECK((*three)->scoreCount == 3);

    // GAD-7 has no scores: no change to report.
    auto gad = store.change(pid, QStringLiteral("gad7"));
    REQUIRE_OK(gad);
    CHECK_FALSE(gad->has_value());
}

TEST_CASE("Due and overdue assessments follow the schedule and show in the caseload",
    "[storage][assessment][schedule]")
{
    test::MockClock clock(today); // admitted + 20 days
    test::TestDatabase t;
    const Id pid = admit(t, QStringLiteral("R-1"), admitted);
    AssessmentStore store(t.db());

    // Nothing given yet: the baselines and the admission ASAM within 7 days of admission.
    auto due = store.due(pid);
    REQUIRE_OK(due);
    CHECK(instrumentsOf(due.value())
        == QStringList { QStringLiteral("phq9"), QStringLiteral("gad7"), QStringLiteral("asam") });
    for (const DueAssessment& d : due.value()) {
        INFO(d.instrument.toStdString());
        CHECK(d.dueDate == admitted.addDays(7));
        CHECK_FALSE(d.lastDate.isValid());
    }

    // A PHQ-9 on day 2: the next one 14 days later.
    REQUIRE_OK(store.record(phq9(pid, admitted.addDays(2), 6)));
    due = store.due(pid);
    REQUIRE_OK(due);
    CHECK(instrumentsOf(due.value())
        == QStringList { QStringLiteral("gad7"), QStringLiteral("asam"), QStringLiteral("phq9") });
    CHECK(due->at(2).dueDate == admitted.addDays(16));
    CHECK(due->at(2).lastDate == admitted.addDays(2));

    // On day 20 all three are overdue, most overdue first.
    CaseloadRow row = caseloadRow(t, pid, today);
    CHECK(instrumentsOf(row.overdueAssessments)
        == QStringList { QStringLiteral("gad7"), QStringLiteral("asam"), QStringLiteral("phq9") });
    CHECK(row.overdueAssessments.at(0).daysOverdue(today) == 13);
    CHECK(row.overdueAssessments.at(2).daysOverdue(today) == 4);
    CHECK(row.openSafetyAlerts == 0);
    CHECK(row.needsAttention());

    // Everything given today, with a PHQ-9 that raises a safety alert: only the alert remains.
    REQUIRE_OK(store.record(gad7(pid, today)));
    REQUIRE_OK(store.record(asam(pid, today)));
    REQUIRE_OK(store.record(phq9(pid, today, 10, 1)));
    row = caseloadRow(t, pid, today);
    CHECK(row.overdueAssessments.isEmpty());
    CHECK(row.openSafetyAlerts == 1);
    CHECK(row.needsAttention());

    auto open = SafetyAlertStore(t.db()).alerts(pid, true);
    REQUIRE_OK(open);
    REQUIRE(open->size() == 1);
    REQUIRE_OK(SafetyAlertStore(t.db()).followUp(open->first().id, FollowUpAction::NoImminentRisk,
        QStringLiteral("Risk assessed in session: passive thoughts, no plan or intent")));
    row = caseloadRow(t, pid, today);
    CHECK(row.openSafetyAlerts == 0);
    CHECK(row.overdueAssessments.isEmpty());
    // What remains is attendance: none recorded in the 20 days since admission.
    CHECK(row.attendance.noAttendanceIn7Days);
    CHECK(row.attendance.any());
}

TEST_CASE("The assessment schedule is a program setting with limits", "[storage][settings]")
{
    test::TestDatabase t;
    SettingsStore settings(t.db());
    auto loaded = settings.load();
    REQUIRE_OK(loaded);
    CHECK(loaded->assessments.interval(QStringLiteral("phq9"), PhaseKind::Aftercare) == 30);

    ProgramSettings changed = loaded.value();
    changed.assessments.setInterval(QStringLiteral("phq9"), PhaseKind::Aftercare, 21);
    REQUIRE_OK(settings.save(changed));
    auto back = settings.load();
    REQUIRE_OK(back);
    CHECK(back->assessments.interval(QStringLiteral("phq9"), PhaseKind::Aftercare) == 21);
    CHECK(back->assessments.interval(QStringLiteral("gad7"), PhaseKind::Aftercare) == 30);
    CHECK(back.value() == changed);

    ProgramSettings tooLong = changed;
    tooLong.assessments.setInterval(QStringLiteral("phq9"), PhaseKind::Aftercare, 400);
    const QList<FieldError> problems = tooLong.validate();
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().field == QStringLiteral("schedule.phq9.aftercare"));
    Status refused = settings.save(tooLong);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Validation);
    CHECK(
        settings.load()->assessments.interval(QStringLiteral("phq9"), PhaseKind::Aftercare) == 21);
}
