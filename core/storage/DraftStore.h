// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "domain/Participant.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace stepwise {

class Database;

// A form someone had not saved when the screen locked and another user took the workstation:
// kept for the person who typed it, and offered back to them when they open the same form.
struct Draft
{
    Id id = 0;
    Id staffId = 0; // the owner; only they can read it
    // Which form: "participant.edit", "participant.new", "phase.transition", "phase.plan".
    QString kind;
    // The participant the form concerns (0 for a new one): where the draft is offered again,
    // and the participant its audit rows name.
    Id subjectId = 0;
    QString title;       // what the form was, for the owner's list of drafts
    QJsonObject payload; // the form's fields, as the form itself wrote them
    QDateTime savedAt;   // UTC
};

// Drafts in the `draft` table (migration 2). Every call acts for the signed-in user and sees
// only their drafts: another user's draft reads as missing, so its existence is not revealed.
// Saving and discarding are audited ("draft.save", "draft.discard"); the payload never goes
// into the audit trail.
class DraftStore
{
public:
    explicit DraftStore(Database& db)
        : m_db(db)
    { }

    // Stores `draft` for the signed-in user. A draft of the same form for the same record
    // (kind and a non-zero subject) replaces the older one, so resuming is never ambiguous.
    Result<Id> save(const Draft& draft);
    // The signed-in user's drafts, newest first.
    Result<QList<Draft>> list();
    // The signed-in user's newest draft of this form and record, if any.
    Result<std::optional<Draft>> find(const QString& kind, Id subjectId);
    // Hands the draft back to its owner to continue in the form and removes it (audited as
    // "draft.resume"). NotFound for someone else's draft.
    Result<Draft> take(Id draftId);
    // Throws the draft away (audited). NotFound for someone else's draft.
    Status discard(Id draftId);

private:
    Result<Draft> owned(Id draftId);
    Status remove(const Draft& draft, const QString& action);
    Database& m_db;
};

} // namespace stepwise
