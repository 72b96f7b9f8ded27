// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Access.h"
#include "common/Result.h"
#include "notes/Note.h"

#include <QHash>

namespace stepwise {

class Database;

// What a new note starts from.
struct NoteInput
{
    Id participantId = 0;
    Id sessionId = 0; // an attended individual or family session; 0 for other contacts
    NoteContact contact = NoteContact::Individual;
    NoteFormat format = NoteFormat::Dap;
    QDate serviceDate; // a session's own date when sessionId is set
    std::optional<int> minutes;
    QMap<QString, QString> sections;
};

// A note in a list: enough for the chart, the author's worklist and the co-sign queue.
struct NoteSummary
{
    Id id = 0;
    Id participantId = 0;
    QString participantName;
    QString recordNumber;
    Id groupNoteId = 0;
    Id sessionId = 0;
    QString sessionTitle;
    NoteContact contact = NoteContact::Individual;
    NoteFormat format = NoteFormat::Dap;
    QDate serviceDate;
    Id authorId = 0;
    QString authorName;
    QDateTime createdAt, signedAt, cosignedAt;
    QDateTime deadline; // when an unsigned note becomes late
    NoteState state = NoteState::Draft;
    QString returnComment; // the pending return's comment, if any
    int addendumCount = 0;
    bool late(const QDateTime& nowUtc) const { return !signedAt.isValid() && deadline < nowUtc; }
};

// A signed record whose stored hash no longer matches its content.
struct SignatureProblem
{
    QString entity; // "note", "group_note", "note_addendum"
    Id id = 0;
    QString message;
};

// Progress notes of one participant: drafts, signing, addenda and the co-signature. Group
// notes are written through GroupNoteStore; their parts are read here like any note.
class NoteStore
{
public:
    explicit NoteStore(Database& db)
        : m_db(db)
    { }

    Result<Id> createDraft(const NoteInput& input);
    // The author's own draft only.
    Status saveDraft(Id noteId, NoteFormat format, const QMap<QString, QString>& sections,
        const QDate& serviceDate, std::optional<int> minutes);
    Status discardDraft(Id noteId);
    // Locks the note: the content hash is stored and triggers refuse any later change. Field
    // errors name the empty sections. Notes of authors whose notes need a co-signature join
    // the supervisors' queue.
    Status sign(Id noteId);
    // A correction or addition to a signed note, signed at once. An author's addendum answers
    // a return and puts the note back in the co-sign queue.
    Result<Id> addAddendum(Id noteId, const QString& text);
    // A supervisor other than the author.
    Status cosign(Id noteId);
    Status returnToAuthor(Id noteId, const QString& comment);

    Result<Note> get(Id noteId);
    Result<QList<NoteSummary>> notes(Id participantId); // newest service date first
    // The signed-in clinician's drafts and returned notes, oldest first.
    Result<QList<NoteSummary>> worklist();
    // Every note waiting for a co-signature (supervisors), oldest signature first; returned
    // notes are the author's until answered.
    Result<QList<NoteSummary>> cosignQueue();
    // Unsigned notes past the deadline: the signed-in user's own, or everyone's for
    // supervisors.
    Result<QList<NoteSummary>> lateUnsigned();
    // For the caseload: late unsigned notes per participant, for the participants given.
    Result<QHash<Id, int>> lateUnsignedCounts(const QList<Id>& participantIds);
    // Per participant: signed notes waiting for a supervisor's co-signature (not those returned
    // to their author), for the caseload and the supervisors' dashboard.
    Result<QHash<Id, int>> awaitingCosignCounts(const QList<Id>& participantIds);
    // Recomputes every stored signature hash (ViewAudit or a clinical role).
    Result<QList<SignatureProblem>> verify();

private:
    friend class GroupNoteStore;
    Result<QList<NoteSummary>> summaries(const QString& where, const QVariantList& values);
    Result<Note> load(Id noteId);
    // load() for the author only, with the permission checked for the note's participant.
    Result<Note> loadAsAuthor(Id noteId, Permission permission, const QString& notAuthor);
    // load() for a co-signer: CoSignNote, and not the author.
    Result<Note> loadAsReviewer(Id noteId, const QString& ownNote);
    // Signs and stores an addendum to a note or a group summary, whose hash is `amendedHash`.
    Result<Id> insertAddendum(NoteAddendum addendum, const QString& amendedHash);
    Status audit(const QString& action, Id noteId, Id participantId, const QString& detail = {});
    Result<Id> episodeOn(Id participantId, const QDate& date);
    Result<int> unsignedHours();
    Database& m_db;
};

} // namespace stepwise
