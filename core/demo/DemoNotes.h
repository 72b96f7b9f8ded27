// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoRecordContext.h"
#include "common/Result.h"
#include "storage/AttendanceStore.h"

#include <QHash>

namespace stepwise::demo {

// Progress notes, written through NoteStore and GroupNoteStore as each session's facilitator,
// with the clock on when each step would have happened:
// - a note (DAP, or the counselor's own SOAP or BIRP) for about 95% of attended individual
//   sessions, started after the session and signed within 0-2 days; about 3% of the last three
//   weeks' notes forgotten as drafts (late after 72 h), and the last days' not signed yet;
// - case-management, medication-management and phone notes now and then;
// - a group note (shared summary and a part per attendee) for most group sessions of the last
//   eight weeks;
// - the trainee's notes co-signed by a supervisor (mostly the demo supervisor) within a week,
//   the latest still waiting; two returned with a comment and answered by an addendum;
//   a few addenda elsewhere.
class DemoNotes
{
public:
    explicit DemoNotes(DemoRecordContext& context);

    // `sessions` as AttendanceStore::history gives them (newest first). `leaveLateDraft`: one
    // note of the last two weeks, past the signing deadline, stays a draft.
    Status individual(
        const RecordSubject& s, const QList<ParticipantSession>& sessions, bool leaveLateDraft);
    // Notes of contacts outside the schedule, in the last year of the subject's episodes.
    Status otherContacts(const RecordSubject& s);
    // Notes who attended which group session from `from` on, from a participant's sessions
    // as AttendanceStore::history gives them: the parts of the group notes.
    void collectAttendees(
        const RecordSubject& s, const QList<ParticipantSession>& sessions, const QDate& from);
    // A group note for most group sessions with attendance from `from` to today.
    Status groups(const QDate& from);

    bool leftLateDraft() const { return m_leftLateDraft; }

private:
    NoteFormat formatOf(Id author) const;
    // When the author signs a note started at `created`; invalid: forgotten.
    QDateTime signingTime(const QDateTime& created, double forgetChance);
    // The co-signature of a trainee's signed note, or its return and answer.
    Status review(Id noteId, Id groupNoteId, Id author, const QDateTime& signedAt, int parts);
    Status maybeAddendum(Id noteId, Id author, const QDateTime& signedAt);
    Id cosigner();
    // `minute` past midnight, `days` after the day of `utc`, where the clinic is.
    QDateTime localDayTime(const QDateTime& utc, int days, int minute);

    DemoRecordContext& m_c;
    QHash<Id, NoteFormat> m_formats; // counselors who write in another format than the default
    bool m_leftLateDraft = false;
    // Group session -> the participants who attended it (and are in care that day), with how
    // the note refers to them.
    QHash<Id, QList<std::pair<Id, QString>>> m_attendees;
    int m_returned = 0;
};

} // namespace stepwise::demo
