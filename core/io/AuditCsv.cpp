// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditCsv.h"

#include "CsvWriter.h"
#include "storage/Database.h"

namespace stepwise::AuditCsv {

QStringList columns()
{
    return { QStringLiteral("id"), QStringLiteral("at_utc"), QStringLiteral("staff_id"),
        QStringLiteral("staff_name"), QStringLiteral("workstation"), QStringLiteral("action"),
        QStringLiteral("entity"), QStringLiteral("entity_id"), QStringLiteral("participant_id"),
        QStringLiteral("detail"), QStringLiteral("changes"), QStringLiteral("flagged"),
        QStringLiteral("hash") };
}

Result<QByteArray> exportCsv(Database& db, const AuditFilter& filter)
{
    auto rows = AuditTrail::entries(db, filter);
    if (!rows)
        return rows.error();
    const auto id = [](Id v) { return v > 0 ? QString::number(v) : QString(); };
    CsvWriter writer({ false, true });
    writer.addRecord(columns());
    for (const AuditEntry& e : std::as_const(*rows)) {
        writer.addRecord(
            { QString::number(e.id), e.at.toUTC().toString(Qt::ISODateWithMs), id(e.staffId),
                e.staffName, e.workstation, e.action, e.entity, id(e.entityId), id(e.participantId),
                e.detail, e.changes, e.flagged ? QStringLiteral("yes") : QString(), e.hash });
    }
    if (Status s = AuditTrail::record(db, QStringLiteral("audit.export"),
            QStringLiteral("audit_log"), 0, QStringLiteral("%1 rows (CSV)").arg(rows->size()));
        !s)
        return s.error();
    return writer.data();
}

} // namespace stepwise::AuditCsv
