// SPDX-License-Identifier: GPL-3.0-or-later
#include "SummaryNarrative.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace stepwise::SummaryNarrative {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::SummaryNarrative", text);
}

// The locale's long date without the day of the week: "5 January 2026", "January 5, 2026".
QString date(const QDate& d)
{
    QString format = QLocale().dateFormat(QLocale::LongFormat);
    format.remove(QRegularExpression(QStringLiteral("d{4}[,.]?\\s*")));
    return QLocale().toString(d, format);
}

QString hours(double h)
{
    return QLocale().toString(h, 'f', 1);
}

QString sessionsText(int n)
{
    return n == 1 ? tr("1 session") : tr("%1 sessions").arg(n);
}

QString scoreSentence(const ProgressSummary& s, const QString& instrument)
{
    const InstrumentSeries* series = s.series(instrument);
    if (!series)
        return {};
    const InstrumentDefinition* d = Instruments::find(instrument);
    const QString name = d ? d->name : instrument;
    const Assessment& latest = series->latest();
    if (!series->change || series->change->scoreCount < 2)
        return tr("%1 was %2 (%3) on %4.")
            .arg(name, QString::number(latest.score.total.value_or(0)), latest.score.bandLabel,
                date(latest.administeredOn));
    const ScoreChange& c = *series->change;
    QString text = tr("%1 went from %2 at the start of the episode (%3) to %4 (%5).")
                       .arg(name, QString::number(c.baseline.total), date(c.baseline.date),
                           QString::number(c.latest.total), date(c.latest.date));
    if (c.remission)
        text += QLatin1Char(' ') + tr("This meets the definition of remission (below 5).");
    else if (c.response)
        text += QLatin1Char(' ') + tr("This is a response (a reduction of at least half).");
    else if (c.worsened)
        text += QLatin1Char(' ') + tr("This is a worsening of 5 points or more.");
    return text;
}

} // namespace

QString prompt()
{
    return tr("[Add your assessment of progress, barriers and recommendations.]");
}

bool hasPrompt(const QString& narrative)
{
    return narrative.contains(prompt());
}

QString draft(const ProgressSummary& s)
{
    QStringList sentences;
    const QString name = s.participant.displayName();
    if (s.episode) {
        const Phase* phase = s.phaseAtEnd();
        if (!s.episode->isOpen() && s.episode->dischargeDate <= s.to)
            sentences << tr("%1 was discharged on %2.").arg(name, date(s.episode->dischargeDate));
        else if (phase)
            sentences << tr("%1 has been in the %2 phase since %3.")
                             .arg(name, label(phase->kind).toLower(), date(phase->startDate));
        sentences << tr("From %1 to %2 they attended %3, %4 hours against %5 hours required.")
                         .arg(date(s.from), date(s.to), sessionsText(s.sessionsAttended()),
                             hours(s.hoursAttended()), hours(s.hoursRequired()));
    } else {
        sentences << tr("%1 was not in care from %2 to %3.").arg(name, date(s.from), date(s.to));
    }
    for (const QString& instrument : { QStringLiteral("phq9"), QStringLiteral("gad7") }) {
        const QString sentence = scoreSentence(s, instrument);
        if (!sentence.isEmpty())
            sentences << sentence;
    }
    if (s.plan) {
        const QList<PlanObjective> objectives = s.plan->plan.objectives();
        int met = 0;
        for (const PlanObjective& o : objectives)
            met += o.status == ObjectiveStatus::Met ? 1 : 0;
        if (!objectives.isEmpty())
            sentences << tr("%1 of %2 treatment plan objectives are met.")
                             .arg(met)
                             .arg(objectives.size());
    }
    return sentences.join(QLatin1Char(' ')) + QStringLiteral("\n\n") + prompt();
}

} // namespace stepwise::SummaryNarrative
