// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoHistory.h"
#include "DemoRandom.h"
#include "attendance/Schedule.h"
#include "common/Result.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>

namespace stepwise {
class Database;
class ScheduleStore;
} // namespace stepwise

namespace stepwise::demo {

// The synthetic clinic's schedule and a year of attendance, written through ScheduleStore and
// AttendanceStore so every row has its access check and audit row, as a clinic's would:
// - five weekly groups (Morning and Evening IOP for intensive, Step-down group and Relapse
//   prevention for step-down, Aftercare group) for every 100 participants, from a year ago to
//   two weeks ahead, without US federal holidays and with one or two sessions cancelled;
// - each participant enrolled in the groups of each phase, unenrolled at each phase change and
//   at discharge, and individual counseling weekly in intensive care, then every other week;
// - attendance for every session that has started: most participants come to about 90-97% of
//   sessions (some late, a few leaving early or joining by video), about one in seven drifts
//   away over the weeks, a few stop coming (those discharged early; and some still in care, so
//   the caseload flags them), those on hold are excused. The demo counselor's latest group and
//   individual sessions are left for them to take.
// Same seed and day, same schedule and attendance; it draws on a random stream of its own.
class DemoAttendance
{
public:
    struct Counts
    {
        int groups = 0;
        int groupSessions = 0;
        int individualSessions = 0;
        int cancelled = 0;
        int rows = 0; // attendance rows, drop-ins included
        int dropIns = 0;
        int pending = 0; // sessions that started and have no attendance yet
    };

    // Sessions run from `from` (null: a year before `today`) to two weeks after `today`.
    DemoAttendance(Database& db, quint64 seed, const QDate& today, const QDate& from = {});

    // The weekly groups, five for every 60 participants in care (numbered from the second set
    // on: "Morning IOP 2"), led by the counselors; the first (the demo counselor) leads Morning
    // IOP. Before any participant is added.
    Status createGroups(
        int inCare, const QList<StaffMember>& counselors, const StaffMember& supervisor);
    // Enrols one participant in the groups of the phases of `history` that fall in the
    // sessions' window, as the staff member signed in, and plans how they attend.
    Status addParticipant(
        Id participantId, Id counselorId, const QList<PlannedEpisode>& history, bool onHold);
    // The sessions, the cancellations, the individual sessions and the attendance. Leaves the
    // supervisor signed in.
    Status finish();

    Counts counts() const { return m_counts; }

private:
    // The groups of one track, in the order they are created.
    enum class Group { MorningIop, EveningIop, StepDown, RelapsePrevention, Aftercare };
    static constexpr int GroupsPerTrack = 5;
    static constexpr int InCarePerTrack = 60;
    enum class Pattern { Steady, Drifting, DroppingOut };

    // How a participant attends during one episode.
    struct Course
    {
        QDate admission;
        QDate end; // discharge; null while in care
        Pattern pattern = Pattern::Steady;
        double rate = 0.95; // chance to come to a session
        QDate driftFrom;    // drifting: from here the chance falls by `drift` a week
        double drift = 0.0;
        QDate dropFrom; // dropping out: absent, unexcused, from here
        QDate holdFrom; // on hold: excused from here
    };

    struct Subject
    {
        Id participantId = 0;
        Id facilitatorId = 0; // of their individual sessions: their counselor, or the supervisor
        QList<PlannedEpisode> history;
        QList<Course> courses;
        bool video = false; // often joins by video
        int slot = 0;       // weekday, hour and week parity of individual sessions
        int track = 0;      // the set of groups they join
    };

    struct Membership
    {
        Id participantId = 0;
        QDate from;
        QDate to; // null: still enrolled
    };

    // One session that has started, with who leads it and who is expected.
    struct Work
    {
        ScheduledSession session;
        int group = -1; // index into m_groups; -1: individual
        Id facilitatorId = 0;
        Id subject = 0; // individual: the participant
        bool telehealth = false;
    };

    Status createTrack(ScheduleStore& store, int track, const QList<StaffMember>& counselors);
    Pattern leadUp(const QString& earlyReason);
    Status enrolPhases(Subject& subject);
    Status cancelSome(QList<ScheduledSession>& sessions);
    Status bookIndividual(QList<Work>& work);
    QList<AttendanceEntry> entries(const Work& work);
    std::optional<AttendanceEntry> entryFor(
        const Subject& subject, const QDate& date, int sessionMinutes, bool telehealthSession);
    const Course* courseOn(const Subject& subject, const QDate& date) const;
    static std::optional<PhaseKind> phaseOn(const Subject& subject, const QDate& date);
    void actAs(Id staffId);

    Database& m_db;
    DemoRandom m_rng;
    const QDate m_today;
    QDate m_from;       // the first day with sessions
    QDate m_to;         // the last, two weeks ahead
    QDateTime m_nowUtc; // sessions that started before this have attendance
    QSet<QDate> m_holidays;
    int m_tracks = 1;
    QList<GroupTemplate> m_groups;          // by track, then Group
    QList<QList<Membership>> m_memberships; // as m_groups
    QHash<Id, StaffMember> m_staff;
    Id m_supervisorId = 0;
    Id m_demoCounselorId = 0;
    QList<Subject> m_subjects;           // in the order added
    QHash<Id, qsizetype> m_subjectIndex; // participant id -> index into m_subjects
    QHash<Id, int> m_caseloadSlots;      // counselor -> individual slots handed out
    int m_intensiveCount = 0;            // alternates Morning and Evening IOP
    Counts m_counts;
};

} // namespace stepwise::demo
