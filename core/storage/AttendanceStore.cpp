// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendanceStore.h"

#include "AuditTrail.h"
#include "Database.h"
#include "ScheduleStore.h"
#include "attendance/Hours.h"
#include "attendance/SessionType.h"
#include "auth/Access.h"
#include "common/Clock.h"

#include <QCoreApplication>
#include <QHash>

namespace stepwise {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::AttendanceStore", text);
}

QString nowText()
{
    return Clock::instance().nowUtc().toString(Qt::ISODateWithMs);
}

QVariantMap auditValues(const AttendanceEntry& e)
{
    return { { QStringLiteral("status"), storageKey(e.status) },
        { QStringLiteral("minutes_late"), e.minutesLate },
        { QStringLiteral("minutes_left_early"), e.minutesLeftEarly },
        { QStringLiteral("drop_in"), e.dropIn }, { QStringLiteral("note"), e.note } };
}

std::optional<AttendanceEntry> entryFrom(
    Id participantId, const QVariant& status, int late, int early, bool dropIn, const QString& note)
{
    if (status.isNull())
        return std::nullopt;
    AttendanceEntry e;
    e.participantId = participantId;
    e.status = parseAttendanceStatus(status.toString()).value_or(AttendanceStatus::Present);
    e.minutesLate = late;
    e.minutesLeftEarly = early;
    e.dropIn = dropIn;
    e.note = note;
    return e;
}

} // namespace

Status AttendanceStore::requireForSession(
    const ScheduledSession& session, const QList<Id>& participantIds)
{
    if (Status s = Access::require(m_db, Permission::RecordAttendance); !s)
        return s;
    const auto& sessionInfo = m_db.session();
    if (sessionInfo && sessionInfo->roles.has(StaffRole::Supervisor))
        return {};
    // The facilitator takes attendance for everyone in the room, whoever's caseload they are on.
    if (session.facilitatorIds.contains(m_db.actorId()))
        return {};
    for (Id participantId : participantIds) {
        if (Status s
            = Access::requireParticipant(m_db, Permission::RecordAttendance, participantId);
            !s)
            return s;
    }
    return {};
}

Result<AttendanceSheet> AttendanceStore::sheet(Id sessionId)
{
    auto session = ScheduleStore(m_db).session(sessionId);
    if (!session)
        return session.error();
    auto r = m_db.exec(
        QStringLiteral(
            "SELECT p.id, p.record_number, p.legal_first_name, p.legal_last_name, "
            "p.preferred_name, x.participant_id IS NOT NULL, a.status, a.minutes_late, "
            "a.minutes_early, a.drop_in, a.note, st.name "
            "FROM participant p "
            "LEFT JOIN session_expected x ON x.session_id = ? AND x.participant_id = p.id "
            "LEFT JOIN attendance a ON a.session_id = ? AND a.participant_id = p.id "
            "LEFT JOIN staff st ON st.id = a.recorded_by "
            // Only the people of this session, by the two indexes, not a scan of everyone.
            "WHERE p.id IN (SELECT participant_id FROM session_expected WHERE session_id = ? "
            "    UNION SELECT participant_id FROM attendance WHERE session_id = ?) "
            "ORDER BY x.participant_id IS NULL, p.legal_last_name COLLATE NOCASE, "
            "p.legal_first_name COLLATE NOCASE, p.id"),
        { sessionId, sessionId, sessionId, sessionId });
    if (!r)
        return r.error();
    AttendanceSheet sheet;
    sheet.session = *session;
    QList<Id> ids;
    while (r->next()) {
        Participant p;
        p.legalFirstName = r->value(2).toString();
        p.legalLastName = r->value(3).toString();
        p.preferredName = r->value(4).toString();
        AttendanceSheetRow row;
        row.participantId = r->value(0).toLongLong();
        row.recordNumber = r->value(1).toString();
        row.name = p.sortName();
        row.expected = r->value(5).toInt() != 0;
        row.recorded = entryFrom(row.participantId, r->value(6), r->value(7).toInt(),
            r->value(8).toInt(), r->value(9).toInt() != 0, r->value(10).toString());
        row.recordedByName = r->value(11).toString();
        ids.append(row.participantId);
        sheet.rows.append(row);
    }
    if (Status s = Access::require(m_db, Permission::RecordAttendance); !s)
        return s.error();
    const auto& signedIn = m_db.session();
    const bool everyone = (signedIn && signedIn->roles.has(StaffRole::Supervisor))
        || session->facilitatorIds.contains(m_db.actorId());
    if (everyone)
        return sheet;
    // A counselor who does not lead the session sees, and takes attendance for, the
    // participants they reach; the rest of the group stays private.
    QList<AttendanceSheetRow> reachable;
    for (const AttendanceSheetRow& row : sheet.rows) {
        auto reaches = Access::reaches(m_db, row.participantId);
        if (!reaches)
            return reaches.error();
        if (*reaches)
            reachable.append(row);
    }
    if (reachable.isEmpty() && !ids.isEmpty()) {
        // Refused as any chart outside one's caseload is, with its audit row.
        if (Status s = requireForSession(*session, ids); !s)
            return s.error();
    }
    sheet.rows = reachable;
    return sheet;
}

