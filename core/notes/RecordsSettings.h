// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "notes/NoteFormat.h"

namespace stepwise {

// Program settings for the clinical record (issue 6); see docs/records.md.
struct RecordsSettings
{
    // A treatment plan is reviewed at least this often, and at every phase change.
    int planReviewDays = 30; // "plan.review_days", 7..180
    // A first plan is due this many days after admission.
    int initialPlanDays = 7; // "plan.initial_days", 1..60
    // The format a new note starts in; the author may pick another.
    NoteFormat defaultNoteFormat = NoteFormat::Dap; // "notes.default_format"
    // A note still unsigned this long after the service is flagged to its author and the
    // supervisors.
    int unsignedNoteHours = 72; // "notes.unsigned_hours", 1..720

    QList<FieldError> validate() const;
    bool operator==(const RecordsSettings&) const = default;
};

} // namespace stepwise
