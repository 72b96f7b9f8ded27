// SPDX-License-Identifier: GPL-3.0-or-later
// What the FHIR R4 export of one participant holds (issue 7): each part of the record as the
// resource a receiving system looks for, with its codes and values; references that resolve
// inside the Bundle; the 42 CFR Part 2 labels on everything; who may export and the audit row.
#include "FhirTestSupport.h"
#include "storage/AuditTrail.h"
#include "storage/ParticipantStore.h"
#include "support/MockClock.h"

#include <QRegularExpression>
#include <QSet>

using namespace stepwise;
using namespace stepwise::fhirtest;

namespace {

// Every "reference" value anywhere under `value`.
void collectReferences(const QJsonValue& value, QStringList& out)
{
    if (value.isArray()) {
        for (const QJsonValue& v : value.toArray())
            collectReferences(v, out);
    } else if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() == QLatin1String("reference"))
                out.append(it.value().toString());
            else
                collectReferences(it.value(), out);
        }
    }
}

QStringList securityCodes(const QJsonObject& resource)
{
    QStringList codes;
    const QJsonArray security = resource.value(QStringLiteral("meta"))
                                    .toObject()
                                    .value(QStringLiteral("security"))
                                    .toArray();
    for (const QJsonValue& c : security)
        codes.append(c.toObject().value(QStringLiteral("system")).toString() + QLatin1Char('|')
            + c.toObject().value(QStringLiteral("code")).toString());
    return codes;
}

QString reference(const QJsonObject& resource, const char* field)
{
    return resource.value(QLatin1String(field))
        .toObject()
        .value(QStringLiteral("reference"))
        .toString();
}

QString periodOf(const QJsonObject& resource, const char* end)
{
    return resource.value(QStringLiteral("period")).toObject().value(QLatin1String(end)).toString();
}

} // namespace

TEST_CASE("The export holds each part of the record as the FHIR resource a receiver looks for",
    "[fhir][export]")
{
    test::MockClock clock(testNow());
    test::TestDatabase t;
    const Record r = buildRecord(t);
    const QJsonObject bundle = exportBundle(t, r.participant);

    CHECK(bundle.value(QStringLiteral("resourceType")).toString() == QStringLiteral("Bundle"));
    CHECK(bundle.value(QStringLiteral("type")).toString() == QStringLiteral("collection"));
    CHECK(bundle.value(QStringLiteral("timestamp")).toString()
        == QStringLiteral("2026-01-12T15:00:00Z"));
    CHECK(resourcesOf(bundle, "Patient").size() == 1);
    CHECK(resourcesOf(bundle, "EpisodeOfCare").size() == 2);
    CHECK(resourcesOf(bundle, "Condition").size() == 2);
    CHECK(resourcesOf(bundle, "CarePlan").size() == 1);
    // Three sessions attended (Monday, Wednesday, Thursday's video); Friday's absence is none.
    CHECK(resourcesOf(bundle, "Encounter").size() == 3);
    // Two PHQ-9 and one GAD-7; the DAST-10 has no certain LOINC code and is left out.
    CHECK(resourcesOf(bundle, "Observation").size() == 3);
    CHECK(bundle.value(QStringLiteral("entry")).toArray().size() == 12);
}

