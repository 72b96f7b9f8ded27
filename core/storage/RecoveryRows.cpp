// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecoveryRows.h"

#include "Database.h"
#include "common/Clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace stepwise::RecoveryRows {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::RecoveryRows", text);
}

QDate dateFrom(const QVariant& v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

} // namespace

Status requireParticipant(Database& db, Id participantId)
{
    auto row
        = db.queryOne(QStringLiteral("SELECT 1 FROM participant WHERE id = ?"), { participantId });
    if (!row)
        return row.error();
    if (!row->has_value())
        return Error { ErrorCode::NotFound,
            tr("There is no participant with id %1.").arg(participantId), {}, {} };
    return {};
}

Result<Id> episodeOn(Database& db, Id participantId, const QDate& date, const QString& field,
    QList<FieldError>& problems)
{
    const QString day = date.toString(Qt::ISODate);
    auto episode = db.queryOne(
        QStringLiteral("SELECT id FROM episode WHERE participant_id = ? AND admission_date <= ? "
                       "AND (discharge_date IS NULL OR discharge_date >= ?) "
                       "ORDER BY admission_date DESC, id DESC LIMIT 1"),
        { participantId, day, day });
    if (!episode)
        return episode.error();
    if (episode->has_value())
        return (*episode)->value(0).toLongLong();
    auto first = db.queryOne(
        QStringLiteral("SELECT min(admission_date) FROM episode WHERE participant_id = ?"),
        { participantId });
    if (!first)
        return first.error();
    const QDate admitted = *first ? dateFrom((*first)->value(0)) : QDate();
    const QString when = QLocale().toString(date, QLocale::ShortFormat);
    if (!admitted.isValid())
        problems.append({ field,
            tr("The participant has not been admitted: a record belongs to "
               "an episode of care.") });
    else if (date < admitted)
        problems.append({ field,
            tr("%1 is before the admission on %2.")
                .arg(when, QLocale().toString(admitted, QLocale::ShortFormat)) });
    else
        problems.append({ field,
            tr("The participant was not in care on %1: a record belongs to an episode of care.")
                .arg(when) });
    return Id(0);
}

Result<QList<Medication>> medications(Database& db, const QString& idsJson, const QDate& activeFrom)
{
    const QVariant from
        = activeFrom.isValid() ? QVariant(activeFrom.toString(Qt::ISODate)) : QVariant();
    auto r = db.exec(
        QStringLiteral("SELECT m.id, m.participant_id, m.name, m.analytes, m.prescriber, "
                       "m.start_date, m.end_date, m.note, m.recorded_by, s.name, m.recorded_at "
                       "FROM json_each(?) j CROSS JOIN medication m ON m.participant_id = j.value "
                       "LEFT JOIN staff s ON s.id = m.recorded_by "
                       "WHERE (? IS NULL OR m.end_date IS NULL OR m.end_date >= ?) "
                       "ORDER BY m.start_date, m.id"),
        { idsJson, from, from });
    if (!r)
        return r.error();
    QList<Medication> list;
    while (r->next()) {
        Medication m;
        m.id = r->value(0).toLongLong();
        m.participantId = r->value(1).toLongLong();
        m.name = r->value(2).toString();
        m.analytes = listFrom(r->value(3));
        m.prescriber = r->value(4).toString();
        m.startDate = dateFrom(r->value(5));
        m.endDate = dateFrom(r->value(6));
        m.note = r->value(7).toString();
        m.recordedBy = r->value(8).toLongLong();
        m.recordedByName = r->value(9).toString();
        m.recordedAt = QDateTime::fromString(r->value(10).toString(), Qt::ISODateWithMs);
        list.append(m);
    }
    return list;
}

QString idsJson(const QList<Id>& ids)
{
    QJsonArray array;
    for (Id id : ids)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString jsonText(const QStringList& list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList listFrom(const QVariant& jsonText)
{
    QStringList list;
    for (const QJsonValue& v : QJsonDocument::fromJson(jsonText.toString().toUtf8()).array())
        list.append(v.toString());
    return list;
}

QString nowText()
{
    return Clock::instance().nowUtc().toString(Qt::ISODateWithMs);
}

} // namespace stepwise::RecoveryRows
