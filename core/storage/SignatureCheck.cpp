// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignatureCheck.h"

#include "Database.h"
#include "StoredTime.h"
#include "TreatmentPlanStore.h"
#include "discharge/DischargeRules.h"

#include <QCoreApplication>

namespace stepwise::SignatureCheck {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::SignatureCheck", text);
}

Result<int> count(Database& db, const char* sql)
{
    auto row = db.queryOne(QLatin1String(sql));
    if (!row)
        return row.error();
    return (*row)->value(0).toInt();
}

} // namespace

Result<SignatureReport> verifyAll(Database& db)
{
    SignatureReport report;
    // NoteStore::verify checks the permission for the whole run.
    auto notes = NoteStore(db).verify();
    if (!notes)
        return notes.error();
    report.problems = notes.value();
    auto n = count(db,
        "SELECT (SELECT count(*) FROM note WHERE signed_at IS NOT NULL) + "
        "(SELECT count(*) FROM group_note WHERE signed_at IS NOT NULL)");
    auto a = count(db, "SELECT count(*) FROM note_addendum");
    if (!n || !a)
        return (!n ? n : a).error();
    report.notes = *n;
    report.addenda = *a;

    auto plans = db.exec(QStringLiteral(
        "SELECT id, participant_id, episode_id, version, content, change_note, finalized_by, "
        "finalized_at, content_hash FROM treatment_plan WHERE finalized_at IS NOT NULL"));
    if (!plans)
        return plans.error();
    while (plans->next()) {
        ++report.plans;
        const QString expected = TreatmentPlanStore::contentHashOf(plans->value(1).toLongLong(),
            plans->value(2).toLongLong(), plans->value(3).toInt(), plans->value(4).toString(),
            plans->value(5).toString(), plans->value(6).toLongLong(), plans->value(7).toString());
        if (expected != plans->value(8).toString())
            report.problems.append({ QStringLiteral("treatment_plan"), plans->value(0).toLongLong(),
                tr("Treatment plan %1 no longer matches what was finalized.")
                    .arg(plans->value(0).toLongLong()) });
    }

    auto discharges = db.exec(QStringLiteral(
        "SELECT d.episode_id, d.participant_id, e.discharge_date, d.reason, d.reason_note, "
        "d.condition, d.condition_note, d.final_scores, d.summary, d.signed_by, d.signed_at, "
        "d.content_hash FROM discharge d JOIN episode e ON e.id = d.episode_id"));
    if (!discharges)
        return discharges.error();
    while (discharges->next()) {
        ++report.discharges;
        DischargeRecord r;
        r.episodeId = discharges->value(0).toLongLong();
        r.participantId = discharges->value(1).toLongLong();
        r.dischargeDate = QDate::fromString(discharges->value(2).toString(), Qt::ISODate);
        r.reason = parseDischargeReason(discharges->value(3).toString())
                       .value_or(DischargeReason::Other);
        r.reasonNote = discharges->value(4).toString();
        r.condition = parseDischargeCondition(discharges->value(5).toString())
                          .value_or(DischargeCondition::Unknown);
        r.conditionNote = discharges->value(6).toString();
        r.finalScores = DischargeRules::parseFinalScores(discharges->value(7).toString());
        r.summary = discharges->value(8).toString();
        r.signedBy = discharges->value(9).toLongLong();
        r.signedAt = StoredTime::read(discharges->value(10));
        // An unknown stored reason or condition reads as another value and fails here too.
        if (DischargeRules::hash(r) != discharges->value(11).toString())
            report.problems.append({ QStringLiteral("discharge"), r.episodeId,
                tr("The discharge record of episode %1 no longer matches what was signed.")
                    .arg(r.episodeId) });
    }
    return report;
}

} // namespace stepwise::SignatureCheck
