// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QTime>

namespace stepwise::PlanJson {

// The strict reading the plan codecs share. A missing member reads as empty (older content may
// lack newer members); a member of the wrong type or a malformed date is refused, and the first
// refusal is kept with the path of the member ("problems[0].goals[1].key").
class Reader
{
public:
    QString text(const QJsonObject& o, const char* name, const QString& path);
    QDate date(const QJsonObject& o, const char* name, const QString& path);
    QTime time(const QJsonObject& o, const char* name, const QString& path);
    qint64 integer(const QJsonObject& o, const char* name, const QString& path);
    bool boolean(const QJsonObject& o, const char* name, const QString& path);
    QJsonArray array(const QJsonObject& o, const char* name, const QString& path);
    // The array's elements as objects (each must be one).
    QList<QJsonObject> objects(const QJsonObject& o, const char* name, const QString& path);
    QStringList texts(const QJsonObject& o, const char* name, const QString& path);
    QJsonObject object(const QJsonObject& o, const char* name, const QString& path);

    void fail(const QString& path, const QString& reason);
    bool failed() const { return !m_error.isEmpty(); }
    // InvalidArgument naming `what` ("treatment plan") and the first refusal.
    Error error(const QString& what) const;

private:
    QString m_error;
};

// The object a document holds, or InvalidArgument naming `what`.
Result<QJsonObject> parseObject(const QByteArray& text, const QString& what);
QByteArray compact(const QJsonObject& object);

// Dates as ISO text, a null date as an empty string.
QString dateText(const QDate& date);
QString timeText(const QTime& time); // "HH:mm", empty when null

} // namespace stepwise::PlanJson
