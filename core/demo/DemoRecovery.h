// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoRecordContext.h"
#include "common/Result.h"
#include "recovery/Medication.h"

#include <QHash>

namespace stepwise::demo {

// Medications, drug screens and recorded use, written through MedicationStore, ToxicologyStore
// and UseEventStore as the participant's counselor with the clock on each day:
// - about one participant in five has a medication from MedicationRules' table or a common
//   psychiatric one (buprenorphine, methadone or naltrexone for opioid use, naltrexone,
//   acamprosate or disulfiram for alcohol, sertraline and others), started before or during
//   the episode and mostly stopped at discharge;
// - screens weekly in the intensive phase and every one to two weeks in step-down (monthly for
//   some in aftercare, sparser more than a year back), observed mostly, on a panel that fits
//   the diagnoses; prescribed medications make their results expected positives, about 5% of
//   screens show an unexpected positive (more for someone struggling and before a setback),
//   rarely a dilute specimen;
// - a self-reported use near about half of the unexpected positives and before setbacks.
class DemoRecovery
{
public:
    explicit DemoRecovery(DemoRecordContext& context)
        : m_c(context)
    { }

    // Chooses the participant's medications and prescriber; draws only on `rng`.
    static void chooseMedications(DemoRandom& rng, RecordSubject& subject);

    // The medications of one episode, recorded at intake or when started.
    Status medications(const RecordSubject& s, int episode);
    // The screens and use events of one episode up to its end (or today). From `struggling`
    // (null for never) use is more likely: attendance fading, or leading up to leaving early.
    Status screens(const RecordSubject& s, int episode, const QDate& struggling);
    // One screen on `on` with an unexpected positive result.
    Status positiveScreen(const RecordSubject& s, int episode, const QDate& on);

    // The latest unexpected positive the last call of screens() recorded; null for none.
    QDate lastUnexpectedPositive() const { return m_lastPositive; }

private:
    // Records one screen; `forcePositive` makes an unexpected positive certain.
    Status screen(const RecordSubject& s, const PlannedEpisode& planned, const QDate& on, int index,
        double positiveChance, bool forcePositive);
    QString panelFor(const RecordSubject& s, int index) const;

    DemoRecordContext& m_c;
    QDate m_lastPositive;
    QHash<Id, QList<Medication>> m_recorded; // by participant: as recorded, for the screens
};

} // namespace stepwise::demo
