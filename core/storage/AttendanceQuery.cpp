// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendanceQuery.h"

#include "Database.h"
#include "SettingsStore.h"
#include "auth/Access.h"
#include "common/Clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace stepwise::AttendanceQuery {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::AttendanceQuery", text);
}

QDate dateFrom(const QVariant& v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

// The participant filter as one bound value: a JSON array read with json_each, or NULL for all.
// Up to this many participants, their attendance is read from their own rows; past it, from the
// period's sessions.
constexpr qsizetype ParticipantPlanLimit = 50;

QVariant idFilter(const std::optional<QList<Id>>& only)
{
    if (!only)
        return QVariant();
    QJsonArray array;
    for (Id id : *only)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

Result<QList<Id>> visibleParticipants(Database& db)
{
    auto r = db.exec(QStringLiteral("SELECT p.id FROM participant p WHERE ")
            + QLatin1String(Access::participantVisibleSql),
        Access::visibilityValues(db));
    if (!r)
        return r.error();
    QList<Id> ids;
    while (r->next())
        ids.append(r->value(0).toLongLong());
    return ids;
}

} // namespace

Result<QHash<Id, AttendanceHistory>> load(
    Database& db, const QDate& from, const QDate& to, const std::optional<QList<Id>>& only)
{
    const QVariant filter = idFilter(only);
    const QString fromText = from.toString(Qt::ISODate);
    const QString toText = to.toString(Qt::ISODate);
    QHash<Id, AttendanceHistory> histories;

    // With a list of participants, the list drives the participant and episode indexes (CROSS
    // JOIN fixes that order): the archive of discharged episodes is never read.
    const QString episodeColumns
        = QStringLiteral("SELECT p.id, p.record_number, p.legal_first_name, p.legal_last_name, "
                         "p.preferred_name, p.date_of_birth, st.name, e.id, e.admission_date, "
                         "e.discharge_date, ph.id, ph.kind, ph.start_date, ph.end_date ");
    const QString episodeWhere = QStringLiteral(
        "JOIN phase ph ON ph.episode_id = e.id "
        "LEFT JOIN staff st ON st.id = p.counselor_id "
        "WHERE e.admission_date <= ? AND (e.discharge_date IS NULL OR e.discharge_date >= ?) "
        "ORDER BY p.id, e.admission_date, e.id, ph.start_date, ph.id");
    auto a = only ? db.exec(episodeColumns
                     + QStringLiteral("FROM json_each(?) j CROSS JOIN participant p "
                                      "ON p.id = j.value CROSS JOIN episode e "
                                      "ON e.participant_id = p.id ")
                     + episodeWhere,
                 { filter, toText, fromText })
                  : db.exec(episodeColumns
                          + QStringLiteral("FROM participant p JOIN episode e "
                                           "ON e.participant_id = p.id ")
                          + episodeWhere,
                      { toText, fromText });
    if (!a)
        return a.error();
    while (a->next()) {
        const Id id = a->value(0).toLongLong();
        AttendanceHistory& h = histories[id];
        if (h.participantId == 0) {
            Participant p;
            p.legalFirstName = a->value(2).toString();
            p.legalLastName = a->value(3).toString();
            p.preferredName = a->value(4).toString();
            h.participantId = id;
            h.recordNumber = a->value(1).toString();
            h.name = p.sortName();
            h.dateOfBirth = dateFrom(a->value(5));
            h.counselorName = a->value(6).toString();
        }
        const Id episodeId = a->value(7).toLongLong();
        if (h.episodes.isEmpty() || h.episodes.last().id != episodeId) {
            Episode e;
            e.id = episodeId;
            e.participantId = id;
            e.admissionDate = dateFrom(a->value(8));
            e.dischargeDate = dateFrom(a->value(9));
            h.episodes.append(e);
        }
        Phase ph;
        ph.id = a->value(10).toLongLong();
        ph.episodeId = episodeId;
        ph.kind = parsePhaseKind(a->value(11).toString()).value_or(PhaseKind::Intensive);
        ph.startDate = dateFrom(a->value(12));
        ph.endDate = dateFrom(a->value(13));
        h.episodes.last().phases.append(ph);
    }

    // Two plans for each of the next queries: for many participants (everyone, or all those in
    // care), the sessions of the period by date, rows of others skipped here; for a few (a
    // chart, a counselor's caseload), their own rows first by the participant indexes (CROSS
    // JOIN fixes that order), 100 times fewer rows at 2,000. Each participant's own rows span
    // their whole history, so for thousands of them the dates are the shorter way.
    const bool byParticipant = only && only->size() <= ParticipantPlanLimit;
    // Days and instants come back as numbers (Julian day, Unix seconds): a caseload reads tens
    // of thousands of rows, and numbers cost a fraction of text through Qt Sql and parsing.
    const QString attendanceColumns = QStringLiteral(
        "SELECT a.participant_id, CAST(julianday(s.local_date) + 0.5 AS INTEGER), "
        "CAST(strftime('%s', s.start_utc) AS INTEGER), CAST(strftime('%s', s.end_utc) AS INTEGER), "
        "a.status, a.minutes_late, a.minutes_early ");
    auto b = byParticipant
        ? db.exec(attendanceColumns
                + QStringLiteral("FROM json_each(?) j CROSS JOIN attendance a "
                                 "ON a.participant_id = j.value "
                                 "JOIN scheduled_session s ON s.id = a.session_id "
                                 "WHERE s.local_date BETWEEN ? AND ? AND s.cancelled_at IS NULL"),
            { filter, fromText, toText })
        : db.exec(attendanceColumns
                + QStringLiteral("FROM attendance a JOIN scheduled_session s "
                                 "ON s.id = a.session_id WHERE s.local_date BETWEEN ? AND ? "
                                 "AND s.cancelled_at IS NULL"),
            { fromText, toText });
    if (!b)
        return b.error();
    while (b->next()) {
        const auto it = histories.find(b->value(0).toLongLong());
        if (it == histories.end())
            continue;
        SessionTimes times;
        times.localDate = QDate::fromJulianDay(b->value(1).toLongLong());
        times.startUtc = QDateTime::fromSecsSinceEpoch(b->value(2).toLongLong(), Qt::UTC);
        times.endUtc = QDateTime::fromSecsSinceEpoch(b->value(3).toLongLong(), Qt::UTC);
        const auto status = parseAttendanceStatus(b->value(4).toString());
        if (!status)
            continue;
        if (const auto span
            = AttendanceHours::span(times, *status, b->value(5).toInt(), b->value(6).toInt()))
            it->spans.append(*span);
        it->sessions.append({ times.localDate, times.startUtc, status });
    }

    // As above: the day and start as numbers.
    const QString expectedColumns
        = QStringLiteral("SELECT x.participant_id, CAST(julianday(s.local_date) + 0.5 AS INTEGER), "
                         "CAST(strftime('%s', s.start_utc) AS INTEGER) ");
    const QString notTaken = QStringLiteral(
        " WHERE s.local_date BETWEEN ? AND ? AND s.cancelled_at IS NULL AND NOT EXISTS "
        "(SELECT 1 FROM attendance a WHERE a.session_id = x.session_id "
        "AND a.participant_id = x.participant_id)");
    auto c = byParticipant
        ? db.exec(expectedColumns
                + QStringLiteral("FROM json_each(?) j CROSS JOIN session_expected x "
                                 "ON x.participant_id = j.value "
                                 "JOIN scheduled_session s ON s.id = x.session_id")
                + notTaken,
            { filter, fromText, toText })
        : db.exec(expectedColumns
                + QStringLiteral("FROM session_expected x "
                                 "JOIN scheduled_session s ON s.id = x.session_id")
                + notTaken,
            { fromText, toText });
    if (!c)
        return c.error();
    while (c->next()) {
        const auto it = histories.find(c->value(0).toLongLong());
        if (it == histories.end())
            continue;
        it->sessions.append({ QDate::fromJulianDay(c->value(1).toLongLong()),
            QDateTime::fromSecsSinceEpoch(c->value(2).toLongLong(), Qt::UTC), std::nullopt });
    }
    return histories;
}

Result<QHash<Id, Engagement>> recordedEngagement(Database& db, const QList<Id>& participantIds)
{
    QHash<Id, Engagement> recorded;
    if (participantIds.isEmpty())
        return recorded;
    auto r = db.exec(QStringLiteral("SELECT m.participant_id, m.last_attended_on, m.unexcused_run "
                                    "FROM json_each(?) j CROSS JOIN attendance_summary m "
                                    "ON m.participant_id = j.value"),
        { idFilter(participantIds) });
    if (!r)
        return r.error();
    while (r->next()) {
        Engagement e;
        e.lastAttended = dateFrom(r->value(1));
        e.consecutiveUnexcused = r->value(2).toInt();
        recorded.insert(r->value(0).toLongLong(), e);
    }
    return recorded;
}

Result<QList<PhaseExtension>> extensions(Database& db, Id participantId)
{
    if (Status s = Access::requireParticipant(db, Permission::ViewParticipant, participantId); !s)
        return s.error();
    auto r = db.exec(
        QStringLiteral("SELECT x.id, x.phase_id, x.weeks, x.reason, x.approved_by, a.name, "
                       "x.recorded_by, b.name, x.recorded_at FROM phase_extension x "
                       "JOIN phase ph ON ph.id = x.phase_id JOIN episode e ON e.id = ph.episode_id "
                       "LEFT JOIN staff a ON a.id = x.approved_by "
                       "LEFT JOIN staff b ON b.id = x.recorded_by "
                       "WHERE e.participant_id = ? ORDER BY x.recorded_at, x.id"),
        { participantId });
    if (!r)
        return r.error();
    QList<PhaseExtension> list;
    while (r->next()) {
        PhaseExtension x;
        x.id = r->value(0).toLongLong();
        x.phaseId = r->value(1).toLongLong();
        x.weeks = r->value(2).toInt();
        x.reason = r->value(3).toString();
        x.approvedBy = r->value(4).toLongLong();
        x.approvedByName = r->value(5).toString();
        x.recordedBy = r->value(6).toLongLong();
        x.recordedByName = r->value(7).toString();
        x.recordedAt = QDateTime::fromString(r->value(8).toString(), Qt::ISODateWithMs);
        list.append(x);
    }
    return list;
}

Result<AttendanceSummary> summary(Database& db, Id participantId, const QDate& today)
{
    if (Status s = Access::requireParticipant(db, Permission::ViewParticipant, participantId); !s)
        return s.error();
    auto settings = SettingsStore(db).load();
    if (!settings)
        return settings.error();
    const AttendanceSettings& rules = settings->attendance;
    const QDate thisWeek = AttendanceHours::weekStart(today, rules.weekStartsOn);
    const QDate firstWeek = thisWeek.addDays(-7 * 7);
    // Far enough back for a long run of absences; the 8 weeks shown are within it.
    const QDate from = std::min(firstWeek, today.addDays(-120));
    auto loaded = load(db, from, today, QList<Id> { participantId });
    if (!loaded)
        return loaded.error();
    AttendanceSummary summary;
    const AttendanceHistory h = loaded->value(participantId);
    for (int i = 0; i < 8; ++i)
        summary.weeks.append(AttendanceHours::weekHours(
            h.episodes, h.dateOfBirth, h.spans, firstWeek.addDays(7 * i), rules));
    summary.engagement = EngagementRules::engagement(h.sessions, today);
    summary.flags
        = EngagementRules::flags(h.episodes, h.dateOfBirth, h.spans, h.sessions, today, rules);
    auto all = extensions(db, participantId);
    if (!all)
        return all.error();
    for (const Episode& e : h.episodes) {
        if (!e.isOpen())
            continue;
        if (const Phase* p = e.currentPhase()) {
            for (const PhaseExtension& x : *all) {
                if (x.phaseId == p->id)
                    summary.extensions.append(x);
            }
            summary.length = LengthOfStayRules::measure(e, *p, summary.extensions, rules, today);
        }
    }
    return summary;
}

Result<HoursReport> weekReport(Database& db, const QDate& anyDay)
{
    std::optional<QList<Id>> only;
    if (!Access::roleAllows(
            db.session() ? db.session()->roles : RoleSet {}, Permission::ViewAllReports)) {
        if (Status s = Access::require(db, Permission::ViewOwnReports); !s)
            return s.error();
        auto visible = visibleParticipants(db);
        if (!visible)
            return visible.error();
        only = *visible;
    }
    if (!anyDay.isValid())
        return Error::validation(
            { { QStringLiteral("week"), tr("Give a date inside the week, as YYYY-MM-DD.") } });
    auto settings = SettingsStore(db).load();
    if (!settings)
        return settings.error();
    const AttendanceSettings& rules = settings->attendance;
    HoursReport report;
    report.weekStartsOn = rules.weekStartsOn;
    report.weekStart = AttendanceHours::weekStart(anyDay, rules.weekStartsOn);
    report.weekEnd = report.weekStart.addDays(6);
    auto loaded = load(db, report.weekStart.addDays(-120), report.weekEnd, only);
    if (!loaded)
        return loaded.error();
    for (const AttendanceHistory& h : *loaded) {
        WeekHours w = AttendanceHours::weekHours(
            h.episodes, h.dateOfBirth, h.spans, report.weekStart, rules);
        if (w.required.daysInCare == 0)
            continue; // not in care that week
        HoursReportRow row { h.participantId, h.recordNumber, h.name, h.counselorName, w, 0, {} };
        row.consecutiveUnexcused
            = EngagementRules::engagement(h.sessions, report.weekEnd).consecutiveUnexcused;
        if (w.belowHours())
            row.flags.append(QStringLiteral("below_hours"));
        if (w.belowDays())
            row.flags.append(QStringLiteral("below_days"));
        if (w.required.stepDownWeek)
            row.flags.append(QStringLiteral("step_down_week"));
        if (w.required.prorated)
            row.flags.append(QStringLiteral("prorated"));
        if (row.consecutiveUnexcused >= EngagementRules::ConsecutiveAbsencesFlag)
            row.flags.append(QStringLiteral("consecutive_unexcused"));
        report.rows.append(row);
    }
    std::sort(report.rows.begin(), report.rows.end(), [](const auto& a, const auto& b) {
        const int c = QString::compare(a.name, b.name, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.participantId < b.participantId;
    });
    return report;
}

} // namespace stepwise::AttendanceQuery
