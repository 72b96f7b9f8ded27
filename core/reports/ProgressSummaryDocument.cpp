// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgressSummaryDocument.h"

#include "Html.h"
#include "SummaryCharts.h"
#include "consent/Part2Notice.h"
#include "plans/AftercarePlan.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>

namespace stepwise::ProgressSummaryDocument {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::ProgressSummaryDocument", text);
}

QString date(const QDate& d)
{
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString();
}

QString hours(double h)
{
    return QLocale().toString(h, 'f', 1);
}

QString muted(const QString& html)
{
    return QStringLiteral("<p><font color=\"#555\"><small>%1</small></font></p>").arg(html);
}

QString audienceText(const SummaryOptions& o)
{
    switch (o.audience) {
    case SummaryAudience::Participant:
        return tr("The participant");
    case SummaryAudience::Internal:
        return o.recipient.isEmpty() ? tr("Internal review")
                                     : tr("Internal review: %1").arg(o.recipient);
    case SummaryAudience::External:
        return o.recipient;
    }
    return {};
}

QString noticeBlock(const SummaryOptions& o)
{
    // A framed block at the very top: the recipient sees the prohibition before any record.
    QString html
        = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" border=\"1\" "
                         "style=\"border-collapse: collapse; border-color: #000;\"><tr><td>");
    html += QStringLiteral("<p><b>%1</b></p>").arg(Html::escape(Part2Notice::title()));
    html += Html::paragraph(o.notice);
    html += QStringLiteral("<p><b>%1</b></p>").arg(Html::escape(Part2Notice::consentHeading()));
    html += Html::paragraph(o.consentDescription);
    return html + QStringLiteral("</td></tr></table>");
}

QString header(const ProgressSummary& s, const SummaryOptions& o)
{
    QList<QPair<QString, QString>> fields {
        { tr("Participant"), s.participant.displayName() },
        { tr("Record number"), s.participant.recordNumber },
        { tr("Date of birth"), date(s.participant.dateOfBirth) },
        { tr("Counselor"), s.counselorName.isEmpty() ? tr("Not assigned") : s.counselorName },
    };
    if (!o.supervisorName.isEmpty())
        fields.append({ tr("Supervisor"), o.supervisorName });
    fields.append({ tr("Period"), tr("%1 to %2").arg(date(s.from), date(s.to)) });
    fields.append({ tr("Prepared on"), date(s.preparedOn) });
    fields.append({ tr("Prepared for"), audienceText(o) });
    if (!o.purpose.isEmpty())
        fields.append({ tr("Purpose"), o.purpose });
    return Html::fields(fields);
}

QString episodeSection(const ProgressSummary& s)
{
    QString html = Html::heading(2, tr("Episode and phases"));
    if (!s.episode)
        return html + Html::paragraph(tr("Not in care during this period."));
    const Episode& e = *s.episode;
    QList<QPair<QString, QString>> fields { { tr("Admitted"), date(e.admissionDate) } };
    if (!e.isOpen()) {
        fields.append({ tr("Discharged"), date(e.dischargeDate) });
        if (!e.dischargeReason.isEmpty())
            fields.append({ tr("Discharge reason"), e.dischargeReason });
    }
    if (const Phase* p = s.phaseAtEnd())
        fields.append({ tr("Phase at the end of the period"),
            tr("%1, since %2").arg(label(p->kind), date(p->startDate)) });
    if (s.earlierEpisodes > 0)
        fields.append({ tr("Earlier episodes"), QString::number(s.earlierEpisodes) });
    html += Html::fields(fields);
    const SummaryCharts::Size size { 160, 16 };
    html += QStringLiteral("<p>") + SummaryCharts::imageTag(QStringLiteral("chart:phases"), size)
        + QStringLiteral("</p>");
    const bool several = s.episodesInPeriod.size() > 1;
    QList<QStringList> rows;
    for (const Episode& episode : s.episodesInPeriod) {
        for (const Phase& p : episode.phases) {
            const QDate end = p.isOpen() ? QDate() : p.endDate;
            const QDate last
                = end.isValid() ? end : (episode.isOpen() ? s.preparedOn : episode.dischargeDate);
            const qint64 days = p.startDate.daysTo(last) + 1;
            QStringList row;
            if (several)
                row << Html::escape(date(episode.admissionDate));
            row << Html::escape(label(p.kind)) << Html::escape(date(p.startDate))
                << Html::escape(end.isValid() ? date(end) : tr("current"))
                << Html::escape(QLocale().toString(double(days) / 7.0, 'f', 1))
                << Html::escape(p.reason);
            rows.append(row);
        }
    }
    QStringList headers { tr("Phase"), tr("From"), tr("To"), tr("Weeks"), tr("Reason") };
    if (several)
        headers.prepend(tr("Episode admitted"));
    html += Html::table(headers, rows);
    return html;
}

