// SPDX-License-Identifier: GPL-3.0-or-later
// The plan content as a clinician fills it in (issue 6): keys that follow an objective across
// versions, what a plan needs before it is finalized, and content that cannot be read.
#include "PlanTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <catch2/catch.hpp>

using namespace stepwise;
using namespace stepwise::plantest;

TEST_CASE("New items get the next key of their kind and keep it", "[plans][treatment_plan]")
{
    TreatmentPlan plan = completePlan();
    plan.assignKeys();
    REQUIRE(plan.problems.size() == 1);
    const PlanGoal& g = plan.problems.first().goals.first();
    CHECK(plan.problems.first().key == QStringLiteral("p1"));
    CHECK(g.key == QStringLiteral("g1"));
    CHECK(g.objectives.at(0).key == QStringLiteral("o1"));
    CHECK(g.objectives.at(1).key == QStringLiteral("o2"));
    CHECK(g.objectives.at(0).interventions.first().key == QStringLiteral("i1"));
    CHECK(g.objectives.at(1).interventions.first().key == QStringLiteral("i2"));

    SECTION("a removed objective's key is not given to a new one")
    {
        plan.problems.first().goals.first().objectives.removeLast(); // o2
        PlanObjective added;
        added.text = QStringLiteral("Attend 2 mutual-help meetings a week");
        plan.problems.first().goals.first().objectives.append(added);
        plan.assignKeys();
        CHECK(plan.problems.first().goals.first().objectives.at(0).key == QStringLiteral("o1"));
        CHECK(plan.problems.first().goals.first().objectives.at(1).key == QStringLiteral("o3"));
    }
    SECTION("the counters survive the JSON round trip")
    {
        auto back = TreatmentPlan::fromJson(plan.toJsonText());
        REQUIRE(back.ok());
        back->problems.first().goals.first().objectives.removeLast();
        back->problems.first().goals.first().objectives.append(PlanObjective {});
        back->assignKeys();
        CHECK(back->problems.first().goals.first().objectives.at(1).key == QStringLiteral("o3"));
    }
}

TEST_CASE("A treatment plan reads back exactly as written", "[plans][treatment_plan]")
{
    TreatmentPlan plan = completePlan(7);
    plan.problems.first().goals.first().objectives[1].status = ObjectiveStatus::InProgress;
    plan.problems.first().goals.first().objectives[1].targetDate = QDate();
    plan.assignKeys();
    auto back = TreatmentPlan::fromJson(plan.toJsonText());
    REQUIRE(back.ok());
    CHECK(back.value() == plan);
    CHECK(back->objective(QStringLiteral("o2"))->status == ObjectiveStatus::InProgress);
    CHECK(back->objective(QStringLiteral("o1"))->interventions.first().responsibleStaffId == 7);

    auto empty = TreatmentPlan::fromJson(QByteArrayLiteral("{}"));
    REQUIRE(empty.ok());
    CHECK(empty->problems.isEmpty());
}

TEST_CASE("Malformed treatment plan content is refused with the reason", "[plans][treatment_plan]")
{
    struct Case
    {
        const char* json;
        const char* mentions;
    };
    const Case cases[] = {
        { "not json", "" },
        { "[1, 2]", "object" },
        { R"({"problems": {}})", "problems" },
        { R"({"problems": [3]})", "problems[0]" },
        { R"({"problems": [{"key": "p1", "statement": 5}]})", "statement" },
        { R"({"problems": [{"key": "p1", "goals": [{"key": "g1", "objectives": [{"key": "o1",
            "status": "done"}]}]}]})",
            "done" },
        { R"({"problems": [{"key": "p1", "goals": [{"key": "g1", "objectives": [{"key": "o1",
            "target_date": "2026-13-01"}]}]}]})",
            "target_date" },
        { R"({"problems": [{"key": "p1"}, {"key": "p1"}]})", "p1" },
        { R"({"problems": [{"key": "g1"}]})", "g1" },
        { R"({"last_keys": {"o": -1}})", "last_keys" },
    };
    for (const Case& c : cases) {
        INFO(c.json);
        auto plan = TreatmentPlan::fromJson(QByteArray(c.json));
        REQUIRE_FALSE(plan.ok());
        CHECK(plan.error().code == ErrorCode::InvalidArgument);
        CHECK(plan.error().message.contains(QLatin1String(c.mentions)));
    }
}

