// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "plans/PlanReviewRules.h"
#include "plans/TreatmentPlan.h"

#include <QDateTime>
#include <QHash>
#include <optional>

namespace stepwise {

class Database;

// One version of an episode's treatment plan as stored: a draft until a clinician finalizes it,
// which is their agreement; then never changed but for the participant's agreement, once.
struct PlanVersion
{
    Id id = 0;
    Id participantId = 0;
    Id episodeId = 0;
    int version = 1;
    Id replacesId = 0; // the version this one follows; 0 for the first
    TreatmentPlan plan;
    QString changeNote; // what changed from the previous version
    Id createdBy = 0;
    QString createdByName;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
    Id finalizedBy = 0;  // the clinician whose agreement finalizing is
    QString finalizedByName;
    QDateTime finalizedAt; // UTC; invalid for a draft
    QString contentHash;
    QDate participantAgreedOn;    // null until recorded
    QString participantAgreement; // who agreed and how: "signed the printed plan"

    bool isDraft() const { return !finalizedAt.isValid(); }
};

// How one objective stands at a review.
struct ObjectiveProgress
{
    QString objectiveKey;
    ObjectiveStatus status = ObjectiveStatus::InProgress;
    QString note;
    bool operator==(const ObjectiveProgress&) const = default;
};

struct PlanReviewInput
{
    Id planId = 0; // the current finalized version
    QDate reviewedOn;
    ReviewOccasion occasion = ReviewOccasion::Scheduled;
    // One entry for every objective that is not met, revised or discontinued; closed ones may
    // be given too (to reopen one).
    QList<ObjectiveProgress> progress;
    QString summary;  // the changes made, or why none were
    QString tookPart; // who took part: names and roles
    bool participantPresent = true;
};

struct PlanReview
{
    Id id = 0;
    Id participantId = 0;
    Id episodeId = 0;
    Id planId = 0;
    int planVersion = 0;
    QDate reviewedOn;
    ReviewOccasion occasion = ReviewOccasion::Scheduled;
    QList<ObjectiveProgress> progress;
    QString summary;
    QString tookPart;
    bool participantPresent = true;
    Id resultPlanId = 0; // the version the review made when a status changed; 0 otherwise
    int resultVersion = 0;
    Id recordedBy = 0;
    QString recordedByName;
    QDateTime recordedAt; // UTC
};

// Treatment plans per episode: a draft, finalized versions, the participant's agreement and
// reviews. Writes need Permission::WriteRecord for the participant and an open episode; reads
// ViewParticipant. Each write is one transaction with its audit row.
class TreatmentPlanStore
{
public:
    explicit TreatmentPlanStore(Database& db)
        : m_db(db)
    { }

    // The open episode's draft: the existing one, or a new one copied from the latest finalized
    // version (version + 1, replacing it), or an empty version 1.
    Result<PlanVersion> draft(Id participantId);
    // Saves a draft's content, incomplete as it may be, after giving new items their keys;
    // returns the plan as saved (with the keys).
    Result<TreatmentPlan> saveDraft(Id planId, TreatmentPlan plan, const QString& changeNote);
    Status discardDraft(Id planId);
    // Validates (TreatmentPlan::validate against the chart's diagnoses; a change note from
    // version 2 on, field "change_note") and finalizes as the signed-in clinician.
    Status finalize(Id planId);
    // Once, for the current finalized version: the day (not in the future, not before the
    // finalization; field "agreed_on") and who agreed and how (field "agreement").
    Status recordParticipantAgreement(Id planId, const QDate& agreedOn, const QString& how);

    Result<PlanVersion> get(Id planId);
    // Every version of the episode, the draft first, then newest first.
    Result<QList<PlanVersion>> versions(Id episodeId);
    // The latest finalized version.
    Result<std::optional<PlanVersion>> current(Id episodeId);
    // What the content hash of a finalized version covers, in this order ("plan.v1"), as the
    // columns store it (finalizedAt as stored text).
    static QString contentHashOf(Id participantId, Id episodeId, int version,
        const QString& content, const QString& changeNote, Id finalizedBy,
        const QString& finalizedAt);
    // Whether a finalized version's content still matches its content hash.
    Result<bool> verify(Id planId);

    // Records a review of the current version. When a status differs from the plan's, the next
    // version with the new statuses is made and finalized in the same transaction (a draft in
    // progress moves after it and takes the new statuses). Field keys: "reviewed_on",
    // "summary", "took_part", "progress.<objective key>". Returns the review's id.
    Result<Id> recordReview(const PlanReviewInput& input);
    Result<QList<PlanReview>> reviews(Id episodeId); // newest first

    // What the open episode's plan needs next (PlanReviewRules) as of the clock's today, or
    // nothing when not in care.
    Result<std::optional<PlanDue>> due(Id participantId);
    // The same for many participants at once, for the caseload: two grouped queries whatever
    // the number (about 10 ms for 2,000), then the rules in C++. Those out of reach or not in
    // care are left out. Needs ViewParticipant.
    Result<QHash<Id, PlanDue>> dueForParticipants(
        const QList<Id>& participantIds, const QDate& today);

private:
    struct Row;
    Result<Row> row(Id planId);
    Status requireWritable(const Row& r, bool draft);
    // row() after the WriteRecord check and requireWritable().
    Result<Row> writableRow(Id planId, bool draft);
    Result<QList<PlanVersion>> select(Id episodeId, Id planId);
    Database& m_db;
};

} // namespace stepwise
