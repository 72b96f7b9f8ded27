// SPDX-License-Identifier: GPL-3.0-or-later
// Medications, drug screens and use events as a clinician records them (issue 6): expected
// positives marked from the prescriptions of the day, screens kept as history and corrected by
// a new version, refusals that write nothing, and the signals the caseload and readiness read.
#include "RecoveryTestSupport.h"
#include "recovery/Analyte.h"
#include "storage/AuditTrail.h"
#include "storage/EpisodeStore.h"
#include "storage/MedicationStore.h"
#include "storage/ToxicologyStore.h"
#include "storage/UseEventStore.h"
#include "support/MockClock.h"

#include <catch2/catch.hpp>

using namespace stepwise;
using namespace stepwise::recoverytest;

namespace {

const QDate admitted(2026, 9, 1);
const QDate today(2026, 10, 1);

ToxResult result(const char* analyte, ToxResultValue value)
{
    ToxResult r;
    r.analyte = QLatin1String(analyte);
    r.result = value;
    return r;
}

ToxScreenInput screenInput(Id pid, const QDate& on, const QList<ToxResult>& results)
{
    ToxScreenInput in;
    in.participantId = pid;
    in.collectedOn = on;
    in.observed = true;
    in.panel = QStringLiteral("twelve_panel");
    in.results = results;
    return in;
}

Id addSuboxone(test::TestDatabase& t, Id pid, const QDate& start = admitted)
{
    Medication m;
    m.participantId = pid;
    m.name = QStringLiteral("Suboxone");
    m.analytes = MedicationRules::suggestAnalytes(m.name);
    m.prescriber = QStringLiteral("Dr. Okafor");
    m.startDate = start;
    auto id = MedicationStore(t.db()).add(m);
    REQUIRE_OK(id);
    return id.value();
}

Id record(test::TestDatabase& t, const ToxScreenInput& in)
{
    auto id = ToxicologyStore(t.db()).record(in);
    REQUIRE_OK(id);
    return id.value();
}

UseEventInput useInput(Id pid, const QDate& on, const char* substance)
{
    UseEventInput in;
    in.participantId = pid;
    in.occurredOn = on;
    in.substance = QLatin1String(substance);
    in.source = UseSource::SelfReport;
    return in;
}

int auditCount(test::TestDatabase& t, const char* action)
{
    AuditFilter filter;
    filter.action = QLatin1String(action);
    auto rows = AuditTrail::entries(t.db(), filter);
    REQUIRE_OK(rows);
    return int(rows->size());
}

std::string fieldsOf(const Error& e)
{
    QStringList fields;
    for (const FieldError& f : e.fields)
        fields.append(f.field);
    return fields.join(QLatin1Char(',')).toStdString();
}

// The validation error's fields, after checking the refusal wrote nothing.
std::string refusedFields(test::TestDatabase& t, const ToxScreenInput& in)
{
    const Counts before = counts(t);
    auto r = ToxicologyStore(t.db()).record(in);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::Validation);
    CHECK(counts(t) == before);
    return fieldsOf(r.error());
}

} // namespace

