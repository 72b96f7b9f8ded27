// SPDX-License-Identifier: GPL-3.0-or-later
// The export checked against HL7's FHIR R4 JSON schema, offline (issue 7): the Bundle and each
// resource in it pass; the validator rejects what breaks the schema and refuses to validate
// against anything but the R4 schema. Without the tools of `sh packaging/install-deps.sh
// --tests` these tests fail and say so.
#include "FhirTestSupport.h"
#include "storage/ParticipantStore.h"
#include "support/MockClock.h"

using namespace stepwise;
using namespace stepwise::fhirtest;

namespace {

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Replaces field `field` of the first resource of `type` in the Bundle.
QJsonObject withField(
    const QJsonObject& bundle, const char* type, const char* field, const QJsonValue& value)
{
    QJsonObject changed = bundle;
    QJsonArray entries = changed.value(QStringLiteral("entry")).toArray();
    for (int i = 0; i < entries.size(); ++i) {
        QJsonObject entry = entries.at(i).toObject();
        QJsonObject resource = entry.value(QStringLiteral("resource")).toObject();
        if (resource.value(QStringLiteral("resourceType")).toString() != QLatin1String(type))
            continue;
        resource.insert(QLatin1String(field), value);
        entry.insert(QStringLiteral("resource"), resource);
        entries.replace(i, entry);
        break;
    }
    changed.insert(QStringLiteral("entry"), entries);
    return changed;
}

} // namespace

TEST_CASE(
    "The exported Bundle and each of its resources pass the FHIR R4 JSON schema", "[fhir][schema]")
{
    test::MockClock clock(testNow());
    test::TestDatabase t;
    const Record r = buildRecord(t);
    auto json = FhirExport::exportParticipant(t.db(), r.participant);
    REQUIRE_OK(json);

    const Validation v = validateJson(t.dir(), QStringLiteral("record.fhir.json"), json.value());
    INFO(str(v.output));
    CHECK(v.exitCode == 0);
    // The Bundle itself and its 12 entries, each checked on its own.
    CHECK(v.output.contains(QStringLiteral("valid: 13 resources")));
}

TEST_CASE("A participant with nothing but a chart exports a Bundle that passes the schema",
    "[fhir][schema]")
{
    test::MockClock clock(testNow());
    test::TestDatabase t;
    Participant p = test::sampleParticipant(QStringLiteral("R-3001"));
    p.preferredName = QStringLiteral("Lex");
    auto id = ParticipantStore(t.db()).add(p);
    REQUIRE_OK(id);
    auto json = FhirExport::exportParticipant(t.db(), id.value());
    REQUIRE_OK(json);

    const Validation v = validateJson(t.dir(), QStringLiteral("chart.fhir.json"), json.value());
    INFO(str(v.output));
    CHECK(v.exitCode == 0);
    CHECK(v.output.contains(QStringLiteral("valid: 4 resources")));
}

TEST_CASE("The validator rejects resources that break the schema and names them", "[fhir][schema]")
{
    test::MockClock clock(testNow());
    test::TestDatabase t;
    const Record r = buildRecord(t);
    const QJsonObject bundle = exportBundle(t, r.participant);

    SECTION("a date of birth written the way a form shows it")
    {
        const Validation v = validateJson(t.dir(), QStringLiteral("bad-date.json"),
            compact(withField(bundle, "Patient", "birthDate", QStringLiteral("05/17/1990"))));
        INFO(str(v.output));
        CHECK(v.exitCode == 1);
        CHECK(v.output.contains(QStringLiteral("entry 0 (Patient)")));
        CHECK(v.output.contains(QStringLiteral("birthDate")));
    }
    SECTION("a score sent as text")
    {
        const Validation v = validateJson(t.dir(), QStringLiteral("bad-score.json"),
            compact(withField(bundle, "Observation", "valueInteger", QStringLiteral("14"))));
        INFO(str(v.output));
        CHECK(v.exitCode == 1);
        CHECK(v.output.contains(QStringLiteral("(Observation)")));
        CHECK(v.output.contains(QStringLiteral("valueInteger")));
    }
    SECTION("an element FHIR does not define")
    {
        const Validation v = validateJson(t.dir(), QStringLiteral("bad-element.json"),
            compact(withField(bundle, "Encounter", "room", QStringLiteral("Room 2"))));
        INFO(str(v.output));
        CHECK(v.exitCode == 1);
        CHECK(v.output.contains(QStringLiteral("(Encounter)")));
        CHECK(v.output.contains(QStringLiteral("room")));
    }
    SECTION("a resource type FHIR R4 does not have")
    {
        QJsonObject made = bundle;
        made.insert(QStringLiteral("resourceType"), QStringLiteral("Record"));
        const Validation v = validateJson(t.dir(), QStringLiteral("bad-type.json"), compact(made));
        INFO(str(v.output));
        CHECK(v.exitCode == 1);
        CHECK(v.output.contains(QStringLiteral("not a FHIR R4 resource")));
    }
}

TEST_CASE(
    "The validator refuses to check against a schema other than FHIR R4 4.0.1", "[fhir][schema]")
{
    test::TestDatabase t;
    requireValidatorTools();
    // A schema that would accept anything: validating against it must not count as a pass.
    const QString schema = QDir(t.dir()).filePath(QStringLiteral("lenient.schema.json"));
    test::writeFile(schema, R"({"$schema": "http://json-schema.org/draft-06/schema#"})");
    const QString resource = QDir(t.dir()).filePath(QStringLiteral("patient.json"));
    test::writeFile(resource, R"({"resourceType": "Patient"})");

    QProcess node;
    node.setProcessChannelMode(QProcess::MergedChannels);
    node.start(nodeProgram(),
        { QStringLiteral(STEPWISE_FHIR_VALIDATOR), QStringLiteral(STEPWISE_TEST_NODE_MODULES),
            schema, resource });
    REQUIRE(node.waitForFinished(300000));
    const QString output = QString::fromUtf8(node.readAll());
    INFO(str(output));
    CHECK(node.exitCode() == 2);
    CHECK(output.contains(QStringLiteral("is not the FHIR R4 (4.0.1) JSON schema")));
}