QString weekNote(const WeekHours& w)
{
    QStringList notes;
    if (w.required.stepDownWeek)
        notes << tr("step-down week");
    if (w.required.required() && w.belowHours())
        notes << tr("below hours");
    if (w.required.required() && w.belowDays())
        notes << tr("below days");
    if (w.required.prorated)
        notes << tr("prorated");
    return notes.join(QStringLiteral(", "));
}

QString attendanceTable(const ProgressSummary& s)
{
    QList<QStringList> rows;
    if (s.weeks.size() <= WeeklyTableLimit) {
        for (const WeekHours& w : s.weeks)
            rows.append({ Html::escape(date(w.weekStart)), Html::escape(hours(w.required.hours)),
                Html::escape(hours(w.attended.hours)), QString::number(w.attended.sessionsAttended),
                QString::number(w.attended.daysAttended), Html::escape(weekNote(w)) });
        return Html::table({ tr("Week starting"), tr("Required h"), tr("Attended h"),
                               tr("Sessions"), tr("Days"), tr("Note") },
            rows);
    }
    // By the month each week starts in.
    struct Month
    {
        double required = 0, attended = 0;
        int sessions = 0, weeks = 0, below = 0;
    };
    QMap<QDate, Month> months;
    for (const WeekHours& w : s.weeks) {
        Month& m = months[QDate(w.weekStart.year(), w.weekStart.month(), 1)];
        m.required += w.required.hours;
        m.attended += w.attended.hours;
        m.sessions += w.attended.sessionsAttended;
        ++m.weeks;
        m.below += w.required.required() && w.below() && !w.required.stepDownWeek ? 1 : 0;
    }
    for (auto it = months.cbegin(); it != months.cend(); ++it)
        rows.append({ Html::escape(QLocale().toString(it.key(), QStringLiteral("MMMM yyyy"))),
            Html::escape(hours(it->required)), Html::escape(hours(it->attended)),
            QString::number(it->sessions), QString::number(it->weeks),
            QString::number(it->below) });
    return Html::table({ tr("Month"), tr("Required h"), tr("Attended h"), tr("Sessions"),
                           tr("Weeks"), tr("Weeks below requirement") },
        rows);
}

QString attendanceSection(const ProgressSummary& s)
{
    QString html = Html::heading(2, tr("Attendance"));
    if (s.weeks.isEmpty() || !s.episode)
        return html + Html::paragraph(tr("No attendance to report in this period."));
    int below = 0;
    for (const WeekHours& w : s.weeks)
        below += w.required.required() && w.below() && !w.required.stepDownWeek ? 1 : 0;
    html += Html::paragraph(
        tr("%1 sessions attended, %2 hours against %3 hours required, over %4 weeks; %5 below "
           "the requirement (step-down weeks not counted).")
            .arg(s.sessionsAttended())
            .arg(hours(s.hoursAttended()), hours(s.hoursRequired()))
            .arg(s.weeks.size())
            .arg(below));
    html += QStringLiteral("<p>")
        + SummaryCharts::imageTag(QStringLiteral("chart:attendance"), SummaryCharts::Size {})
        + QStringLiteral("</p>");
    if (s.weeks.size() > WeeklyTableLimit)
        html += muted(Html::escape(tr("By month: each week counts in the month it starts in.")));
    return html + attendanceTable(s);
}