TEST_CASE(
    "The Patient carries the record number, the legal name and the date of birth", "[fhir][export]")
{
    test::MockClock clock(testNow());
    test::TestDatabase t;
    const Record r = buildRecord(t);
    const QJsonObject patient = resourcesOf(exportBundle(t, r.participant), "Patient").first();

    const QJsonObject identifier
        = patient.value(QStringLiteral("identifier")).toArray().first().toObject();
    CHECK(text(identifier.value(QStringLiteral("system")))
        == QStringLiteral("urn:stepwise:record-number"));
    CHECK(text(identifier.value(QStringLiteral("value"))) == QStringLiteral("R-2040"));
    CHECK(text(identifier.value(QStringLiteral("assigner"))
                   .toObject()
                   .value(QStringLiteral("display")))
        == QStringLiteral("Harbor Recovery Center"));
    const QJsonObject name = patient.value(QStringLiteral("name")).toArray().first().toObject();
    CHECK(text(name.value(QStringLiteral("use"))) == QStringLiteral("official"));
    CHECK(text(name.value(QStringLiteral("family"))) == QStringLiteral("Rivera"));
    CHECK(
        name.value(QStringLiteral("given")).toArray().first().toString() == QStringLiteral("Alex"));
    CHECK(text(patient.value(QStringLiteral("birthDate"))) == QStringLiteral("1990-05-17"));
    // Sex at birth is not an administrative gender: nothing is guessed from it.
    CHECK_FALSE(patient.contains(QStringLiteral("gender")));
    // Contact details stay in Stepwise: the export carries what identifies the record.
    CHECK_FALSE(patient.contains(QStringLiteral("telecom")));
}

TEST_CASE("PHQ-9 and GAD-7 totals are LOINC-coded Observations with their value and band",
    "[fhir][export]")
{
    test::MockClock clock(testNow());
    test::TestDatabase t;
    const Record r = buildRecord(t);
    const QJsonObject bundle = exportBundle(t, r.participant);
    const QString patientUrl = entriesByUrl(bundle).key(resourcesOf(bundle, "Patient").first());
    const QList<QJsonObject> observations = resourcesOf(bundle, "Observation");
    REQUIRE(observations.size() == 3);

    struct Expected
    {
        const char* loinc;
        const char* day;
        int value;
        const char* band;
    };
    // Oldest first, as the chart reads.
    const Expected expected[] = { { "44261-6", "2026-01-05", 14, "Moderate" },
        { "70274-6", "2026-01-07", 3, "Minimal" }, { "44261-6", "2026-01-09", 8, "Mild" } };
    for (int i = 0; i < 3; ++i) {
        const QJsonObject& o = observations.at(i);
        INFO("observation " << i);
        const QJsonObject code = firstCoding(o.value(QStringLiteral("code")));
        CHECK(text(code.value(QStringLiteral("system"))) == QStringLiteral("http://loinc.org"));
        CHECK(text(code.value(QStringLiteral("code"))) == QLatin1String(expected[i].loinc));
        CHECK(o.value(QStringLiteral("valueInteger")).toInt(-1) == expected[i].value);
        CHECK(text(o.value(QStringLiteral("effectiveDateTime"))) == QLatin1String(expected[i].day));
        CHECK(text(o.value(QStringLiteral("status"))) == QStringLiteral("final"));
        CHECK(o.value(QStringLiteral("interpretation"))
                  .toArray()
                  .first()
                  .toObject()
                  .value(QStringLiteral("text"))
            == QLatin1String(expected[i].band));
        CHECK(reference(o, "subject") == patientUrl);
        CHECK(text(firstCoding(o.value(QStringLiteral("category")).toArray().first())
                       .value(QStringLiteral("code")))
            == QStringLiteral("survey"));
    }
}