TEST_CASE("A screen is stored with the positives its prescriptions explain", "[recovery][storage]")
{
    test::MockClock clock(today);
    test::TestDatabase t;
    const Id pid = admit(t, QStringLiteral("R-1"), admitted);
    const Id episodeId = EpisodeStore(t.db()).episodes(pid)->first().id;
    addSuboxone(t, pid);

    const Id first = record(t,
        screenInput(pid, QDate(2026, 9, 15),
            { result("BUP", ToxResultValue::Positive), result("cocaine", ToxResultValue::Negative),
                result("BZO", ToxResultValue::Positive) }));
    const Id second = record(t,
        screenInput(pid, QDate(2026, 9, 22),
            { result("buprenorphine", ToxResultValue::Negative),
                result("cocaine", ToxResultValue::Negative) }));

    ToxicologyStore store(t.db());
    auto list = store.screens(pid);
    REQUIRE_OK(list);
    REQUIRE(list->size() == 2);
    CHECK(list->at(0).id == second);
    CHECK(list->at(1).id == first);

    const ToxScreen& s = list->at(1);
    CHECK(s.episodeId == episodeId);
    CHECK(s.observed);
    CHECK(s.specimen == Specimen::Urine);
    CHECK(s.recordedBy == t.leadId());
    CHECK(s.versionNumber == 1);
    REQUIRE(s.results.size() == 3);
    const ToxResult* bup = s.result(QStringLiteral("buprenorphine"));
    REQUIRE(bup);
    CHECK(bup->expected);
    CHECK(bup->expectedReason.toStdString()
        == "prescribed buprenorphine (Suboxone) since 2026-09-01");
    const ToxResult* benzo = s.result(QStringLiteral("benzodiazepines"));
    REQUIRE(benzo);
    CHECK(benzo->analyte.toStdString() == "benzodiazepines"); // stored by key, not "BZO"
    CHECK_FALSE(benzo->expected);

    auto medications = MedicationStore(t.db()).medications(pid);
    REQUIRE_OK(medications);
    const ToxSummary later = ToxicologyRules::summarize(list->at(0), *medications);
    CHECK(later.missingExpected == QStringList { QStringLiteral("buprenorphine") });
    const ToxSummary earlier = ToxicologyRules::summarize(s, *medications);
    CHECK(earlier.unexpectedPositives == QStringList { QStringLiteral("benzodiazepines") });
    CHECK(auditCount(t, "tox_screen.record") == 2);
}

TEST_CASE("A screen that could not have been collected is refused and nothing is written",
    "[recovery][storage]")
{
    test::MockClock clock(today);
    test::TestDatabase t;
    const Id pid = admit(t, QStringLiteral("R-1"), admitted);
    const auto neg = result("cocaine", ToxResultValue::Negative);
    ToxResult handMarked = result("thc", ToxResultValue::Positive);
    handMarked.expected = true;

    CHECK(refusedFields(t, screenInput(pid, today.addDays(1), { neg })) == "collected_on");
    CHECK(refusedFields(t, screenInput(pid, admitted.addDays(-1), { neg })) == "collected_on");
    CHECK(refusedFields(t, screenInput(pid, QDate(), { neg })) == "collected_on");
    CHECK(refusedFields(t, screenInput(pid, today, {})) == "results");
    CHECK(
        refusedFields(t, screenInput(pid, today, { neg, result("COC", ToxResultValue::Positive) }))
        == "results.1.analyte");
    CHECK(refusedFields(t, screenInput(pid, today, { handMarked })) == "results.0.expected_reason");
    ToxResult markedNegative = neg;
    markedNegative.expected = true;
    markedNegative.expectedReason = QStringLiteral("on a prescription");
    CHECK(refusedFields(t, screenInput(pid, today, { markedNegative })) == "results.0.expected");

    const Counts before = counts(t);
    auto unknown = ToxicologyStore(t.db()).record(screenInput(9999, today, { neg }));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == ErrorCode::NotFound);
    CHECK(counts(t) == before);
    CHECK(before.screens == 0);
}

TEST_CASE("A screen belongs to the episode its date falls in", "[recovery][storage]")
{
    test::MockClock clock(today);
    test::TestDatabase t;
    const Id pid = admit(t, QStringLiteral("R-1"), admitted);
    EpisodeStore episodes(t.db());
    const Id firstEpisode = episodes.episodes(pid)->first().id;
    REQUIRE_OK(episodes.discharge(firstEpisode, QDate(2026, 9, 20), QStringLiteral("Moved")));
    auto second = episodes.admit(pid, QDate(2026, 9, 25), { 3, 9.0 });
    REQUIRE_OK(second);
    const auto neg = result("cocaine", ToxResultValue::Negative);

    CHECK(refusedFields(t, screenInput(pid, QDate(2026, 9, 22), { neg })) == "collected_on");
    const Id onDischarge = record(t, screenInput(pid, QDate(2026, 9, 20), { neg }));
    const Id afterReadmission = record(t, screenInput(pid, QDate(2026, 9, 26), { neg }));
    ToxicologyStore store(t.db());
    CHECK(store.screen(onDischarge)->episodeId == firstEpisode);
    CHECK(store.screen(afterReadmission)->episodeId == second.value());

    // Use events follow the same rule.
    auto between = UseEventStore(t.db()).record(useInput(pid, QDate(2026, 9, 22), "alcohol"));
    REQUIRE_FALSE(between.ok());
    CHECK(fieldsOf(between.error()) == "occurred_on");
}

