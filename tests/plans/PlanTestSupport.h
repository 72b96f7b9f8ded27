// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Builders shared by the plan tests (issue 6): a complete treatment plan, relapse prevention and
// aftercare plans, field keys of a refusal, and dates in failure output.
#include "common/Result.h"
#include "plans/AftercarePlan.h"
#include "plans/RelapsePlan.h"
#include "plans/TreatmentPlan.h"

#include <QStringList>
#include <string>

namespace stepwise::plantest {

inline std::string iso(const QDate& d)
{
    return d.isNull() ? std::string("(null)") : d.toString(Qt::ISODate).toStdString();
}

inline QStringList fieldsOf(const QList<FieldError>& errors)
{
    QStringList keys;
    for (const FieldError& e : errors)
        keys.append(e.field);
    return keys;
}

inline std::string joined(const QStringList& list)
{
    return list.join(QStringLiteral(", ")).toStdString();
}

inline PlanIntervention intervention(const char* service, Id staff, const char* name)
{
    PlanIntervention i;
    i.serviceType = QLatin1String(service);
    i.frequency = QStringLiteral("weekly");
    i.responsibleStaffId = staff;
    i.responsibleName = QLatin1String(name);
    return i;
}

// One problem tied to the alcohol use diagnosis of test::sampleParticipant, one goal, two
// objectives each with an intervention; keys left for assignKeys() or the store.
inline TreatmentPlan completePlan(Id staff = 0)
{
    PlanObjective o1;
    o1.text = QStringLiteral("Attend 3 IOP groups a week for 4 weeks");
    o1.targetDate = QDate(2026, 2, 6);
    o1.interventions.append(intervention("Group therapy", staff, "Dana Counselor"));
    PlanObjective o2;
    o2.text = QStringLiteral("Name 3 triggers and a coping skill for each");
    o2.targetDate = QDate(2026, 2, 20);
    o2.interventions.append(intervention("Individual counseling", staff, "Dana Counselor"));
    PlanGoal g;
    g.participantWords = QStringLiteral("I want to stop drinking and keep my job");
    g.clinicalTerms = QStringLiteral("Sustained abstinence from alcohol");
    g.objectives = { o1, o2 };
    PlanProblem p;
    p.statement = QStringLiteral("Daily alcohol use affecting work");
    p.diagnosisCode = QStringLiteral("F10.20");
    p.goals = { g };
    TreatmentPlan plan;
    plan.problems = { p };
    return plan;
}

inline RelapsePlan relapsePlan()
{
    RelapsePlan r;
    r.triggers = { QStringLiteral("Payday Fridays"), QStringLiteral("Arguments at home") };
    r.warningSigns = { QStringLiteral("Skipping meetings") };
    r.copingStrategies = { QStringLiteral("Call my sponsor before going out") };
    r.peopleToCall = { { QStringLiteral("Sam"), QStringLiteral("sponsor"),
        QStringLiteral("(555) 010-2200") } };
    return r;
}

inline AftercarePlan aftercarePlan()
{
    AftercarePlan a;
    AftercareService s;
    s.kind = AftercareServiceKind::OutpatientTherapy;
    s.provider = QStringLiteral("Riverside Counseling");
    s.contactPerson = QStringLiteral("J. Moreno");
    s.phone = QStringLiteral("555-010-3300");
    s.referralDate = QDate(2026, 3, 2);
    s.appointmentDate = QDate(2026, 3, 9);
    s.appointmentTime = QTime(16, 30);
    s.note = QStringLiteral("Bring insurance card");
    a.services = { s };
    SupportGroup g;
    g.kind = SupportGroupKind::SmartRecovery;
    g.name = QStringLiteral("SMART Recovery online");
    g.days = { Qt::Tuesday, Qt::Thursday };
    g.time = QTime(19, 0);
    g.online = true;
    a.supportGroups = { g };
    a.relapseTriggers = QStringLiteral("Payday Fridays");
    a.copingPlan = QStringLiteral("Call my sponsor");
    a.supportNetwork = { { QStringLiteral("Lee"), QStringLiteral("sister"),
        QStringLiteral("+1 555 010 4400") } };
    return a;
}

} // namespace stepwise::plantest
