// SPDX-License-Identifier: GPL-3.0-or-later
#include "Note.h"

#include <QCoreApplication>

namespace stepwise {

QString label(NoteState s)
{
    switch (s) {
    case NoteState::Draft:
        return QCoreApplication::translate("stepwise::Note", "Draft");
    case NoteState::Signed:
        return QCoreApplication::translate("stepwise::Note", "Signed");
    case NoteState::AwaitingCosign:
        return QCoreApplication::translate("stepwise::Note", "Awaiting co-signature");
    case NoteState::Returned:
        return QCoreApplication::translate("stepwise::Note", "Returned");
    case NoteState::Cosigned:
        return QCoreApplication::translate("stepwise::Note", "Co-signed");
    }
    return {};
}

QString storageKey(NoteReviewAction a)
{
    return a == NoteReviewAction::Cosigned ? QStringLiteral("cosigned")
                                           : QStringLiteral("returned");
}

std::optional<NoteReviewAction> parseNoteReviewAction(const QString& key)
{
    if (key == QLatin1String("cosigned"))
        return NoteReviewAction::Cosigned;
    if (key == QLatin1String("returned"))
        return NoteReviewAction::Returned;
    return std::nullopt;
}

const NoteReview* Note::pendingReturn() const
{
    const NoteReview* latest = nullptr;
    for (const NoteReview& r : reviews)
        if (r.action == NoteReviewAction::Returned)
            latest = &r;
    if (!latest)
        return nullptr;
    // The author answers a return with an addendum; a later one by anyone else does not count.
    for (const NoteAddendum& a : addenda)
        if (a.authorId == authorId && a.signedAt >= latest->at)
            return nullptr;
    return latest;
}

NoteState Note::state() const
{
    if (!isSigned())
        return NoteState::Draft;
    if (cosignedAt.isValid())
        return NoteState::Cosigned;
    if (!cosignRequired)
        return NoteState::Signed;
    return pendingReturn() ? NoteState::Returned : NoteState::AwaitingCosign;
}

} // namespace stepwise
