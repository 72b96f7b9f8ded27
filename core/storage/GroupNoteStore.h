// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "notes/Note.h"

#include <QHash>

namespace stepwise {

class Database;

// A group session's note: one shared summary written once, and for each participant who
// attended an individual part (a row of `note` naming the group note). Written by the
// session's facilitator (or a supervisor), whoever's caseload the attendees are on, as with
// attendance. Signing signs the summary and every part in one transaction; each part's hash
// covers the shared summary, so the printed note of one participant is verifiable alone.
class GroupNoteStore
{
public:
    explicit GroupNoteStore(Database& db)
        : m_db(db)
    { }

    // The session's group note, if one was started.
    Result<std::optional<Id>> forSession(Id sessionId);
    // Starts the note of a group session that has attendance, with an empty part for each
    // participant recorded as attended. Refused if one exists (open it with get()).
    Result<Id> start(Id sessionId, NoteFormat format);
    // The note with its parts. Before signing the parts follow the attendance: a participant
    // since recorded as attended gains a part; an empty part of one no longer attended goes.
    Result<GroupNote> get(Id groupNoteId);
    // The author's draft: the summary and the parts given (by participant id).
    Status save(
        Id groupNoteId, const QString& summary, const QHash<Id, QMap<QString, QString>>& parts);
    Status discard(Id groupNoteId);
    // Field errors: "group_summary", and "<participantId>.section.<key>" for a part.
    Status sign(Id groupNoteId);
    // Co-signs every part still waiting (a supervisor other than the author).
    Status cosignAll(Id groupNoteId);
    // An addendum to the shared summary, signed at once.
    Result<Id> addAddendum(Id groupNoteId, const QString& text);

private:
    struct Header
    {
        Id sessionId = 0;
        Id authorId = 0;
        bool isSigned = false;
    };
    Result<Header> header(Id groupNoteId);
    Status requireWriter(Id sessionId);
    // header() for the author, who must still be allowed to write the session's note.
    Result<Header> headerAsAuthor(Id groupNoteId, const QString& notAuthor);
    // Adds parts for new attendees and drops empty draft parts of people no longer attended.
    Status syncParts(Id groupNoteId, Id sessionId, NoteFormat format);
    Result<QList<Id>> attendees(Id sessionId);
    Database& m_db;
};

} // namespace stepwise
