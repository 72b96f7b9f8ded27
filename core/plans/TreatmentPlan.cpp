// SPDX-License-Identifier: GPL-3.0-or-later
#include "TreatmentPlan.h"

#include "PlanJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace stepwise {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::TreatmentPlan", text);
}

struct StatusName
{
    ObjectiveStatus status;
    const char* key;
    const char* label;
};

const StatusName statusNames[] = {
    { ObjectiveStatus::NotStarted, "not_started",
        QT_TRANSLATE_NOOP("stepwise::TreatmentPlan", "Not started") },
    { ObjectiveStatus::InProgress, "in_progress",
        QT_TRANSLATE_NOOP("stepwise::TreatmentPlan", "In progress") },
    { ObjectiveStatus::Met, "met", QT_TRANSLATE_NOOP("stepwise::TreatmentPlan", "Met") },
    { ObjectiveStatus::Revised, "revised",
        QT_TRANSLATE_NOOP("stepwise::TreatmentPlan", "Revised") },
    { ObjectiveStatus::Discontinued, "discontinued",
        QT_TRANSLATE_NOOP("stepwise::TreatmentPlan", "Discontinued") },
};

const StatusName& find(ObjectiveStatus s)
{
    for (const StatusName& n : statusNames) {
        if (n.status == s)
            return n;
    }
    return statusNames[0];
}

// The number of a well-formed key of the given kind ("o12" -> 12), or 0.
int keyNumber(const QString& key, QChar prefix)
{
    static const QRegularExpression shape(QStringLiteral("^[pgoi]([1-9][0-9]{0,8})$"));
    if (key.isEmpty() || key.at(0) != prefix)
        return 0;
    const auto m = shape.match(key);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

void assign(QString& key, QChar prefix, int& counter)
{
    if (key.isEmpty())
        key = prefix + QString::number(++counter);
}

void raise(int& counter, const QString& key, QChar prefix)
{
    counter = std::max(counter, keyNumber(key, prefix));
}

QString field(const char* kind, const QString& key, const char* name)
{
    return QStringLiteral("%1.%2.%3").arg(QLatin1String(kind), key, QLatin1String(name));
}

bool blank(const QString& s)
{
    return s.trimmed().isEmpty();
}

} // namespace

QString storageKey(ObjectiveStatus s)
{
    return QLatin1String(find(s).key);
}

QString label(ObjectiveStatus s)
{
    return tr(find(s).label);
}

std::optional<ObjectiveStatus> parseObjectiveStatus(const QString& key)
{
    for (const StatusName& n : statusNames) {
        if (key == QLatin1String(n.key))
            return n.status;
    }
    return std::nullopt;
}

QList<ObjectiveStatus> allObjectiveStatuses()
{
    QList<ObjectiveStatus> list;
    for (const StatusName& n : statusNames)
        list.append(n.status);
    return list;
}

bool isClosed(ObjectiveStatus s)
{
    return s == ObjectiveStatus::Met || s == ObjectiveStatus::Revised
        || s == ObjectiveStatus::Discontinued;
}

void TreatmentPlan::assignKeys()
{
    // Counters first, over every existing key, so a new key never repeats one in the plan.
    for (const PlanProblem& p : problems) {
        raise(lastKeys.problem, p.key, QLatin1Char('p'));
        for (const PlanGoal& g : p.goals) {
            raise(lastKeys.goal, g.key, QLatin1Char('g'));
            for (const PlanObjective& o : g.objectives) {
                raise(lastKeys.objective, o.key, QLatin1Char('o'));
                for (const PlanIntervention& i : o.interventions)
                    raise(lastKeys.intervention, i.key, QLatin1Char('i'));
            }
        }
    }
    for (PlanProblem& p : problems) {
        assign(p.key, QLatin1Char('p'), lastKeys.problem);
        for (PlanGoal& g : p.goals) {
            assign(g.key, QLatin1Char('g'), lastKeys.goal);
            for (PlanObjective& o : g.objectives) {
                assign(o.key, QLatin1Char('o'), lastKeys.objective);
                for (PlanIntervention& i : o.interventions)
                    assign(i.key, QLatin1Char('i'), lastKeys.intervention);
            }
        }
    }
}

const PlanObjective* TreatmentPlan::objective(const QString& key) const
{
    for (const PlanProblem& p : problems) {
        for (const PlanGoal& g : p.goals) {
            for (const PlanObjective& o : g.objectives) {
                if (o.key == key)
                    return &o;
            }
        }
    }
    return nullptr;
}

PlanObjective* TreatmentPlan::objective(const QString& key)
{
    return const_cast<PlanObjective*>(std::as_const(*this).objective(key));
}

QList<PlanObjective> TreatmentPlan::objectives() const
{
    QList<PlanObjective> list;
    for (const PlanProblem& p : problems) {
        for (const PlanGoal& g : p.goals)
            list.append(g.objectives);
    }
    return list;
}

