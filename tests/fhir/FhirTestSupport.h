// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the FHIR export tests (issue 7): a participant with two episodes, attended and
// missed sessions, PHQ-9 and GAD-7 results, diagnoses and a finalized treatment plan; the
// exported Bundle parsed back; and the offline schema validator (packaging/test-tools).
#include "fhir/FhirExport.h"
#include "plans/PlanTestSupport.h"
#include "storage/AssessmentStore.h"
#include "storage/AttendanceTestSupport.h"
#include "storage/EpisodeStore.h"
#include "storage/SettingsStore.h"
#include "storage/TreatmentPlanStore.h"
#include "support/TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <catch2/catch.hpp>
#include <string>

#ifndef STEPWISE_FHIR_SCHEMA
#error "tests/fhir/CMakeLists.txt defines STEPWISE_FHIR_SCHEMA"
#endif

namespace stepwise::fhirtest {

// Everything happens before Monday 12 January 2026, 15:00 UTC, when the tests run.
inline QDateTime testNow()
{
    return QDateTime(QDate(2026, 1, 12), QTime(15, 0), QTimeZone::utc());
}
inline const QDate firstAdmission(2025, 6, 2);
inline const QDate firstDischarge(2025, 8, 1);
inline const QDate readmission(2026, 1, 5);

struct Record
{
    Id participant = 0;
    Id firstEpisode = 0;
    Id openEpisode = 0;
    Id plan = 0;
    Id telehealthSession = 0;
};

inline Id openEpisodeOf(test::TestDatabase& t, Id participant)
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

inline AssessmentInput assessment(
    Id participant, const char* instrument, const QDate& on, const Answers& answers)
{
    AssessmentInput in;
    in.participantId = participant;
    in.instrument = QLatin1String(instrument);
    in.administeredOn = on;
    in.answers = answers;
    return in;
}

// R-2040, Alex Rivera on Dana Counselor's caseload: admitted 2 June 2025 and discharged 1 August
// 2025, readmitted Monday 5 January 2026. The Evening IOP group (Mon/Wed/Fri 18:00-21:00 New
// York) that week: present Monday, 30 minutes late Wednesday, absent without excuse Friday;
// an individual session by video on Thursday. PHQ-9 14 (moderate) on 5 January, GAD-7 3
// (minimal) on 7 January, PHQ-9 8 (mild) on 9 January, a DAST-10 on 5 January. The two diagnoses of
// sampleParticipant (F10.20, F33.1) and a treatment plan finalized today for F10.20.
inline Record buildRecord(test::TestDatabase& t)
{
    using storagetest::entry;
    Record r;
    ProgramSettings settings;
    {
        auto loaded = SettingsStore(t.db()).load();
        REQUIRE_OK(loaded);
        settings = *loaded;
    }
    settings.clinicName = QStringLiteral("Harbor Recovery Center");
    settings.programName = QStringLiteral("Adult IOP");
    REQUIRE_OK(SettingsStore(t.db()).save(settings));

    r.participant = storagetest::admit(t, QStringLiteral("R-2040"), firstAdmission);
    r.firstEpisode = openEpisodeOf(t, r.participant);
    EpisodeStore episodes(t.db());
    REQUIRE_OK(episodes.discharge(
        r.firstEpisode, firstDischarge, QStringLiteral("Completed the program")));
    auto again = episodes.admit(r.participant, readmission, { 3, 9.0 }, {});
    REQUIRE_OK(again);
    r.openEpisode = again.value();

    ScheduleStore schedule(t.db());
    const Id iop = storagetest::createTemplate(t, storagetest::eveningIop(t.counselorId()));
    REQUIRE_OK(schedule.enroll(iop, r.participant, readmission));
    const QList<std::pair<QDate, AttendanceEntry>> nights {
        { QDate(2026, 1, 5), entry(r.participant, AttendanceStatus::Present) },
        { QDate(2026, 1, 7), entry(r.participant, AttendanceStatus::Late, 30) },
        { QDate(2026, 1, 9), entry(r.participant, AttendanceStatus::UnexcusedAbsence) },
    };
    for (const auto& [night, recorded] : nights)
        storagetest::take(t, storagetest::sessionIdOn(t, iop, night), { recorded });

    SessionInput video;
    video.sessionType = QStringLiteral("individual_counseling");
    video.date = QDate(2026, 1, 8);
    video.start = QTime(10, 0);
    video.end = QTime(11, 0);
    video.telehealth = true;
    video.facilitatorIds = { t.counselorId() };
    video.participantIds = { r.participant };
    auto booked = schedule.book(video);
    REQUIRE_OK(booked);
    r.telehealthSession = booked.value();
    storagetest::take(
        t, r.telehealthSession, { entry(r.participant, AttendanceStatus::Telehealth) });

    AssessmentStore assessments(t.db());
    REQUIRE_OK(assessments.record(
        assessment(r.participant, "phq9", QDate(2026, 1, 5), { 3, 3, 3, 3, 2, 0, 0, 0, 0 })));
    REQUIRE_OK(assessments.record(
        assessment(r.participant, "gad7", QDate(2026, 1, 7), { 1, 1, 0, 0, 1, 0, 0 })));
    REQUIRE_OK(assessments.record(
        assessment(r.participant, "phq9", QDate(2026, 1, 9), { 2, 2, 1, 1, 1, 1, 0, 0, 0 })));
    REQUIRE_OK(assessments.record(
        assessment(r.participant, "dast10", QDate(2026, 1, 5), { 1, 0, 1, 0, 0, 0, 0, 0, 0, 0 })));

    TreatmentPlanStore plans(t.db());
    auto draft = plans.draft(r.participant);
    REQUIRE_OK(draft);
    REQUIRE_OK(plans.saveDraft(draft->id, plantest::completePlan(t.counselorId()), {}));
    REQUIRE_OK(plans.finalize(draft->id));
    r.plan = draft->id;
    return r;
}

inline QJsonObject parse(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    INFO(error.errorString().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}

inline QJsonObject exportBundle(test::TestDatabase& t, Id participant)
{
    auto json = FhirExport::exportParticipant(t.db(), participant);
    REQUIRE_OK(json);
    return parse(json.value());
}

// The resources of one type, in Bundle order.
inline QList<QJsonObject> resourcesOf(const QJsonObject& bundle, const char* type)
{
    QList<QJsonObject> list;
    for (const QJsonValue& e : bundle.value(QStringLiteral("entry")).toArray()) {
        const QJsonObject resource = e.toObject().value(QStringLiteral("resource")).toObject();
        if (resource.value(QStringLiteral("resourceType")).toString() == QLatin1String(type))
            list.append(resource);
    }
    return list;
}

// fullUrl -> resource.
inline QHash<QString, QJsonObject> entriesByUrl(const QJsonObject& bundle)
{
    QHash<QString, QJsonObject> map;
    for (const QJsonValue& e : bundle.value(QStringLiteral("entry")).toArray())
        map.insert(e.toObject().value(QStringLiteral("fullUrl")).toString(),
            e.toObject().value(QStringLiteral("resource")).toObject());
    return map;
}

inline QString text(const QJsonValue& v)
{
    return v.toString();
}

inline std::string str(const QString& s)
{
    return s.toStdString();
}

// The first coding of a CodeableConcept (or a Coding itself).
inline QJsonObject firstCoding(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    if (o.contains(QStringLiteral("coding")))
        return o.value(QStringLiteral("coding")).toArray().first().toObject();
    return o;
}

// The schema validator of packaging/test-tools, run with node. Missing tools fail the test:
// a validation that cannot run never counts as a pass.
struct Validation
{
    int exitCode = -1;
    QString output;
};

inline QString schemaPath()
{
    return QStringLiteral(STEPWISE_FHIR_SCHEMA);
}

inline QString nodeProgram()
{
    return QStandardPaths::findExecutable(QStringLiteral("node"));
}

inline void requireValidatorTools()
{
    const QString missing = !QFileInfo::exists(schemaPath())
        ? QStringLiteral("the FHIR R4 schema %1").arg(schemaPath())
        : !QFileInfo::exists(QStringLiteral(STEPWISE_TEST_NODE_MODULES "/ajv/package.json"))
        ? QStringLiteral("ajv in %1").arg(QStringLiteral(STEPWISE_TEST_NODE_MODULES))
        : nodeProgram().isEmpty() ? QStringLiteral("node (Node.js) on the PATH")
                                  : QString();
    if (!missing.isEmpty())
        FAIL("The FHIR schema validation cannot run: " << str(missing)
                                                       << " is missing. Install the test tools: "
                                                          "run sh packaging/install-deps.sh "
                                                          "--tests");
}

inline Validation validate(const QString& jsonPath)
{
    requireValidatorTools();
    QProcess node;
    node.setProcessChannelMode(QProcess::MergedChannels);
    node.start(nodeProgram(),
        { QStringLiteral(STEPWISE_FHIR_VALIDATOR), QStringLiteral(STEPWISE_TEST_NODE_MODULES),
            schemaPath(), jsonPath });
    REQUIRE(node.waitForStarted());
    // A guard against a hung process, not a time requirement.
    REQUIRE(node.waitForFinished(300000));
    Validation v;
    v.exitCode = node.exitStatus() == QProcess::NormalExit ? node.exitCode() : -1;
    v.output = QString::fromUtf8(node.readAll());
    return v;
}

inline Validation validateJson(const QString& dir, const QString& name, const QByteArray& json)
{
    const QString path = QDir(dir).filePath(name);
    test::writeFile(path, json);
    return validate(path);
}

} // namespace stepwise::fhirtest
