// SPDX-License-Identifier: GPL-3.0-or-later
#include "NoteStore.h"

#include "AuditTrail.h"
#include "Database.h"
#include "SettingsStore.h"
#include "StoredTime.h"
#include "attendance/SessionType.h"
#include "auth/Access.h"
#include "common/Clock.h"
#include "notes/NoteRules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace stepwise {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::NoteStore", text);
}

Error notFound(Id noteId)
{
    return Error { ErrorCode::NotFound, tr("There is no note with id %1.").arg(noteId), {}, {} };
}

Error conflict(const QString& message)
{
    return Error { ErrorCode::Conflict, message, {}, {} };
}

Error forbidden(const QString& message)
{
    return Error { ErrorCode::Forbidden, message, {}, {} };
}

// The columns every list reads; the session's title is the group's name or the type's label.
const char* const summarySelect
    = "SELECT n.id, n.participant_id, p.legal_first_name, p.preferred_name, p.legal_last_name, "
      "p.record_number, n.group_note_id, n.session_id, s.session_type, t.name, s.start_time, "
      "s.end_time, s.end_utc, n.contact, n.format, n.service_date, n.author_id, a.name, "
      "n.created_at, n.signed_at, n.cosigned_at, n.cosign_required, "
      "(SELECT count(*) FROM note_addendum d WHERE d.note_id = n.id), "
      "(SELECT r.at FROM note_review r WHERE r.note_id = n.id AND r.action = 'returned' "
      " ORDER BY r.at DESC, r.id DESC LIMIT 1), "
      "(SELECT r.comment FROM note_review r WHERE r.note_id = n.id AND r.action = 'returned' "
      " ORDER BY r.at DESC, r.id DESC LIMIT 1), "
      "(SELECT max(d.signed_at) FROM note_addendum d WHERE d.note_id = n.id "
      " AND d.author_id = n.author_id) "
      "FROM note n JOIN participant p ON p.id = n.participant_id "
      "JOIN staff a ON a.id = n.author_id "
      "LEFT JOIN scheduled_session s ON s.id = n.session_id "
      "LEFT JOIN group_template t ON t.id = s.template_id ";

QString sessionTitle(
    const QVariant& type, const QVariant& name, const QVariant& start, const QVariant& end)
{
    if (type.isNull())
        return {};
    const QString title
        = name.toString().isEmpty() ? SessionTypes::label(type.toString()) : name.toString();
    return QStringLiteral("%1 \u00B7 %2\u2013%3").arg(title, start.toString(), end.toString());
}

} // namespace

Status NoteStore::audit(const QString& action, Id noteId, Id participantId, const QString& detail)
{
    AuditEvent event;
    event.action = action;
    event.entity = QStringLiteral("note");
    event.entityId = noteId;
    event.participantId = participantId;
    event.detail = detail;
    return AuditTrail::record(m_db, event);
}

Result<Note> NoteStore::loadAsAuthor(Id noteId, Permission permission, const QString& notAuthor)
{
    auto note = load(noteId);
    if (!note)
        return note;
    if (Status s = Access::requireParticipant(m_db, permission, note->participantId); !s)
        return s.error();
    if (note->authorId != m_db.actorId())
        return forbidden(notAuthor);
    return note;
}

Result<Note> NoteStore::loadAsReviewer(Id noteId, const QString& ownNote)
{
    auto note = load(noteId);
    if (!note)
        return note;
    if (Status s = Access::requireParticipant(m_db, Permission::CoSignNote, note->participantId);
        !s)
        return s.error();
    if (note->authorId == m_db.actorId())
        return forbidden(ownNote);
    return note;
}

Result<int> NoteStore::unsignedHours()
{
    auto settings = SettingsStore(m_db).load();
    if (!settings)
        return settings.error();
    return settings->records.unsignedNoteHours;
}

