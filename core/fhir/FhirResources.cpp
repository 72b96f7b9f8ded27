// SPDX-License-Identifier: GPL-3.0-or-later
#include "FhirResources.h"

#include "attendance/SessionType.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUuid>

namespace stepwise::FhirResources {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::FhirResources", text);
}

// Code systems by their canonical URLs, as FHIR R4 names them (hl7.org/fhir/R4/terminologies-
// systems.html and terminology.hl7.org).
constexpr auto Loinc = "http://loinc.org";
constexpr auto Snomed = "http://snomed.info/sct";
constexpr auto Icd10Cm = "http://hl7.org/fhir/sid/icd-10-cm";
constexpr auto ActCode = "http://terminology.hl7.org/CodeSystem/v3-ActCode";

// meta.security. 42CFRPart2 is in v3-ActCode's ActPrivacyLaw: information whose disclosure
// 42 CFR Part 2 restricts (substance use disorder treatment records). R "restricted" is from
// v3-Confidentiality, the level HL7's Data Segmentation for Privacy guide gives such records.
constexpr FhirCode Part2 { ActCode, "42CFRPart2", "42 CFR Part2" };
constexpr FhirCode Restricted { "http://terminology.hl7.org/CodeSystem/v3-Confidentiality", "R",
    "restricted" };

// Encounter.class, from v3-ActCode's ActEncounterCode (the R4 binding of Encounter.class).
constexpr FhirCode Ambulatory { ActCode, "AMB", "ambulatory" };
constexpr FhirCode Virtual { ActCode, "VR", "virtual" };

// Total scores, from LOINC (loinc.org/44261-6, loinc.org/70274-6), with their long common
// names. AUDIT-C's is "Total score [AUDIT-C]", 75626-2, as HL7's US Core 7.0.0 uses it in its
// screening-assessment example (Observation-AUDIT-C-item-example-75626-2). AUDIT and DAST-10
// totals have LOINC codes too, but no source at hand confirmed which, so they are left out until
// checked against LOINC itself; BAM, ASAM and the progress rating have no total.
constexpr FhirCode Phq9Total { Loinc, "44261-6",
    "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]" };
constexpr FhirCode Gad7Total { Loinc, "70274-6",
    "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]" };
constexpr FhirCode AuditCTotal { Loinc, "75626-2", "Total score [AUDIT-C]" };

constexpr FhirCode Survey { "http://terminology.hl7.org/CodeSystem/observation-category", "survey",
    "Survey" };
constexpr FhirCode ActiveCondition { "http://terminology.hl7.org/CodeSystem/condition-clinical",
    "active", "Active" };
constexpr FhirCode ProblemListItem { "http://terminology.hl7.org/CodeSystem/condition-category",
    "problem-list-item", "Problem List Item" };

// Condition.severity: the SNOMED CT codes of FHIR R4's condition-severity value set.
constexpr FhirCode MildSeverity { Snomed, "255604002", "Mild" };
constexpr FhirCode ModerateSeverity { Snomed, "6736007", "Moderate" };
constexpr FhirCode SevereSeverity { Snomed, "24484000", "Severe" };

// The namespace of Stepwise's name-based UUIDs (generated once; never change it, or every
// fullUrl changes with it).
const QUuid uuidNamespace(QStringLiteral("{6f1c2b8e-4d5a-4e0b-9c3f-2a7d1e5b8c40}"));

QJsonObject coding(const FhirCode& c)
{
    return { { QStringLiteral("system"), QLatin1String(c.system) },
        { QStringLiteral("code"), QLatin1String(c.code) },
        { QStringLiteral("display"), QLatin1String(c.display) } };
}

QJsonObject codeableConcept(const FhirCode& c, const QString& text = {})
{
    QJsonObject o { { QStringLiteral("coding"), QJsonArray { coding(c) } } };
    if (!text.isEmpty())
        o.insert(QStringLiteral("text"), text);
    return o;
}

QJsonObject textConcept(const QString& text)
{
    return { { QStringLiteral("text"), text } };
}

QJsonObject reference(const QString& url)
{
    return { { QStringLiteral("reference"), url } };
}

// A reference that only names someone or something Stepwise does not export as a resource.
QJsonObject named(const QString& display)
{
    return { { QStringLiteral("display"), display } };
}

QString date(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

// FHIR dateTime and instant with seconds and a zone: always UTC here.
QString instant(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODate);
}

