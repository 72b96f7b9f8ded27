// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "domain/Participant.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace stepwise {

// Where an objective stands. Revised: replaced by a reworded objective (kept for the history);
// Discontinued: dropped without being met.
enum class ObjectiveStatus { NotStarted, InProgress, Met, Revised, Discontinued };
QString storageKey(ObjectiveStatus s); // "not_started", "in_progress", "met", ...
QString label(ObjectiveStatus s);
std::optional<ObjectiveStatus> parseObjectiveStatus(const QString& key);
QList<ObjectiveStatus> allObjectiveStatuses();
// Met, Revised and Discontinued: nothing more is expected of the objective.
bool isClosed(ObjectiveStatus s);

// Keys ("p1", "g2", "o3", "i4") name an item for its whole life: a new version keeps them, so a
// review can say which objective it rates and the history can follow one objective across
// versions. A removed item's key is never given to another (TreatmentPlan::lastKeys).

// What the program does for an objective. Interventions belong to objectives, not goals: each
// objective says how it will be worked on, which is what a reviewer checks against progress.
struct PlanIntervention
{
    QString key;               // "i1"
    QString serviceType;       // free text; suggestedServiceTypes() offers the common ones
    QString frequency;         // "weekly", "3 times a week", ...
    Id responsibleStaffId = 0; // 0 when the responsible person is not on staff
    QString responsibleName;   // as shown and printed; kept when the staff member leaves
    bool operator==(const PlanIntervention&) const = default;
};

struct PlanObjective
{
    QString key;      // "o1"
    QString text;     // measurable: what, how much, by when
    QDate targetDate; // null in a draft until chosen
    ObjectiveStatus status = ObjectiveStatus::NotStarted;
    QList<PlanIntervention> interventions;
    bool operator==(const PlanObjective&) const = default;
};

struct PlanGoal
{
    QString key;              // "g1"
    QString participantWords; // the goal as the participant says it
    QString clinicalTerms;    // the same goal as the clinician writes it
    QList<PlanObjective> objectives;
    bool operator==(const PlanGoal&) const = default;
};

struct PlanProblem
{
    QString key; // "p1"
    QString statement;
    QString diagnosisCode; // an ICD-10-CM code of the participant's chart, or empty
    QList<PlanGoal> goals;
    bool operator==(const PlanProblem&) const = default;
};

// The highest key number ever given per kind in this plan's history, so new items never reuse
// the key of a removed one.
struct PlanKeyCounters
{
    int problem = 0;
    int goal = 0;
    int objective = 0;
    int intervention = 0;
    bool operator==(const PlanKeyCounters&) const = default;
};

// The content of one treatment plan version: problems, their goals, measurable objectives and
// the interventions for each objective. Stored as JSON in treatment_plan.content.
struct TreatmentPlan
{
    QList<PlanProblem> problems;
    PlanKeyCounters lastKeys;

    // Gives every item with an empty key the next free key of its kind and advances lastKeys.
    // Existing keys are kept.
    void assignKeys();

    // The objective with this key, or nullptr.
    const PlanObjective* objective(const QString& key) const;
    PlanObjective* objective(const QString& key);
    QList<PlanObjective> objectives() const; // every objective, in plan order

    // Well-formed enough to save as a draft: keys are unique and of their kind's shape ("o12")
    // or empty (assignKeys fills them). Field keys as validate().
    QList<FieldError> structureErrors() const;
    // Complete enough to finalize: at least one problem; each problem a statement and a goal;
    // each goal both wordings and an objective; each objective its text, a target date and an
    // intervention; each intervention its service type, frequency and responsible person. A
    // diagnosis code must be one of `chartDiagnoses` (the participant's ICD-10-CM codes).
    // Field keys: "problems", "problem.p1.statement", "problem.p1.diagnosis",
    // "problem.p1.goals", "goal.g1.participant_words", "goal.g1.clinical_terms",
    // "goal.g1.objectives", "objective.o1.text", "objective.o1.target_date",
    // "objective.o1.interventions", "intervention.i1.service_type", "intervention.i1.frequency",
    // "intervention.i1.responsible". Includes structureErrors().
    QList<FieldError> validate(const QStringList& chartDiagnoses) const;

    QJsonObject toJson() const;
    QByteArray toJsonText() const; // compact, as stored
    // Refuses (InvalidArgument, with the reason) anything toJson() would not have written:
    // not an object, a list that is not a list, an unknown status, a malformed date or key.
    static Result<TreatmentPlan> fromJson(const QByteArray& text);
    static Result<TreatmentPlan> fromJson(const QJsonObject& json);

    // Translated suggestions for PlanIntervention::serviceType.
    static QStringList suggestedServiceTypes();

    bool operator==(const TreatmentPlan&) const = default;
};

} // namespace stepwise
