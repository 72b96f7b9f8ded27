// SPDX-License-Identifier: GPL-3.0-or-later
// The mappings of the FHIR resources on their own (issue 7): statuses a discharged episode and
// a reviewed plan take, corrected scores, and the instruments left without a LOINC code.
#include "fhir/FhirResources.h"

#include "plans/PlanTestSupport.h"

#include <QJsonArray>
#include <catch2/catch.hpp>

using namespace stepwise;

namespace {

QString detailStatus(const QJsonObject& plan, int i)
{
    return plan.value(QStringLiteral("activity"))
        .toArray()
        .at(i)
        .toObject()
        .value(QStringLiteral("detail"))
        .toObject()
        .value(QStringLiteral("status"))
        .toString();
}

} // namespace

TEST_CASE("The plan of a discharged episode is completed with each objective's outcome",
    "[fhir][mapping]")
{
    PlanVersion v;
    v.id = 7;
    v.version = 2;
    v.plan = plantest::completePlan();
    v.plan.problems[0].goals[0].objectives[0].status = ObjectiveStatus::Met;
    v.plan.problems[0].goals[0].objectives[1].status = ObjectiveStatus::Discontinued;
    v.finalizedAt = QDateTime(QDate(2026, 1, 9), QTime(17, 0), QTimeZone::utc());
    v.finalizedByName = QStringLiteral("Dana Counselor");
    v.participantAgreedOn = QDate(2026, 1, 9);
    v.participantAgreement = QStringLiteral("signed the printed plan");
    Episode episode;
    episode.admissionDate = QDate(2026, 1, 5);
    episode.dischargeDate = QDate(2026, 3, 6);

    const QJsonObject plan = FhirResources::carePlan(v, episode, QStringLiteral("urn:uuid:p"), {});
    CHECK(plan.value(QStringLiteral("status")).toString() == QStringLiteral("completed"));
    CHECK(plan.value(QStringLiteral("period")).toObject().value(QStringLiteral("end")).toString()
        == QStringLiteral("2026-03-06"));
    CHECK(detailStatus(plan, 0) == QStringLiteral("completed"));
    CHECK(detailStatus(plan, 1) == QStringLiteral("stopped"));
    CHECK(plan.value(QStringLiteral("title")).toString()
        == QStringLiteral("Treatment plan, version 2"));
    CHECK(plan.value(QStringLiteral("note"))
              .toArray()
              .first()
              .toObject()
              .value(QStringLiteral("text"))
              .toString()
              .contains(QStringLiteral("signed the printed plan")));
    // No Condition carries the problem's code here: nothing points outside the Bundle.
    CHECK_FALSE(plan.contains(QStringLiteral("addresses")));
}

TEST_CASE("A corrected score is amended and instruments without a certain LOINC code are left out",
    "[fhir][mapping]")
{
    Assessment a;
    a.id = 40;
    a.instrument = QStringLiteral("gad7");
    a.administeredOn = QDate(2026, 1, 7);
    a.score.total = 12;
    a.score.bandLabel = QStringLiteral("Moderate");
    a.replacesId = 39;
    const auto corrected = FhirResources::observation(a, QStringLiteral("urn:uuid:p"));
    REQUIRE(corrected.has_value());
    CHECK(corrected->value(QStringLiteral("status")).toString() == QStringLiteral("amended"));
    CHECK(corrected->value(QStringLiteral("valueInteger")).toInt() == 12);

    for (const char* id : { "audit", "dast10", "bam", "asam", "progress" }) {
        INFO(id);
        a.instrument = QLatin1String(id);
        CHECK_FALSE(FhirResources::totalScoreCode(a.instrument).has_value());
        CHECK_FALSE(FhirResources::observation(a, QStringLiteral("urn:uuid:p")).has_value());
    }
    CHECK(QLatin1String(FhirResources::totalScoreCode(QStringLiteral("phq9"))->code)
        == QLatin1String("44261-6"));
    CHECK(QLatin1String(FhirResources::totalScoreCode(QStringLiteral("gad7"))->code)
        == QLatin1String("70274-6"));
    CHECK(QLatin1String(FhirResources::totalScoreCode(QStringLiteral("auditc"))->code)
        == QLatin1String("75626-2"));
}

TEST_CASE("A participant on hold has an episode on hold and a preferred name is the usual one",
    "[fhir][mapping]")
{
    Episode open;
    open.admissionDate = QDate(2026, 1, 5);
    FhirResources::EpisodeContext context;
    context.patientUrl = QStringLiteral("urn:uuid:p");
    context.participantOnHold = true;
    const QJsonObject episode = FhirResources::episodeOfCare(open, context);
    CHECK(episode.value(QStringLiteral("status")).toString() == QStringLiteral("onhold"));
    // Without a program name the episode still says what kind of care it is.
    CHECK(episode.value(QStringLiteral("type"))
              .toArray()
              .first()
              .toObject()
              .value(QStringLiteral("text"))
        == QStringLiteral("Intensive outpatient program"));
    CHECK_FALSE(episode.contains(QStringLiteral("careManager")));

    Participant p;
    p.recordNumber = QStringLiteral("R-1");
    p.legalFirstName = QStringLiteral("Alexandra");
    p.legalLastName = QStringLiteral("Rivera");
    p.preferredName = QStringLiteral("Lex");
    const QJsonArray names = FhirResources::patient(p, {}).value(QStringLiteral("name")).toArray();
    REQUIRE(names.size() == 2);
    CHECK(
        names.at(1).toObject().value(QStringLiteral("use")).toString() == QStringLiteral("usual"));
    CHECK(names.at(1).toObject().value(QStringLiteral("given")).toArray().first().toString()
        == QStringLiteral("Lex"));
}
