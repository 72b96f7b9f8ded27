// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportRows.h"

#include "Database.h"
#include "attendance/AttendanceStatus.h"
#include "auth/Access.h"

#include <QHash>

namespace stepwise::ExportRows {

namespace {

QVariant dateValue(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

QDate dateFrom(const QVariant& v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QVariant counselorValue(const Scope& scope)
{
    return scope.counselorId ? QVariant(*scope.counselorId) : QVariant();
}

// A NULL bound value matches everything; each value is bound as often as its placeholder
// appears, because Qt numbers the placeholders itself.
QVariantList periodValues(const Scope& scope)
{
    const QVariant from = dateValue(scope.from);
    const QVariant to = dateValue(scope.to);
    return { from, from, to, to };
}

QVariantList counselorValues(const Scope& scope)
{
    const QVariant c = counselorValue(scope);
    return { c, c };
}

// The episodes of the outcomes table: admitted or discharged within the period, of a visible
// participant (alias p) of the counselor. Bound: the period twice (admission, then discharge),
// the counselor, then the visibility values.
const QString& chosenEpisodes()
{
    static const QString sql
        = QStringLiteral(
              "WITH chosen AS (SELECT ep.id FROM episode ep JOIN participant p ON p.id = "
              "ep.participant_id "
              "WHERE (((? IS NULL OR ep.admission_date >= ?) AND (? IS NULL OR ep.admission_date "
              "<= ?)) "
              "OR (ep.discharge_date IS NOT NULL AND (? IS NULL OR ep.discharge_date >= ?) "
              "AND (? IS NULL OR ep.discharge_date <= ?))) "
              "AND (? IS NULL OR p.counselor_id = ?) AND ")
        + QLatin1String(Access::participantVisibleSql) + QStringLiteral(") ");
    return sql;
}

QVariantList chosenValues(Database& db, const Scope& scope)
{
    return periodValues(scope) + periodValues(scope) + counselorValues(scope)
        + Access::visibilityValues(db);
}

Status addPhases(
    Database& db, const Scope& scope, QList<EpisodeRow>& rows, const QHash<Id, qsizetype>& index)
{
    auto r = db.exec(chosenEpisodes()
            + QStringLiteral("SELECT ph.episode_id, ph.id, ph.kind, ph.start_date, ph.end_date "
                             "FROM chosen c JOIN phase ph ON ph.episode_id = c.id "
                             "ORDER BY ph.episode_id, ph.start_date, ph.id"),
        chosenValues(db, scope));
    if (!r)
        return r.error();
    while (r->next()) {
        const auto at = index.constFind(r->value(0).toLongLong());
        if (at == index.cend())
            continue;
        Phase ph;
        ph.id = r->value(1).toLongLong();
        ph.episodeId = r->value(0).toLongLong();
        ph.kind = parsePhaseKind(r->value(2).toString()).value_or(PhaseKind::Intensive);
        ph.startDate = dateFrom(r->value(3));
        ph.endDate = dateFrom(r->value(4));
        rows[*at].episode.phases.append(ph);
    }
    return {};
}

Status addAttendance(
    Database& db, const Scope& scope, QList<EpisodeRow>& rows, const QHash<Id, qsizetype>& index)
{
    auto r = db.exec(chosenEpisodes()
            + QStringLiteral(
                "SELECT ep.id, a.status, count(*) FROM chosen c JOIN episode ep ON ep.id = c.id "
                "JOIN attendance a ON a.participant_id = ep.participant_id "
                "JOIN scheduled_session s ON s.id = a.session_id "
                "WHERE s.cancelled_at IS NULL AND s.local_date >= ep.admission_date "
                "AND (ep.discharge_date IS NULL OR s.local_date <= ep.discharge_date) "
                "GROUP BY ep.id, a.status"),
        chosenValues(db, scope));
    if (!r)
        return r.error();
    while (r->next()) {
        const auto at = index.constFind(r->value(0).toLongLong());
        const auto status = parseAttendanceStatus(r->value(1).toString());
        if (at == index.cend() || !status)
            continue;
        EpisodeRow& row = rows[*at];
        const int n = r->value(2).toInt();
        if (attended(*status))
            row.sessionsAttended += n;
        else if (*status == AttendanceStatus::ExcusedAbsence)
            row.excusedAbsences += n;
        else
            row.unexcusedAbsences += n;
    }
    return {};
}

Status addScores(
    Database& db, const Scope& scope, QList<EpisodeRow>& rows, const QHash<Id, qsizetype>& index)
{
    auto r = db.exec(chosenEpisodes()
            + QStringLiteral("SELECT a.episode_id, a.instrument, a.administered_on, a.total "
                             "FROM chosen c JOIN assessment a ON a.episode_id = c.id "
                             "WHERE a.instrument IN (?, ?) AND a.total IS NOT NULL AND NOT EXISTS "
                             "(SELECT 1 FROM assessment n WHERE n.replaces_id = a.id) "
                             "ORDER BY a.episode_id, a.administered_on, a.id"),
        chosenValues(db, scope) + QVariantList { QStringLiteral("phq9"), QStringLiteral("gad7") });
    if (!r)
        return r.error();
    while (r->next()) {
        const auto at = index.constFind(r->value(0).toLongLong());
        if (at == index.cend())
            continue;
        EpisodeRow& row = rows[*at];
        const DatedScore score { dateFrom(r->value(2)), r->value(3).toInt() };
        if (r->value(1).toString() == QLatin1String("phq9"))
            row.phq9.append(score);
        else
            row.gad7.append(score);
    }
    return {};
}

} // namespace

Result<QList<AttendanceRow>> attendance(Database& db, const Scope& scope)
{
    auto r = db.exec(
        QStringLiteral(
            "SELECT p.record_number, s.local_date, s.start_time, s.end_time, s.session_type, "
            "a.status, a.minutes_late, a.minutes_early, a.note "
            "FROM attendance a JOIN scheduled_session s ON s.id = a.session_id "
            "JOIN participant p ON p.id = a.participant_id "
            "WHERE s.cancelled_at IS NULL "
            "AND (? IS NULL OR s.local_date >= ?) AND (? IS NULL OR s.local_date <= ?) "
            "AND (? IS NULL OR p.counselor_id = ?) AND ")
            + QLatin1String(Access::participantVisibleSql)
            + QStringLiteral(" ORDER BY s.local_date, s.start_time, s.end_time, s.session_type, "
                             "s.id, p.record_key"),
        periodValues(scope) + counselorValues(scope) + Access::visibilityValues(db));
    if (!r)
        return r.error();
    QList<AttendanceRow> rows;
    while (r->next()) {
        AttendanceRow row;
        row.recordNumber = r->value(0).toString();
        row.date = dateFrom(r->value(1));
        row.start = QTime::fromString(r->value(2).toString(), QStringLiteral("HH:mm"));
        row.end = QTime::fromString(r->value(3).toString(), QStringLiteral("HH:mm"));
        row.sessionType = r->value(4).toString();
        row.status = r->value(5).toString();
        row.minutesLate = r->value(6).toInt();
        row.minutesLeftEarly = r->value(7).toInt();
        row.note = r->value(8).toString();
        rows.append(std::move(row));
    }
    return rows;
}

Result<QList<AssessmentRow>> assessments(Database& db, const Scope& scope)
{
    auto r = db.exec(
        QStringLiteral(
            "SELECT a.id, p.record_number, a.instrument, a.administered_on, a.total, a.band, "
            "a.answers, a.note FROM assessment a JOIN participant p ON p.id = a.participant_id "
            "WHERE NOT EXISTS (SELECT 1 FROM assessment n WHERE n.replaces_id = a.id) "
            "AND (? IS NULL OR a.administered_on >= ?) AND (? IS NULL OR a.administered_on <= ?) "
            "AND (? IS NULL OR p.counselor_id = ?) AND ")
            + QLatin1String(Access::participantVisibleSql)
            + QStringLiteral(" ORDER BY a.administered_on, p.record_key, a.instrument, a.id"),
        periodValues(scope) + counselorValues(scope) + Access::visibilityValues(db));
    if (!r)
        return r.error();
    QList<AssessmentRow> rows;
    while (r->next()) {
        AssessmentRow row;
        row.id = r->value(0).toLongLong();
        row.recordNumber = r->value(1).toString();
        row.instrument = r->value(2).toString();
        row.administeredOn = dateFrom(r->value(3));
        if (!r->value(4).isNull())
            row.total = r->value(4).toInt();
        row.band = r->value(5).toString();
        row.answersJson = r->value(6).toString();
        row.note = r->value(7).toString();
        rows.append(std::move(row));
    }
    return rows;
}

Result<QList<EpisodeRow>> episodes(Database& db, const Scope& scope)
{
    auto r = db.exec(chosenEpisodes()
            + QStringLiteral(
                "SELECT ep.id, p.id, p.record_number, p.legal_first_name, p.legal_last_name, "
                "p.preferred_name, s.name, ep.admission_date, ep.discharge_date, "
                "ep.discharge_reason, d.reason, d.condition "
                "FROM chosen c JOIN episode ep ON ep.id = c.id "
                "JOIN participant p ON p.id = ep.participant_id "
                "LEFT JOIN staff s ON s.id = p.counselor_id "
                "LEFT JOIN discharge d ON d.episode_id = ep.id "
                "ORDER BY ep.admission_date, p.record_key, ep.id"),
        chosenValues(db, scope));
    if (!r)
        return r.error();
    QList<EpisodeRow> rows;
    QHash<Id, qsizetype> index;
    while (r->next()) {
        EpisodeRow row;
        row.episode.id = r->value(0).toLongLong();
        row.participantId = r->value(1).toLongLong();
        row.episode.participantId = row.participantId;
        row.recordNumber = r->value(2).toString();
        row.legalFirstName = r->value(3).toString();
        row.legalLastName = r->value(4).toString();
        row.preferredName = r->value(5).toString();
        row.counselorName = r->value(6).toString();
        row.episode.admissionDate = dateFrom(r->value(7));
        row.episode.dischargeDate = dateFrom(r->value(8));
        row.episode.dischargeReason = r->value(9).toString();
        row.dischargeReasonKey = r->value(10).toString();
        row.dischargeConditionKey = r->value(11).toString();
        index.insert(row.episode.id, rows.size());
        rows.append(std::move(row));
    }
    if (rows.isEmpty())
        return rows;
    if (Status s = addPhases(db, scope, rows, index); !s)
        return s.error();
    if (Status s = addAttendance(db, scope, rows, index); !s)
        return s.error();
    if (Status s = addScores(db, scope, rows, index); !s)
        return s.error();
    return rows;
}

Result<bool> staffExists(Database& db, Id staffId)
{
    auto r = db.queryOne(QStringLiteral("SELECT 1 FROM staff WHERE id = ?"), { staffId });
    if (!r)
        return r.error();
    return r->has_value();
}

} // namespace stepwise::ExportRows
