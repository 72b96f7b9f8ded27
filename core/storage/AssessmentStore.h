// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "instruments/Assessment.h"
#include "instruments/AssessmentSchedule.h"
#include "instruments/ScoreChange.h"

#include <QHash>

namespace stepwise {

class Database;

// Standardized assessments: recorded once, never changed; a correction is a new version that
// keeps the old one. Scoring is core's (Instruments::score); what was scored is stored with
// the answers. A safety flag raises a SafetyAlert in the same transaction.
class AssessmentStore
{
public:
    explicit AssessmentStore(Database& db)
        : m_db(db)
    { }

    // Every rule record() would refuse the input for, without writing: item keys for answers,
    // "date", "note", "narrative.N", and the ASAM placement fields. The score when all is well.
    Result<Score> check(const AssessmentInput& input);
    Result<Id> record(const AssessmentInput& input);
    // Saves `input` as the new version of `assessmentId` (which must be the current one); a
    // missing reason is the field "correction_reason" ("reason" is ASAM's level difference).
    Result<Id> correct(Id assessmentId, const AssessmentInput& input, const QString& reason);
    // All or nothing: for imports. Every input is checked before anything is written.
    Result<QList<Id>> recordAll(const QList<AssessmentInput>& inputs);

    // Current versions, newest first (by date, then by when recorded).
    Result<QList<Assessment>> history(Id participantId);
    Result<Assessment> get(Id assessmentId);
    // The whole chain `assessmentId` belongs to, original first.
    Result<QList<Assessment>> versions(Id assessmentId);

    // PHQ-9 and GAD-7 change within the participant's open (or else latest) episode.
    Result<std::optional<ScoreChange>> change(Id participantId, const QString& instrument);
    // What the schedule expects next for the open episode (empty when not in care).
    Result<QList<DueAssessment>> due(Id participantId);
    // For lists of participants the caller may see: the instruments ("phq9", "gad7") whose
    // score in the open episode has worsened since its first (ScoreChange::worsened). One query.
    Result<QHash<Id, QStringList>> worsenedInOpenEpisodes(const QList<Id>& participantIds);

private:
    struct Prepared
    {
        const InstrumentDefinition* definition = nullptr;
        Score score;
        Id episodeId = 0;
    };
    Result<Prepared> prepare(const AssessmentInput& input, QList<FieldError>& problems);
    Result<Id> insert(const AssessmentInput& input, const Prepared& prepared, Id replacesId,
        const QString& reason);
    Result<QList<Assessment>> select(const QString& sql, const QVariantList& values);
    Database& m_db;
};

} // namespace stepwise
