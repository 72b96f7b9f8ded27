// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScheduleStore.h"

#include "AuditTrail.h"
#include "Database.h"
#include "ScheduleRows.h"
#include "SettingsStore.h"
#include "attendance/SessionType.h"
#include "auth/Access.h"
#include "common/Clock.h"

#include <QCoreApplication>

namespace stepwise {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::ScheduleStore", text);
}

QString nowText()
{
    return Clock::instance().nowUtc().toString(Qt::ISODateWithMs);
}

QString timeKey(const QTime& t)
{
    return t.toString(QStringLiteral("HH:mm"));
}

QString utcKey(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODate);
}

Error notFound(const QString& what, Id id)
{
    return Error { ErrorCode::NotFound, tr("There is no %1 with id %2.").arg(what).arg(id), {},
        {} };
}

} // namespace

Result<QStringList> ScheduleStore::sessionTypes()
{
    auto settings = SettingsStore(m_db).load();
    if (!settings)
        return settings.error();
    return settings->attendance.sessionTypes();
}

Result<Id> ScheduleStore::createTemplate(const GroupTemplate& input)
{
    if (Status s = Access::require(m_db, Permission::ManageSchedule); !s)
        return s.error();
    auto types = sessionTypes();
    if (!types)
        return types.error();
    GroupTemplate t = input;
    t.name = t.name.trimmed();
    if (t.timeZone.isEmpty())
        t.timeZone = SessionTime::workstationZone().id();
    if (const auto errors = ScheduleRules::validateTemplate(t, *types); !errors.isEmpty())
        return Error::validation(errors);
    if (!QTimeZone(t.timeZone).isValid())
        return Error::validation({ { QLatin1String(ScheduleRules::Name),
            tr("The time zone %1 is not known to this computer.")
                .arg(QString::fromLatin1(t.timeZone)) } });
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto r = m_db.exec(
        QStringLiteral("INSERT INTO group_template (name, session_type, weekdays, start_time, "
                       "end_time, time_zone, phase, location, telehealth, topic, facilitator_id, "
                       "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { t.name, t.sessionType, ScheduleRules::weekdaysKey(t.weekdays), timeKey(t.start),
            timeKey(t.end), QString::fromLatin1(t.timeZone),
            t.phase ? QVariant(storageKey(*t.phase)) : QVariant(), t.location.trimmed(),
            t.telehealth ? 1 : 0, t.topic.trimmed(),
            t.facilitatorId > 0 ? QVariant(t.facilitatorId) : QVariant(), m_db.actorId(),
            nowText() });
    if (!r)
        return r.error();
    const Id id = r->lastInsertId().toLongLong();
    AuditEvent event;
    event.action = QStringLiteral("group.create");
    event.entity = QStringLiteral("group_template");
    event.entityId = id;
    event.detail = QStringLiteral("%1: %2").arg(t.name, t.scheduleText());
    if (Status s = AuditTrail::record(m_db, event); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<Id> ScheduleStore::createGroup(const GroupTemplate& t, const QList<Id>& members,
    const QDate& from, const QDate& to, const QSet<QDate>& skip)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto id = createTemplate(t);
    if (!id)
        return id.error();
    for (Id participantId : members) {
        if (Status s = enroll(*id, participantId, from); !s)
            return s.error();
    }
    if (auto n = generate(*id, from, to, skip); !n)
        return n.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<QList<GroupTemplate>> ScheduleStore::templates(bool includeInactive)
{
    if (Status s = Access::require(m_db, Permission::RecordAttendance); !s)
        return s.error();
    return selectTemplates(
        QStringLiteral("WHERE (? = 1 OR t.active = 1) ORDER BY t.name COLLATE NOCASE, t.id"),
        { includeInactive ? 1 : 0 });
}

Result<GroupTemplate> ScheduleStore::groupTemplate(Id templateId)
{
    if (Status s = Access::require(m_db, Permission::RecordAttendance); !s)
        return s.error();
    auto found = selectTemplates(QStringLiteral("WHERE t.id = ?"), { templateId });
    if (!found)
        return found.error();
    if (found->isEmpty())
        return notFound(tr("group"), templateId);
    return found->first();
}

Status ScheduleStore::setTemplateActive(Id templateId, bool active)
{
    if (Status s = Access::require(m_db, Permission::ManageSchedule); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto r = m_db.exec(QStringLiteral("UPDATE group_template SET active = ? WHERE id = ?"),
        { active ? 1 : 0, templateId });
    if (!r)
        return r.error();
    if (r->numRowsAffected() == 0)
        return notFound(tr("group"), templateId);
    AuditEvent event;
    event.action = active ? QStringLiteral("group.activate") : QStringLiteral("group.retire");
    event.entity = QStringLiteral("group_template");
    event.entityId = templateId;
    if (Status s = AuditTrail::record(m_db, event); !s)
        return s;
    return tx.commit();
}

Result<int> ScheduleStore::generate(
    Id templateId, const QDate& from, const QDate& to, const QSet<QDate>& skip)
{
    if (Status s = Access::require(m_db, Permission::ManageSchedule); !s)
        return s.error();
    if (!from.isValid() || !to.isValid() || to < from
        || from.daysTo(to) > ScheduleRules::MaximumGenerateDays)
        return Error::validation({ { QLatin1String(ScheduleRules::Range),
            tr("Choose a first and last date, at most %1 days apart.")
                .arg(ScheduleRules::MaximumGenerateDays) } });
    auto t = groupTemplate(templateId);
    if (!t)
        return t.error();
    if (!t->active)
        return Error::validation({ { QLatin1String(ScheduleRules::Name),
            tr("%1 is retired; make it active before adding sessions.").arg(t->name) } });
    const QTimeZone zone(t->timeZone);
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    int created = 0;
    QStringList refused;
    for (const QDate& date : ScheduleRules::sessionDates(*t, from, to, skip)) {
        const auto times = SessionTime::resolve(date, t->start, t->end, zone);
        if (!times) {
            // The night the clocks skip the start hour: that date is left for a person to book.
            refused.append(date.toString(Qt::ISODate));
            continue;
        }
        auto r = m_db.exec(
            QStringLiteral("INSERT INTO scheduled_session (template_id, session_type, local_date, "
                           "start_time, end_time, time_zone, start_utc, end_utc, location, "
                           "telehealth, topic, created_by, created_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                           "ON CONFLICT (template_id, local_date) DO NOTHING"),
            { templateId, t->sessionType, date.toString(Qt::ISODate), timeKey(t->start),
                timeKey(t->end), QString::fromLatin1(t->timeZone), utcKey(times->startUtc),
                utcKey(times->endUtc), t->location, t->telehealth ? 1 : 0, t->topic, m_db.actorId(),
                nowText() });
        if (!r)
            return r.error();
        if (r->numRowsAffected() == 0)
            continue;
        const Id sessionId = r->lastInsertId().toLongLong();
        ++created;
        if (t->facilitatorId > 0) {
            auto f = m_db.exec(QStringLiteral("INSERT INTO session_facilitator (session_id, "
                                              "staff_id) VALUES (?, ?)"),
                { sessionId, t->facilitatorId });
            if (!f)
                return f.error();
        }
        auto x
            = m_db.exec(QStringLiteral("INSERT INTO session_expected (session_id, participant_id) "
                                       "SELECT ?, participant_id FROM group_member "
                                       "WHERE template_id = ? AND from_date <= ? "
                                       "AND (to_date IS NULL OR to_date >= ?)"),
                { sessionId, templateId, date.toString(Qt::ISODate), date.toString(Qt::ISODate) });
        if (!x)
            return x.error();
    }
    AuditEvent event;
    event.action = QStringLiteral("group.generate");
    event.entity = QStringLiteral("group_template");
    event.entityId = templateId;
    event.detail = tr("%1 sessions from %2 to %3")
                       .arg(created)
                       .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    if (!skip.isEmpty()) {
        QStringList skipped;
        for (const QDate& d : skip)
            skipped.append(d.toString(Qt::ISODate));
        skipped.sort();
        event.detail += tr(", skipping %1").arg(skipped.join(QStringLiteral(", ")));
    }
    if (!refused.isEmpty())
        event.detail += tr(", not on %1 (the start time does not exist that day)")
                            .arg(refused.join(QStringLiteral(", ")));
    if (Status s = AuditTrail::record(m_db, event); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return created;
}

Status ScheduleStore::addExpected(Id sessionId, Id participantId)
{
    auto r = m_db.exec(QStringLiteral("INSERT INTO session_expected (session_id, participant_id) "
                                      "VALUES (?, ?) ON CONFLICT DO NOTHING"),
        { sessionId, participantId });
    if (!r)
        return r.error();
    return {};
}

Status ScheduleStore::enroll(Id templateId, Id participantId, const QDate& from)
{
    if (Status s = Access::require(m_db, Permission::ManageSchedule); !s)
        return s;
    if (Status s = Access::requireParticipant(m_db, Permission::ViewParticipant, participantId); !s)
        return s;
    if (!from.isValid())
        return Error::validation({ { QStringLiteral("from"), tr("Enter the first date.") } });
    auto t = groupTemplate(templateId);
    if (!t)
        return t.error();
    auto current = m_db.queryOne(
        QStringLiteral("SELECT from_date FROM group_member WHERE template_id = ? AND "
                       "participant_id = ? AND (to_date IS NULL OR to_date >= ?)"),
        { templateId, participantId, from.toString(Qt::ISODate) });
    if (!current)
        return current.error();
    if (current->has_value())
        return Error { ErrorCode::Conflict,
            tr("Already a member of %1 since %2.").arg(t->name, (*current)->value(0).toString()),
            {}, {} };
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto r = m_db.exec(QStringLiteral("INSERT INTO group_member (template_id, participant_id, "
                                      "from_date) VALUES (?, ?, ?)"),
        { templateId, participantId, from.toString(Qt::ISODate) });
    if (!r)
        return r.error();
    auto x = m_db.exec(QStringLiteral("INSERT INTO session_expected (session_id, participant_id) "
                                      "SELECT id, ? FROM scheduled_session WHERE template_id = ? "
                                      "AND local_date >= ? AND cancelled_at IS NULL "
                                      "ON CONFLICT DO NOTHING"),
        { participantId, templateId, from.toString(Qt::ISODate) });
    if (!x)
        return x.error();
    AuditEvent event;
    event.action = QStringLiteral("group.enroll");
    event.entity = QStringLiteral("group_template");
    event.entityId = templateId;
    event.participantId = participantId;
    event.detail = tr("%1 from %2").arg(t->name, from.toString(Qt::ISODate));
    if (Status s = AuditTrail::record(m_db, event); !s)
        return s;
    return tx.commit();
}

Status ScheduleStore::unenroll(Id templateId, Id participantId, const QDate& lastDate)
{
    if (Status s = Access::require(m_db, Permission::ManageSchedule); !s)
        return s;
    if (Status s = Access::requireParticipant(m_db, Permission::ViewParticipant, participantId); !s)
        return s;
    auto current = m_db.queryOne(
        QStringLiteral("SELECT from_date FROM group_member WHERE template_id = ? AND "
                       "participant_id = ? AND to_date IS NULL"),
        { templateId, participantId });
    if (!current)
        return current.error();
    if (!current->has_value())
        return Error { ErrorCode::NotFound, tr("Not a current member of this group."), {}, {} };
    const QDate from = QDate::fromString((*current)->value(0).toString(), Qt::ISODate);
    if (!lastDate.isValid() || lastDate < from.addDays(-1))
        return Error::validation({ { QStringLiteral("to"),
            tr("The last date is on or after the first, %1.").arg(from.toString(Qt::ISODate)) } });
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (Status s = endMembership(templateId, participantId, from, lastDate,
            tr("last date %1").arg(lastDate.toString(Qt::ISODate)));
        !s)
        return s;
    return tx.commit();
}

Status ScheduleStore::endMemberships(
    Id participantId, const QDate& lastDate, std::optional<PhaseKind> keep)
{
    auto r
        = m_db.exec(QStringLiteral("SELECT m.template_id, m.from_date, t.name FROM group_member m "
                                   "JOIN group_template t ON t.id = m.template_id "
                                   "WHERE m.participant_id = ? AND m.to_date IS NULL "
                                   "AND (? IS NULL OR (t.phase IS NOT NULL AND t.phase <> ?))"),
            { participantId, keep ? QVariant(storageKey(*keep)) : QVariant(),
                keep ? QVariant(storageKey(*keep)) : QVariant() });
    if (!r)
        return r.error();
    struct Membership
    {
        Id templateId;
        QString from;
        QString name;
    };
    QList<Membership> ending;
    while (r->next())
        ending.append({ r->value(0).toLongLong(), r->value(1).toString(), r->value(2).toString() });
    const QString last = lastDate.toString(Qt::ISODate);
    for (const Membership& m : ending) {
        const QString detail = keep ? tr("%1: last date %2, at the change to the %3 phase")
                                          .arg(m.name, last, label(*keep).toLower())
                                    : tr("%1: last date %2, at discharge").arg(m.name, last);
        if (Status s = endMembership(m.templateId, participantId,
                QDate::fromString(m.from, Qt::ISODate), lastDate, detail);
            !s)
            return s;
    }
    return {};
}

Status ScheduleStore::endMembership(Id templateId, Id participantId, const QDate& from,
    const QDate& lastDate, const QString& detail)
{
    // Ending before the first date withdraws an enrolment (made by mistake, or not begun).
    auto end = lastDate < from
        ? m_db.exec(QStringLiteral("DELETE FROM group_member WHERE template_id = ? AND "
                                   "participant_id = ? AND from_date = ?"),
            { templateId, participantId, from.toString(Qt::ISODate) })
        : m_db.exec(QStringLiteral("UPDATE group_member SET to_date = ? WHERE template_id = ? AND "
                                   "participant_id = ? AND from_date = ?"),
            { lastDate.toString(Qt::ISODate), templateId, participantId,
                from.toString(Qt::ISODate) });
    if (!end)
        return end.error();
    auto x = m_db.exec(QStringLiteral("DELETE FROM session_expected WHERE participant_id = ? AND "
                                      "session_id IN (SELECT id FROM scheduled_session WHERE "
                                      "template_id = ? AND local_date > ?) AND NOT EXISTS "
                                      "(SELECT 1 FROM attendance a WHERE a.session_id = "
                                      "session_expected.session_id AND a.participant_id = ?)"),
        { participantId, templateId, lastDate.toString(Qt::ISODate), participantId });
    if (!x)
        return x.error();
    AuditEvent event;
    event.action = QStringLiteral("group.unenroll");
    event.entity = QStringLiteral("group_template");
    event.entityId = templateId;
    event.participantId = participantId;
    event.detail = detail;
    return AuditTrail::record(m_db, event);
}

Result<QList<GroupTemplate>> ScheduleStore::memberships(Id participantId)
{
    if (Status s = Access::requireParticipant(m_db, Permission::ViewParticipant, participantId); !s)
        return s.error();
    return selectTemplates(
        QStringLiteral("WHERE t.id IN (SELECT template_id FROM group_member WHERE "
                       "participant_id = ? AND to_date IS NULL) "
                       "ORDER BY t.name COLLATE NOCASE, t.id"),
        { participantId });
}

Result<QList<GroupMember>> ScheduleStore::members(Id templateId, const QDate& on)
{
    if (Status s = Access::require(m_db, Permission::RecordAttendance); !s)
        return s.error();
    auto r = m_db.exec(
        QStringLiteral("SELECT p.id, p.record_number, p.legal_first_name, p.legal_last_name, "
                       "p.preferred_name, m.from_date, m.to_date FROM group_member m "
                       "JOIN participant p ON p.id = m.participant_id "
                       "WHERE m.template_id = ? AND m.from_date <= ? "
                       "AND (m.to_date IS NULL OR m.to_date >= ?) "
                       "ORDER BY p.legal_last_name COLLATE NOCASE, p.legal_first_name COLLATE "
                       "NOCASE, p.id"),
        { templateId, on.toString(Qt::ISODate), on.toString(Qt::ISODate) });
    if (!r)
        return r.error();
    QList<GroupMember> list;
    while (r->next()) {
        Participant p;
        p.legalFirstName = r->value(2).toString();
        p.legalLastName = r->value(3).toString();
        p.preferredName = r->value(4).toString();
        list.append({ r->value(0).toLongLong(), r->value(1).toString(), p.sortName(),
            QDate::fromString(r->value(5).toString(), Qt::ISODate),
            QDate::fromString(r->value(6).toString(), Qt::ISODate) });
    }
    return list;
}

Result<Id> ScheduleStore::book(const SessionInput& input)
{
    if (Status s = Access::require(m_db, Permission::ManageSchedule); !s)
        return s.error();
    for (Id participantId : input.participantIds) {
        if (Status s = Access::requireParticipant(m_db, Permission::ViewParticipant, participantId);
            !s)
            return s.error();
    }
    auto types = sessionTypes();
    if (!types)
        return types.error();
    QList<FieldError> errors = ScheduleRules::validateSession(input, *types);
    const auto times
        = SessionTime::resolve(input.date, input.start, input.end, SessionTime::workstationZone());
    if (!times)
        errors += times.error().fields;
    if (!errors.isEmpty())
        return Error::validation(errors);
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto r = m_db.exec(
        QStringLiteral("INSERT INTO scheduled_session (session_type, local_date, start_time, "
                       "end_time, time_zone, start_utc, end_utc, location, telehealth, topic, "
                       "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { input.sessionType, input.date.toString(Qt::ISODate), timeKey(input.start),
            timeKey(input.end), QString::fromLatin1(times->timeZone), utcKey(times->startUtc),
            utcKey(times->endUtc), input.location.trimmed(), input.telehealth ? 1 : 0,
            input.topic.trimmed(), m_db.actorId(), nowText() });
    if (!r)
        return r.error();
    const Id id = r->lastInsertId().toLongLong();
    for (Id staffId : input.facilitatorIds) {
        auto f = m_db.exec(
            QStringLiteral("INSERT INTO session_facilitator (session_id, staff_id) VALUES (?, ?) "
                           "ON CONFLICT DO NOTHING"),
            { id, staffId });
        if (!f)
            return f.error();
    }
    for (Id participantId : input.participantIds) {
        if (Status s = addExpected(id, participantId); !s)
            return s.error();
    }
    AuditEvent event;
    event.action = QStringLiteral("session.book");
    event.entity = QStringLiteral("scheduled_session");
    event.entityId = id;
    event.participantId = input.participantIds.size() == 1 ? input.participantIds.first() : 0;
    event.detail
        = QStringLiteral("%1 %2 %3–%4")
              .arg(SessionTypes::label(input.sessionType), input.date.toString(Qt::ISODate),
                  timeKey(input.start), timeKey(input.end));
    if (Status s = AuditTrail::record(m_db, event); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status ScheduleStore::expect(Id sessionId, Id participantId)
{
    if (Status s = Access::require(m_db, Permission::ManageSchedule); !s)
        return s;
    if (Status s = Access::requireParticipant(m_db, Permission::ViewParticipant, participantId); !s)
        return s;
    auto session = this->session(sessionId);
    if (!session)
        return session.error();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (Status s = addExpected(sessionId, participantId); !s)
        return s;
    AuditEvent event;
    event.action = QStringLiteral("session.expect");
    event.entity = QStringLiteral("scheduled_session");
    event.entityId = sessionId;
    event.participantId = participantId;
    if (Status s = AuditTrail::record(m_db, event); !s)
        return s;
    return tx.commit();
}

Status ScheduleStore::cancel(Id sessionId, const QString& reason)
{
    if (Status s = Access::require(m_db, Permission::ManageSchedule); !s)
        return s;
    if (reason.trimmed().size() < 3)
        return Error::validation({ { QStringLiteral("reason"),
            tr("Say why the session is cancelled (a holiday...).") } });
    auto session = this->session(sessionId);
    if (!session)
        return session.error();
    if (session->cancelled)
        return Error { ErrorCode::Conflict, tr("This session is already cancelled."), {}, {} };
    if (session->recordedCount > 0)
        return Error { ErrorCode::Conflict,
            tr("Attendance has been taken for this session; it cannot be cancelled."), {}, {} };
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto r = m_db.exec(QStringLiteral("UPDATE scheduled_session SET cancelled_at = ?, "
                                      "cancel_reason = ? WHERE id = ?"),
        { nowText(), reason.trimmed(), sessionId });
    if (!r)
        return r.error();
    AuditEvent event;
    event.action = QStringLiteral("session.cancel");
    event.entity = QStringLiteral("scheduled_session");
    event.entityId = sessionId;
    event.detail = reason.trimmed();
    if (Status s = AuditTrail::record(m_db, event); !s)
        return s;
    return tx.commit();
}

Result<QList<ScheduledSession>> ScheduleStore::sessions(
    const QDate& from, const QDate& to, Id facilitatorId)
{
    if (Status s = Access::require(m_db, Permission::RecordAttendance); !s)
        return s.error();
    return selectSessions(
        QStringLiteral("WHERE s.local_date BETWEEN ? AND ? AND (? = 0 OR EXISTS "
                       "(SELECT 1 FROM session_facilitator f WHERE f.session_id = s.id "
                       "AND f.staff_id = ?)) ORDER BY s.start_utc, s.id"),
        { from.toString(Qt::ISODate), to.toString(Qt::ISODate), facilitatorId, facilitatorId });
}

Result<QList<ScheduledSession>> ScheduleStore::sessionsOf(
    Id participantId, const QDate& from, const QDate& to)
{
    return selectSessions(
        QStringLiteral("WHERE s.id IN (SELECT session_id FROM session_expected WHERE "
                       "participant_id = ? UNION SELECT session_id FROM attendance WHERE "
                       "participant_id = ?) AND s.local_date BETWEEN ? AND ? "
                       "ORDER BY s.start_utc DESC, s.id DESC"),
        { participantId, participantId, from.toString(Qt::ISODate), to.toString(Qt::ISODate) });
}

Result<ScheduledSession> ScheduleStore::session(Id sessionId)
{
    if (Status s = Access::require(m_db, Permission::RecordAttendance); !s)
        return s.error();
    auto found = selectSessions(QStringLiteral("WHERE s.id = ?"), { sessionId });
    if (!found)
        return found.error();
    if (found->isEmpty())
        return notFound(tr("session"), sessionId);
    return found->first();
}

Result<QList<ScheduledSession>> ScheduleStore::selectSessions(
    const QString& where, const QVariantList& values)
{
    auto r = m_db.exec(ScheduleRows::sessionSelect() + where, values);
    if (!r)
        return r.error();
    QList<ScheduledSession> list;
    while (r->next())
        list.append(ScheduleRows::session(*r));
    return list;
}

Result<QList<GroupTemplate>> ScheduleStore::selectTemplates(
    const QString& where, const QVariantList& values)
{
    const QString today = Clock::instance().today().toString(Qt::ISODate);
    auto r
        = m_db.exec(ScheduleRows::templateSelect() + where, QVariantList { today, today } + values);
    if (!r)
        return r.error();
    QList<GroupTemplate> list;
    while (r->next())
        list.append(ScheduleRows::groupTemplate(*r));
    return list;
}

} // namespace stepwise
