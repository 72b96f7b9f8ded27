// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Participant.h"
#include "notes/NoteFormat.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace stepwise {

// Where a note is in its life: written, signed (locked), and for authors whose notes need a
// supervisor's co-signature, waiting for it, returned with a comment, or co-signed.
enum class NoteState { Draft, Signed, AwaitingCosign, Returned, Cosigned };
QString label(NoteState s);

enum class NoteReviewAction { Cosigned, Returned };
QString storageKey(NoteReviewAction a);
std::optional<NoteReviewAction> parseNoteReviewAction(const QString& key);

// A correction or addition to a signed note, signed when written.
struct NoteAddendum
{
    Id id = 0;
    Id noteId = 0;      // set for an addendum to one participant's note
    Id groupNoteId = 0; // set for an addendum to a group's shared summary
    QString text;
    Id authorId = 0;
    QString authorName;
    QDateTime signedAt; // UTC
    QString contentHash;
};

// A supervisor's co-signature or return of a note, with the comment.
struct NoteReview
{
    Id id = 0;
    Id noteId = 0;
    NoteReviewAction action = NoteReviewAction::Cosigned;
    QString comment;
    Id staffId = 0;
    QString staffName;
    QDateTime at; // UTC
};

// One participant's progress note. For a group session the shared summary lives once in the
// group note (groupSummary here is a copy for display and hashing) and the note holds only
// this participant's part.
struct Note
{
    Id id = 0;
    Id participantId = 0;
    Id episodeId = 0;
    Id sessionId = 0;   // 0: a contact outside the schedule (phone, case management...)
    Id groupNoteId = 0; // 0: not part of a group note
    NoteContact contact = NoteContact::Individual;
    NoteFormat format = NoteFormat::Dap;
    QDate serviceDate;
    std::optional<int> minutes;      // for contacts outside the schedule
    QMap<QString, QString> sections; // by NoteSection::key
    QString groupSummary;
    Id authorId = 0;
    QString authorName;
    QDateTime createdAt, updatedAt; // UTC
    QDateTime signedAt;             // UTC; null while a draft
    QString contentHash;
    bool cosignRequired = false;
    Id cosignedBy = 0;
    QString cosignedByName;
    QDateTime cosignedAt;
    QList<NoteAddendum> addenda; // oldest first
    QList<NoteReview> reviews;   // oldest first
    // For lists and headers: "Group: Process group · Tue 09:00–12:00", participant's name.
    QString sessionTitle;
    QString participantName;
    QString recordNumber;

    bool isSigned() const { return signedAt.isValid(); }
    NoteState state() const;
    // The latest return that no addendum of the author has answered yet, if any.
    const NoteReview* pendingReturn() const;
};

// A group session's note: the shared summary and the attendees' individual parts.
struct GroupNote
{
    Id id = 0;
    Id sessionId = 0;
    NoteFormat format = NoteFormat::Dap;
    QString summary;
    Id authorId = 0;
    QString authorName;
    QDateTime createdAt, updatedAt, signedAt; // UTC
    QString contentHash;
    QString sessionTitle;
    QDate serviceDate;
    QList<Note> parts; // one per attendee, by participant name
    QList<NoteAddendum> addenda;

    bool isSigned() const { return signedAt.isValid(); }
};

} // namespace stepwise
