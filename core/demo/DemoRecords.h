// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoNotes.h"
#include "DemoPlans.h"
#include "DemoRecordContext.h"
#include "DemoRecovery.h"
#include "common/Result.h"
#include "discharge/Discharge.h"

#include <QHash>
#include <memory>

namespace stepwise {
class Database;
} // namespace stepwise

namespace stepwise::demo {

// The clinical record of the synthetic clinic (issue 6), written through its stores so every
// row has its access check, audit row and signature hash: treatment plans and reviews, relapse
// prevention and aftercare plans, medications, drug screens and use (DemoPlans, DemoRecovery)
// while each episode is open; after the attendance, progress notes (DemoNotes), the screens of
// those in care (whose attendance shows who is struggling) and the signed discharge records of
// the latest episodes. Each record is dated by the clock (DemoClock) on the day it would have
// been written. The demo counselor's caseload gets at least one plan overdue, one late note and
// one recent unexpected positive screen. Same seed and day, same record; it draws on a random
// stream of its own.
class DemoRecords
{
public:
    DemoRecords(Database& db, DemoClock& clock, quint64 seed, const QDate& today);
    ~DemoRecords();

    // Before any participant: the counselors in the order added (the first is the demo
    // counselor), the demo supervisor, the second supervisor and the program's settings.
    void setStaff(const QList<StaffMember>& counselors, const StaffMember& supervisor,
        const StaffMember& secondSupervisor, const RecordsSettings& settings);

    // Starts a participant whose episodes are `history`; `counselorId` 0: none assigned.
    void addParticipant(
        const Participant& p, Id counselorId, const QList<PlannedEpisode>& history, bool onHold);
    // The latest participant's episode `index` is written (admitted, its phases, assessments)
    // and not yet discharged: its plans, medications and, when it will close, its screens.
    Status episodeWritten(int index, Id episodeId);
    // The latest participant's episode `index` was discharged. An earlier episode gets its
    // discharge record now, before the readmission; the latest gets it in finish(), with its
    // attendance.
    Status discharged(int index);
    // After the attendance is taken.
    Status finish();

    RecordCounts counts() const { return m_c.counts; }

    // How a demo discharge reason ("Moved out of area") is recorded.
    static DischargeReason reasonOf(const QString& demoReason, QString* note = nullptr);

private:
    Status dischargeRecord(const RecordSubject& s, int index);
    // Restores the supervisor's session and the clock after a step: the generator's own writes
    // are made as the supervisor, now.
    void settle();

    DemoRecordContext m_c;
    quint64 m_seed = 0;
    DemoPlans m_plans;
    DemoRecovery m_recovery;
    std::unique_ptr<DemoNotes> m_notes;
    QList<RecordSubject> m_subjects;
    bool m_planOverdueLeft = false;
};

} // namespace stepwise::demo
