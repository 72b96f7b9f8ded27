// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutcomeQuery.h"

#include "AuditTrail.h"
#include "Database.h"
#include "auth/Access.h"
#include "outcomes/OutcomeCsv.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace stepwise::OutcomeQuery {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::OutcomeQuery", text);
}

QDate dateOf(const QVariant& v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

// The filter's counselor and focus, each bound twice (Qt numbers the placeholders itself).
QVariantList whoValues(const OutcomeFilter& f)
{
    const QVariant counselor = f.counselorId ? QVariant(*f.counselorId) : QVariant();
    const QVariant focus = f.focus ? QVariant(storageKey(*f.focus)) : QVariant();
    return { counselor, counselor, focus, focus };
}

QString idList(const QHash<Id, qsizetype>& index)
{
    QJsonArray ids;
    for (auto it = index.cbegin(); it != index.cend(); ++it)
        ids.append(it.key());
    return QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact));
}

Status addPhases(Database& db, OutcomeData& data, const QHash<Id, qsizetype>& index)
{
    auto r = db.exec(QStringLiteral("SELECT ph.episode_id, ph.id, ph.kind, ph.start_date, "
                                    "ph.end_date FROM phase ph "
                                    "WHERE ph.episode_id IN (SELECT value FROM json_each(?)) "
                                    "ORDER BY ph.episode_id, ph.start_date, ph.id"),
        { idList(index) });
    if (!r)
        return r.error();
    while (r->next()) {
        Phase p;
        p.id = r->value(1).toLongLong();
        p.episodeId = r->value(0).toLongLong();
        p.kind = parsePhaseKind(r->value(2).toString()).value_or(PhaseKind::Intensive);
        p.startDate = dateOf(r->value(3));
        p.endDate = dateOf(r->value(4));
        data.episodes[index.value(p.episodeId)].phases.append(p);
    }
    return {};
}

Status addScores(Database& db, OutcomeData& data, const QHash<Id, qsizetype>& index)
{
    auto r = db.exec(
        QStringLiteral("SELECT a.episode_id, a.instrument, a.administered_on, a.total "
                       "FROM assessment a "
                       "WHERE a.episode_id IN (SELECT value FROM json_each(?)) "
                       "AND a.instrument IN ('phq9', 'gad7') AND a.total IS NOT NULL "
                       "AND NOT EXISTS (SELECT 1 FROM assessment n WHERE n.replaces_id = a.id) "
                       "ORDER BY a.episode_id, a.instrument, a.administered_on, a.id"),
        { idList(index) });
    if (!r)
        return r.error();
    while (r->next()) {
        OutcomeEpisode& e = data.episodes[index.value(r->value(0).toLongLong())];
        const DatedScore score { dateOf(r->value(2)), r->value(3).toInt() };
        (r->value(1).toString() == QLatin1String("phq9") ? e.phq9 : e.gad7).append(score);
    }
    return {};
}

Status addAttendance(Database& db, OutcomeData& data, const OutcomeFilter& f)
{
    // Driven from the period's sessions (scheduled_session_date); the phase is the one the
    // participant was in on the session's day (transitions end the old phase the day before).
    auto r = db.exec(
        QStringLiteral(
            "SELECT a.participant_id, p.counselor_id, p.primary_focus, ph.kind, a.status, "
            "count(*) FROM scheduled_session s "
            "JOIN attendance a ON a.session_id = s.id "
            "JOIN participant p ON p.id = a.participant_id "
            "LEFT JOIN episode ep ON ep.participant_id = a.participant_id "
            "AND ep.admission_date <= s.local_date "
            "AND (ep.discharge_date IS NULL OR ep.discharge_date >= s.local_date) "
            "LEFT JOIN phase ph ON ph.episode_id = ep.id AND ph.start_date <= s.local_date "
            "AND (ph.end_date IS NULL OR ph.end_date >= s.local_date) "
            "WHERE s.local_date >= ? AND s.local_date <= ? AND s.cancelled_at IS NULL "
            "AND (? IS NULL OR p.counselor_id = ?) AND (? IS NULL OR p.primary_focus = ?) "
            "GROUP BY a.participant_id, ph.kind, a.status"),
        QVariantList { f.from.toString(Qt::ISODate), f.to.toString(Qt::ISODate) } + whoValues(f));
    if (!r)
        return r.error();
    QHash<std::pair<Id, QString>, qsizetype> rows; // (participant, phase key) -> row
    while (r->next()) {
        const Id participant = r->value(0).toLongLong();
        const QString phaseKey = r->value(3).toString();
        auto at = rows.constFind({ participant, phaseKey });
        if (at == rows.cend()) {
            OutcomeAttendance a;
            a.participantId = participant;
            a.counselorId = r->value(1).toLongLong();
            a.focus
                = parsePrimaryFocus(r->value(2).toString()).value_or(PrimaryFocus::SubstanceUse);
            if (!phaseKey.isEmpty())
                a.phase = parsePhaseKind(phaseKey);
            at = rows.insert({ participant, phaseKey }, data.attendance.size());
            data.attendance.append(a);
        }
        OutcomeAttendance& a = data.attendance[*at];
        const QString status = r->value(4).toString();
        const int n = r->value(5).toInt();
        if (status == QLatin1String("excused"))
            a.excused += n;
        else if (status == QLatin1String("unexcused"))
            a.unexcused += n;
        else
            a.attended += n;
    }
    return {};
}

} // namespace