// FHIR strings may not be empty (the schema's pattern needs a character), so an empty name
// part is left out rather than written as "".
QJsonObject humanName(const QString& use, const QString& given, const QString& family)
{
    QJsonObject name { { QStringLiteral("use"), use } };
    if (!family.trimmed().isEmpty())
        name.insert(QStringLiteral("family"), family.trimmed());
    if (!given.trimmed().isEmpty())
        name.insert(QStringLiteral("given"), QJsonArray { given.trimmed() });
    return name;
}

QJsonObject resource(const char* type)
{
    return { { QStringLiteral("resourceType"), QLatin1String(type) },
        { QStringLiteral("meta"), securityMeta() } };
}

std::optional<FhirCode> severityCode(Severity s)
{
    switch (s) {
    case Severity::Mild:
        return MildSeverity;
    case Severity::Moderate:
        return ModerateSeverity;
    case Severity::Severe:
        return SevereSeverity;
    case Severity::Unspecified:
        break;
    }
    return std::nullopt;
}

// CarePlan.activity.detail.status. Revised and discontinued objectives were started and then
// dropped, which FHIR calls stopped (cancelled is for what never started).
QString activityStatus(ObjectiveStatus s)
{
    switch (s) {
    case ObjectiveStatus::NotStarted:
        return QStringLiteral("not-started");
    case ObjectiveStatus::InProgress:
        return QStringLiteral("in-progress");
    case ObjectiveStatus::Met:
        return QStringLiteral("completed");
    case ObjectiveStatus::Revised:
    case ObjectiveStatus::Discontinued:
        return QStringLiteral("stopped");
    }
    return QStringLiteral("unknown");
}

QString interventionText(const PlanIntervention& i)
{
    QStringList parts { i.serviceType.trimmed() };
    if (!i.frequency.trimmed().isEmpty())
        parts.append(i.frequency.trimmed());
    QString text = parts.join(QStringLiteral(", "));
    if (!i.responsibleName.trimmed().isEmpty())
        text += QStringLiteral(" (%1)").arg(i.responsibleName.trimmed());
    return text;
}

QString objectiveText(const PlanObjective& o)
{
    QStringList interventions;
    for (const PlanIntervention& i : o.interventions)
        interventions.append(interventionText(i));
    if (interventions.isEmpty())
        return o.text.trimmed();
    return tr("%1\nInterventions: %2")
        .arg(o.text.trimmed(), interventions.join(QStringLiteral("; ")));
}