Result<QList<NoteSummary>> NoteStore::summaries(const QString& where, const QVariantList& values)
{
    auto hours = unsignedHours();
    if (!hours)
        return hours.error();
    auto r = m_db.exec(QLatin1String(summarySelect) + where, values);
    if (!r)
        return r.error();
    QList<NoteSummary> list;
    while (r->next()) {
        NoteSummary n;
        n.id = r->value(0).toLongLong();
        n.participantId = r->value(1).toLongLong();
        Participant p;
        p.legalFirstName = r->value(2).toString();
        p.preferredName = r->value(3).toString();
        p.legalLastName = r->value(4).toString();
        n.participantName = p.sortName();
        n.recordNumber = r->value(5).toString();
        n.groupNoteId = r->value(6).toLongLong();
        n.sessionId = r->value(7).toLongLong();
        n.sessionTitle = sessionTitle(r->value(8), r->value(9), r->value(10), r->value(11));
        const QDateTime sessionEnd = StoredTime::read(r->value(12));
        n.contact = parseNoteContact(r->value(13).toString()).value_or(NoteContact::Other);
        n.format = parseNoteFormat(r->value(14).toString()).value_or(NoteFormat::Free);
        n.serviceDate = QDate::fromString(r->value(15).toString(), Qt::ISODate);
        n.authorId = r->value(16).toLongLong();
        n.authorName = r->value(17).toString();
        n.createdAt = StoredTime::read(r->value(18));
        n.signedAt = StoredTime::read(r->value(19));
        n.cosignedAt = StoredTime::read(r->value(20));
        const bool cosignRequired = r->value(21).toInt() == 1;
        n.addendumCount = r->value(22).toInt();
        const QString lastReturn = r->value(23).toString();
        const QString lastAnswer = r->value(25).toString();
        const bool returned
            = !lastReturn.isEmpty() && (lastAnswer.isEmpty() || lastAnswer < lastReturn);
        if (returned)
            n.returnComment = r->value(24).toString();
        n.deadline = NoteRules::signingDeadline(sessionEnd, n.createdAt, *hours);
        if (!n.signedAt.isValid())
            n.state = NoteState::Draft;
        else if (n.cosignedAt.isValid())
            n.state = NoteState::Cosigned;
        else if (!cosignRequired)
            n.state = NoteState::Signed;
        else
            n.state = returned ? NoteState::Returned : NoteState::AwaitingCosign;
        list.append(n);
    }
    return list;
}