Status AttendanceStore::save(Id sessionId, const QList<AttendanceEntry>& entries)
{
    auto current = sheet(sessionId);
    if (!current)
        return current.error();
    const ScheduledSession& session = current->session;
    QList<Id> ids;
    for (const AttendanceEntry& e : entries)
        ids.append(e.participantId);
    if (Status s = requireForSession(session, ids); !s)
        return s;
    if (session.cancelled)
        return Error { ErrorCode::Conflict,
            tr("This session was cancelled (%1); there is no attendance to take.")
                .arg(session.cancelReason),
            {}, {} };
    if (session.times.startUtc > Clock::instance().nowUtc())
        return Error { ErrorCode::Conflict,
            tr("This session has not started yet; take attendance once it has."), {}, {} };

    QHash<Id, AttendanceSheetRow> rows;
    for (const AttendanceSheetRow& row : current->rows)
        rows.insert(row.participantId, row);
    QList<FieldError> errors;
    QSet<Id> seen;
    for (const AttendanceEntry& e : entries) {
        const QString prefix = QString::number(e.participantId) + QLatin1Char('.');
        if (seen.contains(e.participantId))
            errors.append({ prefix + QLatin1String(ScheduleRules::Status),
                tr("The participant is listed twice.") });
        seen.insert(e.participantId);
        for (const FieldError& f : ScheduleRules::validateEntry(e, session.times))
            errors.append({ prefix + f.field, f.message });
    }
    if (!errors.isEmpty())
        return Error::validation(errors);

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    for (AttendanceEntry e : entries) {
        const auto it = rows.constFind(e.participantId);
        if (it == rows.cend()) {
            auto exists = m_db.queryOne(
                QStringLiteral("SELECT 1 FROM participant WHERE id = ?"), { e.participantId });
            if (!exists)
                return exists.error();
            if (!exists->has_value())
                return Error { ErrorCode::NotFound,
                    tr("There is no participant with id %1.").arg(e.participantId), {}, {} };
        }
        e.dropIn = it == rows.cend() || !it->expected;
        e.note = e.note.trimmed();
        const std::optional<AttendanceEntry> before
            = it == rows.cend() ? std::nullopt : it->recorded;
        if (before && *before == e)
            continue;
        auto r = m_db.exec(
            QStringLiteral("INSERT INTO attendance (session_id, participant_id, status, "
                           "minutes_late, minutes_early, drop_in, note, recorded_by, recorded_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                           "ON CONFLICT (session_id, participant_id) DO UPDATE SET "
                           "status = excluded.status, minutes_late = excluded.minutes_late, "
                           "minutes_early = excluded.minutes_early, drop_in = excluded.drop_in, "
                           "note = excluded.note, recorded_by = excluded.recorded_by, "
                           "recorded_at = excluded.recorded_at"),
            { sessionId, e.participantId, storageKey(e.status), e.minutesLate, e.minutesLeftEarly,
                e.dropIn ? 1 : 0, e.note, m_db.actorId(), nowText() });
        if (!r)
            return r.error();
        AuditEvent event;
        event.action
            = before ? QStringLiteral("attendance.correct") : QStringLiteral("attendance.record");
        event.entity = QStringLiteral("scheduled_session");
        event.entityId = sessionId;
        event.participantId = e.participantId;
        event.detail = QStringLiteral("%1 %2: %3")
                           .arg(session.title(), session.times.localDate.toString(Qt::ISODate),
                               label(e.status));
        event.changes
            = AuditTrail::changes(before ? auditValues(*before) : QVariantMap {}, auditValues(e));
        if (Status s = AuditTrail::record(m_db, event); !s)
            return s;
    }
    // Committed even when nothing changed: inside an outer transaction (an import) an
    // uncommitted guard would make the whole of it roll back.
    return tx.commit();
}

Result<QList<ParticipantSession>> AttendanceStore::history(
    Id participantId, const QDate& from, const QDate& to)
{
    if (Status s = Access::requireParticipant(m_db, Permission::ViewParticipant, participantId); !s)
        return s.error();
    auto sessions = ScheduleStore(m_db).sessionsOf(participantId, from, to);
    if (!sessions)
        return sessions.error();
    auto r = m_db.exec(
        QStringLiteral(
            "SELECT s.id, x.participant_id IS NOT NULL, a.status, a.minutes_late, "
            "a.minutes_early, a.drop_in, a.note FROM scheduled_session s "
            "LEFT JOIN session_expected x ON x.session_id = s.id AND x.participant_id = ? "
            "LEFT JOIN attendance a ON a.session_id = s.id AND a.participant_id = ? "
            "WHERE s.id IN (SELECT session_id FROM session_expected WHERE "
            "participant_id = ? UNION SELECT session_id FROM attendance WHERE "
            "participant_id = ?) AND s.local_date BETWEEN ? AND ?"),
        { participantId, participantId, participantId, participantId, from.toString(Qt::ISODate),
            to.toString(Qt::ISODate) });
    if (!r)
        return r.error();
    QHash<Id, std::pair<bool, std::optional<AttendanceEntry>>> recorded;
    while (r->next())
        recorded.insert(r->value(0).toLongLong(),
            { r->value(1).toInt() != 0,
                entryFrom(participantId, r->value(2), r->value(3).toInt(), r->value(4).toInt(),
                    r->value(5).toInt() != 0, r->value(6).toString()) });
    QList<ParticipantSession> list;
    for (const ScheduledSession& s : *sessions) {
        const auto [expected, entry] = recorded.value(s.id, { true, std::nullopt });
        ParticipantSession ps { s, expected, entry, 0.0 };
        if (entry) {
            if (const auto span = AttendanceHours::span(
                    s.times, entry->status, entry->minutesLate, entry->minutesLeftEarly))
                ps.hours = double(span->startUtc.secsTo(span->endUtc)) / 3600.0;
        }
        list.append(ps);
    }
    return list;
}

} // namespace stepwise