TEST_CASE("A draft may be incomplete but a plan to finalize may not", "[plans][treatment_plan]")
{
    const QStringList chart = { QStringLiteral("F10.20"), QStringLiteral("F33.1") };

    CHECK(fieldsOf(TreatmentPlan().validate(chart)) == QStringList { QStringLiteral("problems") });
    CHECK(TreatmentPlan().structureErrors().isEmpty());

    TreatmentPlan plan = completePlan();
    plan.assignKeys();
    INFO(joined(fieldsOf(plan.validate(chart))));
    CHECK(plan.validate(chart).isEmpty());

    SECTION("each missing part is named by its item's key")
    {
        PlanProblem& p = plan.problems.first();
        p.statement = QStringLiteral("  ");
        p.diagnosisCode = QStringLiteral("f12.20"); // cannabis: not on this chart
        PlanGoal& g = p.goals.first();
        g.participantWords.clear();
        PlanObjective& o2 = g.objectives[1];
        o2.targetDate = QDate();
        o2.text.clear();
        o2.interventions.first().frequency.clear();
        o2.interventions.first().responsibleStaffId = 0;
        o2.interventions.first().responsibleName.clear();
        PlanProblem second;
        second.key = QStringLiteral("p2");
        second.statement = QStringLiteral("Low mood");
        plan.problems.append(second);
        const QStringList fields = fieldsOf(plan.validate(chart));
        INFO(joined(fields));
        CHECK(fields
            == QStringList { QStringLiteral("problem.p1.statement"),
                QStringLiteral("problem.p1.diagnosis"), QStringLiteral("goal.g1.participant_words"),
                QStringLiteral("objective.o2.text"), QStringLiteral("objective.o2.target_date"),
                QStringLiteral("intervention.i2.frequency"),
                QStringLiteral("intervention.i2.responsible"),
                QStringLiteral("problem.p2.goals") });
        // A draft is saved as it is.
        CHECK(plan.structureErrors().isEmpty());
    }
    SECTION("a goal needs an objective and an objective an intervention")
    {
        plan.problems.first().goals.first().objectives[0].interventions.clear();
        PlanGoal bare;
        bare.key = QStringLiteral("g2");
        bare.participantWords = QStringLiteral("Sleep through the night");
        bare.clinicalTerms = QStringLiteral("Improved sleep hygiene");
        plan.problems.first().goals.append(bare);
        CHECK(fieldsOf(plan.validate(chart))
            == QStringList { QStringLiteral("objective.o1.interventions"),
                QStringLiteral("goal.g2.objectives") });
    }
    SECTION("a diagnosis code matches the chart whatever its case")
    {
        plan.problems.first().diagnosisCode = QStringLiteral(" f33.1");
        CHECK(plan.validate(chart).isEmpty());
        CHECK(
            fieldsOf(plan.validate({})) == QStringList { QStringLiteral("problem.p1.diagnosis") });
    }
    SECTION("a responsible person outside the staff list is named instead")
    {
        plan.problems.first().goals.first().objectives[0].interventions.first().responsibleStaffId
            = 0;
        CHECK(plan.validate(chart).isEmpty());
    }
    SECTION("duplicate or misshapen keys are refused even in a draft")
    {
        plan.problems.first().goals.first().objectives[1].key = QStringLiteral("o1");
        plan.problems.first().goals.first().key = QStringLiteral("goal-1");
        CHECK(fieldsOf(plan.structureErrors())
            == QStringList {
                QStringLiteral("goal.goal-1.key"), QStringLiteral("objective.o1.key") });
    }
}

TEST_CASE("Objective statuses have stable keys and labels", "[plans][treatment_plan]")
{
    const QList<ObjectiveStatus> all = allObjectiveStatuses();
    REQUIRE(all.size() == 5);
    QStringList keys;
    for (ObjectiveStatus s : all) {
        keys.append(storageKey(s));
        CHECK(parseObjectiveStatus(storageKey(s)) == s);
        CHECK_FALSE(label(s).isEmpty());
    }
    CHECK(keys
        == QStringList { QStringLiteral("not_started"), QStringLiteral("in_progress"),
            QStringLiteral("met"), QStringLiteral("revised"), QStringLiteral("discontinued") });
    CHECK_FALSE(parseObjectiveStatus(QStringLiteral("Met")).has_value());
    CHECK(isClosed(ObjectiveStatus::Met));
    CHECK_FALSE(isClosed(ObjectiveStatus::InProgress));
    CHECK(TreatmentPlan::suggestedServiceTypes().size() == 6);
}

TEST_CASE("A relapse prevention plan needs a trigger, a coping strategy and someone to call",
    "[plans][relapse]")
{
    CHECK(fieldsOf(RelapsePlan().validate())
        == QStringList { QStringLiteral("triggers"), QStringLiteral("coping_strategies"),
            QStringLiteral("people_to_call") });
    RelapsePlan r = relapsePlan();
    CHECK(r.validate().isEmpty());

    r.triggers = { QStringLiteral("   ") };
    r.peopleToCall.append({ QString(), QStringLiteral("friend"), QStringLiteral("call me") });
    r.peopleToCall.append({ QStringLiteral("Mo"), QStringLiteral("brother"), QString() });
    CHECK(fieldsOf(r.validate())
        == QStringList { QStringLiteral("triggers"), QStringLiteral("person.1.name"),
            QStringLiteral("person.1.phone"), QStringLiteral("person.2.phone") });

    const RelapsePlan n = relapsePlan().normalized();
    RelapsePlan padded = relapsePlan();
    padded.triggers.prepend(QString());
    padded.copingStrategies[0] = QStringLiteral("  ") + padded.copingStrategies[0];
    CHECK(padded.normalized() == n);
}

