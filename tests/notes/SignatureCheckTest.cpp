// SPDX-License-Identifier: GPL-3.0-or-later
// The check behind `stepwise-cli audit verify` for signed records (issue 6): a note, a treatment
// plan version and a discharge record each edited behind their triggers are named, by id only.
#include "storage/SignatureCheck.h"

#include "plans/PlanTestSupport.h"
#include "storage/AttendanceTestSupport.h"
#include "storage/DischargeStore.h"
#include "storage/TreatmentPlanStore.h"
#include "support/MockClock.h"

#include <catch2/catch.hpp>

using namespace stepwise;
using namespace stepwise::storagetest;

TEST_CASE("Signed notes, plans and discharge records edited behind the triggers are named",
    "[notes][plans][discharge][storage]")
{
    test::MockClock clock(QDate(2026, 3, 31));
    test::TestDatabase t;
    const Id pid = admit(t, QStringLiteral("S-1"), QDate(2026, 1, 5));

    NoteInput in;
    in.participantId = pid;
    in.contact = NoteContact::Phone;
    in.format = NoteFormat::Free;
    in.serviceDate = QDate(2026, 3, 2);
    in.sections = { { QStringLiteral("note"), QStringLiteral("Called about the schedule.") } };
    auto note = NoteStore(t.db()).createDraft(in);
    REQUIRE_OK(note);
    REQUIRE_OK(NoteStore(t.db()).sign(note.value()));
    REQUIRE_OK(
        NoteStore(t.db()).addAddendum(note.value(), QStringLiteral("Left a voicemail too.")));

    TreatmentPlanStore plans(t.db());
    auto draft = plans.draft(pid);
    REQUIRE_OK(draft);
    REQUIRE_OK(plans.saveDraft(draft->id, plantest::completePlan(t.counselorId()), QString()));
    REQUIRE_OK(plans.finalize(draft->id));

    DischargeInput d;
    d.participantId = pid;
    d.date = QDate(2026, 3, 30);
    d.reason = DischargeReason::Completed;
    d.condition = DischargeCondition::Improved;
    d.summary = QStringLiteral("Completed the program; mood improved; aftercare arranged.");
    REQUIRE_OK(DischargeStore(t.db()).discharge(d));

    auto report = SignatureCheck::verifyAll(t.db());
    REQUIRE_OK(report);
    CHECK(report->intact());
    CHECK(report->notes == 1);
    CHECK(report->addenda == 1);
    CHECK(report->plans == 1);
    CHECK(report->discharges == 1);

    // Someone with the file drops the triggers and edits each kind of record.
    for (const char* sql : { "DROP TRIGGER note_signed", "DROP TRIGGER treatment_plan_final",
             "DROP TRIGGER discharge_no_change",
             "UPDATE note SET sections = replace(sections, 'schedule', 'weather')",
             "UPDATE treatment_plan SET change_note = 'quietly changed'",
             "UPDATE discharge SET condition = 'worsened'" })
        REQUIRE_OK(t.db().exec(QLatin1String(sql)));
    report = SignatureCheck::verifyAll(t.db());
    REQUIRE_OK(report);
    QStringList entities;
    for (const SignatureProblem& p : report->problems)
        entities.append(p.entity);
    entities.sort();
    // The addendum itself was not touched: it still matches the note's stored hash.
    CHECK(entities
        == QStringList { QStringLiteral("discharge"), QStringLiteral("note"),
            QStringLiteral("treatment_plan") });
    // No content in the messages: administrators may run the check.
    for (const SignatureProblem& p : report->problems)
        CHECK_FALSE(p.message.contains(QStringLiteral("weather")));
}
