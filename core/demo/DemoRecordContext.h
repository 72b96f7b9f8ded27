// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/demo: what the writers of the clinical record (DemoPlans, DemoRecovery,
// DemoNotes, DemoRecords) share: the participant as planned, the staff, the clock and counts.
#include "DemoClock.h"
#include "DemoHistory.h"
#include "DemoRandom.h"
#include "DemoText.h"
#include "notes/RecordsSettings.h"

#include <QHash>

namespace stepwise {
class Database;
} // namespace stepwise

namespace stepwise::demo {

// A medication as the demo means to record it for one episode.
struct PlannedMedication
{
    QString name; // "Suboxone 8 mg/2 mg film"
    QString generic;
    DemoText::Concern concern = DemoText::Concern::Depression; // what it treats
    bool maintenance = false; // buprenorphine or methadone: screened for
};

// One participant as the record writers see them.
struct RecordSubject
{
    Id participantId = 0;
    Id counselorId = 0; // who writes their record: their counselor, or the supervisor
    QString name;       // how notes refer to them: the preferred or first name
    PrimaryFocus focus = PrimaryFocus::SubstanceUse;
    QList<DemoText::Concern> concerns; // of their diagnoses, primary first
    QList<QString> codes;              // the ICD-10-CM codes, same order
    QList<PlannedEpisode> history;
    QList<Id> episodeIds; // as written, same order as history
    bool onHold = false;
    QList<PlannedMedication> medications; // chosen once, recorded per episode
    QString prescriber;                   // "Dr. Given Family", outside the program's staff

    bool substanceUse() const
    {
        for (DemoText::Concern c : concerns) {
            if (DemoText::isSubstance(c) && c != DemoText::Concern::Nicotine)
                return true;
        }
        return false;
    }
};

// What was written, for the summary.
struct RecordCounts
{
    int treatmentPlans = 0; // episodes with a finalized plan
    int planVersions = 0;   // finalized versions, those made by reviews included
    int planReviews = 0;
    int firstPlansOverdue = 0; // in care, past the first plan's due date without one
    int relapsePlans = 0;      // versions
    int aftercarePlans = 0;
    int medications = 0;
    int screens = 0;
    int unexpectedPositiveScreens = 0;
    int useEvents = 0;
    int notes = 0; // participants' notes: individual, other contacts and group parts
    int notesSigned = 0;
    int notesDraft = 0;
    int notesAwaitingCosign = 0;
    int notesCosigned = 0;
    int notesReturned = 0; // returned to the author at some point
    int addenda = 0;
    int groupNotes = 0;
    int groupNotesSigned = 0;
    int dischargeRecords = 0;
};

// The shared state of one generation.
class DemoRecordContext
{
public:
    DemoRecordContext(Database& database, DemoClock& demoClock, quint64 seed, const QDate& day)
        : db(database)
        , clock(demoClock)
        , rng(seed)
        , today(day)
    { }

    Database& db;
    DemoClock& clock;
    DemoRandom rng;
    const QDate today;
    RecordsSettings records;
    QHash<Id, StaffMember> staff;
    QList<Id> counselors;      // in the order added; the first is the demo counselor
    Id supervisorId = 0;       // the demo supervisor account
    Id secondSupervisorId = 0; // co-signs now and then
    Id demoCounselorId = 0;
    Id traineeId = 0; // whose notes need a co-signature
    RecordCounts counts;
    // Days of use the record shows (unexpected positives, reported use), by participant: the
    // notes of the days after talk about it.
    QHash<Id, QList<QDate>> useDays;

    // Signs the connection in as this staff member, as the stores' access checks need.
    void actAs(Id staffId);
    QString staffName(Id staffId) const { return staff.value(staffId).name; }
    // A random minute between the two hours (local) on `date`, as an instant.
    QDateTime at(const QDate& date, int fromHour, int toHour);
    // Pins the clock there; false (and the clock unpinned) when that is after the horizon.
    bool pinAt(const QDateTime& utc);
    bool pinOn(const QDate& date, int fromHour, int toHour)
    {
        return pinAt(at(date, fromHour, toHour));
    }
    // Whether that day at that hour has passed.
    bool reached(const QDate& date, int hour = 12)
    {
        return clock.reaches(clock.instant(date, QTime(hour, 0)));
    }
};

} // namespace stepwise::demo
