// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutcomeReportCharts.h"

#include "PhaseColors.h"
#include "outcomes/OutcomeText.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace stepwise::OutcomeReportCharts {

using namespace ChartCanvas;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::OutcomeReportCharts", text);
}

const QColor barColor(0x3a, 0x7c, 0xc4);

QString percentTick(double v)
{
    return QLocale().toString(v, 'f', 0) + QStringLiteral(" %");
}

void noData(QPainter& p, const QImage& image)
{
    p.setPen(Qt::black);
    p.drawText(QRectF(image.rect()), Qt::AlignCenter, tr("Nothing to show for this period."));
}

} // namespace

QImage discharges(const ProgramOutcomes& o, Size size)
{
    QImage image = canvas(size);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(chartFont(7));
    const QFontMetricsF metrics(p.font());
    if (o.dischargesByReason.isEmpty()) {
        noData(p, image);
        return image;
    }
    double labelWidth = 0;
    int most = 1;
    for (const ReasonCount& r : o.dischargesByReason) {
        labelWidth = std::max(
            labelWidth, metrics.horizontalAdvance(OutcomeText::reasonLabel(r.reasonKey)));
        most = std::max(most, r.count);
    }
    labelWidth = std::min(labelWidth + metrics.averageCharWidth(), image.width() * 0.45);
    const double countWidth = metrics.horizontalAdvance(QLocale().toString(most)) * 1.5;
    const QRectF area(labelWidth, 0, image.width() - labelWidth - countWidth, image.height());
    const double slot = area.height() / o.dischargesByReason.size();
    const double bar = std::min(slot * 0.7, metrics.height() * 1.6);
    for (qsizetype i = 0; i < o.dischargesByReason.size(); ++i) {
        const ReasonCount& r = o.dischargesByReason.at(i);
        const double top = area.top() + i * slot + (slot - bar) / 2;
        const QString label = metrics.elidedText(OutcomeText::reasonLabel(r.reasonKey),
            Qt::ElideRight, labelWidth - metrics.averageCharWidth());
        p.setPen(Qt::black);
        p.drawText(QRectF(0, top, labelWidth - metrics.averageCharWidth(), bar),
            Qt::AlignRight | Qt::AlignVCenter, label);
        const double width = area.width() * r.count / most;
        p.fillRect(QRectF(area.left(), top, width, bar), barColor);
        p.drawText(
            QRectF(area.left() + width + metrics.averageCharWidth() * 0.5, top, countWidth, bar),
            Qt::AlignLeft | Qt::AlignVCenter, QLocale().toString(r.count));
    }
    p.setPen(linePen(Qt::black, 0.2));
    p.drawLine(area.topLeft(), area.bottomLeft());
    return image;
}

QImage retention(const ProgramOutcomes& o, Size size)
{
    QImage image = canvas(size);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(chartFont(7));
    const QFontMetricsF metrics(p.font());
    QList<QPair<int, double>> points;
    for (const RetentionPoint& r : o.retention) {
        if (const auto share = r.share())
            points.append({ r.week, *share * 100.0 });
    }
    if (points.isEmpty()) {
        noData(p, image);
        return image;
    }
    Plot plot;
    plot.yMax = 100;
    const double left = metrics.horizontalAdvance(QStringLiteral("100 %")) + metrics.height() * 1.8;
    plot.area = QRectF(left, metrics.height(), image.width() - left - metrics.height(),
        image.height() - metrics.height() * 3.4);
    drawYAxis(p, plot, 25, tr("Retained"), percentTick);
    const int weeks = OutcomeRules::RetentionWeeks;
    const auto x = [&](int week) { return plot.area.left() + plot.area.width() * week / weeks; };
    p.setPen(Qt::black);
    for (int w = 0; w <= weeks; ++w) {
        const QRectF label(x(w) - metrics.height() * 1.5, plot.area.bottom() + 2,
            metrics.height() * 3, metrics.height());
        p.drawText(label, Qt::AlignCenter, QString::number(w));
    }
    p.drawText(QRectF(plot.area.left(), plot.area.bottom() + metrics.height() * 1.2,
                   plot.area.width(), metrics.height()),
        Qt::AlignCenter, tr("Weeks since admission"));
    QPolygonF line;
    for (const auto& [week, share] : points)
        line << QPointF(x(week), plot.y(share));
    p.setPen(linePen(barColor, 0.5));
    p.drawPolyline(line);
    p.setBrush(barColor);
    const double radius = pixels(0.6);
    for (const QPointF& point : std::as_const(line))
        p.drawEllipse(point, radius, radius);
    return image;
}

QImage stays(const ProgramOutcomes& o, Size size)
{
    QImage image = canvas(size);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(chartFont(7));
    const QFontMetricsF metrics(p.font());
    double most = 0;
    for (const PhaseStay& s : o.stays)
        most = std::max(most, s.medianDays.value_or(0));
    if (o.stays.isEmpty() || most <= 0) {
        noData(p, image);
        return image;
    }
    const double step = tickStep(most, 4);
    Plot plot;
    plot.yMax = std::ceil(most / step) * step;
    const double left = metrics.horizontalAdvance(QStringLiteral("000")) + metrics.height() * 1.8;
    plot.area = QRectF(left, metrics.height() * 1.2, image.width() - left - metrics.height(),
        image.height() - metrics.height() * 2.6);
    drawYAxis(p, plot, step, tr("Median days"));
    const double slot = plot.area.width() / o.stays.size();
    const double bar = slot * 0.5;
    for (qsizetype i = 0; i < o.stays.size(); ++i) {
        const PhaseStay& s = o.stays.at(i);
        const double center = plot.area.left() + slot * (i + 0.5);
        p.setPen(Qt::black);
        p.drawText(QRectF(center - slot / 2, plot.area.bottom() + 2, slot, metrics.height()),
            Qt::AlignCenter, label(s.phase));
        if (!s.medianDays)
            continue;
        const QRectF rect(center - bar / 2, plot.y(*s.medianDays), bar,
            plot.area.bottom() - plot.y(*s.medianDays));
        p.fillRect(rect, phaseColor(s.phase));
        p.setPen(linePen(Qt::black, 0.2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(rect);
        p.setPen(Qt::black);
        p.drawText(QRectF(center - slot / 2, rect.top() - metrics.height(), slot, metrics.height()),
            Qt::AlignCenter | Qt::AlignBottom, QLocale().toString(*s.medianDays, 'f', 0));
    }
    return image;
}

} // namespace stepwise::OutcomeReportCharts