Result<Note> NoteStore::load(Id noteId)
{
    auto row = m_db.queryOne(
        QStringLiteral(
            "SELECT n.participant_id, n.episode_id, n.session_id, n.group_note_id, n.contact, "
            "n.format, n.service_date, n.minutes, n.sections, n.author_id, a.name, n.created_at, "
            "n.updated_at, n.signed_at, n.content_hash, n.cosign_required, n.cosigned_by, c.name, "
            "n.cosigned_at, g.summary, s.session_type, t.name, s.start_time, s.end_time, "
            "p.legal_first_name, p.preferred_name, p.legal_last_name, p.record_number "
            "FROM note n JOIN staff a ON a.id = n.author_id "
            "JOIN participant p ON p.id = n.participant_id "
            "LEFT JOIN staff c ON c.id = n.cosigned_by "
            "LEFT JOIN group_note g ON g.id = n.group_note_id "
            "LEFT JOIN scheduled_session s ON s.id = n.session_id "
            "LEFT JOIN group_template t ON t.id = s.template_id WHERE n.id = ?"),
        { noteId });
    if (!row)
        return row.error();
    if (!*row)
        return notFound(noteId);
    const QSqlRecord& q = **row;
    Note n;
    n.id = noteId;
    n.participantId = q.value(0).toLongLong();
    n.episodeId = q.value(1).toLongLong();
    n.sessionId = q.value(2).toLongLong();
    n.groupNoteId = q.value(3).toLongLong();
    n.contact = parseNoteContact(q.value(4).toString()).value_or(NoteContact::Other);
    n.format = parseNoteFormat(q.value(5).toString()).value_or(NoteFormat::Free);
    n.serviceDate = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    if (!q.value(7).isNull())
        n.minutes = q.value(7).toInt();
    n.sections = NoteRules::parseSections(q.value(8).toString());
    n.authorId = q.value(9).toLongLong();
    n.authorName = q.value(10).toString();
    n.createdAt = StoredTime::read(q.value(11));
    n.updatedAt = StoredTime::read(q.value(12));
    n.signedAt = StoredTime::read(q.value(13));
    n.contentHash = q.value(14).toString();
    n.cosignRequired = q.value(15).toInt() == 1;
    n.cosignedBy = q.value(16).toLongLong();
    n.cosignedByName = q.value(17).toString();
    n.cosignedAt = StoredTime::read(q.value(18));
    n.groupSummary = q.value(19).toString();
    n.sessionTitle = sessionTitle(q.value(20), q.value(21), q.value(22), q.value(23));
    Participant p;
    p.legalFirstName = q.value(24).toString();
    p.preferredName = q.value(25).toString();
    p.legalLastName = q.value(26).toString();
    n.participantName = p.sortName();
    n.recordNumber = q.value(27).toString();

    auto addenda = m_db.exec(
        QStringLiteral("SELECT d.id, d.text, d.author_id, a.name, d.signed_at, d.content_hash, "
                       "d.note_id, d.group_note_id "
                       "FROM note_addendum d JOIN staff a ON a.id = d.author_id "
                       "WHERE d.note_id = ? OR (? > 0 AND d.group_note_id = ?) "
                       "ORDER BY d.signed_at, d.id"),
        { noteId, n.groupNoteId, n.groupNoteId });
    if (!addenda)
        return addenda.error();
    while (addenda->next()) {
        NoteAddendum a;
        a.id = addenda->value(0).toLongLong();
        a.text = addenda->value(1).toString();
        a.authorId = addenda->value(2).toLongLong();
        a.authorName = addenda->value(3).toString();
        a.signedAt = StoredTime::read(addenda->value(4));
        a.contentHash = addenda->value(5).toString();
        a.noteId = addenda->value(6).toLongLong();
        a.groupNoteId = addenda->value(7).toLongLong();
        n.addenda.append(a);
    }
    // Group-summary addenda are listed with the part but only the note's own answer a return.
    auto reviews
        = m_db.exec(QStringLiteral("SELECT r.id, r.action, r.comment, r.staff_id, s.name, r.at "
                                   "FROM note_review r JOIN staff s ON s.id = r.staff_id "
                                   "WHERE r.note_id = ? ORDER BY r.at, r.id"),
            { noteId });
    if (!reviews)
        return reviews.error();
    while (reviews->next()) {
        NoteReview v;
        v.id = reviews->value(0).toLongLong();
        v.noteId = noteId;
        v.action = parseNoteReviewAction(reviews->value(1).toString())
                       .value_or(NoteReviewAction::Returned);
        v.comment = reviews->value(2).toString();
        v.staffId = reviews->value(3).toLongLong();
        v.staffName = reviews->value(4).toString();
        v.at = StoredTime::read(reviews->value(5));
        n.reviews.append(v);
    }
    return n;
}

Result<Id> NoteStore::episodeOn(Id participantId, const QDate& date)
{
    auto row = m_db.queryOne(
        QStringLiteral("SELECT id FROM episode WHERE participant_id = ? AND admission_date <= ? "
                       "AND (discharge_date IS NULL OR discharge_date >= ?) "
                       "ORDER BY admission_date DESC LIMIT 1"),
        { participantId, date.toString(Qt::ISODate), date.toString(Qt::ISODate) });
    if (!row)
        return row.error();
    if (!*row)
        return Error::validation({ { QStringLiteral("service_date"),
            tr("The participant was not in care on %1.").arg(date.toString(Qt::ISODate)) } });
    return (*row)->value(0).toLongLong();
}

