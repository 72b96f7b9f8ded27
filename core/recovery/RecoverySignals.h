// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Medication.h"
#include "Toxicology.h"
#include "UseEvent.h"
#include "attendance/Readiness.h"

#include <optional>

namespace stepwise {

// What toxicology and recorded use say about step-down readiness. Stepwise never decides it.
enum class RecoveryVerdict {
    Supports,  // screened in the window; no unexpected positive and no use recorded
    NotYet,    // an unexpected positive screen or a recorded use in the window
    CannotSay, // no usable screen in the window (none, or only dilute or invalid specimens)
};

// One participant's substance-use picture on a day, from the current versions of their screens
// and use events. Counts are of screens, not of results: one cup positive for two substances is
// one unexpected positive screen.
struct RecoverySignals
{
    QDate lastUnexpectedPositive; // null: none recorded
    QDate lastUse;                // null: none recorded
    QDate lastScreen;
    // Days since the later of the two above: "days abstinent as far as the record shows"; empty
    // when neither was ever recorded.
    std::optional<int> daysAbstinent;
    // In the readiness window (RecoverySignalsRules::ReadinessWindowDays).
    int screens = 0;
    int unexpectedPositiveScreens = 0;
    int diluteOrInvalidScreens = 0;
    int useEvents = 0;
    RecoveryVerdict verdict = RecoveryVerdict::CannotSay;
    // The caseload flags, in the flag window (RecoverySignalsRules::FlagWindowDays).
    QDate flaggedPositiveOn; // the latest unexpected positive in the window; null: no flag
    QStringList flaggedPositiveAnalytes;
    QDate flaggedUseOn;
    QDate flaggedSpecimenOn; // the latest dilute or invalid specimen in the window
    QDate flaggedMissingOn;  // the latest screen missing a prescribed maintenance medication
    QStringList flaggedMissingAnalytes;

    bool any() const
    {
        return flaggedPositiveOn.isValid() || flaggedUseOn.isValid() || flaggedSpecimenOn.isValid()
            || flaggedMissingOn.isValid();
    }
    // For the caseload: "Unexpected positive screen on 3/2/26 (Cocaine)", ...
    QStringList flags() const;
    // "No unexpected positive or use in 30 days (4 screens)", for the readiness review.
    QString verdictText() const;
};

namespace RecoverySignalsRules {

// Windows end today and include it: "the last 30 days" are today and the 29 days before it, as
// the attendance rules count their 28 days. So a screen 29 days ago counts, one 30 days ago does
// not; for the flags, 13 days ago counts and 14 days ago does not.
// 30 days: the usual review period for a step-down decision, and a window within which most
// substances' urine detection times (SAMHSA TAP 32) leave at least one screen that would show
// use; 14 days: two weeks of IOP, what a supervisor scans the caseload for.
inline constexpr int ReadinessWindowDays = 30;
inline constexpr int FlagWindowDays = 14;

// Whether `date` is one of the `days` days ending on `today` (and not after it).
bool inWindow(const QDate& date, const QDate& today, int days);

// Superseded versions and anything dated after `today` are left out. `medications` are the
// participant's, for the missing-maintenance-medication flag.
RecoverySignals compute(const QList<ToxScreen>& screens, const QList<UseEvent>& events,
    const QList<Medication>& medications, const QDate& today);

// The readiness indicator "toxicology" (Met, NotMet or Info), for ReadinessRules' list.
ReadinessIndicator indicator(const RecoverySignals& recovery);

QString label(RecoveryVerdict v);

} // namespace RecoverySignalsRules
} // namespace stepwise