TEST_CASE(
    "Screens, results and use events cannot be changed or deleted by SQL", "[recovery][storage]")
{
    test::MockClock clock(today);
    test::TestDatabase t;
    const Id pid = admit(t, QStringLiteral("R-1"), admitted);
    record(t, screenInput(pid, today, { result("cocaine", ToxResultValue::Positive) }));
    REQUIRE_OK(UseEventStore(t.db()).record(useInput(pid, today, "cocaine")));

    for (const char* sql : { "UPDATE tox_screen SET note = 'edited'", "DELETE FROM tox_screen",
             "UPDATE tox_result SET result = 'negative'", "DELETE FROM tox_result",
             "UPDATE use_event SET substance = 'nothing'", "DELETE FROM use_event",
             // Nor can a recorded screen gain a result it did not have.
             "INSERT INTO tox_result (screen_id, analyte, result) "
             "SELECT id, 'thc', 'negative' FROM tox_screen" }) {
        INFO(sql);
        CHECK_FALSE(t.db().exec(QLatin1String(sql)).ok());
    }
    auto list = ToxicologyStore(t.db()).screens(pid);
    REQUIRE_OK(list);
    REQUIRE(list->size() == 1);
    CHECK(list->first().results.first().result == ToxResultValue::Positive);
    CHECK(counts(t).uses == 1);
}

TEST_CASE("A correction is a new version and the old one is kept", "[recovery][storage]")
{
    test::MockClock clock(today);
    test::TestDatabase t;
    const Id pid = admit(t, QStringLiteral("R-1"), admitted);
    addSuboxone(t, pid, QDate(2026, 9, 10));
    ToxicologyStore store(t.db());
    const Id original = record(t,
        screenInput(pid, QDate(2026, 9, 12),
            { result("cocaine", ToxResultValue::Positive),
                result("buprenorphine", ToxResultValue::Positive) }));

    // The cup was read on the wrong day: collected on the 8th, before Suboxone was started.
    ToxScreenInput fixed = screenInput(pid, QDate(2026, 9, 8),
        { result("cocaine", ToxResultValue::Negative),
            result("buprenorphine", ToxResultValue::Positive) });
    const QString reason = QStringLiteral("Wrong date and cocaine line misread");
    auto corrected = store.correct(original, fixed, reason);
    REQUIRE_OK(corrected);

    auto current = store.screens(pid);
    REQUIRE_OK(current);
    REQUIRE(current->size() == 1);
    const ToxScreen& now = current->first();
    CHECK(now.id == corrected.value());
    CHECK(now.replacesId == original);
    CHECK(now.correctionReason == reason);
    CHECK(now.versionNumber == 2);
    CHECK(now.collectedOn == QDate(2026, 9, 8));
    // Marked again for the corrected date: no prescription on the 8th.
    CHECK_FALSE(now.result(QStringLiteral("buprenorphine"))->expected);

    auto chain = store.versions(corrected.value());
    REQUIRE_OK(chain);
    REQUIRE(chain->size() == 2);
    CHECK(chain->at(0).id == original);
    CHECK(chain->at(0).superseded);
    CHECK(chain->at(0).result(QStringLiteral("cocaine"))->result == ToxResultValue::Positive);
    CHECK(chain->at(0).result(QStringLiteral("buprenorphine"))->expected);
    CHECK(chain->at(1).id == corrected.value());
    CHECK(auditCount(t, "tox_screen.correct") == 1);

    const Counts before = counts(t);
    auto stale = store.correct(original, fixed, reason);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().code == ErrorCode::Conflict);
    auto noReason = store.correct(corrected.value(), fixed, QStringLiteral("oops"));
    REQUIRE_FALSE(noReason.ok());
    CHECK(fieldsOf(noReason.error()) == "correction_reason");
    CHECK(counts(t) == before);
}

