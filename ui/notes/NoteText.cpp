// SPDX-License-Identifier: GPL-3.0-or-later
#include "NoteText.h"

#include "common/Format.h"
#include "storage/NoteStore.h"

#include <QColor>
#include <QCoreApplication>

namespace stepwise::NoteText {

namespace {
QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("stepwise::NoteText", text, nullptr, n);
}
} // namespace

QString when(const QDateTime& utc)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toLocalTime();
    return tr("%1 %2").arg(
        Format::date(local.date()), local.time().toString(QStringLiteral("HH:mm")));
}

QString person(const QString& name, const QString& recordNumber)
{
    return recordNumber.isEmpty() ? name : tr("%1 (%2)").arg(name, recordNumber);
}

QString occasion(const NoteSummary& note)
{
    return note.sessionTitle.isEmpty() ? label(note.contact) : note.sessionTitle;
}

QString occasion(const Note& note)
{
    return note.sessionTitle.isEmpty() ? label(note.contact) : note.sessionTitle;
}

QString lateBy(const QDateTime& deadline, const QDateTime& nowUtc)
{
    const qint64 hours = qMax<qint64>(1, deadline.secsTo(nowUtc) / 3600);
    // Within two days the hours matter (a note due this morning); after that, days do.
    if (hours < 48)
        return tr("%1 h").arg(hours);
    return tr("%1 days").arg(hours / 24);
}

QString state(const NoteSummary& note, const QDateTime& nowUtc)
{
    if (note.late(nowUtc))
        return tr("%1, late by %2").arg(label(note.state), lateBy(note.deadline, nowUtc));
    return label(note.state);
}

QColor warningColor()
{
    return QColor(0xa8, 0x1e, 0x1e);
}

} // namespace stepwise::NoteText
