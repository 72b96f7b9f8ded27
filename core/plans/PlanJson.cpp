// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanJson.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace stepwise::PlanJson {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::PlanJson", text);
}

QString member(const QString& path, const char* name)
{
    if (path.isEmpty())
        return QLatin1String(name);
    return path + QLatin1Char('.') + QLatin1String(name);
}

} // namespace

void Reader::fail(const QString& path, const QString& reason)
{
    if (m_error.isEmpty())
        m_error = QStringLiteral("%1: %2").arg(path, reason);
}

Error Reader::error(const QString& what) const
{
    return Error { ErrorCode::InvalidArgument, tr("The %1 cannot be read: %2").arg(what, m_error),
        {}, m_error };
}

QString Reader::text(const QJsonObject& o, const char* name, const QString& path)
{
    const QJsonValue v = o.value(QLatin1String(name));
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString()) {
        fail(member(path, name), tr("not text"));
        return {};
    }
    return v.toString();
}

QDate Reader::date(const QJsonObject& o, const char* name, const QString& path)
{
    const QString t = text(o, name, path);
    if (t.isEmpty())
        return {};
    const QDate d = QDate::fromString(t, Qt::ISODate);
    if (!d.isValid() || t.size() != 10)
        fail(member(path, name), tr("not a date (YYYY-MM-DD)"));
    return d.isValid() ? d : QDate();
}

QTime Reader::time(const QJsonObject& o, const char* name, const QString& path)
{
    const QString t = text(o, name, path);
    if (t.isEmpty())
        return {};
    const QTime time = QTime::fromString(t, QStringLiteral("HH:mm"));
    if (!time.isValid())
        fail(member(path, name), tr("not a time (HH:MM)"));
    return time;
}

qint64 Reader::integer(const QJsonObject& o, const char* name, const QString& path)
{
    const QJsonValue v = o.value(QLatin1String(name));
    if (v.isUndefined() || v.isNull())
        return 0;
    const double d = v.toDouble(-1.5);
    if (!v.isDouble() || d != double(qint64(d)) || d < 0) {
        fail(member(path, name), tr("not a whole number"));
        return 0;
    }
    return qint64(d);
}

bool Reader::boolean(const QJsonObject& o, const char* name, const QString& path)
{
    const QJsonValue v = o.value(QLatin1String(name));
    if (v.isUndefined() || v.isNull())
        return false;
    if (!v.isBool()) {
        fail(member(path, name), tr("not true or false"));
        return false;
    }
    return v.toBool();
}

QJsonArray Reader::array(const QJsonObject& o, const char* name, const QString& path)
{
    const QJsonValue v = o.value(QLatin1String(name));
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray()) {
        fail(member(path, name), tr("not a list"));
        return {};
    }
    return v.toArray();
}

QList<QJsonObject> Reader::objects(const QJsonObject& o, const char* name, const QString& path)
{
    QList<QJsonObject> list;
    const QJsonArray a = array(o, name, path);
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!a.at(i).isObject()) {
            fail(QStringLiteral("%1[%2]").arg(member(path, name)).arg(i), tr("not an object"));
            continue;
        }
        list.append(a.at(i).toObject());
    }
    return list;
}

QStringList Reader::texts(const QJsonObject& o, const char* name, const QString& path)
{
    QStringList list;
    const QJsonArray a = array(o, name, path);
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!a.at(i).isString()) {
            fail(QStringLiteral("%1[%2]").arg(member(path, name)).arg(i), tr("not text"));
            continue;
        }
        list.append(a.at(i).toString());
    }
    return list;
}

QJsonObject Reader::object(const QJsonObject& o, const char* name, const QString& path)
{
    const QJsonValue v = o.value(QLatin1String(name));
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isObject()) {
        fail(member(path, name), tr("not an object"));
        return {};
    }
    return v.toObject();
}

Result<QJsonObject> parseObject(const QByteArray& text, const QString& what)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error { ErrorCode::InvalidArgument,
            tr("The %1 cannot be read: %2").arg(what, parseError.errorString()), {},
            parseError.errorString() };
    if (!doc.isObject())
        return Error { ErrorCode::InvalidArgument,
            tr("The %1 cannot be read: it is not a JSON object.").arg(what), {}, {} };
    return doc.object();
}

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString timeText(const QTime& time)
{
    return time.isValid() ? time.toString(QStringLiteral("HH:mm")) : QString();
}

} // namespace stepwise::PlanJson