TEST_CASE("Each attended session is an Encounter for the time the participant was there",
    "[fhir][export]")
{
    test::MockClock clock(testNow());
    test::TestDatabase t;
    const Record r = buildRecord(t);
    const QJsonObject bundle = exportBundle(t, r.participant);
    const QHash<QString, QJsonObject> byUrl = entriesByUrl(bundle);
    const QList<QJsonObject> encounters = resourcesOf(bundle, "Encounter");
    REQUIRE(encounters.size() == 3);

    // Monday's group: 18:00-21:00 New York time is 23:00-02:00 UTC.
    const QJsonObject monday = encounters.at(0);
    CHECK(periodOf(monday, "start") == QStringLiteral("2026-01-05T23:00:00Z"));
    CHECK(periodOf(monday, "end") == QStringLiteral("2026-01-06T02:00:00Z"));
    CHECK(text(firstCoding(monday.value(QStringLiteral("class"))).value(QStringLiteral("code")))
        == QStringLiteral("AMB"));
    CHECK(monday.value(QStringLiteral("type"))
              .toArray()
              .first()
              .toObject()
              .value(QStringLiteral("text"))
        == QStringLiteral("Group therapy"));
    CHECK(monday.value(QStringLiteral("serviceType")).toObject().value(QStringLiteral("text"))
        == QStringLiteral("Evening IOP"));
    CHECK(text(monday.value(QStringLiteral("status"))) == QStringLiteral("finished"));
    // Wednesday: 30 minutes late, so the encounter starts at 23:30 UTC.
    CHECK(periodOf(encounters.at(1), "start") == QStringLiteral("2026-01-07T23:30:00Z"));
    CHECK(periodOf(encounters.at(1), "end") == QStringLiteral("2026-01-08T02:00:00Z"));
    // Thursday's session was by video.
    const QJsonObject video = encounters.at(2);
    CHECK(text(firstCoding(video.value(QStringLiteral("class"))).value(QStringLiteral("code")))
        == QStringLiteral("VR"));
    CHECK(video.value(QStringLiteral("type"))
              .toArray()
              .first()
              .toObject()
              .value(QStringLiteral("text"))
        == QStringLiteral("Individual counseling"));
    CHECK(video.value(QStringLiteral("participant"))
              .toArray()
              .first()
              .toObject()
              .value(QStringLiteral("individual"))
              .toObject()
              .value(QStringLiteral("display"))
        == QStringLiteral("Dana Counselor"));

    for (const QJsonObject& e : encounters) {
        const QString episodeUrl = e.value(QStringLiteral("episodeOfCare"))
                                       .toArray()
                                       .first()
                                       .toObject()
                                       .value(QStringLiteral("reference"))
                                       .toString();
        REQUIRE(byUrl.contains(episodeUrl));
        // The readmission's episode, the one open now.
        CHECK(periodOf(byUrl.value(episodeUrl), "start") == QStringLiteral("2026-01-05"));
    }
}

