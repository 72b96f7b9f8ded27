// SPDX-License-Identifier: GPL-3.0-or-later
#include "DraftStore.h"

#include "AuditTrail.h"
#include "Database.h"
#include "common/Clock.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace stepwise {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::DraftStore", text);
}

QString iso(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

const QString selectColumns
    = QStringLiteral("SELECT id, staff_id, kind, subject_id, title, payload, saved_at FROM draft ");

Draft fromRecord(const QSqlRecord& r)
{
    Draft d;
    d.id = r.value(0).toLongLong();
    d.staffId = r.value(1).toLongLong();
    d.kind = r.value(2).toString();
    d.subjectId = r.value(3).toLongLong();
    d.title = r.value(4).toString();
    d.payload = QJsonDocument::fromJson(r.value(5).toString().toUtf8()).object();
    d.savedAt = QDateTime::fromString(r.value(6).toString(), Qt::ISODateWithMs);
    d.savedAt.setTimeSpec(Qt::UTC);
    return d;
}

Error notFound(Id id)
{
    return Error { ErrorCode::NotFound, tr("There is no draft with id %1.").arg(id), {}, {} };
}

Status requireSession(Database& db)
{
    if (db.session() && db.session()->staffId != 0)
        return {};
    return Error { ErrorCode::Unauthenticated,
        QCoreApplication::translate("stepwise::Access", "Please sign in first."), {}, {} };
}

AuditEvent draftEvent(const QString& action, const Draft& draft)
{
    AuditEvent e;
    e.action = action;
    e.entity = QStringLiteral("draft");
    e.entityId = draft.id;
    // The kind tells a reviewer which form it was; the title and payload may hold PHI and the
    // audit trail is readable by administrators without a clinical role.
    e.detail = draft.kind;
    e.participantId = draft.subjectId;
    return e;
}

} // namespace

Result<Id> DraftStore::save(const Draft& draft)
{
    if (Status s = requireSession(m_db); !s)
        return s.error();
    if (draft.kind.isEmpty())
        return Error { ErrorCode::InvalidArgument, tr("A draft needs the kind of form."), {}, {} };
    const Id owner = m_db.session()->staffId;

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (draft.subjectId != 0) {
        auto old = m_db.exec(
            QStringLiteral("DELETE FROM draft WHERE staff_id = ? AND kind = ? AND subject_id = ?"),
            { owner, draft.kind, draft.subjectId });
        if (!old)
            return old.error();
    }
    Draft stored = draft;
    stored.staffId = owner;
    stored.savedAt = Clock::instance().nowUtc();
    const QString payload
        = QString::fromUtf8(QJsonDocument(draft.payload).toJson(QJsonDocument::Compact));
    auto r = m_db.exec(QStringLiteral("INSERT INTO draft (staff_id, kind, subject_id, title, "
                                      "payload, saved_at) VALUES (?, ?, ?, ?, ?, ?)"),
        { owner, draft.kind, draft.subjectId == 0 ? QVariant() : QVariant(draft.subjectId),
            draft.title, payload, iso(stored.savedAt) });
    if (!r)
        return r.error();
    stored.id = r->lastInsertId().toLongLong();
    if (Status s = AuditTrail::record(m_db, draftEvent(QStringLiteral("draft.save"), stored)); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return stored.id;
}

Result<QList<Draft>> DraftStore::list()
{
    if (Status s = requireSession(m_db); !s)
        return s.error();
    auto r = m_db.exec(
        selectColumns + QStringLiteral("WHERE staff_id = ? ORDER BY saved_at DESC, id DESC"),
        { m_db.session()->staffId });
    if (!r)
        return r.error();
    QList<Draft> drafts;
    while (r->next())
        drafts.append(fromRecord(r->record()));
    return drafts;
}

Result<std::optional<Draft>> DraftStore::find(const QString& kind, Id subjectId)
{
    if (Status s = requireSession(m_db); !s)
        return s.error();
    auto r = m_db.queryOne(selectColumns
            + QStringLiteral("WHERE staff_id = ? AND kind = ? AND coalesce(subject_id, 0) = ? "
                             "ORDER BY saved_at DESC, id DESC LIMIT 1"),
        { m_db.session()->staffId, kind, subjectId });
    if (!r)
        return r.error();
    if (!*r)
        return std::optional<Draft>();
    return std::optional(fromRecord(**r));
}

Result<Draft> DraftStore::owned(Id draftId)
{
    if (Status s = requireSession(m_db); !s)
        return s.error();
    auto r = m_db.queryOne(selectColumns + QStringLiteral("WHERE id = ? AND staff_id = ?"),
        { draftId, m_db.session()->staffId });
    if (!r)
        return r.error();
    if (!*r)
        return notFound(draftId);
    return fromRecord(**r);
}

Status DraftStore::remove(const Draft& draft, const QString& action)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto r = m_db.exec(QStringLiteral("DELETE FROM draft WHERE id = ? AND staff_id = ?"),
        { draft.id, m_db.session()->staffId });
    if (!r)
        return r.error();
    if (r->numRowsAffected() != 1)
        return notFound(draft.id);
    if (Status s = AuditTrail::record(m_db, draftEvent(action, draft)); !s)
        return s.error();
    return tx.commit();
}

Result<Draft> DraftStore::take(Id draftId)
{
    auto draft = owned(draftId);
    if (!draft)
        return draft.error();
    if (Status s = remove(*draft, QStringLiteral("draft.resume")); !s)
        return s.error();
    return draft;
}

Status DraftStore::discard(Id draftId)
{
    auto draft = owned(draftId);
    if (!draft)
        return draft.error();
    return remove(*draft, QStringLiteral("draft.discard"));
}

} // namespace stepwise
