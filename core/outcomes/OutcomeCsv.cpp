// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutcomeCsv.h"

#include "io/CsvWriter.h"
#include "io/FormulaGuard.h"

namespace stepwise::OutcomeCsv {

namespace {

QString number(std::optional<double> v)
{
    // Six significant digits: exact enough for a spreadsheet, free of binary noise.
    return v ? QString::number(*v, 'g', 6) : QString();
}

} // namespace

QByteArray write(const ProgramOutcomes& o, const QString& counselorName)
{
    CsvWriter w;
    const auto line = [&w](const QString& measure, const QString& detail, const QString& value) {
        w.addRecord({ measure, detail, value });
    };
    const auto count = [&line](const char* measure, const QString& detail, int value) {
        line(QLatin1String(measure), detail, QString::number(value));
    };
    w.addRecord({ QStringLiteral("measure"), QStringLiteral("detail"), QStringLiteral("value") });
    const OutcomeFilter& f = o.filter;
    line(QStringLiteral("period_from"), {}, f.from.toString(Qt::ISODate));
    line(QStringLiteral("period_to"), {}, f.to.toString(Qt::ISODate));
    line(QStringLiteral("as_of"), {}, o.today.toString(Qt::ISODate));
    line(QStringLiteral("filter_phase"), {}, f.phase ? storageKey(*f.phase) : QString());
    line(QStringLiteral("filter_focus"), {}, f.focus ? storageKey(*f.focus) : QString());
    // The one cell typed by people: protected from running as a formula. Numbers are written bare
    // (a change of -2.5 stays a number), as in the CSV exports.
    line(QStringLiteral("filter_counselor"), {},
        f.counselorId ? FormulaGuard::protect(counselorName) : QString());

    count("episodes", {}, o.episodes);
    count("admissions", {}, o.admissions);
    count("discharges", {}, o.discharges);
    for (const ReasonCount& r : o.dischargesByReason)
        count("discharges_by_reason",
            r.reasonKey.isEmpty() ? QStringLiteral("no_record") : r.reasonKey, r.count);
    count("completed", {}, o.completed);
    line(QStringLiteral("completion_rate"), {}, number(o.completionRate()));
    for (const PhaseStay& s : o.stays) {
        count("phases_counted", storageKey(s.phase), s.phases);
        line(QStringLiteral("median_days_in_phase"), storageKey(s.phase), number(s.medianDays));
    }
    for (const RetentionPoint& p : o.retention) {
        const QString week = QStringLiteral("week_%1").arg(p.week);
        count("retention_followed", week, p.followed);
        count("retention_retained", week, p.retained);
        line(QStringLiteral("retention_share"), week, number(p.share()));
    }
    count("sessions_attended", {}, o.attended);
    count("excused_absences", {}, o.excused);
    count("unexcused_absences", {}, o.unexcused);
    line(QStringLiteral("attendance_rate"), {}, number(o.attendanceRate()));
    for (const ScoreOutcome* s : { &o.phq9, &o.gad7 }) {
        count("score_measured", s->instrument, s->measured);
        line(QStringLiteral("score_mean_change"), s->instrument, number(s->meanChange));
        count("score_eligible", s->instrument, s->eligible);
        count("score_responded", s->instrument, s->responded);
        count("score_remitted", s->instrument, s->remitted);
        count("score_worsened", s->instrument, s->worsened);
        line(QStringLiteral("response_rate"), s->instrument, number(s->responseRate()));
        line(QStringLiteral("remission_rate"), s->instrument, number(s->remissionRate()));
    }
    return w.data();
}

} // namespace stepwise::OutcomeCsv