Result<Id> NoteStore::createDraft(const NoteInput& input)
{
    if (Status s = Access::requireParticipant(m_db, Permission::WriteRecord, input.participantId);
        !s)
        return s.error();
    NoteInput in = input;
    if (in.sessionId > 0) {
        auto row = m_db.queryOne(
            QStringLiteral("SELECT s.local_date, s.session_type, s.cancelled_at, a.status "
                           "FROM scheduled_session s LEFT JOIN attendance a "
                           "ON a.session_id = s.id AND a.participant_id = ? WHERE s.id = ?"),
            { in.participantId, in.sessionId });
        if (!row)
            return row.error();
        if (!*row)
            return Error::validation(
                { { QStringLiteral("session"), tr("There is no such session.") } });
        const QString status = (*row)->value(3).toString();
        if (SessionTypes::isGroup((*row)->value(1).toString()))
            return Error::validation({ { QStringLiteral("session"),
                tr("A group session is documented in its group note: one shared summary and a "
                   "part for each participant.") } });
        if (status.isEmpty() || status == QLatin1String("excused")
            || status == QLatin1String("unexcused"))
            return Error::validation({ { QStringLiteral("session"),
                tr("The participant's attendance at this session is not recorded as attended. "
                   "Take attendance first, or write a note for another kind of contact.") } });
        in.serviceDate = QDate::fromString((*row)->value(0).toString(), Qt::ISODate);
        auto existing = m_db.queryOne(
            QStringLiteral("SELECT id FROM note WHERE session_id = ? AND participant_id = ?"),
            { in.sessionId, in.participantId });
        if (!existing)
            return existing.error();
        if (*existing)
            return conflict(tr("This session already has a note for the participant; open it "
                               "instead, or add an addendum if it is signed."));
    }
    if (!in.serviceDate.isValid())
        return Error::validation(
            { { QStringLiteral("service_date"), tr("Enter the date of the service.") } });
    if (in.serviceDate > Clock::instance().today())
        return Error::validation({ { QStringLiteral("service_date"),
            tr("The service date is after today; a note documents what has happened.") } });
    if (in.minutes && (*in.minutes < 1 || *in.minutes > 720))
        return Error::validation({ { QStringLiteral("minutes"), tr("Minutes take 1 to 720.") } });
    auto episode = episodeOn(in.participantId, in.serviceDate);
    if (!episode)
        return episode.error();

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    const QString now = StoredTime::now();
    auto r = m_db.exec(
        QStringLiteral("INSERT INTO note (participant_id, episode_id, session_id, contact, format, "
                       "service_date, minutes, sections, author_id, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { in.participantId, *episode, in.sessionId > 0 ? QVariant(in.sessionId) : QVariant(),
            storageKey(in.contact), storageKey(in.format), in.serviceDate.toString(Qt::ISODate),
            in.minutes ? QVariant(*in.minutes) : QVariant(),
            NoteRules::sectionsJson(in.format, in.sections), m_db.actorId(), now, now });
    if (!r)
        return r.error();
    const Id id = r->lastInsertId().toLongLong();
    if (Status s = audit(QStringLiteral("note.create"), id, in.participantId,
            tr("%1 note, %2").arg(label(in.format), label(in.contact)));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status NoteStore::saveDraft(Id noteId, NoteFormat format, const QMap<QString, QString>& sections,
    const QDate& serviceDate, std::optional<int> minutes)
{
    auto note = loadAsAuthor(
        noteId, Permission::WriteRecord, tr("Only the author changes a draft note."));
    if (!note)
        return note.error();
    if (note->isSigned())
        return conflict(tr("This note is signed and cannot change. Add an addendum instead."));
    const QDate date = note->sessionId > 0 ? note->serviceDate : serviceDate;
    if (!date.isValid() || date > Clock::instance().today())
        return Error::validation({ { QStringLiteral("service_date"),
            tr("The service date is after today; a note documents what has happened.") } });
    if (minutes && (*minutes < 1 || *minutes > 720))
        return Error::validation({ { QStringLiteral("minutes"), tr("Minutes take 1 to 720.") } });
    if (note->groupNoteId > 0 && format != note->format)
        return Error::validation({ { QStringLiteral("format"),
            tr("A group note's parts share the group note's format.") } });
    auto episode = episodeOn(note->participantId, date);
    if (!episode)
        return episode.error();

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto r = m_db.exec(
        QStringLiteral("UPDATE note SET format = ?, sections = ?, service_date = ?, minutes = ?, "
                       "episode_id = ?, updated_at = ? WHERE id = ? AND signed_at IS NULL"),
        { storageKey(format), NoteRules::sectionsJson(format, sections), date.toString(Qt::ISODate),
            minutes ? QVariant(*minutes) : QVariant(), *episode, StoredTime::now(), noteId });
    if (!r)
        return r.error();
    if (r->numRowsAffected() != 1)
        return conflict(tr("This note is signed and cannot change. Add an addendum instead."));
    // Draft text is not copied into the audit trail: the signed note is the record.
    if (Status s = audit(QStringLiteral("note.save_draft"), noteId, note->participantId); !s)
        return s;
    return tx.commit();
}

Status NoteStore::discardDraft(Id noteId)
{
    auto note = loadAsAuthor(
        noteId, Permission::WriteRecord, tr("Only the author discards a draft note."));
    if (!note)
        return note.error();
    if (note->isSigned())
        return conflict(tr("A signed note is never deleted."));
    if (note->groupNoteId > 0)
        return conflict(tr("A participant's part of a group note is discarded with the group "
                           "note."));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto r = m_db.exec(
        QStringLiteral("DELETE FROM note WHERE id = ? AND signed_at IS NULL"), { noteId });
    if (!r)
        return r.error();
    if (Status s = audit(QStringLiteral("note.discard"), noteId, note->participantId); !s)
        return s;
    return tx.commit();
}

Status NoteStore::sign(Id noteId)
{
    auto note = loadAsAuthor(noteId, Permission::SignNote,
        tr("Only the author signs a note. Add an addendum to add to it."));
    if (!note)
        return note.error();
    if (note->isSigned())
        return conflict(tr("This note is already signed."));
    if (note->groupNoteId > 0)
        return conflict(tr("A participant's part of a group note is signed with the group note."));
    if (const auto errors = NoteRules::checkForSigning(*note, Clock::instance().today());
        !errors.isEmpty())
        return Error::validation(errors);

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto required = m_db.queryOne(
        QStringLiteral("SELECT cosign_required FROM staff WHERE id = ?"), { note->authorId });
    if (!required)
        return required.error();
    note->signedAt = Clock::instance().nowUtc();
    note->cosignRequired = *required && (*required)->value(0).toInt() == 1;
    const QString hash = NoteRules::hash(*note);
    auto r = m_db.exec(
        QStringLiteral("UPDATE note SET signed_at = ?, content_hash = ?, cosign_required = ?, "
                       "updated_at = ? WHERE id = ? AND signed_at IS NULL"),
        { StoredTime::text(note->signedAt), hash, note->cosignRequired ? 1 : 0,
            StoredTime::text(note->updatedAt), noteId });
    if (!r)
        return r.error();
    if (r->numRowsAffected() != 1)
        return conflict(tr("This note is already signed."));
    if (Status s = audit(QStringLiteral("note.sign"), noteId, note->participantId,
            note->cosignRequired ? tr("signed; sent for co-signature; hash %1").arg(hash)
                                 : tr("signed; hash %1").arg(hash));
        !s)
        return s;
    return tx.commit();
}

Result<Id> NoteStore::addAddendum(Id noteId, const QString& text)
{
    auto note = load(noteId);
    if (!note)
        return note.error();
    if (Status s = Access::requireParticipant(m_db, Permission::SignNote, note->participantId); !s)
        return s.error();
    if (!note->isSigned())
        return conflict(tr("A draft is changed directly; addenda are for signed notes."));
    NoteAddendum a;
    a.noteId = noteId;
    a.text = text;
    return insertAddendum(a, note->contentHash);
}

Result<Id> NoteStore::insertAddendum(NoteAddendum a, const QString& amendedHash)
{
    a.text = a.text.trimmed();
    if (a.text.size() < 5)
        return Error::validation({ { QStringLiteral("text"),
            tr("Write what the addendum corrects or adds (at least 5 characters).") } });
    a.authorId = m_db.actorId();
    a.signedAt = Clock::instance().nowUtc();
    a.contentHash = NoteRules::hash(a, amendedHash);
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto r = m_db.exec(QStringLiteral("INSERT INTO note_addendum (note_id, group_note_id, text, "
                                      "author_id, signed_at, content_hash) "
                                      "VALUES (?, ?, ?, ?, ?, ?)"),
        { a.noteId > 0 ? QVariant(a.noteId) : QVariant(),
            a.groupNoteId > 0 ? QVariant(a.groupNoteId) : QVariant(), a.text, a.authorId,
            StoredTime::text(a.signedAt), a.contentHash });
    if (!r)
        return r.error();
    const Id id = r->lastInsertId().toLongLong();
    AuditEvent event;
    event.action = QStringLiteral("note.addendum");
    event.entity = a.noteId > 0 ? QStringLiteral("note") : QStringLiteral("group_note");
    event.entityId = a.noteId > 0 ? a.noteId : a.groupNoteId;
    event.detail = tr("addendum #%1 signed; hash %2").arg(id).arg(a.contentHash);
    if (a.noteId > 0) {
        auto participant = m_db.queryOne(
            QStringLiteral("SELECT participant_id FROM note WHERE id = ?"), { a.noteId });
        if (!participant)
            return participant.error();
        event.participantId = (*participant)->value(0).toLongLong();
    }
    if (Status s = AuditTrail::record(m_db, event); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status NoteStore::cosign(Id noteId)
{
    auto note = loadAsReviewer(noteId, tr("Nobody co-signs their own note."));
    if (!note)
        return note.error();
    const NoteState state = note->state();
    if (state != NoteState::AwaitingCosign && state != NoteState::Returned)
        return conflict(state == NoteState::Cosigned
                ? tr("This note is already co-signed.")
                : tr("This note does not need a co-signature."));

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    const QString now = StoredTime::now();
    auto r = m_db.exec(QStringLiteral("UPDATE note SET cosigned_by = ?, cosigned_at = ? "
                                      "WHERE id = ? AND cosigned_at IS NULL"),
        { m_db.actorId(), now, noteId });
    if (!r)
        return r.error();
    if (r->numRowsAffected() != 1)
        return conflict(tr("This note is already co-signed."));
    auto review = m_db.exec(QStringLiteral("INSERT INTO note_review (note_id, action, staff_id, "
                                           "at) VALUES (?, 'cosigned', ?, ?)"),
        { noteId, m_db.actorId(), now });
    if (!review)
        return review.error();
    if (Status s = audit(QStringLiteral("note.cosign"), noteId, note->participantId); !s)
        return s;
    return tx.commit();
}

Status NoteStore::returnToAuthor(Id noteId, const QString& comment)
{
    auto note = loadAsReviewer(noteId, tr("Nobody reviews their own note."));
    if (!note)
        return note.error();
    if (note->state() != NoteState::AwaitingCosign)
        return conflict(tr("Only a note waiting for a co-signature can be returned."));
    if (comment.trimmed().size() < 5)
        return Error::validation({ { QStringLiteral("comment"),
            tr("Tell the author what to correct or add (at least 5 characters).") } });

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto r = m_db.exec(QStringLiteral("INSERT INTO note_review (note_id, action, comment, "
                                      "staff_id, at) VALUES (?, 'returned', ?, ?, ?)"),
        { noteId, comment.trimmed(), m_db.actorId(), StoredTime::now() });
    if (!r)
        return r.error();
    if (Status s
        = audit(QStringLiteral("note.return"), noteId, note->participantId, comment.trimmed());
        !s)
        return s;
    return tx.commit();
}

Result<Note> NoteStore::get(Id noteId)
{
    auto note = load(noteId);
    if (!note)
        return note.error();
    if (Status s
        = Access::requireParticipant(m_db, Permission::ViewParticipant, note->participantId);
        !s) {
        // A supervisor's queue and a facilitator's group note reach notes outside a caseload
        // through their own permissions; a plain chart view does not.
        return s.error();
    }
    return note;
}

Result<QList<NoteSummary>> NoteStore::notes(Id participantId)
{
    if (Status s = Access::requireParticipant(m_db, Permission::ViewParticipant, participantId); !s)
        return s.error();
    return summaries(QStringLiteral("WHERE n.participant_id = ? "
                                    "ORDER BY n.service_date DESC, n.created_at DESC, n.id DESC"),
        { participantId });
}

Result<QList<NoteSummary>> NoteStore::worklist()
{
    if (Status s = Access::require(m_db, Permission::SignNote); !s)
        return s.error();
    auto all = summaries(
        QStringLiteral("WHERE n.author_id = ? AND (n.signed_at IS NULL OR (n.cosign_required = 1 "
                       "AND n.cosigned_at IS NULL AND EXISTS (SELECT 1 FROM note_review r "
                       "WHERE r.note_id = n.id AND r.action = 'returned'))) "
                       "ORDER BY n.service_date, n.id"),
        { m_db.actorId() });
    if (!all)
        return all;
    QList<NoteSummary> list;
    for (const NoteSummary& n : *all)
        if (n.state == NoteState::Draft || n.state == NoteState::Returned)
            list.append(n);
    return list;
}

Result<QList<NoteSummary>> NoteStore::cosignQueue()
{
    if (Status s = Access::require(m_db, Permission::CoSignNote); !s)
        return s.error();
    auto all = summaries(QStringLiteral("WHERE n.cosign_required = 1 AND n.cosigned_at IS NULL "
                                        "AND n.signed_at IS NOT NULL ORDER BY n.signed_at, n.id"),
        {});
    if (!all)
        return all;
    QList<NoteSummary> list;
    for (const NoteSummary& n : *all)
        if (n.state == NoteState::AwaitingCosign && n.authorId != m_db.actorId())
            list.append(n);
    return list;
}

Result<QList<NoteSummary>> NoteStore::lateUnsigned()
{
    if (Status s = Access::require(m_db, Permission::SignNote); !s)
        return s.error();
    const bool everyone = m_db.session()->roles.has(StaffRole::Supervisor);
    auto all = summaries(QStringLiteral("WHERE n.signed_at IS NULL AND (? = 1 OR n.author_id = ?) "
                                        "ORDER BY n.service_date, n.id"),
        { everyone ? 1 : 0, m_db.actorId() });
    if (!all)
        return all;
    const QDateTime now = Clock::instance().nowUtc();
    QList<NoteSummary> list;
    for (const NoteSummary& n : *all)
        if (n.late(now))
            list.append(n);
    return list;
}

Result<QHash<Id, int>> NoteStore::lateUnsignedCounts(const QList<Id>& participantIds)
{
    QHash<Id, int> counts;
    if (participantIds.isEmpty())
        return counts;
    auto hours = unsignedHours();
    if (!hours)
        return hours.error();
    QJsonArray ids;
    for (Id id : participantIds)
        ids.append(id);
    // Drafts are few (the partial index note_unsigned), so they are read whole and the
    // deadline is applied here. The unary + keeps SQLite off the participant index, which
    // would read every note of every participant asked about (all those in care).
    auto r
        = m_db.exec(QStringLiteral("SELECT n.participant_id, n.created_at, s.end_utc FROM note n "
                                   "LEFT JOIN scheduled_session s ON s.id = n.session_id "
                                   "WHERE n.signed_at IS NULL "
                                   "AND +n.participant_id IN (SELECT value FROM json_each(?))"),
            { QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)) });
    if (!r)
        return r.error();
    const QDateTime now = Clock::instance().nowUtc();
    while (r->next()) {
        const QDateTime deadline = NoteRules::signingDeadline(
            StoredTime::read(r->value(2)), StoredTime::read(r->value(1)), *hours);
        if (deadline < now)
            ++counts[r->value(0).toLongLong()];
    }
    return counts;
}

Result<QHash<Id, int>> NoteStore::awaitingCosignCounts(const QList<Id>& participantIds)
{
    QHash<Id, int> counts;
    if (participantIds.isEmpty())
        return counts;
    QJsonArray ids;
    for (Id id : participantIds)
        ids.append(id);
    // Few notes wait (the partial index note_awaiting_cosign; + keeps SQLite off the
    // participant index, as above); summaries() tells a returned one apart.
    auto waiting
        = summaries(QStringLiteral("WHERE n.cosign_required = 1 AND n.cosigned_at IS NULL "
                                   "AND n.signed_at IS NOT NULL "
                                   "AND +n.participant_id IN (SELECT value FROM json_each(?))"),
            { QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)) });
    if (!waiting)
        return waiting.error();
    for (const NoteSummary& n : std::as_const(*waiting)) {
        if (n.state == NoteState::AwaitingCosign)
            ++counts[n.participantId];
    }
    return counts;
}

