// SPDX-License-Identifier: GPL-3.0-or-later
#include "MedicationStore.h"

#include "AuditTrail.h"
#include "Database.h"
#include "RecoveryRows.h"
#include "auth/Access.h"
#include "common/Clock.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>

namespace stepwise {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::MedicationStore", text);
}

QVariant dateValue(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

} // namespace

Result<Id> MedicationStore::add(const Medication& input)
{
    if (Status s = Access::requireParticipant(m_db, Permission::WriteRecord, input.participantId);
        !s)
        return s.error();
    if (Status s = RecoveryRows::requireParticipant(m_db, input.participantId); !s)
        return s.error();
    const QList<FieldError> problems = MedicationRules::validate(input, Clock::instance().today());
    if (!problems.isEmpty())
        return Error::validation(problems);
    if (input.endDate.isValid() && input.endDate > Clock::instance().today())
        return Error::validation({ { QLatin1String(MedicationRules::EndDate),
            tr("Record the end when it happens: the end date cannot be in the future.") } });
    const QStringList analytes = MedicationRules::normalizedAnalytes(input.analytes);

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto r = m_db.exec(
        QStringLiteral("INSERT INTO medication (participant_id, name, analytes, prescriber, "
                       "start_date, end_date, note, recorded_by, recorded_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { input.participantId, input.name.trimmed(), RecoveryRows::jsonText(analytes),
            input.prescriber.trimmed(), input.startDate.toString(Qt::ISODate),
            dateValue(input.endDate), input.note.trimmed(), m_db.actorId(),
            RecoveryRows::nowText() });
    if (!r)
        return r.error();
    const Id id = r->lastInsertId().toLongLong();
    AuditEvent event;
    event.action = QStringLiteral("medication.add");
    event.entity = QStringLiteral("medication");
    event.entityId = id;
    event.participantId = input.participantId;
    event.detail = tr("Medication added");
    QVariantMap after { { QStringLiteral("name"), input.name.trimmed() },
        { QStringLiteral("analytes"), analytes.join(QStringLiteral(", ")) },
        { QStringLiteral("start_date"), input.startDate.toString(Qt::ISODate) } };
    if (input.endDate.isValid())
        after.insert(QStringLiteral("end_date"), input.endDate.toString(Qt::ISODate));
    event.changes = AuditTrail::changes({}, after);
    if (Status s = AuditTrail::record(m_db, event); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status MedicationStore::end(Id medicationId, const QDate& endDate)
{
    auto current = medication(medicationId);
    if (!current)
        return current.error();
    if (Status s
        = Access::requireParticipant(m_db, Permission::WriteRecord, current->participantId);
        !s)
        return s;
    if (!endDate.isValid())
        return Error::validation({ { QLatin1String(MedicationRules::EndDate),
            tr("Enter the last day the medication was taken.") } });
    if (endDate < current->startDate)
        return Error::validation({ { QLatin1String(MedicationRules::EndDate),
            tr("The end date cannot be before the start date (%1).")
                .arg(QLocale().toString(current->startDate, QLocale::ShortFormat)) } });
    if (endDate > Clock::instance().today())
        return Error::validation({ { QLatin1String(MedicationRules::EndDate),
            tr("Record the end when it happens: the end date cannot be in the future.") } });
    if (endDate == current->endDate)
        return {};

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto r = m_db.exec(QStringLiteral("UPDATE medication SET end_date = ? WHERE id = ?"),
        { endDate.toString(Qt::ISODate), medicationId });
    if (!r)
        return r.error();
    AuditEvent event;
    event.action = QStringLiteral("medication.end");
    event.entity = QStringLiteral("medication");
    event.entityId = medicationId;
    event.participantId = current->participantId;
    event.detail = tr("Medication ended");
    QVariantMap before;
    if (current->endDate.isValid())
        before.insert(QStringLiteral("end_date"), current->endDate.toString(Qt::ISODate));
    event.changes = AuditTrail::changes(
        before, { { QStringLiteral("end_date"), endDate.toString(Qt::ISODate) } });
    if (Status s = AuditTrail::record(m_db, event); !s)
        return s;
    return tx.commit();
}

Result<QList<Medication>> MedicationStore::medications(Id participantId)
{
    if (Status s = Access::requireParticipant(m_db, Permission::ViewParticipant, participantId); !s)
        return s.error();
    auto list = RecoveryRows::medications(m_db, RecoveryRows::idsJson({ participantId }));
    if (!list)
        return list.error();
    std::stable_sort(list->begin(), list->end(), [](const Medication& a, const Medication& b) {
        if (a.isCurrent() != b.isCurrent())
            return a.isCurrent();
        if (a.isCurrent())
            return a.startDate > b.startDate;
        return a.endDate > b.endDate;
    });
    return list;
}

Result<Medication> MedicationStore::medication(Id medicationId)
{
    auto owner = m_db.queryOne(
        QStringLiteral("SELECT participant_id FROM medication WHERE id = ?"), { medicationId });
    if (!owner)
        return owner.error();
    if (!owner->has_value())
        return Error { ErrorCode::NotFound,
            tr("There is no medication with id %1.").arg(medicationId), {}, {} };
    const Id participantId = (*owner)->value(0).toLongLong();
    if (Status s = Access::requireParticipant(m_db, Permission::ViewParticipant, participantId); !s)
        return s.error();
    auto list = RecoveryRows::medications(m_db, RecoveryRows::idsJson({ participantId }));
    if (!list)
        return list.error();
    for (const Medication& m : *list) {
        if (m.id == medicationId)
            return m;
    }
    return Error { ErrorCode::NotFound, tr("There is no medication with id %1.").arg(medicationId),
        {}, {} };
}

} // namespace stepwise
