// SPDX-License-Identifier: GPL-3.0-or-later
#include "GroupNoteStore.h"

#include "AuditTrail.h"
#include "Database.h"
#include "NoteStore.h"
#include "ScheduleStore.h"
#include "StoredTime.h"
#include "attendance/SessionType.h"
#include "auth/Access.h"
#include "common/Clock.h"
#include "notes/NoteRules.h"

#include <QCoreApplication>
#include <algorithm>

namespace stepwise {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::GroupNoteStore", text);
}

Error conflict(const QString& message)
{
    return Error { ErrorCode::Conflict, message, {}, {} };
}

Status audit(Database& db, const QString& action, Id groupNoteId, const QString& detail = {})
{
    AuditEvent event;
    event.action = action;
    event.entity = QStringLiteral("group_note");
    event.entityId = groupNoteId;
    event.detail = detail;
    return AuditTrail::record(db, event);
}

} // namespace

Result<GroupNoteStore::Header> GroupNoteStore::header(Id groupNoteId)
{
    auto row = m_db.queryOne(QStringLiteral("SELECT session_id, author_id, signed_at "
                                            "FROM group_note WHERE id = ?"),
        { groupNoteId });
    if (!row)
        return row.error();
    if (!*row)
        return Error { ErrorCode::NotFound,
            tr("There is no group note with id %1.").arg(groupNoteId), {}, {} };
    return Header { (*row)->value(0).toLongLong(), (*row)->value(1).toLongLong(),
        !(*row)->value(2).isNull() };
}

Result<GroupNoteStore::Header> GroupNoteStore::headerAsAuthor(
    Id groupNoteId, const QString& notAuthor)
{
    auto head = header(groupNoteId);
    if (!head)
        return head;
    if (Status s = requireWriter(head->sessionId); !s)
        return s.error();
    if (head->authorId != m_db.actorId())
        return Error { ErrorCode::Forbidden, notAuthor, {}, {} };
    return head;
}

Status GroupNoteStore::requireWriter(Id sessionId)
{
    if (Status s = Access::require(m_db, Permission::SignNote); !s)
        return s;
    if (m_db.session()->roles.has(StaffRole::Supervisor))
        return {};
    auto facilitates = m_db.queryOne(
        QStringLiteral("SELECT 1 FROM session_facilitator WHERE session_id = ? AND staff_id = ?"),
        { sessionId, m_db.actorId() });
    if (!facilitates)
        return facilitates.error();
    if (*facilitates)
        return {};
    // As with Access's refusals, a failure to record does not turn the refusal into another.
    (void)AuditTrail::record(m_db, QStringLiteral("access.denied"),
        QStringLiteral("scheduled_session"), sessionId, storageKey(Permission::SignNote));
    return Error { ErrorCode::Forbidden,
        tr("The group note is written by the session's facilitator or a supervisor."), {}, {} };
}

Result<QList<Id>> GroupNoteStore::attendees(Id sessionId)
{
    auto r = m_db.exec(QStringLiteral("SELECT participant_id FROM attendance WHERE session_id = ? "
                                      "AND status NOT IN ('excused', 'unexcused')"),
        { sessionId });
    if (!r)
        return r.error();
    QList<Id> ids;
    while (r->next())
        ids.append(r->value(0).toLongLong());
    return ids;
}

Result<std::optional<Id>> GroupNoteStore::forSession(Id sessionId)
{
    if (Status s = Access::require(m_db, Permission::SignNote); !s)
        return s.error();
    auto row = m_db.queryOne(
        QStringLiteral("SELECT id FROM group_note WHERE session_id = ?"), { sessionId });
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<Id>();
    return std::optional<Id>((*row)->value(0).toLongLong());
}