QList<FieldError> TreatmentPlan::structureErrors() const
{
    QList<FieldError> errors;
    QSet<QString> seen;
    auto check = [&](const char* kind, const QString& key, QChar prefix) {
        if (key.isEmpty())
            return;
        if (keyNumber(key, prefix) == 0)
            errors.append({ field(kind, key, "key"),
                tr("\"%1\" is not a key of this kind of item.").arg(key) });
        else if (seen.contains(key))
            errors.append({ field(kind, key, "key"), tr("Two items have the key %1.").arg(key) });
        seen.insert(key);
    };
    for (const PlanProblem& p : problems) {
        check("problem", p.key, QLatin1Char('p'));
        for (const PlanGoal& g : p.goals) {
            check("goal", g.key, QLatin1Char('g'));
            for (const PlanObjective& o : g.objectives) {
                check("objective", o.key, QLatin1Char('o'));
                for (const PlanIntervention& i : o.interventions)
                    check("intervention", i.key, QLatin1Char('i'));
            }
        }
    }
    return errors;
}

QList<FieldError> TreatmentPlan::validate(const QStringList& chartDiagnoses) const
{
    QList<FieldError> errors = structureErrors();
    if (problems.isEmpty())
        errors.append({ QStringLiteral("problems"), tr("Add at least one problem.") });
    for (const PlanProblem& p : problems) {
        if (blank(p.statement))
            errors.append({ field("problem", p.key, "statement"), tr("State the problem.") });
        const QString code = p.diagnosisCode.trimmed().toUpper();
        if (!code.isEmpty()
            && std::none_of(chartDiagnoses.cbegin(), chartDiagnoses.cend(),
                [&](const QString& c) { return c.trimmed().toUpper() == code; }))
            errors.append({ field("problem", p.key, "diagnosis"),
                tr("%1 is not one of the participant's diagnoses.").arg(code) });
        if (p.goals.isEmpty())
            errors.append(
                { field("problem", p.key, "goals"), tr("Add at least one goal for the problem.") });
        for (const PlanGoal& g : p.goals) {
            if (blank(g.participantWords))
                errors.append({ field("goal", g.key, "participant_words"),
                    tr("Write the goal in the participant's own words.") });
            if (blank(g.clinicalTerms))
                errors.append({ field("goal", g.key, "clinical_terms"),
                    tr("Write the goal in clinical terms.") });
            if (g.objectives.isEmpty())
                errors.append({ field("goal", g.key, "objectives"),
                    tr("Add at least one measurable objective for the goal.") });
            for (const PlanObjective& o : g.objectives) {
                if (blank(o.text))
                    errors.append({ field("objective", o.key, "text"),
                        tr("Describe the objective so that it can be measured.") });
                if (!o.targetDate.isValid())
                    errors.append({ field("objective", o.key, "target_date"),
                        tr("Give the objective a target date.") });
                if (o.interventions.isEmpty())
                    errors.append({ field("objective", o.key, "interventions"),
                        tr("Add at least one intervention for the objective.") });
                for (const PlanIntervention& i : o.interventions) {
                    if (blank(i.serviceType))
                        errors.append({ field("intervention", i.key, "service_type"),
                            tr("Choose or write the service.") });
                    if (blank(i.frequency))
                        errors.append({ field("intervention", i.key, "frequency"),
                            tr("Say how often, e.g. weekly.") });
                    if (i.responsibleStaffId == 0 && blank(i.responsibleName))
                        errors.append({ field("intervention", i.key, "responsible"),
                            tr("Name who is responsible.") });
                }
            }
        }
    }
    return errors;
}

QJsonObject TreatmentPlan::toJson() const
{
    QJsonArray problemArray;
    for (const PlanProblem& p : problems) {
        QJsonArray goalArray;
        for (const PlanGoal& g : p.goals) {
            QJsonArray objectiveArray;
            for (const PlanObjective& o : g.objectives) {
                QJsonArray interventionArray;
                for (const PlanIntervention& i : o.interventions) {
                    interventionArray.append(QJsonObject {
                        { QStringLiteral("key"), i.key },
                        { QStringLiteral("service_type"), i.serviceType },
                        { QStringLiteral("frequency"), i.frequency },
                        { QStringLiteral("staff_id"), double(i.responsibleStaffId) },
                        { QStringLiteral("responsible"), i.responsibleName },
                    });
                }
                objectiveArray.append(QJsonObject {
                    { QStringLiteral("key"), o.key },
                    { QStringLiteral("text"), o.text },
                    { QStringLiteral("target_date"), PlanJson::dateText(o.targetDate) },
                    { QStringLiteral("status"), storageKey(o.status) },
                    { QStringLiteral("interventions"), interventionArray },
                });
            }
            goalArray.append(QJsonObject {
                { QStringLiteral("key"), g.key },
                { QStringLiteral("participant_words"), g.participantWords },
                { QStringLiteral("clinical_terms"), g.clinicalTerms },
                { QStringLiteral("objectives"), objectiveArray },
            });
        }
        problemArray.append(QJsonObject {
            { QStringLiteral("key"), p.key },
            { QStringLiteral("statement"), p.statement },
            { QStringLiteral("diagnosis"), p.diagnosisCode },
            { QStringLiteral("goals"), goalArray },
        });
    }
    return {
        { QStringLiteral("problems"), problemArray },
        { QStringLiteral("last_keys"),
            QJsonObject { { QStringLiteral("p"), lastKeys.problem },
                { QStringLiteral("g"), lastKeys.goal }, { QStringLiteral("o"), lastKeys.objective },
                { QStringLiteral("i"), lastKeys.intervention } } },
    };
}

