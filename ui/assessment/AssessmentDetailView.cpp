// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssessmentDetailView.h"

#include "common/Format.h"
#include "instruments/AsamPlacement.h"
#include "reports/BandColors.h"

#include <QCoreApplication>
#include <QLocale>

namespace stepwise {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString answerText(const InstrumentItem& item, int value)
{
    if (item.isRange())
        return Format::days(value);
    for (const ResponseOption& o : item.options) {
        if (o.value == value)
            return QStringLiteral("%1 \u2014 %2").arg(value).arg(o.label);
    }
    return QString::number(value);
}

} // namespace

AssessmentDetailView::AssessmentDetailView(QWidget* parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setObjectName(QStringLiteral("assessmentDetail"));
}

void AssessmentDetailView::clearAssessment()
{
    setHtml(QStringLiteral("<p style='color:#6b7280'>%1</p>")
                .arg(tr("Select an assessment to see its answers item by item.").toHtmlEscaped()));
}

void AssessmentDetailView::showAssessment(const Assessment& a, const QList<Assessment>& versions)
{
    setHtml(html(a, versions));
}

QString AssessmentDetailView::html(const Assessment& a, const QList<Assessment>& versions)
{
    const InstrumentDefinition* d = a.definition();
    if (!d)
        return {};
    QString out;
    out += QStringLiteral("<h3>%1 \u00B7 %2</h3>")
               .arg(esc(d->name), esc(Format::date(a.administeredOn)));
    const QString result = a.summary();
    if (!result.isEmpty()) {
        out += QStringLiteral("<p><b style='color:%1'>%2</b></p>")
                   .arg(BandColors::text(a.score.bandLevel).name(), esc(result));
    }
    for (const Flag& f : a.score.flags) {
        out += QStringLiteral("<p style='color:%1'>%2%3</p>")
                   .arg(f.safety ? QStringLiteral("#991b1b") : QStringLiteral("#92400e"),
                       f.safety ? QStringLiteral("\u26A0 ") : QString(), esc(f.message));
    }
    if (a.score.cutoff)
        out += QStringLiteral("<p>%1</p>").arg(esc(tr("Cut-off applied: %1").arg(*a.score.cutoff)));
    if (!a.score.convention.isEmpty())
        out += QStringLiteral("<p style='color:#4b5563'>%1</p>")
                   .arg(esc(tr("Scoring convention: %1").arg(a.score.convention)));
    if (d->id == QLatin1String("asam")) {
        const AsamPlacement p = AsamPlacement::fromJson(a.details);
        out += QStringLiteral("<p>%1<br>%2</p>")
                   .arg(esc(tr("Recommended level: %1 %2")
                                .arg(p.recommendedLevel,
                                    AsamPlacement::levelName(p.edition, p.recommendedLevel))),
                       esc(tr("Level received: %1 %2")
                               .arg(p.placedLevel,
                                   AsamPlacement::levelName(p.edition, p.placedLevel))));
        if (!p.reason.isEmpty())
            out += QStringLiteral("<p>%1</p>")
                       .arg(esc(tr("Reason for the difference: %1").arg(p.reason)));
    }

    out += QStringLiteral("<table cellspacing='0' cellpadding='3' width='100%'>");
    out += QStringLiteral(
        "<tr style='background:#e5e7eb'><th align='left'>%1</th><th align='left'>%2</th>"
        "<th align='left'>%3</th><th align='right'>%4</th></tr>")
               .arg(esc(tr("Item")), esc(tr("About")), esc(tr("Answer")), esc(tr("Points")));
    for (int i = 0; i < d->items.size(); ++i) {
        const InstrumentItem& item = d->items.at(i);
        const std::optional<int> v = a.answers.value(i);
        const bool concern = a.score.concernItems.contains(item.key);
        bool flagged = false;
        for (const Flag& f : a.score.flags)
            flagged = flagged || f.items.contains(item.key);
        const QString bg = flagged || concern
            ? QStringLiteral(" style='background:#fee2e2'")
            : (i % 2 ? QStringLiteral(" style='background:#f9fafb'") : QString());
        out += QStringLiteral(
            "<tr%1><td>%2%3</td><td>%4</td><td>%5</td><td align='right'>%6</td></tr>")
                   .arg(bg, esc(item.key),
                       concern || flagged ? QStringLiteral(" \u25CF") : QString(), esc(item.label),
                       v ? esc(answerText(item, *v)) : QStringLiteral("\u2014"),
                       v && item.scored ? QString::number(item.pointsFor(*v))
                                        : QStringLiteral("\u2014"));
        const QString narrative = a.narratives.value(i);
        if (!narrative.isEmpty())
            out += QStringLiteral("<tr><td></td><td colspan='3' style='color:#374151'>%1</td></tr>")
                       .arg(esc(narrative));
    }
    out += QStringLiteral("</table>");
    if (!a.score.concernItems.isEmpty())
        out += QStringLiteral("<p style='color:#4b5563'>%1</p>")
                   .arg(esc(tr("\u25CF marks items whose answers signal concern.")));
    if (!a.note.isEmpty())
        out += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(tr("Note:")), esc(a.note));

    out += QStringLiteral("<p style='color:#4b5563'>%1</p>")
               .arg(esc(
                   tr("Recorded by %1 on %2.")
                       .arg(a.recordedByName,
                           QLocale().toString(a.recordedAt.toLocalTime(), QLocale::ShortFormat))));
    if (versions.size() > 1) {
        out += QStringLiteral("<p><b>%1</b></p><ul>").arg(esc(tr("Versions")));
        for (const Assessment& v : versions) {
            QString line
                = tr("Version %1: %2, recorded by %3 on %4")
                      .arg(v.versionNumber)
                      .arg(v.summary(), v.recordedByName,
                          QLocale().toString(v.recordedAt.toLocalTime(), QLocale::ShortFormat));
            if (!v.correctionReason.isEmpty())
                line += tr(" \u2014 correction: %1").arg(v.correctionReason);
            out += QStringLiteral("<li>%1</li>").arg(esc(line));
        }
        out += QStringLiteral("</ul>");
    }
    return out;
}

} // namespace stepwise