Status GroupNoteStore::syncParts(Id groupNoteId, Id sessionId, NoteFormat format)
{
    auto ids = attendees(sessionId);
    if (!ids)
        return ids.error();
    auto session = m_db.queryOne(
        QStringLiteral("SELECT local_date FROM scheduled_session WHERE id = ?"), { sessionId });
    if (!session)
        return session.error();
    const QString date = (*session)->value(0).toString();
    auto existing = m_db.exec(QStringLiteral("SELECT id, participant_id, sections, signed_at "
                                             "FROM note WHERE group_note_id = ?"),
        { groupNoteId });
    if (!existing)
        return existing.error();
    QList<Id> have;
    QList<Id> dropNotes;
    while (existing->next()) {
        const Id participantId = existing->value(1).toLongLong();
        have.append(participantId);
        if (ids->contains(participantId) || !existing->value(3).isNull())
            continue;
        bool empty = true;
        const auto sections = NoteRules::parseSections(existing->value(2).toString());
        for (const QString& text : sections)
            empty = empty && text.trimmed().isEmpty();
        if (empty)
            dropNotes.append(existing->value(0).toLongLong());
    }
    for (Id noteId : dropNotes) {
        if (auto r = m_db.exec(
                QStringLiteral("DELETE FROM note WHERE id = ? AND signed_at IS NULL"), { noteId });
            !r)
            return r.error();
    }
    const QString now = StoredTime::now();
    for (Id participantId : *ids) {
        if (have.contains(participantId))
            continue;
        auto episode = m_db.queryOne(
            QStringLiteral(
                "SELECT id FROM episode WHERE participant_id = ? AND admission_date <= ? "
                "AND (discharge_date IS NULL OR discharge_date >= ?) "
                "ORDER BY admission_date DESC LIMIT 1"),
            { participantId, date, date });
        if (!episode)
            return episode.error();
        if (!*episode)
            continue; // a drop-in not in care that day has attendance but no chart note
        auto r = m_db.exec(
            QStringLiteral(
                "INSERT INTO note (participant_id, episode_id, session_id, "
                "group_note_id, contact, format, service_date, sections, author_id, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, 'group', ?, ?, ?, ?, ?, ?)"),
            { participantId, (*episode)->value(0), sessionId, groupNoteId, storageKey(format), date,
                NoteRules::sectionsJson(format, {}), m_db.actorId(), now, now });
        if (!r)
            return r.error();
    }
    return {};
}