QByteArray TreatmentPlan::toJsonText() const
{
    return PlanJson::compact(toJson());
}

Result<TreatmentPlan> TreatmentPlan::fromJson(const QByteArray& text)
{
    auto object = PlanJson::parseObject(text, tr("treatment plan"));
    if (!object)
        return object.error();
    return fromJson(*object);
}

Result<TreatmentPlan> TreatmentPlan::fromJson(const QJsonObject& json)
{
    PlanJson::Reader r;
    TreatmentPlan plan;
    const QJsonObject keys = r.object(json, "last_keys", {});
    plan.lastKeys.problem = int(r.integer(keys, "p", QStringLiteral("last_keys")));
    plan.lastKeys.goal = int(r.integer(keys, "g", QStringLiteral("last_keys")));
    plan.lastKeys.objective = int(r.integer(keys, "o", QStringLiteral("last_keys")));
    plan.lastKeys.intervention = int(r.integer(keys, "i", QStringLiteral("last_keys")));
    const QList<QJsonObject> problemObjects = r.objects(json, "problems", {});
    for (qsizetype pi = 0; pi < problemObjects.size(); ++pi) {
        const QJsonObject& po = problemObjects.at(pi);
        const QString pPath = QStringLiteral("problems[%1]").arg(pi);
        PlanProblem p;
        p.key = r.text(po, "key", pPath);
        p.statement = r.text(po, "statement", pPath);
        p.diagnosisCode = r.text(po, "diagnosis", pPath);
        const QList<QJsonObject> goalObjects = r.objects(po, "goals", pPath);
        for (qsizetype gi = 0; gi < goalObjects.size(); ++gi) {
            const QJsonObject& go = goalObjects.at(gi);
            const QString gPath = QStringLiteral("%1.goals[%2]").arg(pPath).arg(gi);
            PlanGoal g;
            g.key = r.text(go, "key", gPath);
            g.participantWords = r.text(go, "participant_words", gPath);
            g.clinicalTerms = r.text(go, "clinical_terms", gPath);
            const QList<QJsonObject> objectiveObjects = r.objects(go, "objectives", gPath);
            for (qsizetype oi = 0; oi < objectiveObjects.size(); ++oi) {
                const QJsonObject& oo = objectiveObjects.at(oi);
                const QString oPath = QStringLiteral("%1.objectives[%2]").arg(gPath).arg(oi);
                PlanObjective o;
                o.key = r.text(oo, "key", oPath);
                o.text = r.text(oo, "text", oPath);
                o.targetDate = r.date(oo, "target_date", oPath);
                const QString status = r.text(oo, "status", oPath);
                if (!status.isEmpty()) {
                    if (const auto s = parseObjectiveStatus(status))
                        o.status = *s;
                    else
                        r.fail(oPath + QStringLiteral(".status"),
                            tr("unknown status \"%1\"").arg(status));
                }
                const QList<QJsonObject> interventionObjects
                    = r.objects(oo, "interventions", oPath);
                for (qsizetype ii = 0; ii < interventionObjects.size(); ++ii) {
                    const QJsonObject& io = interventionObjects.at(ii);
                    const QString iPath = QStringLiteral("%1.interventions[%2]").arg(oPath).arg(ii);
                    PlanIntervention i;
                    i.key = r.text(io, "key", iPath);
                    i.serviceType = r.text(io, "service_type", iPath);
                    i.frequency = r.text(io, "frequency", iPath);
                    i.responsibleStaffId = r.integer(io, "staff_id", iPath);
                    i.responsibleName = r.text(io, "responsible", iPath);
                    o.interventions.append(i);
                }
                g.objectives.append(o);
            }
            p.goals.append(g);
        }
        plan.problems.append(p);
    }
    if (!r.failed()) {
        if (const QList<FieldError> bad = plan.structureErrors(); !bad.isEmpty())
            r.fail(bad.first().field, bad.first().message);
    }
    if (r.failed())
        return r.error(tr("treatment plan"));
    return plan;
}

QStringList TreatmentPlan::suggestedServiceTypes()
{
    return { tr("Individual counseling"), tr("Group therapy"), tr("Psychoeducation"),
        tr("Case management"), tr("Medication management"), tr("Family session") };
}

} // namespace stepwise
