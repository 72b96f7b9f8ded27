// SPDX-License-Identifier: GPL-3.0-or-later
#include "NoteRules.h"

#include "common/ContentHash.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace stepwise::NoteRules {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::NoteRules", text);
}

QString instant(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QVariant idOrNull(Id id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

// A section "written" has at least a few letters: a dot or a dash is not documentation.
bool isWritten(const QString& text)
{
    int letters = 0;
    for (const QChar c : text)
        if (c.isLetterOrNumber() && ++letters >= 3)
            return true;
    return false;
}

} // namespace

QList<FieldError> checkForSigning(const Note& note, const QDate& today)
{
    QList<FieldError> errors;
    for (const NoteSection& s : noteSections(note.format)) {
        if (!isWritten(note.sections.value(s.key)))
            errors.append({ QStringLiteral("section.") + s.key,
                tr("%1 is empty. Every section is written before a note is signed.")
                    .arg(s.label) });
    }
    if (!note.serviceDate.isValid())
        errors.append({ QStringLiteral("service_date"), tr("Enter the date of the service.") });
    else if (note.serviceDate > today)
        errors.append({ QStringLiteral("service_date"),
            tr("The service date is after today; a note documents what has happened.") });
    if (note.minutes && (*note.minutes < 1 || *note.minutes > 720))
        errors.append({ QStringLiteral("minutes"), tr("Minutes take 1 to 720.") });
    if (note.groupNoteId > 0)
        errors += checkGroupSummary(note.groupSummary);
    return errors;
}

QList<FieldError> checkGroupSummary(const QString& summary)
{
    if (isWritten(summary))
        return {};
    return { { QStringLiteral("group_summary"),
        tr("The group summary is empty. Describe the group's topic and process once for "
           "everyone.") } };
}

QString sectionsJson(NoteFormat format, const QMap<QString, QString>& sections)
{
    QJsonObject o;
    for (const NoteSection& s : noteSections(format)) {
        QString text = sections.value(s.key);
        while (!text.isEmpty() && text.back().isSpace())
            text.chop(1);
        o.insert(s.key, text);
    }
    // QJsonObject keeps its keys sorted, so the same sections always give the same text.
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QMap<QString, QString> parseSections(const QString& json)
{
    QMap<QString, QString> sections;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        sections.insert(it.key(), it.value().toString());
    return sections;
}

QString hash(const Note& note)
{
    return contentHash(QStringLiteral("note.v1"),
        { note.participantId, note.episodeId, idOrNull(note.sessionId), idOrNull(note.groupNoteId),
            storageKey(note.contact), storageKey(note.format),
            note.serviceDate.toString(Qt::ISODate),
            note.minutes ? QVariant(*note.minutes) : QVariant(),
            sectionsJson(note.format, note.sections),
            note.groupNoteId > 0 ? QVariant(note.groupSummary) : QVariant(), note.authorId,
            instant(note.signedAt) });
}

QString hash(const GroupNote& g)
{
    return contentHash(QStringLiteral("group_note.v1"),
        { g.sessionId, storageKey(g.format), g.summary, g.authorId, instant(g.signedAt) });
}

QString hash(const NoteAddendum& a, const QString& amendedHash)
{
    return contentHash(QStringLiteral("addendum.v1"),
        { idOrNull(a.noteId), idOrNull(a.groupNoteId), a.text, a.authorId, instant(a.signedAt),
            amendedHash });
}

QDateTime signingDeadline(const QDateTime& serviceEndUtc, const QDateTime& createdAt, int hours)
{
    const QDateTime from = serviceEndUtc.isValid() ? serviceEndUtc : createdAt;
    return from.addSecs(qint64(hours) * 3600);
}

} // namespace stepwise::NoteRules