Result<Id> GroupNoteStore::start(Id sessionId, NoteFormat format)
{
    auto session = m_db.queryOne(
        QStringLiteral("SELECT session_type, cancelled_at, start_utc FROM scheduled_session "
                       "WHERE id = ?"),
        { sessionId });
    if (!session)
        return session.error();
    if (!*session)
        return Error { ErrorCode::NotFound, tr("There is no such session."), {}, {} };
    if (Status s = requireWriter(sessionId); !s)
        return s.error();
    if (!SessionTypes::isGroup((*session)->value(0).toString()))
        return Error::validation({ { QStringLiteral("session"),
            tr("This is not a group session; write each participant's note on their chart.") } });
    if (!(*session)->value(1).isNull())
        return Error::validation(
            { { QStringLiteral("session"), tr("The session was cancelled.") } });
    auto ids = attendees(sessionId);
    if (!ids)
        return ids.error();
    if (ids->isEmpty())
        return Error::validation({ { QStringLiteral("session"),
            tr("Nobody is recorded as attending this session yet. Take attendance first.") } });
    auto existing = forSession(sessionId);
    if (!existing)
        return existing.error();
    if (*existing)
        return conflict(tr("This session already has a group note."));

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    const QString now = StoredTime::now();
    auto r = m_db.exec(QStringLiteral("INSERT INTO group_note (session_id, format, author_id, "
                                      "created_at, updated_at) VALUES (?, ?, ?, ?, ?)"),
        { sessionId, storageKey(format), m_db.actorId(), now, now });
    if (!r)
        return r.error();
    const Id id = r->lastInsertId().toLongLong();
    if (Status s = syncParts(id, sessionId, format); !s)
        return s.error();
    if (Status s = audit(m_db, QStringLiteral("group_note.create"), id,
            tr("%1 group note for session %2").arg(label(format)).arg(sessionId));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<GroupNote> GroupNoteStore::get(Id groupNoteId)
{
    auto head = header(groupNoteId);
    if (!head)
        return head.error();
    if (Status s = Access::require(m_db, Permission::SignNote); !s)
        return s.error();
    auto row = m_db.queryOne(
        QStringLiteral("SELECT g.format, g.summary, g.author_id, a.name, g.created_at, "
                       "g.updated_at, g.signed_at, g.content_hash, s.local_date "
                       "FROM group_note g JOIN staff a ON a.id = g.author_id "
                       "JOIN scheduled_session s ON s.id = g.session_id WHERE g.id = ?"),
        { groupNoteId });
    if (!row)
        return row.error();
    const QSqlRecord& q = **row;
    GroupNote g;
    g.id = groupNoteId;
    g.sessionId = head->sessionId;
    g.format = parseNoteFormat(q.value(0).toString()).value_or(NoteFormat::Free);
    g.summary = q.value(1).toString();
    g.authorId = q.value(2).toLongLong();
    g.authorName = q.value(3).toString();
    g.createdAt = StoredTime::read(q.value(4));
    g.updatedAt = StoredTime::read(q.value(5));
    g.signedAt = StoredTime::read(q.value(6));
    g.contentHash = q.value(7).toString();
    g.serviceDate = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    if (!g.isSigned() && g.authorId == m_db.actorId()) {
        Transaction tx(m_db);
        if (!tx.ok())
            return tx.error();
        if (Status s = syncParts(groupNoteId, g.sessionId, g.format); !s)
            return s.error();
        if (Status s = tx.commit(); !s)
            return s.error();
    }
    auto parts = m_db.exec(QStringLiteral("SELECT n.id FROM note n JOIN participant p "
                                          "ON p.id = n.participant_id WHERE n.group_note_id = ? "
                                          "ORDER BY p.legal_last_name, p.legal_first_name, n.id"),
        { groupNoteId });
    if (!parts)
        return parts.error();
    QList<Id> noteIds;
    while (parts->next())
        noteIds.append(parts->value(0).toLongLong());
    NoteStore notes(m_db);
    for (Id noteId : noteIds) {
        auto note = notes.load(noteId);
        if (!note)
            return note.error();
        g.sessionTitle = note->sessionTitle;
        g.parts.append(*note);
    }
    auto addenda = m_db.exec(
        QStringLiteral("SELECT d.id, d.text, d.author_id, a.name, d.signed_at, d.content_hash "
                       "FROM note_addendum d JOIN staff a ON a.id = d.author_id "
                       "WHERE d.group_note_id = ? ORDER BY d.signed_at, d.id"),
        { groupNoteId });
    if (!addenda)
        return addenda.error();
    while (addenda->next()) {
        NoteAddendum a;
        a.id = addenda->value(0).toLongLong();
        a.groupNoteId = groupNoteId;
        a.text = addenda->value(1).toString();
        a.authorId = addenda->value(2).toLongLong();
        a.authorName = addenda->value(3).toString();
        a.signedAt = StoredTime::read(addenda->value(4));
        a.contentHash = addenda->value(5).toString();
        g.addenda.append(a);
    }
    return g;
}

Status GroupNoteStore::save(
    Id groupNoteId, const QString& summary, const QHash<Id, QMap<QString, QString>>& parts)
{
    auto head = headerAsAuthor(groupNoteId, tr("Only the author changes a draft group note."));
    if (!head)
        return head.error();
    if (head->isSigned)
        return conflict(tr("This group note is signed and cannot change. Add an addendum "
                           "instead."));
    auto format = m_db.queryOne(
        QStringLiteral("SELECT format FROM group_note WHERE id = ?"), { groupNoteId });
    if (!format)
        return format.error();
    const NoteFormat f = parseNoteFormat((*format)->value(0).toString()).value_or(NoteFormat::Free);

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    const QString now = StoredTime::now();
    auto r = m_db.exec(QStringLiteral("UPDATE group_note SET summary = ?, updated_at = ? "
                                      "WHERE id = ? AND signed_at IS NULL"),
        { summary, now, groupNoteId });
    if (!r)
        return r.error();
    for (auto it = parts.begin(); it != parts.end(); ++it) {
        auto u = m_db.exec(
            QStringLiteral("UPDATE note SET sections = ?, updated_at = ? "
                           "WHERE group_note_id = ? AND participant_id = ? AND signed_at IS NULL"),
            { NoteRules::sectionsJson(f, it.value()), now, groupNoteId, it.key() });
        if (!u)
            return u.error();
        if (u->numRowsAffected() != 1)
            return Error::validation({ { QString::number(it.key()),
                tr("This participant has no part in the group note (their attendance may have "
                   "changed).") } });
    }
    if (Status s = audit(m_db, QStringLiteral("group_note.save_draft"), groupNoteId); !s)
        return s;
    return tx.commit();
}

Status GroupNoteStore::discard(Id groupNoteId)
{
    auto head = headerAsAuthor(groupNoteId, tr("Only the author discards a draft group note."));
    if (!head)
        return head.error();
    if (head->isSigned)
        return conflict(tr("A signed note is never deleted."));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    for (const char* sql : { "DELETE FROM note WHERE group_note_id = ? AND signed_at IS NULL",
             "DELETE FROM group_note WHERE id = ? AND signed_at IS NULL" }) {
        if (auto r = m_db.exec(QLatin1String(sql), { groupNoteId }); !r)
            return r.error();
    }
    if (Status s = audit(m_db, QStringLiteral("group_note.discard"), groupNoteId); !s)
        return s;
    return tx.commit();
}

Status GroupNoteStore::sign(Id groupNoteId)
{
    auto note = get(groupNoteId);
    if (!note)
        return note.error();
    if (Status s = requireWriter(note->sessionId); !s)
        return s;
    if (note->authorId != m_db.actorId())
        return Error { ErrorCode::Forbidden, tr("Only the author signs a group note."), {}, {} };
    if (note->isSigned())
        return conflict(tr("This group note is already signed."));
    const QDate today = Clock::instance().today();
    QList<FieldError> errors = NoteRules::checkGroupSummary(note->summary);
    if (note->serviceDate > today)
        errors.append({ QStringLiteral("service_date"),
            tr("The session has not happened yet; a note documents what has happened.") });
    auto ids = attendees(note->sessionId);
    if (!ids)
        return ids.error();
    for (Note& part : note->parts) {
        part.groupSummary = note->summary;
        if (!ids->contains(part.participantId)) {
            errors.append({ QStringLiteral("%1.attendance").arg(part.participantId),
                tr("%1 is no longer recorded as attending; clear their part or correct the "
                   "attendance.")
                    .arg(part.participantName) });
            continue;
        }
        for (const FieldError& e : NoteRules::checkForSigning(part, today)) {
            if (e.field != QLatin1String("group_summary")
                && e.field != QLatin1String("service_date"))
                errors.append({ QStringLiteral("%1.%2").arg(part.participantId).arg(e.field),
                    QStringLiteral("%1: %2").arg(part.participantName, e.message) });
        }
    }
    if (note->parts.isEmpty())
        errors.append(
            { QStringLiteral("parts"), tr("Nobody attended: there is nothing to sign.") });
    if (!errors.isEmpty())
        return Error::validation(errors);

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto required = m_db.queryOne(
        QStringLiteral("SELECT cosign_required FROM staff WHERE id = ?"), { note->authorId });
    if (!required)
        return required.error();
    const bool cosign = *required && (*required)->value(0).toInt() == 1;
    note->signedAt = Clock::instance().nowUtc();
    const QString signedAt = StoredTime::text(note->signedAt);
    const QString groupHash = NoteRules::hash(*note);
    auto r = m_db.exec(QStringLiteral("UPDATE group_note SET signed_at = ?, content_hash = ? "
                                      "WHERE id = ? AND signed_at IS NULL"),
        { signedAt, groupHash, groupNoteId });
    if (!r)
        return r.error();
    if (r->numRowsAffected() != 1)
        return conflict(tr("This group note is already signed."));
    for (Note& part : note->parts) {
        part.signedAt = note->signedAt;
        part.cosignRequired = cosign;
        auto u = m_db.exec(
            QStringLiteral("UPDATE note SET signed_at = ?, content_hash = ?, cosign_required = ? "
                           "WHERE id = ? AND signed_at IS NULL"),
            { signedAt, NoteRules::hash(part), cosign ? 1 : 0, part.id });
        if (!u)
            return u.error();
        AuditEvent event;
        event.action = QStringLiteral("note.sign");
        event.entity = QStringLiteral("note");
        event.entityId = part.id;
        event.participantId = part.participantId;
        event.detail = tr("part of group note %1").arg(groupNoteId);
        if (Status s = AuditTrail::record(m_db, event); !s)
            return s;
    }
    if (Status s = audit(m_db, QStringLiteral("group_note.sign"), groupNoteId,
            QCoreApplication::translate(
                "stepwise::GroupNoteStore", "%n part(s); hash %1", nullptr, int(note->parts.size()))
                .arg(groupHash));
        !s)
        return s;
    return tx.commit();
}

Status GroupNoteStore::cosignAll(Id groupNoteId)
{
    auto head = header(groupNoteId);
    if (!head)
        return head.error();
    if (Status s = Access::require(m_db, Permission::CoSignNote); !s)
        return s;
    if (head->authorId == m_db.actorId())
        return Error { ErrorCode::Forbidden, tr("Nobody co-signs their own note."), {}, {} };
    auto r = m_db.exec(QStringLiteral("SELECT id FROM note WHERE group_note_id = ? "
                                      "AND cosign_required = 1 AND cosigned_at IS NULL"),
        { groupNoteId });
    if (!r)
        return r.error();
    QList<Id> waiting;
    while (r->next())
        waiting.append(r->value(0).toLongLong());
    if (waiting.isEmpty())
        return conflict(tr("No part of this group note is waiting for a co-signature."));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    NoteStore notes(m_db);
    for (Id noteId : waiting) {
        if (Status s = notes.cosign(noteId); !s)
            return s;
    }
    return tx.commit();
}

Result<Id> GroupNoteStore::addAddendum(Id groupNoteId, const QString& text)
{
    auto head = header(groupNoteId);
    if (!head)
        return head.error();
    if (Status s = requireWriter(head->sessionId); !s)
        return s.error();
    if (!head->isSigned)
        return conflict(tr("A draft is changed directly; addenda are for signed notes."));
    auto hashRow = m_db.queryOne(
        QStringLiteral("SELECT content_hash FROM group_note WHERE id = ?"), { groupNoteId });
    if (!hashRow)
        return hashRow.error();
    NoteAddendum a;
    a.groupNoteId = groupNoteId;
    a.text = text;
    return NoteStore(m_db).insertAddendum(a, (*hashRow)->value(0).toString());
}

} // namespace stepwise
