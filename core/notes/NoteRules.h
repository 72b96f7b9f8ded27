// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "notes/Note.h"

namespace stepwise::NoteRules {

// Why `note` cannot be signed yet, by field: "section.<key>" for an empty section,
// "service_date" for a date after today or outside care, "minutes", "group_summary".
QList<FieldError> checkForSigning(const Note& note, const QDate& today);
// The shared summary of a group note, by the same rules.
QList<FieldError> checkGroupSummary(const QString& summary);

// The hash stored at signing, over everything the reader of the note relies on (see
// ContentHash). Recomputed by verify() to show the stored note is what was signed.
QString hash(const Note& note);
QString hash(const GroupNote& groupNote);
// Covers the addendum's text, author and time and the hash of what it amends.
QString hash(const NoteAddendum& addendum, const QString& amendedHash);

// The sections as stored: a JSON object of the format's keys, in key order, trimmed of
// trailing white space; unknown keys dropped.
QString sectionsJson(NoteFormat format, const QMap<QString, QString>& sections);
QMap<QString, QString> parseSections(const QString& json);

// When an unsigned note becomes late: `hours` after the session ended, or after the note was
// started for a contact outside the schedule.
QDateTime signingDeadline(const QDateTime& serviceEndUtc, const QDateTime& createdAt, int hours);

} // namespace stepwise::NoteRules
