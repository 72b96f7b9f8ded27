// SPDX-License-Identifier: GPL-3.0-or-later
#include "FhirExport.h"

#include "FhirResources.h"
#include "attendance/Hours.h"
#include "auth/Access.h"
#include "common/Clock.h"
#include "storage/AssessmentStore.h"
#include "storage/AttendanceStore.h"
#include "storage/AuditTrail.h"
#include "storage/Database.h"
#include "storage/EpisodeStore.h"
#include "storage/ParticipantStore.h"
#include "storage/SettingsStore.h"
#include "storage/StaffStore.h"
#include "storage/TreatmentPlanStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace stepwise::FhirExport {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::FhirExport", text);
}

// Attendance is looked up over every date a session can have: the export is the whole record.
const QDate firstDay(1900, 1, 1);
const QDate lastDay(9999, 12, 31);

class BundleBuilder
{
public:
    void add(const QString& fullUrl, const QJsonObject& resource)
    {
        m_entries.append(QJsonObject {
            { QStringLiteral("fullUrl"), fullUrl }, { QStringLiteral("resource"), resource } });
    }
    int size() const { return int(m_entries.size()); }
    QByteArray json(const QDateTime& nowUtc) const
    {
        QJsonObject bundle { { QStringLiteral("resourceType"), QStringLiteral("Bundle") },
            { QStringLiteral("meta"), FhirResources::securityMeta() },
            { QStringLiteral("type"), QStringLiteral("collection") },
            { QStringLiteral("timestamp"), nowUtc.toUTC().toString(Qt::ISODate) },
            { QStringLiteral("entry"), m_entries } };
        return QJsonDocument(bundle).toJson(QJsonDocument::Indented);
    }

private:
    QJsonArray m_entries;
};

// The episode whose dates cover `day`, or nullptr.
const Episode* episodeOn(const QList<Episode>& episodes, const QDate& day)
{
    for (const Episode& e : episodes) {
        if (day >= e.admissionDate && (e.isOpen() || day <= e.dischargeDate))
            return &e;
    }
    return nullptr;
}

// The open episode, else the latest: the one the participant's counselor is known to manage
// (earlier episodes' counselors are not kept).
const Episode* latestEpisode(const QList<Episode>& episodes)
{
    for (const Episode& e : episodes) {
        if (e.isOpen())
            return &e;
    }
    return episodes.isEmpty() ? nullptr : &episodes.last();
}

} // namespace

Result<QByteArray> exportParticipant(Database& db, Id participantId)
{
    // Checked before the transaction: a refusal writes its own audit row, which a rollback
    // would take back.
    if (Status s = Access::requireParticipant(db, Permission::ViewParticipant, participantId); !s)
        return s.error();

    Transaction tx(db);
    if (!tx.ok())
        return tx.error();

    auto participant = ParticipantStore(db).get(participantId);
    if (!participant)
        return participant.error();
    auto settings = SettingsStore(db).load();
    if (!settings)
        return settings.error();
    auto episodes = EpisodeStore(db).episodes(participantId);
    if (!episodes)
        return episodes.error();
    auto sessions = AttendanceStore(db).history(participantId, firstDay, lastDay);
    if (!sessions)
        return sessions.error();
    auto assessments = AssessmentStore(db).history(participantId);
    if (!assessments)
        return assessments.error();
    QString counselorName;
    if (participant->counselorId != 0) {
        auto counselor = StaffStore(db).get(participant->counselorId);
        if (!counselor)
            return counselor.error();
        counselorName = counselor->name;
    }

    using namespace FhirResources;
    BundleBuilder bundle;
    const QString patientUrl = fullUrl("Patient", QString::number(participantId));
    bundle.add(patientUrl, patient(*participant, settings->clinicName));

    // Diagnoses have no ids of their own: the code names one within the chart.
    QStringList conditionUrls;
    QHash<QString, QString> conditionByCode;
    QList<std::pair<QString, QJsonObject>> conditions;
    for (const Diagnosis& d : participant->diagnoses) {
        const QString code = d.icd10Code.toUpper();
        if (conditionByCode.contains(code))
            continue;
        const QString url
            = fullUrl("Condition", QStringLiteral("%1/%2").arg(participantId).arg(code));
        conditionByCode.insert(code, url);
        conditionUrls.append(url);
        conditions.append({ url, condition(d, patientUrl) });
    }

    QHash<Id, QString> episodeUrls;
    const Episode* latest = latestEpisode(*episodes);
    for (const Episode& e : *episodes) {
        EpisodeContext context;
        context.patientUrl = patientUrl;
        context.clinicName = settings->clinicName;
        context.programName = settings->programName;
        context.participantOnHold = participant->status == ParticipantStatus::OnHold;
        if (&e == latest) {
            context.careManager = counselorName;
            context.conditionUrls = conditionUrls;
        }
        const QString url = fullUrl("EpisodeOfCare", QString::number(e.id));
        episodeUrls.insert(e.id, url);
        bundle.add(url, episodeOfCare(e, context));
    }
    for (const auto& [url, resource] : conditions)
        bundle.add(url, resource);

    TreatmentPlanStore plans(db);
    for (const Episode& e : *episodes) {
        auto current = plans.current(e.id);
        if (!current)
            return current.error();
        if (*current)
            bundle.add(fullUrl("CarePlan", QString::number((*current)->id)),
                carePlan(**current, e, patientUrl, conditionByCode));
    }

    // The stores list sessions and assessments newest first; the record reads oldest first.
    QList<ParticipantSession> visits;
    for (const ParticipantSession& s : *sessions) {
        if (s.entry && attended(s.entry->status))
            visits.append(s);
    }
    std::reverse(visits.begin(), visits.end());
    for (const ParticipantSession& s : visits) {
        const auto span = AttendanceHours::span(
            s.session.times, s.entry->status, s.entry->minutesLate, s.entry->minutesLeftEarly);
        if (!span)
            continue;
        const Episode* episode = episodeOn(*episodes, s.session.times.localDate);
        bundle.add(
            fullUrl("Encounter", QStringLiteral("%1/%2").arg(s.session.id).arg(participantId)),
            encounter(s, *span, patientUrl, episode ? episodeUrls.value(episode->id) : QString()));
    }

    QList<Assessment> oldestFirst = *assessments;
    std::reverse(oldestFirst.begin(), oldestFirst.end());
    for (const Assessment& a : oldestFirst) {
        if (const auto resource = observation(a, patientUrl))
            bundle.add(fullUrl("Observation", QString::number(a.id)), *resource);
    }

    auto byEmergency = Access::reachesOnlyByEmergency(db, participantId);
    if (!byEmergency)
        return byEmergency.error();
    AuditEvent event;
    event.action = QStringLiteral("participant.export_fhir");
    event.entity = QStringLiteral("participant");
    event.entityId = participantId;
    event.participantId = participantId;
    event.flagged = *byEmergency;
    event.detail = *byEmergency
        ? tr("FHIR R4 bundle of %1 resources, by emergency access").arg(bundle.size())
        : tr("FHIR R4 bundle of %1 resources").arg(bundle.size());
    if (Status s = AuditTrail::record(db, event); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return bundle.json(Clock::instance().nowUtc());
}

} // namespace stepwise::FhirExport