QString problemText(const PlanProblem& p)
{
    QStringList lines;
    lines.append(p.diagnosisCode.isEmpty()
            ? tr("Problem: %1").arg(p.statement.trimmed())
            : tr("Problem: %1 (%2)").arg(p.statement.trimmed(), p.diagnosisCode));
    for (const PlanGoal& g : p.goals) {
        lines.append(g.participantWords.trimmed().isEmpty()
                ? tr("Goal: %1").arg(g.clinicalTerms.trimmed())
                : tr("Goal: %1. In the participant's words: \"%2\"")
                      .arg(g.clinicalTerms.trimmed(), g.participantWords.trimmed()));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString fullUrl(const char* resourceType, const QString& key)
{
    const QString name = QStringLiteral("stepwise:%1/%2").arg(QLatin1String(resourceType), key);
    return QStringLiteral("urn:uuid:")
        + QUuid::createUuidV5(uuidNamespace, name).toString(QUuid::WithoutBraces);
}

QJsonObject securityMeta()
{
    return { { QStringLiteral("security"), QJsonArray { coding(Part2), coding(Restricted) } } };
}

std::optional<FhirCode> totalScoreCode(const QString& instrumentId)
{
    if (instrumentId == QLatin1String("phq9"))
        return Phq9Total;
    if (instrumentId == QLatin1String("gad7"))
        return Gad7Total;
    if (instrumentId == QLatin1String("auditc"))
        return AuditCTotal;
    return std::nullopt;
}

QJsonObject patient(const Participant& p, const QString& clinicName)
{
    QJsonObject identifier { { QStringLiteral("use"), QStringLiteral("usual") },
        { QStringLiteral("type"), textConcept(tr("Record number")) },
        { QStringLiteral("system"), QLatin1String(RecordNumberSystem) },
        { QStringLiteral("value"), p.recordNumber } };
    if (!clinicName.trimmed().isEmpty())
        identifier.insert(QStringLiteral("assigner"), named(clinicName.trimmed()));

    QJsonArray names { humanName(QStringLiteral("official"), p.legalFirstName, p.legalLastName) };
    if (!p.preferredName.trimmed().isEmpty()
        && p.preferredName.trimmed() != p.legalFirstName.trimmed())
        names.append(humanName(QStringLiteral("usual"), p.preferredName, p.legalLastName));

    QJsonObject r = resource("Patient");
    r.insert(QStringLiteral("identifier"), QJsonArray { identifier });
    r.insert(QStringLiteral("active"), p.status != ParticipantStatus::Discharged);
    r.insert(QStringLiteral("name"), names);
    if (p.dateOfBirth.isValid())
        r.insert(QStringLiteral("birthDate"), date(p.dateOfBirth));
    return r;
}

QJsonObject episodeOfCare(const Episode& e, const EpisodeContext& c)
{
    QString status = QStringLiteral("finished");
    if (e.isOpen())
        status = c.participantOnHold ? QStringLiteral("onhold") : QStringLiteral("active");
    QJsonObject period { { QStringLiteral("start"), date(e.admissionDate) } };
    if (!e.isOpen())
        period.insert(QStringLiteral("end"), date(e.dischargeDate));

    QJsonObject r = resource("EpisodeOfCare");
    r.insert(QStringLiteral("status"), status);
    r.insert(QStringLiteral("type"),
        QJsonArray {
            textConcept(c.programName.trimmed().isEmpty() ? tr("Intensive outpatient program")
                                                          : c.programName.trimmed()) });
    r.insert(QStringLiteral("patient"), reference(c.patientUrl));
    r.insert(QStringLiteral("period"), period);
    if (!c.clinicName.trimmed().isEmpty())
        r.insert(QStringLiteral("managingOrganization"), named(c.clinicName.trimmed()));
    if (!c.careManager.isEmpty())
        r.insert(QStringLiteral("careManager"), named(c.careManager));
    QJsonArray diagnoses;
    for (const QString& url : c.conditionUrls)
        diagnoses.append(QJsonObject { { QStringLiteral("condition"), reference(url) },
            { QStringLiteral("rank"), int(diagnoses.size()) + 1 } });
    if (!diagnoses.isEmpty())
        r.insert(QStringLiteral("diagnosis"), diagnoses);
    return r;
}

QJsonObject encounter(const ParticipantSession& s, const AttendedSpan& attended,
    const QString& patientUrl, const QString& episodeUrl)
{
    const bool virtualVisit
        = s.session.telehealth || (s.entry && s.entry->status == AttendanceStatus::Telehealth);
    QJsonObject r = resource("Encounter");
    r.insert(QStringLiteral("status"), QStringLiteral("finished"));
    r.insert(QStringLiteral("class"), coding(virtualVisit ? Virtual : Ambulatory));
    r.insert(QStringLiteral("type"),
        QJsonArray { textConcept(SessionTypes::label(s.session.sessionType)) });
    if (!s.session.templateName.isEmpty())
        r.insert(QStringLiteral("serviceType"), textConcept(s.session.templateName));
    r.insert(QStringLiteral("subject"), reference(patientUrl));
    if (!episodeUrl.isEmpty())
        r.insert(QStringLiteral("episodeOfCare"), QJsonArray { reference(episodeUrl) });
    QJsonArray participants;
    for (const QString& name : s.session.facilitatorNames) {
        if (name.trimmed().isEmpty())
            continue;
        participants.append(
            QJsonObject { { QStringLiteral("individual"), named(name.trimmed()) } });
    }
    if (!participants.isEmpty())
        r.insert(QStringLiteral("participant"), participants);
    r.insert(QStringLiteral("period"),
        QJsonObject { { QStringLiteral("start"), instant(attended.startUtc) },
            { QStringLiteral("end"), instant(attended.endUtc) } });
    return r;
}

std::optional<QJsonObject> observation(const Assessment& a, const QString& patientUrl)
{
    const std::optional<FhirCode> code = totalScoreCode(a.instrument);
    if (!code || !a.score.total)
        return std::nullopt;
    const InstrumentDefinition* definition = a.definition();
    const QString name = definition ? definition->name : a.instrument;

    QJsonObject r = resource("Observation");
    // A correction is a new version of a result already reported as final.
    r.insert(QStringLiteral("status"),
        a.replacesId != 0 ? QStringLiteral("amended") : QStringLiteral("final"));
    r.insert(QStringLiteral("category"), QJsonArray { codeableConcept(Survey) });
    r.insert(QStringLiteral("code"), codeableConcept(*code, tr("%1 total score").arg(name)));
    r.insert(QStringLiteral("subject"), reference(patientUrl));
    r.insert(QStringLiteral("effectiveDateTime"), date(a.administeredOn));
    if (a.recordedAt.isValid())
        r.insert(QStringLiteral("issued"), instant(a.recordedAt));
    if (!a.recordedByName.isEmpty())
        r.insert(QStringLiteral("performer"), QJsonArray { named(a.recordedByName) });
    r.insert(QStringLiteral("valueInteger"), *a.score.total);
    if (!a.score.bandLabel.isEmpty())
        r.insert(QStringLiteral("interpretation"), QJsonArray { textConcept(a.score.bandLabel) });
    return r;
}

QJsonObject condition(const Diagnosis& d, const QString& patientUrl)
{
    QJsonObject code { { QStringLiteral("coding"),
        QJsonArray { QJsonObject { { QStringLiteral("system"), QLatin1String(Icd10Cm) },
            { QStringLiteral("code"), d.icd10Code } } } } };
    if (!d.description.trimmed().isEmpty())
        code.insert(QStringLiteral("text"), d.description.trimmed());

    QJsonObject r = resource("Condition");
    r.insert(QStringLiteral("clinicalStatus"), codeableConcept(ActiveCondition));
    r.insert(QStringLiteral("category"), QJsonArray { codeableConcept(ProblemListItem) });
    if (const auto severity = severityCode(d.severity))
        r.insert(QStringLiteral("severity"), codeableConcept(*severity, label(d.severity)));
    r.insert(QStringLiteral("code"), code);
    r.insert(QStringLiteral("subject"), reference(patientUrl));
    return r;
}

QJsonObject carePlan(const PlanVersion& plan, const Episode& episode, const QString& patientUrl,
    const QHash<QString, QString>& conditionUrls)
{
    QStringList problems;
    QJsonArray addresses;
    QJsonArray activities;
    for (const PlanProblem& p : plan.plan.problems) {
        problems.append(problemText(p));
        const QString conditionUrl = conditionUrls.value(p.diagnosisCode.toUpper());
        if (!conditionUrl.isEmpty() && !addresses.contains(reference(conditionUrl)))
            addresses.append(reference(conditionUrl));
        for (const PlanGoal& g : p.goals) {
            for (const PlanObjective& o : g.objectives) {
                QJsonObject detail { { QStringLiteral("status"), activityStatus(o.status) },
                    { QStringLiteral("description"), objectiveText(o) } };
                if (o.targetDate.isValid())
                    detail.insert(QStringLiteral("scheduledPeriod"),
                        QJsonObject { { QStringLiteral("end"), date(o.targetDate) } });
                if (!conditionUrl.isEmpty())
                    detail.insert(
                        QStringLiteral("reasonReference"), QJsonArray { reference(conditionUrl) });
                activities.append(QJsonObject { { QStringLiteral("detail"), detail } });
            }
        }
    }

    QJsonObject period { { QStringLiteral("start"), date(plan.finalizedAt.toLocalTime().date()) } };
    if (!episode.isOpen())
        period.insert(QStringLiteral("end"), date(episode.dischargeDate));

    QJsonObject r = resource("CarePlan");
    r.insert(QStringLiteral("status"),
        episode.isOpen() ? QStringLiteral("active") : QStringLiteral("completed"));
    r.insert(QStringLiteral("intent"), QStringLiteral("plan"));
    r.insert(QStringLiteral("title"), tr("Treatment plan, version %1").arg(plan.version));
    if (!problems.isEmpty())
        r.insert(QStringLiteral("description"), problems.join(QStringLiteral("\n\n")));
    r.insert(QStringLiteral("subject"), reference(patientUrl));
    r.insert(QStringLiteral("period"), period);
    r.insert(QStringLiteral("created"), instant(plan.finalizedAt));
    if (!plan.finalizedByName.isEmpty())
        r.insert(QStringLiteral("author"), named(plan.finalizedByName));
    if (!addresses.isEmpty())
        r.insert(QStringLiteral("addresses"), addresses);
    if (!activities.isEmpty())
        r.insert(QStringLiteral("activity"), activities);
    if (plan.participantAgreedOn.isValid()) {
        const QString agreement = plan.participantAgreement.trimmed().isEmpty()
            ? tr("The participant agreed to the plan on %1.").arg(date(plan.participantAgreedOn))
            : tr("The participant agreed to the plan on %1: %2")
                  .arg(date(plan.participantAgreedOn), plan.participantAgreement.trimmed());
        r.insert(QStringLiteral("note"),
            QJsonArray { QJsonObject { { QStringLiteral("text"), agreement } } });
    }
    return r;
}

} // namespace stepwise::FhirResources