TEST_CASE("A relapse prevention plan reads back exactly as written", "[plans][relapse]")
{
    const RelapsePlan r = relapsePlan();
    auto back = RelapsePlan::fromJson(r.toJsonText());
    REQUIRE(back.ok());
    CHECK(back.value() == r);
    auto bad = RelapsePlan::fromJson(QByteArrayLiteral(R"({"triggers": ["a", 2]})"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.contains(QLatin1String("triggers[1]")));
    CHECK_FALSE(
        RelapsePlan::fromJson(QByteArrayLiteral(R"({"people_to_call": [{"phone": 5}]})")).ok());
}

TEST_CASE("An aftercare plan needs a service or group, each complete enough to act on",
    "[plans][aftercare]")
{
    CHECK(fieldsOf(AftercarePlan().validate()) == QStringList { QStringLiteral("services") });
    AftercarePlan a = aftercarePlan();
    CHECK(a.validate().isEmpty());

    SECTION("a service needs its provider and a referral or appointment")
    {
        AftercareService s;
        s.kind = AftercareServiceKind::MedicationManagement;
        s.appointmentTime = QTime(9, 0);
        s.phone = QStringLiteral("12");
        a.services.append(s);
        CHECK(fieldsOf(a.validate())
            == QStringList { QStringLiteral("service.1.provider"),
                QStringLiteral("service.1.referral_date"),
                QStringLiteral("service.1.appointment_date"), QStringLiteral("service.1.phone") });
        a.services[1].provider = QStringLiteral("Dr. Okafor");
        a.services[1].appointmentDate = QDate(2026, 3, 12);
        a.services[1].phone.clear();
        CHECK(a.validate().isEmpty());
    }
    SECTION("a support group needs days, a time and a place or online")
    {
        SupportGroup g;
        g.kind = SupportGroupKind::TwelveStep;
        a.supportGroups.append(g);
        CHECK(fieldsOf(a.validate())
            == QStringList { QStringLiteral("support_group.1.name"),
                QStringLiteral("support_group.1.days"), QStringLiteral("support_group.1.time"),
                QStringLiteral("support_group.1.location") });
    }
    SECTION("a support group alone is enough")
    {
        a.services.clear();
        CHECK(a.validate().isEmpty());
    }
    SECTION("sober living and the support network are checked when given")
    {
        a.soberLiving = SoberLiving { {}, QStringLiteral("12 Elm St"), QStringLiteral("x"), {} };
        a.supportNetwork.append({ QString(), QString(), QString() });
        CHECK(fieldsOf(a.validate())
            == QStringList { QStringLiteral("sober_living.residence"),
                QStringLiteral("sober_living.phone"), QStringLiteral("network.1.name") });
    }
}

TEST_CASE("An aftercare plan reads back exactly as written", "[plans][aftercare]")
{
    AftercarePlan a = aftercarePlan();
    a.soberLiving = SoberLiving { QStringLiteral("Oak House"), QStringLiteral("12 Elm St"),
        QStringLiteral("555-010-5500"), QDate(2026, 3, 1) };
    auto back = AftercarePlan::fromJson(a.toJsonText());
    REQUIRE(back.ok());
    CHECK(back.value() == a);

    a.soberLiving.reset();
    back = AftercarePlan::fromJson(a.toJsonText());
    REQUIRE(back.ok());
    CHECK_FALSE(back->soberLiving.has_value());

    for (const char* json : { R"({"services": [{"kind": "inpatient"}]})",
             R"({"support_groups": [{"kind": "twelve_step", "days": [8]}]})",
             R"({"support_groups": [{"kind": "twelve_step", "time": "7pm"}]})",
             R"({"sober_living": "yes"})" }) {
        INFO(json);
        CHECK_FALSE(AftercarePlan::fromJson(QByteArray(json)).ok());
    }
}

TEST_CASE("An aftercare plan starts from the relapse prevention plan", "[plans][aftercare]")
{
    AftercarePlan a;
    a.seedFrom(relapsePlan());
    CHECK(a.relapseTriggers == QStringLiteral("Payday Fridays\nArguments at home"));
    CHECK(a.copingPlan == QStringLiteral("Call my sponsor before going out"));
    CHECK(a.supportNetwork == relapsePlan().peopleToCall);

    AftercarePlan written;
    written.copingPlan = QStringLiteral("Already written");
    written.supportNetwork = { { QStringLiteral("Lee"), {}, {} } };
    written.seedFrom(relapsePlan());
    CHECK(written.copingPlan == QStringLiteral("Already written"));
    CHECK(written.supportNetwork.size() == 1);
}