TEST_CASE("Only clinicians who reach the participant record or read screens",
    "[recovery][storage][access]")
{
    test::MockClock clock(today);
    test::TestDatabase t;
    const Id other = t.addStaff(QStringLiteral("Sam Counselor"), { StaffRole::Counselor });
    const Id admin = t.addStaff(QStringLiteral("Ada Admin"), { StaffRole::Administrator });
    const Id mine = admit(t, QStringLiteral("R-1"), admitted, t.counselorId());
    const Id theirs = admit(t, QStringLiteral("R-2"), admitted, other);
    const auto neg = result("cocaine", ToxResultValue::Negative);

    t.actAs(t.counselorId(), { StaffRole::Counselor });
    record(t, screenInput(mine, today, { neg }));
    const Counts before = counts(t);

    ToxicologyStore store(t.db());
    Medication m;
    m.participantId = theirs;
    m.name = QStringLiteral("Suboxone");
    m.startDate = admitted;
    CHECK(store.record(screenInput(theirs, today, { neg })).error().code == ErrorCode::Forbidden);
    CHECK(store.screens(theirs).error().code == ErrorCode::Forbidden);
    CHECK(MedicationStore(t.db()).add(m).error().code == ErrorCode::Forbidden);
    CHECK(UseEventStore(t.db()).record(useInput(theirs, today, "thc")).error().code
        == ErrorCode::Forbidden);
    CHECK(counts(t) == before);

    t.actAs(admin, { StaffRole::Administrator });
    m.participantId = mine;
    CHECK(store.record(screenInput(mine, today, { neg })).error().code == ErrorCode::Forbidden);
    CHECK(store.screens(mine).error().code == ErrorCode::Forbidden);
    CHECK(MedicationStore(t.db()).add(m).error().code == ErrorCode::Forbidden);
    CHECK(UseEventStore(t.db()).record(useInput(mine, today, "thc")).error().code
        == ErrorCode::Forbidden);
    CHECK(counts(t) == before);
}

TEST_CASE("Medications are added, ended on a day, and listed current first",
    "[recovery][storage][medication]")
{
    test::MockClock clock(today);
    test::TestDatabase t;
    const Id pid = admit(t, QStringLiteral("R-1"), admitted);
    MedicationStore store(t.db());
    const Id suboxone = addSuboxone(t, pid);
    Medication klonopin;
    klonopin.participantId = pid;
    klonopin.name = QStringLiteral("Klonopin");
    klonopin.analytes = { QStringLiteral("BZO"), QStringLiteral("benzodiazepines") };
    klonopin.startDate = QDate(2026, 8, 1);
    auto klonopinId = store.add(klonopin);
    REQUIRE_OK(klonopinId);

    const Counts before = counts(t);
    Medication bad = klonopin;
    bad.startDate = today.addDays(1);
    CHECK(fieldsOf(store.add(bad).error()) == "start_date");
    bad.startDate = QDate(2026, 8, 1);
    bad.endDate = QDate(2026, 7, 1);
    CHECK(fieldsOf(store.add(bad).error()) == "end_date");
    bad.name = QStringLiteral("  ");
    bad.endDate = {};
    CHECK(fieldsOf(store.add(bad).error()) == "name");
    CHECK(counts(t) == before);

    auto early = store.end(*klonopinId, QDate(2026, 7, 31));
    REQUIRE_FALSE(early.ok());
    CHECK(fieldsOf(early.error()) == "end_date");
    CHECK(fieldsOf(store.end(*klonopinId, today.addDays(1)).error()) == "end_date");
    CHECK(store.medication(*klonopinId)->isCurrent());

    // A screen recorded while it was taken keeps its expected mark after it ends.
    const Id screenId = record(t,
        screenInput(
            pid, QDate(2026, 9, 5), { result("benzodiazepines", ToxResultValue::Positive) }));
    REQUIRE_OK(store.end(*klonopinId, QDate(2026, 9, 10)));

    auto list = store.medications(pid);
    REQUIRE_OK(list);
    REQUIRE(list->size() == 2);
    CHECK(list->at(0).id == suboxone);
    CHECK(list->at(0).isCurrent());
    CHECK(list->at(0).prescriber.toStdString() == "Dr. Okafor");
    CHECK(list->at(1).id == *klonopinId);
    CHECK(iso(list->at(1).endDate) == "2026-09-10");
    CHECK(list->at(1).analytes == QStringList { QStringLiteral("benzodiazepines") });
    CHECK(ToxicologyStore(t.db())
              .screen(screenId)
              ->result(QStringLiteral("benzodiazepines"))
              ->expected);
    // After the end the same positive is not explained.
    const Id later = record(t,
        screenInput(
            pid, QDate(2026, 9, 11), { result("benzodiazepines", ToxResultValue::Positive) }));
    CHECK_FALSE(
        ToxicologyStore(t.db()).screen(later)->result(QStringLiteral("benzodiazepines"))->expected);
    CHECK(auditCount(t, "medication.add") == 2);
    CHECK(auditCount(t, "medication.end") == 1);
}

