// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attendance/Schedule.h"
#include "common/Result.h"

namespace stepwise {

class Database;

struct GroupMember
{
    Id participantId = 0;
    QString recordNumber;
    QString name; // sortName
    QDate from;
    QDate to; // null: still enrolled
};

// Group templates, the sessions they generate, enrolment and individually booked sessions.
// Every write is one transaction with an audit row; templates and sessions need ManageSchedule.
class ScheduleStore
{
public:
    explicit ScheduleStore(Database& db)
        : m_db(db)
    { }

    // A new template; an empty time zone takes the workstation's.
    Result<Id> createTemplate(const GroupTemplate& t);
    // A template, its first members (from `from`) and its sessions from..to less `skip`, in one
    // transaction: the group dialog's Save.
    Result<Id> createGroup(const GroupTemplate& t, const QList<Id>& members, const QDate& from,
        const QDate& to, const QSet<QDate>& skip = {});
    Result<QList<GroupTemplate>> templates(bool includeInactive = false);
    Result<GroupTemplate> groupTemplate(Id templateId);
    Status setTemplateActive(Id templateId, bool active);

    // Creates the template's sessions on its weekdays from..to, less `skip` (holidays); dates
    // that already have a session are kept as they are. Each new session expects the members
    // enrolled on its date. Returns how many were created.
    Result<int> generate(
        Id templateId, const QDate& from, const QDate& to, const QSet<QDate>& skip = {});

    // Enrols from `from`: the participant is expected at the template's sessions from that date.
    Status enroll(Id templateId, Id participantId, const QDate& from);
    // Ends the enrolment after `lastDate`: later sessions without attendance stop expecting them.
    Status unenroll(Id templateId, Id participantId, const QDate& lastDate);
    Result<QList<GroupMember>> members(Id templateId, const QDate& on);
    // The groups the participant is a member of now or from a later date, by name.
    Result<QList<GroupTemplate>> memberships(Id participantId);
    // Ends the participant's current group memberships after `lastDate`, except groups that
    // serve `keep` or any phase; later sessions without attendance stop expecting them. Called
    // by EpisodeStore inside its phase change (keep: the new phase) and discharge (keep: none),
    // which has checked ChangePhase: no check of its own.
    Status endMemberships(Id participantId, const QDate& lastDate, std::optional<PhaseKind> keep);

    // One session on its own (individual counseling, a family session, or a one-off group).
    Result<Id> book(const SessionInput& input);
    // Adds a participant to the expected list of one session (a make-up, a newcomer).
    Status expect(Id sessionId, Id participantId);
    // Cancelled sessions stay in the calendar, struck out; refused once attendance is taken.
    Status cancel(Id sessionId, const QString& reason);

    // Sessions whose local date is within from..to, by start; `facilitatorId` 0 lists everyone's.
    Result<QList<ScheduledSession>> sessions(
        const QDate& from, const QDate& to, Id facilitatorId = 0);
    Result<ScheduledSession> session(Id sessionId);
    // Sessions from..to the participant was expected at or came to, newest first. No access
    // check: AttendanceStore::history checks the chart.
    Result<QList<ScheduledSession>> sessionsOf(
        Id participantId, const QDate& from, const QDate& to);

private:
    Result<QStringList> sessionTypes();
    Result<QList<ScheduledSession>> selectSessions(
        const QString& where, const QVariantList& values);
    Result<QList<GroupTemplate>> selectTemplates(const QString& where, const QVariantList& values);
    Status addExpected(Id sessionId, Id participantId);
    // Ends one membership after `lastDate` (withdraws it when that is before `from`), stops
    // later sessions without attendance expecting the participant, and writes the audit row.
    Status endMembership(Id templateId, Id participantId, const QDate& from, const QDate& lastDate,
        const QString& detail);
    Database& m_db;
};

} // namespace stepwise