Result<QList<SignatureProblem>> NoteStore::verify()
{
    if (!m_db.session()
        || !(m_db.session()->roles.isClinical()
            || Access::roleAllows(m_db.session()->roles, Permission::ViewAudit)))
        return Access::require(m_db, Permission::ViewAudit).error();
    QList<SignatureProblem> problems;
    QHash<Id, QString> groupSummaries, noteHashes, groupHashes;
    auto groups = m_db.exec(QStringLiteral("SELECT id, session_id, format, summary, author_id, "
                                           "signed_at, content_hash FROM group_note "
                                           "WHERE signed_at IS NOT NULL"));
    if (!groups)
        return groups.error();
    while (groups->next()) {
        GroupNote g;
        g.id = groups->value(0).toLongLong();
        g.sessionId = groups->value(1).toLongLong();
        g.format = parseNoteFormat(groups->value(2).toString()).value_or(NoteFormat::Free);
        g.summary = groups->value(3).toString();
        g.authorId = groups->value(4).toLongLong();
        g.signedAt = StoredTime::read(groups->value(5));
        groupSummaries.insert(g.id, g.summary);
        groupHashes.insert(g.id, groups->value(6).toString());
        if (NoteRules::hash(g) != groups->value(6).toString())
            problems.append({ QStringLiteral("group_note"), g.id,
                tr("Group note %1 no longer matches what was signed.").arg(g.id) });
    }
    auto notes = m_db.exec(QStringLiteral(
        "SELECT id, participant_id, episode_id, session_id, group_note_id, contact, format, "
        "service_date, minutes, sections, author_id, signed_at, content_hash FROM note "
        "WHERE signed_at IS NOT NULL"));
    if (!notes)
        return notes.error();
    while (notes->next()) {
        Note n;
        n.id = notes->value(0).toLongLong();
        n.participantId = notes->value(1).toLongLong();
        n.episodeId = notes->value(2).toLongLong();
        n.sessionId = notes->value(3).toLongLong();
        n.groupNoteId = notes->value(4).toLongLong();
        n.contact = parseNoteContact(notes->value(5).toString()).value_or(NoteContact::Other);
        n.format = parseNoteFormat(notes->value(6).toString()).value_or(NoteFormat::Free);
        n.serviceDate = QDate::fromString(notes->value(7).toString(), Qt::ISODate);
        if (!notes->value(8).isNull())
            n.minutes = notes->value(8).toInt();
        n.sections = NoteRules::parseSections(notes->value(9).toString());
        n.authorId = notes->value(10).toLongLong();
        n.signedAt = StoredTime::read(notes->value(11));
        n.groupSummary = groupSummaries.value(n.groupNoteId);
        noteHashes.insert(n.id, notes->value(12).toString());
        if (NoteRules::hash(n) != notes->value(12).toString())
            problems.append({ QStringLiteral("note"), n.id,
                tr("Note %1 no longer matches what was signed.").arg(n.id) });
    }
    auto addenda = m_db.exec(QStringLiteral("SELECT id, note_id, group_note_id, text, author_id, "
                                            "signed_at, content_hash FROM note_addendum"));
    if (!addenda)
        return addenda.error();
    while (addenda->next()) {
        NoteAddendum a;
        a.id = addenda->value(0).toLongLong();
        a.noteId = addenda->value(1).toLongLong();
        a.groupNoteId = addenda->value(2).toLongLong();
        a.text = addenda->value(3).toString();
        a.authorId = addenda->value(4).toLongLong();
        a.signedAt = StoredTime::read(addenda->value(5));
        const QString amended
            = a.noteId > 0 ? noteHashes.value(a.noteId) : groupHashes.value(a.groupNoteId);
        if (NoteRules::hash(a, amended) != addenda->value(6).toString())
            problems.append({ QStringLiteral("note_addendum"), a.id,
                tr("Addendum %1 no longer matches what was signed.").arg(a.id) });
    }
    return problems;
}

} // namespace stepwise