TEST_CASE("Use events are recorded, corrected and listed", "[recovery][storage][use]")
{
    test::MockClock clock(today);
    test::TestDatabase t;
    const Id pid = admit(t, QStringLiteral("R-1"), admitted);
    UseEventStore store(t.db());
    auto first = store.record(useInput(pid, QDate(2026, 9, 12), "EtG"));
    REQUIRE_OK(first);
    auto second = store.record(useInput(pid, QDate(2026, 9, 20), "kratom"));
    REQUIRE_OK(second);

    const Counts before = counts(t);
    for (const QDate& bad : { today.addDays(1), admitted.addDays(-1), QDate() }) {
        auto r = store.record(useInput(pid, bad, "alcohol"));
        REQUIRE_FALSE(r.ok());
        CHECK(fieldsOf(r.error()) == "occurred_on");
    }
    CHECK(fieldsOf(store.record(useInput(pid, today, " ")).error()) == "substance");
    CHECK(counts(t) == before);

    UseEventInput fixed = useInput(pid, QDate(2026, 9, 13), "alcohol");
    fixed.source = UseSource::Collateral;
    auto corrected = store.correct(*first, fixed, QStringLiteral("Spouse gave the right date"));
    REQUIRE_OK(corrected);
    CHECK(store.correct(*first, fixed, QStringLiteral("again please")).error().code
        == ErrorCode::Conflict);

    auto list = store.events(pid);
    REQUIRE_OK(list);
    REQUIRE(list->size() == 2);
    CHECK(list->at(0).id == *second);
    CHECK(list->at(0).substance.toStdString() == "kratom");
    CHECK(list->at(1).id == *corrected);
    CHECK(list->at(1).substance.toStdString() == "alcohol");
    CHECK(list->at(1).substanceLabel() == Analytes::label(QStringLiteral("alcohol")));
    CHECK(list->at(1).source == UseSource::Collateral);
    auto chain = store.versions(*corrected);
    REQUIRE_OK(chain);
    REQUIRE(chain->size() == 2);
    CHECK(chain->at(0).id == *first);
    CHECK(chain->at(0).superseded);
    CHECK(iso(chain->at(0).occurredOn) == "2026-09-12");
    CHECK(auditCount(t, "use_event.record") == 2);
    CHECK(auditCount(t, "use_event.correct") == 1);
}