Result<OutcomeData> load(Database& db, const OutcomeFilter& filter)
{
    if (Status s = Access::require(db, Permission::ViewAllReports); !s)
        return s.error();
    if (const QList<FieldError> errors = OutcomeRules::validate(filter); !errors.isEmpty()) {
        Error e { ErrorCode::Validation, tr("Choose the period to report on."), {}, {} };
        e.fields = errors;
        return e;
    }
    auto r = db.exec(
        QStringLiteral("SELECT ep.id, p.id, p.counselor_id, p.primary_focus, ep.admission_date, "
                       "ep.discharge_date, d.reason FROM episode ep "
                       "JOIN participant p ON p.id = ep.participant_id "
                       "LEFT JOIN discharge d ON d.episode_id = ep.id "
                       "WHERE ep.admission_date <= ? "
                       "AND (ep.discharge_date IS NULL OR ep.discharge_date >= ?) "
                       "AND (? IS NULL OR p.counselor_id = ?) "
                       "AND (? IS NULL OR p.primary_focus = ?) "
                       "ORDER BY ep.admission_date, ep.id"),
        QVariantList { filter.to.toString(Qt::ISODate), filter.from.toString(Qt::ISODate) }
            + whoValues(filter));
    if (!r)
        return r.error();
    OutcomeData data;
    QHash<Id, qsizetype> index;
    while (r->next()) {
        OutcomeEpisode e;
        e.episodeId = r->value(0).toLongLong();
        e.participantId = r->value(1).toLongLong();
        e.counselorId = r->value(2).toLongLong();
        e.focus = parsePrimaryFocus(r->value(3).toString()).value_or(PrimaryFocus::SubstanceUse);
        e.admission = dateOf(r->value(4));
        e.discharge = dateOf(r->value(5));
        e.dischargeReasonKey = r->value(6).toString();
        index.insert(e.episodeId, data.episodes.size());
        data.episodes.append(e);
    }
    if (!data.episodes.isEmpty()) {
        if (Status s = addPhases(db, data, index); !s)
            return s.error();
        if (Status s = addScores(db, data, index); !s)
            return s.error();
    }
    if (Status s = addAttendance(db, data, filter); !s)
        return s.error();
    return data;
}

Result<ProgramOutcomes> compute(Database& db, const OutcomeFilter& filter, const QDate& today)
{
    auto data = load(db, filter);
    if (!data)
        return data.error();
    return OutcomeRules::compute(*data, filter, today);
}

Status recordExport(Database& db, const ProgramOutcomes& outcomes, const QString& format)
{
    if (Status s = Access::require(db, Permission::ViewAllReports); !s)
        return s;
    const OutcomeFilter& f = outcomes.filter;
    QString detail = QStringLiteral("outcomes %1 to %2 (%3)")
                         .arg(f.from.toString(Qt::ISODate), f.to.toString(Qt::ISODate), format);
    if (f.phase)
        detail += QStringLiteral("; phase ") + storageKey(*f.phase);
    if (f.focus)
        detail += QStringLiteral("; focus ") + storageKey(*f.focus);
    if (f.counselorId)
        detail += QStringLiteral("; counselor %1").arg(*f.counselorId);
    return AuditTrail::record(
        db, QStringLiteral("export.outcomes"), QStringLiteral("program"), 0, detail);
}

Result<QByteArray> exportCsv(
    Database& db, const ProgramOutcomes& outcomes, const QString& counselorName)
{
    if (Status s = recordExport(db, outcomes, QStringLiteral("CSV")); !s)
        return s.error();
    return OutcomeCsv::write(outcomes, counselorName);
}

} // namespace stepwise::OutcomeQuery
