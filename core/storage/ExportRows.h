// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "domain/Episode.h"
#include "instruments/ScoreChange.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTime>
#include <optional>

namespace stepwise {

class Database;

// The rows of the CSV exports (core/exports) that CaseloadQuery does not already give. Each query
// is limited to the participants the signed-in user reaches (Access::participantVisibleSql) and
// to the scope; the export checks Permission::ExportParticipants before calling any of them.
namespace ExportRows {

struct Scope
{
    QDate from, to;                // inclusive; null for open-ended
    std::optional<Id> counselorId; // the participant's counselor now
};

// What was recorded for one participant at one session that was not cancelled.
struct AttendanceRow
{
    QString recordNumber;
    QDate date; // the session's local date
    QTime start;
    QTime end;
    QString sessionType; // SessionTypes key or a program's own type
    QString status;      // AttendanceStatus storage key
    int minutesLate = 0;
    int minutesLeftEarly = 0;
    QString note;
};

// One current version (not corrected by a later one) of an assessment.
struct AssessmentRow
{
    Id id = 0;
    QString recordNumber;
    QString instrument;
    QDate administeredOn;
    std::optional<int> total;
    QString band;        // Band::key as scored when saved
    QString answersJson; // {"item key": value} as stored
    QString note;
};

// One episode of care with what its outcome needs.
struct EpisodeRow
{
    Id participantId = 0;
    QString recordNumber;
    QString legalFirstName;
    QString legalLastName;
    QString preferredName;
    QString counselorName; // the participant's counselor now; empty when unassigned
    Episode episode;       // with its phases, oldest first
    // The signed discharge record's keys; empty when the episode has none (still in care, or
    // closed without a record).
    QString dischargeReasonKey;
    QString dischargeConditionKey;
    // Recorded attendance at sessions (not cancelled) from admission to discharge.
    int sessionsAttended = 0;
    int excusedAbsences = 0;
    int unexcusedAbsences = 0;
    // Current versions with a total, in date order.
    QList<DatedScore> phq9;
    QList<DatedScore> gad7;
};

Result<QList<AttendanceRow>> attendance(Database& db, const Scope& scope);
Result<QList<AssessmentRow>> assessments(Database& db, const Scope& scope);
// Episodes admitted or discharged within the scope's dates, by admission date.
Result<QList<EpisodeRow>> episodes(Database& db, const Scope& scope);

// Whether a staff member with this id exists, so a mistyped counselor is not an empty file.
Result<bool> staffExists(Database& db, Id staffId);

} // namespace ExportRows
} // namespace stepwise