TEST_CASE(
    "The caseload loads the signals of many participants at once", "[recovery][storage][signals]")
{
    const QDate longAgo(2026, 6, 1);
    test::MockClock clock(today);
    test::TestDatabase t;
    const Id other = t.addStaff(QStringLiteral("Sam Counselor"), { StaffRole::Counselor });
    const Id relapsed = admit(t, QStringLiteral("R-1"), longAgo);
    const Id maintained = admit(t, QStringLiteral("R-2"), longAgo);
    const Id quiet = admit(t, QStringLiteral("R-3"), longAgo);
    const Id theirs = admit(t, QStringLiteral("R-4"), longAgo, other);

    // Relapsed: an old unexpected positive, an old use, a corrected recent use, clean since.
    record(t,
        screenInput(relapsed, QDate(2026, 7, 20), { result("cocaine", ToxResultValue::Positive) }));
    record(t,
        screenInput(relapsed, QDate(2026, 9, 25), { result("cocaine", ToxResultValue::Negative) }));
    UseEventStore uses(t.db());
    REQUIRE_OK(uses.record(useInput(relapsed, QDate(2026, 8, 1), "alcohol")));
    auto recent = uses.record(useInput(relapsed, QDate(2026, 9, 27), "alcohol"));
    REQUIRE_OK(recent);
    REQUIRE_OK(uses.correct(
        *recent, useInput(relapsed, QDate(2026, 9, 28), "alcohol"), QStringLiteral("Wrong day")));
    // Maintained: on Suboxone, negative for it three days ago.
    addSuboxone(t, maintained, longAgo);
    record(t,
        screenInput(
            maintained, QDate(2026, 9, 28), { result("buprenorphine", ToxResultValue::Negative) }));
    record(t, screenInput(theirs, QDate(2026, 9, 28), { result("thc", ToxResultValue::Positive) }));

    t.actAs(t.counselorId(), { StaffRole::Counselor });
    ToxicologyStore store(t.db());
    auto all = store.signalsFor({ relapsed, maintained, quiet, theirs }, today);
    REQUIRE_OK(all);
    CHECK(all->size() == 3);
    CHECK_FALSE(all->contains(theirs));

    const RecoverySignals r = all->value(relapsed);
    CHECK(iso(r.lastUnexpectedPositive) == "2026-07-20");
    CHECK(iso(r.lastUse) == "2026-09-28");
    CHECK(iso(r.flaggedUseOn) == "2026-09-28");
    CHECK(r.daysAbstinent == 3);
    CHECK(r.useEvents == 1);
    CHECK(r.screens == 1);
    CHECK(r.verdict == RecoveryVerdict::NotYet);

    const RecoverySignals m = all->value(maintained);
    CHECK(iso(m.flaggedMissingOn) == "2026-09-28");
    CHECK(m.verdict == RecoveryVerdict::Supports);
    CHECK(all->value(quiet).verdict == RecoveryVerdict::CannotSay);
    CHECK_FALSE(all->value(quiet).any());

    // The bulk loader and the chart's own computation agree.
    for (Id id : { relapsed, maintained, quiet }) {
        auto one = store.recoverySignals(id, today);
        REQUIRE_OK(one);
        const RecoverySignals& b = all->value(id);
        CHECK(one->lastUnexpectedPositive == b.lastUnexpectedPositive);
        CHECK(one->lastUse == b.lastUse);
        CHECK(one->daysAbstinent == b.daysAbstinent);
        CHECK(one->verdict == b.verdict);
        CHECK(one->flags() == b.flags());
    }
    // The caseload's loader reads the flag window only, and flags exactly the same.
    auto flags = store.flagsFor({ relapsed, maintained, quiet, theirs }, today);
    REQUIRE_OK(flags);
    CHECK(flags->keys().size() == 3);
    for (Id id : { relapsed, maintained, quiet }) {
        const RecoverySignals& f = flags->value(id);
        const RecoverySignals& b = all->value(id);
        CHECK(f.flags() == b.flags());
        CHECK(f.flaggedPositiveOn == b.flaggedPositiveOn);
        CHECK(f.flaggedMissingOn == b.flaggedMissingOn);
        CHECK_FALSE(f.lastUnexpectedPositive.isValid()); // outside the window: not read
    }
    CHECK(flags->value(maintained).any());
    CHECK(flags->value(relapsed).any());
}
