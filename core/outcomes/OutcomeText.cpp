// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutcomeText.h"

#include "discharge/Discharge.h"

#include <QCoreApplication>
#include <QLocale>

namespace stepwise::OutcomeText {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::OutcomeText", text);
}

QString count(int n)
{
    return QLocale().toString(n);
}

QString of(int n)
{
    return n > 0 ? tr("of %1").arg(QLocale().toString(n)) : QString();
}

QString days(std::optional<double> d)
{
    return d ? tr("%1 days").arg(QLocale().toString(*d, 'f', *d == int(*d) ? 0 : 1))
             : QStringLiteral("\u2013");
}

QString signedNumber(std::optional<double> v)
{
    if (!v)
        return QStringLiteral("\u2013");
    const QString text = QLocale().toString(*v, 'f', 1);
    return *v > 0 ? QLatin1Char('+') + text : text;
}

} // namespace

QString percent(std::optional<double> share)
{
    return share ? tr("%1 %").arg(QLocale().toString(*share * 100.0, 'f', 0))
                 : QStringLiteral("\u2013");
}

QString reasonLabel(const QString& reasonKey)
{
    if (reasonKey.isEmpty())
        return tr("No discharge record");
    if (const auto r = parseDischargeReason(reasonKey))
        return label(*r);
    return reasonKey;
}

QList<OutcomeLine> summary(const ProgramOutcomes& o)
{
    return {
        { tr("Episodes in the period"), count(o.episodes), {} },
        { tr("Admissions"), count(o.admissions), {} },
        { tr("Discharges"), count(o.discharges), {} },
        { tr("Completion rate"), percent(o.completionRate()), of(o.discharges) },
        { tr("Attendance rate"), percent(o.attendanceRate()), of(o.attended + o.unexcused) },
        { tr("Excused absences (not counted)"), count(o.excused), {} },
    };
}

QList<OutcomeLine> discharges(const ProgramOutcomes& o)
{
    QList<OutcomeLine> lines;
    for (const ReasonCount& r : o.dischargesByReason)
        lines.append({ reasonLabel(r.reasonKey), count(r.count), of(o.discharges) });
    return lines;
}

QList<OutcomeLine> stays(const ProgramOutcomes& o)
{
    QList<OutcomeLine> lines;
    for (const PhaseStay& s : o.stays)
        lines.append({ label(s.phase), days(s.medianDays),
            s.phases == 1 ? tr("1 phase") : tr("%1 phases").arg(s.phases) });
    return lines;
}

QList<OutcomeLine> retention(const ProgramOutcomes& o)
{
    QList<OutcomeLine> lines;
    for (const RetentionPoint& p : o.retention) {
        if (p.week % 2 != 0 && p.week != 1)
            continue; // weeks 0, 1, 2, 4 ... 12: the chart has every week
        lines.append({ p.week == 1 ? tr("After 1 week") : tr("After %1 weeks").arg(p.week),
            percent(p.share()), of(p.followed) });
    }
    return lines;
}

QList<OutcomeLine> scores(const ProgramOutcomes& o)
{
    QList<OutcomeLine> lines;
    for (const ScoreOutcome* s : { &o.phq9, &o.gad7 }) {
        const QString name = s->instrument == QLatin1String("phq9") ? tr("PHQ-9") : tr("GAD-7");
        lines.append({ tr("%1: mean change from the first score").arg(name),
            signedNumber(s->meanChange), of(s->measured) });
        lines.append({ tr("%1: response (50 % lower)").arg(name), percent(s->responseRate()),
            of(s->eligible) });
        lines.append({ tr("%1: remission (below 5)").arg(name), percent(s->remissionRate()),
            of(s->eligible) });
        lines.append(
            { tr("%1: worse by 5 or more").arg(name), count(s->worsened), of(s->measured) });
    }
    return lines;
}

} // namespace stepwise::OutcomeText