QString scoreCell(const Assessment& a)
{
    if (!a.score.total)
        return Html::escape(date(a.administeredOn));
    QString text = QString::number(*a.score.total);
    if (!a.score.bandLabel.isEmpty())
        text += QStringLiteral(" (") + a.score.bandLabel + QLatin1Char(')');
    return Html::escape(text) + QStringLiteral("<br/><small>")
        + Html::escape(date(a.administeredOn)) + QStringLiteral("</small>");
}

QString changeCell(const InstrumentSeries& series)
{
    if (!series.change)
        return {};
    const ScoreChange& c = *series.change;
    const QString signedChange
        = (c.change > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(c.change);
    QStringList parts {
        tr("%1 since admission (%2)").arg(signedChange, QString::number(c.baseline.total))
    };
    if (c.remission)
        parts << tr("remission");
    else if (c.response)
        parts << tr("response");
    if (c.worsened)
        parts << tr("worse by 5 or more");
    return Html::escape(parts.join(QStringLiteral(", ")));
}

QString asamTable(const Assessment& asam)
{
    const InstrumentDefinition* d = asam.definition();
    if (!d)
        return {};
    QList<QStringList> rows;
    for (int i = 0; i < d->items.size() && i < asam.answers.size(); ++i) {
        const InstrumentItem& item = d->items.at(i);
        QString rating;
        if (const std::optional<int> v = asam.answers.at(i)) {
            rating = QString::number(*v);
            for (const ResponseOption& option : item.options) {
                if (option.value == *v)
                    rating += QStringLiteral(" ") + option.label;
            }
        }
        rows.append({ Html::escape(item.label), Html::escape(rating) });
    }
    return Html::table(
        { tr("ASAM dimension (%1)").arg(date(asam.administeredOn)), tr("Risk rating") }, rows);
}

QString assessmentsSection(const ProgressSummary& s)
{
    QString html = Html::heading(2, tr("Assessments"));
    QList<QStringList> rows;
    for (const InstrumentSeries& series : s.instruments) {
        if (!series.latest().score.total)
            continue;
        const InstrumentDefinition* d = Instruments::find(series.instrument);
        rows.append({ Html::escape(d ? d->name : series.instrument), scoreCell(series.first()),
            series.assessments.size() > 1 ? scoreCell(series.latest()) : QString(),
            QString::number(series.assessments.size()), changeCell(series) });
    }
    if (rows.isEmpty() && !s.latestAsam)
        return html + Html::paragraph(tr("No assessments were recorded in this period."));
    if (!rows.isEmpty())
        html += Html::table(
            { tr("Instrument"), tr("First in period"), tr("Latest"), tr("Times"), tr("Change") },
            rows);
    for (const QString& id : { QStringLiteral("phq9"), QStringLiteral("gad7") }) {
        const InstrumentSeries* series = s.series(id);
        if (!series || series->assessments.size() < 2)
            continue;
        const InstrumentDefinition* d = Instruments::find(id);
        html += Html::heading(3, tr("%1 over the period").arg(d ? d->name : id));
        html += QStringLiteral("<p>")
            + SummaryCharts::imageTag(
                QStringLiteral("chart:") + id, SummaryCharts::Size { 160, 40 })
            + QStringLiteral("</p>");
    }
    if (s.latestAsam)
        html += asamTable(*s.latestAsam);
    html += muted(Html::escape(
        tr("Bands: PHQ-9 (Kroenke, Spitzer and Williams 2001), GAD-7 (Spitzer et al. 2006). "
           "Response is a reduction of at least 50% from a baseline of 10 or more; remission a "
           "score below 5.")));
    return html;
}

QString planSection(const ProgressSummary& s)
{
    QString html = Html::heading(2, tr("Treatment plan"));
    if (!s.plan)
        return html + Html::paragraph(tr("There is no finalized treatment plan for this episode."));
    const PlanVersion& v = *s.plan;
    html += muted(
        Html::escape(tr("Version %1, finalized %2 by %3.")
                         .arg(v.version)
                         .arg(date(v.finalizedAt.toLocalTime().date()), v.finalizedByName)));
    for (const PlanProblem& problem : v.plan.problems) {
        QString title = problem.statement;
        if (!problem.diagnosisCode.isEmpty())
            title += QStringLiteral(" (") + problem.diagnosisCode + QLatin1Char(')');
        html += Html::heading(3, title);
        for (const PlanGoal& goal : problem.goals) {
            html += QStringLiteral("<p><b>%1</b> %2<br/><i>%3</i></p>")
                        .arg(Html::escape(tr("Goal:")), Html::escape(goal.clinicalTerms),
                            Html::escape(tr("In the participant's words: \u201C%1\u201D")
                                             .arg(goal.participantWords)));
            QList<QStringList> rows;
            for (const PlanObjective& o : goal.objectives)
                rows.append({ Html::escape(o.text), Html::escape(date(o.targetDate)),
                    Html::escape(label(o.status)) });
            if (!rows.isEmpty())
                html += Html::table({ tr("Objective"), tr("Target date"), tr("Status") }, rows);
        }
    }
    return html;
}

QString toxicologySection(const ProgressSummary& s)
{
    QString html = Html::heading(2, tr("Toxicology"));
    if (s.screens.isEmpty() && s.useEvents.isEmpty())
        return html + Html::paragraph(tr("No drug screens or use were recorded in this period."));
    int observed = 0, negative = 0, unexpected = 0, recollect = 0;
    QList<QStringList> rows;
    for (const ToxScreen& screen : s.screens) {
        const ToxSummary summary = ToxicologyRules::summarize(screen, s.medications);
        observed += screen.observed ? 1 : 0;
        negative += summary.allNegative ? 1 : 0;
        unexpected += summary.unexpectedPositives.isEmpty() ? 0 : 1;
        recollect += summary.needsRecollection() ? 1 : 0;
        if (summary.allNegative && screen.observed)
            continue; // counted in the sentence; the table lists what needs a reader's eye
        QStringList findings;
        for (const ToxFinding& f : summary.findings)
            findings << f.text;
        rows.append({ Html::escape(date(screen.collectedOn)),
            Html::escape(screen.observed ? tr("Observed") : tr("Not observed")),
            Html::escape(findings.join(QStringLiteral("; "))) });
    }
    if (!s.screens.isEmpty()) {
        html += Html::paragraph(tr("%1 screens (%2 observed): %3 all negative, %4 with an "
                                   "unexpected positive, %5 dilute or invalid.")
                                    .arg(s.screens.size())
                                    .arg(observed)
                                    .arg(negative)
                                    .arg(unexpected)
                                    .arg(recollect));
        if (!rows.isEmpty()) {
            html += muted(Html::escape(tr("Listed: screens with a finding or not observed.")));
            html += Html::table({ tr("Collected"), tr("Collection"), tr("Findings") }, rows);
        }
    }
    if (!s.useEvents.isEmpty()) {
        QList<QStringList> useRows;
        for (const UseEvent& e : s.useEvents)
            useRows.append({ Html::escape(date(e.occurredOn)), Html::escape(e.substance),
                Html::escape(label(e.source)) });
        html += Html::heading(3, tr("Recorded use"));
        html += Html::table({ tr("Date"), tr("Substance"), tr("Source") }, useRows);
    }
    return html;
}

QString aftercareSection(const ProgressSummary& s)
{
    QString html = Html::heading(2, tr("Aftercare plan"));
    if (!s.aftercare)
        return html + Html::paragraph(tr("No aftercare plan has been written."));
    const AftercarePlan& plan = s.aftercare->plan;
    if (!plan.services.isEmpty()) {
        QList<QStringList> rows;
        for (const AftercareService& a : plan.services) {
            QString when = date(a.appointmentDate);
            if (a.appointmentTime.isValid())
                when += QLatin1Char(' ')
                    + QLocale().toString(a.appointmentTime, QLocale::ShortFormat);
            rows.append({ Html::escape(label(a.kind)), Html::escape(a.provider),
                Html::escape(a.phone), Html::escape(date(a.referralDate)), Html::escape(when) });
        }
        html += Html::table(
            { tr("Service"), tr("Provider"), tr("Phone"), tr("Referred"), tr("First appointment") },
            rows);
    }
    if (!plan.supportGroups.isEmpty()) {
        QList<QStringList> rows;
        for (const SupportGroup& g : plan.supportGroups) {
            QStringList days;
            for (Qt::DayOfWeek d : g.days)
                days << QLocale().dayName(int(d), QLocale::ShortFormat);
            QString when = days.join(QStringLiteral(", "));
            if (g.time.isValid())
                when += QLatin1Char(' ') + QLocale().toString(g.time, QLocale::ShortFormat);
            rows.append({ Html::escape(g.name), Html::escape(label(g.kind)), Html::escape(when),
                Html::escape(g.online ? tr("Online") : g.location) });
        }
        html += Html::table({ tr("Support group"), tr("Kind"), tr("Meets"), tr("Where") }, rows);
    }
    if (plan.soberLiving)
        html += Html::fields({ { tr("Sober living"), plan.soberLiving->residence },
            { tr("Moving in"), date(plan.soberLiving->moveInDate) } });
    if (!plan.supportNetwork.isEmpty())
        html += Html::paragraph(
            tr("Support network: %1 people named in the plan.").arg(plan.supportNetwork.size()));
    return html;
}

QString signatures(const ProgressSummary& s, const SummaryOptions& o)
{
    // One table cell, so the heading and its lines move to the next page together.
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td>")
        + Html::heading(2, tr("Signatures")) + Html::signatureLine(tr("Counselor"), s.counselorName)
        + Html::signatureLine(tr("Clinical supervisor"), o.supervisorName)
        + Html::signatureLine(tr("Date")) + QStringLiteral("</td></tr></table>");
}

} // namespace

