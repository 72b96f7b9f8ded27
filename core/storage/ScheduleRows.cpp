// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScheduleRows.h"

namespace stepwise::ScheduleRows {

namespace {

QTime timeFrom(const QVariant& v)
{
    return QTime::fromString(v.toString(), QStringLiteral("HH:mm"));
}

} // namespace

const QString& sessionSelect()
{
    static const QString sql = QStringLiteral(
        "SELECT s.id, s.template_id, t.name, s.session_type, s.local_date, s.start_time, "
        "s.end_time, s.time_zone, s.start_utc, s.end_utc, s.location, s.telehealth, s.topic, "
        "s.cancelled_at, s.cancel_reason, "
        "(SELECT count(*) FROM session_expected x WHERE x.session_id = s.id), "
        "(SELECT count(*) FROM attendance a WHERE a.session_id = s.id), "
        "(SELECT count(*) FROM attendance a WHERE a.session_id = s.id "
        "    AND a.status NOT IN ('excused', 'unexcused')), "
        "(SELECT count(*) FROM session_expected x WHERE x.session_id = s.id AND NOT EXISTS "
        "    (SELECT 1 FROM attendance a WHERE a.session_id = x.session_id "
        "     AND a.participant_id = x.participant_id)), "
        "(SELECT group_concat(f.staff_id || char(31) || st.name, char(30)) "
        "    FROM session_facilitator f JOIN staff st ON st.id = f.staff_id "
        "    WHERE f.session_id = s.id) "
        "FROM scheduled_session s LEFT JOIN group_template t ON t.id = s.template_id ");
    return sql;
}

ScheduledSession session(const Rows& q)
{
    ScheduledSession s;
    s.id = q.value(0).toLongLong();
    s.templateId = q.value(1).toLongLong();
    s.templateName = q.value(2).toString();
    s.sessionType = q.value(3).toString();
    s.times.localDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    s.times.localStart = timeFrom(q.value(5));
    s.times.localEnd = timeFrom(q.value(6));
    s.times.timeZone = q.value(7).toString().toLatin1();
    s.times.startUtc = QDateTime::fromString(q.value(8).toString(), Qt::ISODate);
    s.times.endUtc = QDateTime::fromString(q.value(9).toString(), Qt::ISODate);
    s.location = q.value(10).toString();
    s.telehealth = q.value(11).toInt() != 0;
    s.topic = q.value(12).toString();
    s.cancelled = !q.value(13).isNull();
    s.cancelReason = q.value(14).toString();
    s.expectedCount = q.value(15).toInt();
    s.recordedCount = q.value(16).toInt();
    s.attendedCount = q.value(17).toInt();
    s.notTakenCount = q.value(18).toInt();
    const QString facilitators = q.value(19).toString();
    for (const QString& f : facilitators.split(QChar(30), Qt::SkipEmptyParts)) {
        const qsizetype sep = f.indexOf(QChar(31));
        s.facilitatorIds.append(f.left(sep).toLongLong());
        s.facilitatorNames.append(f.mid(sep + 1));
    }
    return s;
}

GroupTemplate groupTemplate(const Rows& q)
{
    GroupTemplate t;
    t.id = q.value(0).toLongLong();
    t.name = q.value(1).toString();
    t.sessionType = q.value(2).toString();
    t.weekdays
        = ScheduleRules::parseWeekdays(q.value(3).toString()).value_or(QList<Qt::DayOfWeek> {});
    t.start = timeFrom(q.value(4));
    t.end = timeFrom(q.value(5));
    t.timeZone = q.value(6).toString().toLatin1();
    if (!q.value(7).isNull())
        t.phase = parsePhaseKind(q.value(7).toString());
    t.location = q.value(8).toString();
    t.telehealth = q.value(9).toInt() != 0;
    t.topic = q.value(10).toString();
    t.facilitatorId = q.value(11).toLongLong();
    t.facilitatorName = q.value(12).toString();
    t.active = q.value(13).toInt() != 0;
    t.memberCount = q.value(14).toInt();
    return t;
}

const QString& templateSelect()
{
    static const QString sql = QStringLiteral(
        "SELECT t.id, t.name, t.session_type, t.weekdays, t.start_time, t.end_time, t.time_zone, "
        "t.phase, t.location, t.telehealth, t.topic, t.facilitator_id, st.name, t.active, "
        "(SELECT count(*) FROM group_member m WHERE m.template_id = t.id AND m.from_date <= ? "
        "    AND (m.to_date IS NULL OR m.to_date >= ?)) "
        "FROM group_template t LEFT JOIN staff st ON st.id = t.facilitator_id ");
    return sql;
}

} // namespace stepwise::ScheduleRows
