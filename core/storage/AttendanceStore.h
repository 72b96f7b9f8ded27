// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attendance/Schedule.h"
#include "common/Result.h"

namespace stepwise {

class Database;

// One session in a participant's attendance history.
struct ParticipantSession
{
    ScheduledSession session;
    bool expected = true;
    std::optional<AttendanceEntry> entry; // empty: not taken yet
    double hours = 0.0; // attended, from the times and minutes (before overlaps are merged)
};

// Attendance as taken, one sheet per session. A counselor takes it for sessions they lead and
// for participants on their caseload; supervisors for any session.
class AttendanceStore
{
public:
    explicit AttendanceStore(Database& db)
        : m_db(db)
    { }

    // The expected participants with what was recorded for each, then the drop-ins.
    Result<AttendanceSheet> sheet(Id sessionId);
    // Saves the rows given (all of a sheet, or some) in one transaction: every row is checked
    // first and nothing is written if any is refused (field keys "<participant id>.<field>").
    // A participant not expected is recorded as a drop-in. Refused for a cancelled session and
    // before the session starts.
    Status save(Id sessionId, const QList<AttendanceEntry>& entries);
    // Sessions from..to the participant was expected at or came to, newest first.
    Result<QList<ParticipantSession>> history(Id participantId, const QDate& from, const QDate& to);

private:
    Status requireForSession(const ScheduledSession& session, const QList<Id>& participantIds);
    Database& m_db;
};

} // namespace stepwise
