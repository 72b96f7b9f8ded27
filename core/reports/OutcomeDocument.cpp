// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutcomeDocument.h"

#include "Html.h"
#include "OutcomeReportCharts.h"
#include "outcomes/OutcomeText.h"

#include <QCoreApplication>
#include <QLocale>

namespace stepwise::OutcomeDocument {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::OutcomeDocument", text);
}

QString date(const QDate& d)
{
    return QLocale().toString(d, QLocale::LongFormat);
}

QString lines(const QList<OutcomeLine>& figures, const QString& measure)
{
    QList<QStringList> rows;
    for (const OutcomeLine& l : figures)
        rows.append({ Html::escape(l.label), Html::escape(l.value), Html::escape(l.detail) });
    return Html::table({ measure, tr("Value"), tr("Base") }, rows);
}

QString section(RecordDocument& doc, const QString& heading, const QString& imageName,
    const QImage& chart, ChartCanvas::Size size, const QList<OutcomeLine>& figures,
    const QString& measure)
{
    QString html = Html::heading(2, heading);
    if (!imageName.isEmpty()) {
        doc.images.append({ imageName, chart });
        html += QStringLiteral("<p>") + ChartCanvas::imageTag(imageName, size)
            + QStringLiteral("</p>");
    }
    return html + lines(figures, measure);
}

} // namespace

RecordDocument build(const ProgramOutcomes& o, const Context& context)
{
    RecordDocument doc;
    doc.title = tr("Program Outcomes");
    doc.subject = tr("%1 to %2")
                      .arg(o.filter.from.toString(Qt::ISODate), o.filter.to.toString(Qt::ISODate));
    doc.clinicName = context.clinicName;
    doc.programName = context.programName;
    doc.footerNotice = tr("Program figures: no participant is named. Internal use.");

    const QString all = tr("All");
    // DocumentRenderer prints the title above the body.
    QString body = Html::fields({
        { tr("Period"), tr("%1 to %2").arg(date(o.filter.from), date(o.filter.to)) },
        { tr("Phase"), o.filter.phase ? label(*o.filter.phase) : all },
        { tr("Primary focus"), o.filter.focus ? label(*o.filter.focus) : all },
        { tr("Counselor"), o.filter.counselorId ? context.counselorName : all },
        { tr("Computed on"), date(o.today) },
    });
    body += section(doc, tr("Summary"), {}, {}, {}, OutcomeText::summary(o), tr("Measure"));

    const ChartCanvas::Size reasonSize { 160, 8.0 + 6.0 * double(o.dischargesByReason.size()) };
    body += section(doc, tr("Discharges by reason"), QStringLiteral("discharges"),
        OutcomeReportCharts::discharges(o, reasonSize), reasonSize, OutcomeText::discharges(o),
        tr("Reason"));
    const ChartCanvas::Size staySize { 160, 45 };
    // Length of stay and retention start the second page, the scores the third: a heading
    // never ends a page apart from its chart or table, however many discharge reasons there are.
    body += QStringLiteral("<div style=\"page-break-before: always\"></div>");
    body += section(doc, tr("Median length of stay per phase"), QStringLiteral("stays"),
        OutcomeReportCharts::stays(o, staySize), staySize, OutcomeText::stays(o), tr("Phase"));
    const ChartCanvas::Size retentionSize { 160, 55 };
    body += section(doc, tr("Retention by week since admission"), QStringLiteral("retention"),
        OutcomeReportCharts::retention(o, retentionSize), retentionSize, OutcomeText::retention(o),
        tr("Week"));
    body += QStringLiteral("<div style=\"page-break-before: always\"></div>");
    body += section(doc, tr("PHQ-9 and GAD-7 change from admission"), {}, {}, {},
        OutcomeText::scores(o), tr("Measure"));

    body += Html::heading(2, tr("How the figures are counted"));
    body += Html::paragraph(
        tr("Episodes count when they overlap the period and match the filters; the counselor is "
           "the participant's counselor now. Completion rate: discharges with the reason "
           "Completed, of all discharges in the period. Length of stay: the phases of episodes "
           "discharged in the period, days counted inclusively. Retention after N weeks: of the "
           "episodes admitted in the period that can be followed N weeks, the share still in care "
           "then or discharged as completed by then. Attendance rate: sessions attended of those "
           "attended plus unexcused absences, at sessions held in the period; excused absences "
           "are left out. PHQ-9 and GAD-7: each episode's latest score by the period's end minus "
           "its first; response is a latest score at most half the first and remission a latest "
           "score below 5, of the episodes whose first score was 10 or more. A rate with nothing "
           "to divide by is shown as \u2013."));
    doc.bodyHtml = body;
    return doc;
}

} // namespace stepwise::OutcomeDocument
