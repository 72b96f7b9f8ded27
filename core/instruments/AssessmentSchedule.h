// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "domain/Episode.h"

#include <QDate>
#include <QHash>
#include <QMap>
#include <QString>
#include <array>

namespace stepwise {

// When each instrument is due: every N days in each phase (0: not scheduled in that phase),
// and the ASAM dimensions at admission and at each phase change. Program settings.
struct AssessmentScheduleSettings
{
    // Days between administrations, per instrument id, indexed by int(PhaseKind).
    QMap<QString, std::array<int, 3>> intervalDays;
    bool asamAtPhaseChange = true;
    // A baseline is due within this many days of admission, an ASAM review within this many
    // days of a phase change; an ASAM done up to this many days before the change counts.
    int windowDays = 7;

    // Issue 4 defaults: PHQ-9 and GAD-7 every 14 days in intensive and step-down, every 30 in
    // aftercare; ASAM at admission and each phase change; the others when the clinician chooses.
    static AssessmentScheduleSettings defaults();
    int interval(const QString& instrumentId, PhaseKind phase) const;
    void setInterval(const QString& instrumentId, PhaseKind phase, int days);
    QList<FieldError> validate() const;
    bool operator==(const AssessmentScheduleSettings&) const = default;
};

struct DueAssessment
{
    QString instrument; // id
    QDate dueDate;
    QDate lastDate; // null when never given in this episode
    QString reason; // "every 14 days in the intensive phase", "at the step-down phase change"
    bool isOverdue(const QDate& today) const { return today > dueDate; }
    int daysOverdue(const QDate& today) const { return int(dueDate.daysTo(today)); }
    bool operator==(const DueAssessment&) const = default;
};

namespace AssessmentSchedule {

// What the schedule expects next for an open episode, one entry per scheduled instrument, in
// due-date order. `lastDates` holds the latest administration of each instrument within the
// episode (current versions only). A closed episode has nothing due.
QList<DueAssessment> next(const Episode& episode, const QHash<QString, QDate>& lastDates,
    const AssessmentScheduleSettings& settings);

// Those of next() whose due date has passed.
QList<DueAssessment> overdue(const Episode& episode, const QHash<QString, QDate>& lastDates,
    const AssessmentScheduleSettings& settings, const QDate& today);

} // namespace AssessmentSchedule
} // namespace stepwise