TEST_CASE("Episodes and diagnoses and the treatment plan keep their status and codes and links",
    "[fhir][export]")
{
    test::MockClock clock(testNow());
    test::TestDatabase t;
    const Record r = buildRecord(t);
    const QJsonObject bundle = exportBundle(t, r.participant);
    const QHash<QString, QJsonObject> byUrl = entriesByUrl(bundle);

    const QList<QJsonObject> episodes = resourcesOf(bundle, "EpisodeOfCare");
    REQUIRE(episodes.size() == 2);
    CHECK(text(episodes.at(0).value(QStringLiteral("status"))) == QStringLiteral("finished"));
    CHECK(periodOf(episodes.at(0), "start") == QStringLiteral("2025-06-02"));
    CHECK(periodOf(episodes.at(0), "end") == QStringLiteral("2025-08-01"));
    CHECK(text(episodes.at(1).value(QStringLiteral("status"))) == QStringLiteral("active"));
    CHECK_FALSE(
        episodes.at(1).value(QStringLiteral("period")).toObject().contains(QStringLiteral("end")));
    CHECK(episodes.at(1)
              .value(QStringLiteral("careManager"))
              .toObject()
              .value(QStringLiteral("display"))
        == QStringLiteral("Dana Counselor"));
    CHECK(episodes.at(1)
              .value(QStringLiteral("managingOrganization"))
              .toObject()
              .value(QStringLiteral("display"))
        == QStringLiteral("Harbor Recovery Center"));
    CHECK(episodes.at(1)
              .value(QStringLiteral("type"))
              .toArray()
              .first()
              .toObject()
              .value(QStringLiteral("text"))
        == QStringLiteral("Adult IOP"));
    // The open episode names the chart's diagnoses, primary first.
    const QJsonArray diagnoses = episodes.at(1).value(QStringLiteral("diagnosis")).toArray();
    REQUIRE(diagnoses.size() == 2);
    const QJsonObject primary = byUrl.value(diagnoses.at(0)
                                                .toObject()
                                                .value(QStringLiteral("condition"))
                                                .toObject()
                                                .value(QStringLiteral("reference"))
                                                .toString());
    CHECK(text(firstCoding(primary.value(QStringLiteral("code"))).value(QStringLiteral("code")))
        == QStringLiteral("F10.20"));

    const QList<QJsonObject> conditions = resourcesOf(bundle, "Condition");
    REQUIRE(conditions.size() == 2);
    QStringList codes;
    for (const QJsonObject& c : conditions) {
        const QJsonObject coding = firstCoding(c.value(QStringLiteral("code")));
        CHECK(text(coding.value(QStringLiteral("system")))
            == QStringLiteral("http://hl7.org/fhir/sid/icd-10-cm"));
        codes.append(text(coding.value(QStringLiteral("code"))));
        // Both are moderate: SNOMED CT 6736007 in FHIR's condition-severity value set.
        CHECK(text(firstCoding(c.value(QStringLiteral("severity"))).value(QStringLiteral("code")))
            == QStringLiteral("6736007"));
    }
    CHECK(codes == QStringList { QStringLiteral("F10.20"), QStringLiteral("F33.1") });
    CHECK(conditions.at(1).value(QStringLiteral("code")).toObject().value(QStringLiteral("text"))
        == QStringLiteral("Major depressive disorder, recurrent, moderate"));

    const QJsonObject plan = resourcesOf(bundle, "CarePlan").first();
    CHECK(text(plan.value(QStringLiteral("status"))) == QStringLiteral("active"));
    CHECK(text(plan.value(QStringLiteral("intent"))) == QStringLiteral("plan"));
    CHECK(text(plan.value(QStringLiteral("description")))
              .contains(QStringLiteral("Daily alcohol use affecting work")));
    CHECK(text(plan.value(QStringLiteral("description")))
              .contains(QStringLiteral("I want to stop drinking and keep my job")));
    const QJsonArray addresses = plan.value(QStringLiteral("addresses")).toArray();
    REQUIRE(addresses.size() == 1);
    CHECK(
        text(firstCoding(
            byUrl.value(addresses.first().toObject().value(QStringLiteral("reference")).toString())
                .value(QStringLiteral("code")))
                 .value(QStringLiteral("code")))
        == QStringLiteral("F10.20"));
    const QJsonArray activities = plan.value(QStringLiteral("activity")).toArray();
    REQUIRE(activities.size() == 2);
    const QJsonObject first
        = activities.first().toObject().value(QStringLiteral("detail")).toObject();
    CHECK(text(first.value(QStringLiteral("status"))) == QStringLiteral("not-started"));
    CHECK(text(first.value(QStringLiteral("description")))
              .startsWith(QStringLiteral("Attend 3 IOP groups a week for 4 weeks")));
    CHECK(
        text(first.value(QStringLiteral("description"))).contains(QStringLiteral("Group therapy")));
    CHECK(first.value(QStringLiteral("scheduledPeriod")).toObject().value(QStringLiteral("end"))
        == QStringLiteral("2026-02-06"));
}

