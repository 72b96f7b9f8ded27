// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgramOutcomes.h"

#include "domain/PhaseRules.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace stepwise::OutcomeRules {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::OutcomeRules", text);
}

bool inPeriod(const QDate& d, const OutcomeFilter& f)
{
    return d.isValid() && d >= f.from && d <= f.to;
}

bool matches(const OutcomeEpisode& e, const OutcomeFilter& f)
{
    if (f.focus && e.focus != *f.focus)
        return false;
    if (f.counselorId && e.counselorId != *f.counselorId)
        return false;
    if (!f.phase)
        return true;
    return std::any_of(e.phases.cbegin(), e.phases.cend(), [&f](const Phase& p) {
        return p.kind == *f.phase && p.startDate <= f.to && (p.isOpen() || p.endDate >= f.from);
    });
}

// The scores given by the period's end: what was known then.
QList<DatedScore> until(const QList<DatedScore>& scores, const QDate& end)
{
    QList<DatedScore> out;
    for (const DatedScore& s : scores) {
        if (s.date <= end)
            out.append(s);
    }
    return out;
}

void addScore(ScoreOutcome& outcome, QList<int>& changes, const QList<DatedScore>& scores)
{
    const auto change = ScoreChangeRules::change(scores);
    if (!change)
        return;
    ++outcome.measured;
    changes.append(change->change);
    if (change->eligible) {
        ++outcome.eligible;
        outcome.responded += change->response ? 1 : 0;
        outcome.remitted += change->remission ? 1 : 0;
    }
    outcome.worsened += change->worsened ? 1 : 0;
}

std::optional<double> mean(const QList<int>& values)
{
    if (values.isEmpty())
        return std::nullopt;
    double sum = 0;
    for (int v : values)
        sum += v;
    return sum / double(values.size());
}

} // namespace

QList<FieldError> validate(const OutcomeFilter& filter)
{
    QList<FieldError> errors;
    if (!filter.from.isValid())
        errors.append({ QStringLiteral("from"), tr("Enter the first day of the period.") });
    if (!filter.to.isValid())
        errors.append({ QStringLiteral("to"), tr("Enter the last day of the period.") });
    if (filter.from.isValid() && filter.to.isValid() && filter.to < filter.from)
        errors.append(
            { QStringLiteral("to"), tr("The period must end on or after its first day.") });
    return errors;
}

std::optional<double> median(QList<int> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 == 1 ? double(values.at(n / 2)) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

ProgramOutcomes compute(const OutcomeData& data, const OutcomeFilter& filter, const QDate& today)
{
    ProgramOutcomes out;
    out.filter = filter;
    out.today = today;
    out.phq9.instrument = QStringLiteral("phq9");
    out.gad7.instrument = QStringLiteral("gad7");
    QHash<QString, int> reasons;
    QHash<int, QList<int>> stayDays; // PhaseKind -> days
    QList<int> phqChanges;
    QList<int> gadChanges;
    QList<RetentionPoint> retention;
    for (int w = 0; w <= RetentionWeeks; ++w)
        retention.append({ w, 0, 0 });
    const QDate end = std::min(filter.to, today);

    for (const OutcomeEpisode& e : data.episodes) {
        // Overlapping the period, as the query reads them; checked again so the rules stand alone.
        if (!e.admission.isValid() || e.admission > filter.to
            || (e.discharge.isValid() && e.discharge < filter.from) || !matches(e, filter))
            continue;
        ++out.episodes;
        if (inPeriod(e.admission, filter)) {
            ++out.admissions;
            for (RetentionPoint& point : retention) {
                const QDate at = e.admission.addDays(7 * point.week);
                if (at > today)
                    continue;
                ++point.followed;
                const bool inCareThen = !e.discharge.isValid() || e.discharge >= at;
                const bool completed = e.discharge.isValid()
                    && e.dischargeReasonKey == QLatin1String(CompletedReason);
                point.retained += inCareThen || completed ? 1 : 0;
            }
        }
        if (inPeriod(e.discharge, filter)) {
            ++out.discharges;
            ++reasons[e.dischargeReasonKey];
            out.completed += e.dischargeReasonKey == QLatin1String(CompletedReason) ? 1 : 0;
            for (const Phase& p : e.phases)
                stayDays[int(p.kind)].append(PhaseRules::daysInPhase(p, e.discharge));
        }
        addScore(out.phq9, phqChanges, until(e.phq9, end));
        addScore(out.gad7, gadChanges, until(e.gad7, end));
    }

    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
        out.dischargesByReason.append({ it.key(), it.value() });
    std::sort(out.dischargesByReason.begin(), out.dischargesByReason.end(),
        [](const ReasonCount& a, const ReasonCount& b) {
            return a.count != b.count ? a.count > b.count : a.reasonKey < b.reasonKey;
        });
    for (PhaseKind kind : allValues<PhaseKind>()) {
        const QList<int> days = stayDays.value(int(kind));
        out.stays.append({ kind, int(days.size()), median(days) });
    }
    out.retention = retention;
    out.phq9.meanChange = mean(phqChanges);
    out.gad7.meanChange = mean(gadChanges);

    for (const OutcomeAttendance& a : data.attendance) {
        if ((filter.focus && a.focus != *filter.focus)
            || (filter.counselorId && a.counselorId != *filter.counselorId)
            || (filter.phase && a.phase != filter.phase))
            continue;
        out.attended += a.attended;
        out.excused += a.excused;
        out.unexcused += a.unexcused;
    }
    return out;
}

} // namespace stepwise::OutcomeRules
