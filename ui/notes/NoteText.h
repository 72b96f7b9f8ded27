// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notes/Note.h"

#include <QDateTime>
#include <QString>

class QColor;

namespace stepwise {

struct NoteSummary;

// The wording the note screens share, so a list, a header and a worklist say the same thing.
namespace NoteText {

// "10/03/2025 14:02" in local time; empty for a null time.
QString when(const QDateTime& utc);
// "Abbott, Jordan (R-2001)"
QString person(const QString& name, const QString& recordNumber);
// The session's title, or the kind of contact for one outside the schedule.
QString occasion(const NoteSummary& note);
QString occasion(const Note& note);
// How long past its deadline an unsigned note is: "5 h", "3 days".
QString lateBy(const QDateTime& deadline, const QDateTime& nowUtc);
// "Signed", "Awaiting co-signature", with "late" added for an unsigned note past its deadline.
QString state(const NoteSummary& note, const QDateTime& nowUtc);
// The colour of a warning in a list (late, returned): the red the attendance flags use.
QColor warningColor();

} // namespace NoteText
} // namespace stepwise