TEST_CASE(
    "Every reference resolves inside the Bundle and the fullUrls are stable", "[fhir][export]")
{
    test::MockClock clock(testNow());
    test::TestDatabase t;
    const Record r = buildRecord(t);
    const QJsonObject bundle = exportBundle(t, r.participant);
    const QHash<QString, QJsonObject> byUrl = entriesByUrl(bundle);

    const QRegularExpression uuidUrl(QStringLiteral(
        "^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    const QJsonArray entries = bundle.value(QStringLiteral("entry")).toArray();
    CHECK(byUrl.size() == entries.size()); // no two entries share a fullUrl
    for (auto it = byUrl.begin(); it != byUrl.end(); ++it)
        CHECK(uuidUrl.match(it.key()).hasMatch());

    QStringList references;
    collectReferences(bundle, references);
    // Subjects of 3 encounters, 3 observations, 2 conditions, the plan; patients of 2 episodes;
    // 3 encounter episodes; 2 episode diagnoses; the plan's addresses and 2 activity reasons.
    CHECK(references.size() == 19);
    for (const QString& ref : references) {
        INFO(str(ref));
        CHECK(byUrl.contains(ref));
    }

    // The same record exports with the same fullUrls: a receiver can match a second export.
    const QJsonObject again = exportBundle(t, r.participant);
    CHECK(QSet<QString>(entriesByUrl(again).keyBegin(), entriesByUrl(again).keyEnd())
        == QSet<QString>(byUrl.keyBegin(), byUrl.keyEnd()));
}

TEST_CASE("The Bundle and every resource are labelled as protected by 42 CFR Part 2",
    "[fhir][export][security]")
{
    test::MockClock clock(testNow());
    test::TestDatabase t;
    const Record r = buildRecord(t);
    const QJsonObject bundle = exportBundle(t, r.participant);
    const QString part2
        = QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-ActCode|42CFRPart2");
    const QString restricted
        = QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-Confidentiality|R");
    CHECK(securityCodes(bundle).contains(part2));
    CHECK(securityCodes(bundle).contains(restricted));
    for (const QJsonValue& e : bundle.value(QStringLiteral("entry")).toArray()) {
        const QJsonObject resource = e.toObject().value(QStringLiteral("resource")).toObject();
        INFO(str(resource.value(QStringLiteral("resourceType")).toString()));
        CHECK(securityCodes(resource).contains(part2));
        CHECK(securityCodes(resource).contains(restricted));
    }
}

TEST_CASE(
    "A participant with no episodes or assessments still exports their chart", "[fhir][export]")
{
    test::MockClock clock(testNow());
    test::TestDatabase t;
    Participant p = test::sampleParticipant(QStringLiteral("R-3001"));
    p.counselorId = t.counselorId();
    p.diagnoses.removeLast();
    auto id = ParticipantStore(t.db()).add(p);
    REQUIRE_OK(id);

    const QJsonObject bundle = exportBundle(t, id.value());
    CHECK(resourcesOf(bundle, "Patient").size() == 1);
    CHECK(resourcesOf(bundle, "Condition").size() == 1);
    CHECK(resourcesOf(bundle, "Observation").isEmpty());
    CHECK(resourcesOf(bundle, "Encounter").isEmpty());
    CHECK(resourcesOf(bundle, "EpisodeOfCare").isEmpty());
    CHECK(resourcesOf(bundle, "CarePlan").isEmpty());
}

TEST_CASE("Exporting writes one audit row and is refused outside the user's reach",
    "[fhir][export][security]")
{
    test::MockClock clock(testNow());
    test::TestDatabase t;
    const Record r = buildRecord(t);
    AuditFilter filter;
    filter.action = QStringLiteral("participant.export_fhir");

    REQUIRE_OK(FhirExport::exportParticipant(t.db(), r.participant));
    auto rows = AuditTrail::entries(t.db(), filter);
    REQUIRE_OK(rows);
    REQUIRE(rows->size() == 1);
    CHECK(rows->first().participantId == r.participant);
    CHECK(rows->first().staffId == t.leadId());
    CHECK(rows->first().detail.contains(QStringLiteral("12")));
    CHECK_FALSE(rows->first().flagged);

    // A counselor whose caseload Alex is not on gets nothing, and no export is recorded.
    const Id sam = t.addStaff(QStringLiteral("Sam Other"), { StaffRole::Counselor });
    t.actAs(sam, { StaffRole::Counselor });
    const auto refused = FhirExport::exportParticipant(t.db(), r.participant);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Forbidden);
    t.actAs(t.leadId(), { StaffRole::Counselor, StaffRole::Supervisor, StaffRole::Administrator });
    rows = AuditTrail::entries(t.db(), filter);
    REQUIRE_OK(rows);
    CHECK(rows->size() == 1);
}