RecordDocument build(const ProgressSummary& s, const SummaryOptions& o)
{
    RecordDocument doc;
    doc.title = tr("Progress Summary");
    doc.participantName = s.participant.sortName();
    doc.recordNumber = s.participant.recordNumber;
    doc.dateOfBirth = s.participant.dateOfBirth;
    doc.clinicName = s.clinicName;
    doc.programName = s.programName;

    const bool external = o.audience == SummaryAudience::External;
    QString body;
    if (external) {
        body += noticeBlock(o);
        doc.footerNotice = o.shortNotice;
    }
    body += header(s, o);

    if (o.includes(SummarySection::Episode)) {
        body += episodeSection(s);
        if (s.episode)
            doc.images.append({ QStringLiteral("chart:phases"),
                SummaryCharts::phaseTimeline(s.episodesInPeriod, s.from, s.to, s.preparedOn) });
    }
    if (o.includes(SummarySection::Attendance)) {
        body += attendanceSection(s);
        doc.images.append(
            { QStringLiteral("chart:attendance"), SummaryCharts::attendance(s.weeks) });
    }
    if (o.includes(SummarySection::Assessments)) {
        body += assessmentsSection(s);
        for (const QString& id : { QStringLiteral("phq9"), QStringLiteral("gad7") }) {
            const InstrumentSeries* series = s.series(id);
            const InstrumentDefinition* d = Instruments::find(id);
            if (series && d && series->assessments.size() >= 2)
                doc.images.append({ QStringLiteral("chart:") + id,
                    SummaryCharts::trend(
                        *d, series->assessments, s.from, s.to, SummaryCharts::Size { 160, 40 }) });
        }
    }
    if (o.includes(SummarySection::TreatmentPlan))
        body += planSection(s);
    if (o.includes(SummarySection::Toxicology))
        body += toxicologySection(s);
    if (o.includes(SummarySection::Narrative) && !o.narrative.trimmed().isEmpty())
        body += Html::heading(2, tr("Clinician's narrative")) + Html::paragraph(o.narrative);
    if (o.includes(SummarySection::Aftercare) && s.aftercareApplies)
        body += aftercareSection(s);
    if (o.includes(SummarySection::Signatures))
        body += signatures(s, o);
    doc.bodyHtml = body;
    return doc;
}

} // namespace stepwise::ProgressSummaryDocument
