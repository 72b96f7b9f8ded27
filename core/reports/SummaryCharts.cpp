// SPDX-License-Identifier: GPL-3.0-or-later
#include "SummaryCharts.h"

#include "BandColors.h"
#include "ChartCanvas.h"
#include "PhaseColors.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace stepwise::SummaryCharts {

using namespace ChartCanvas;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::SummaryCharts", text);
}

QString shortDate(const QDate& d)
{
    return QLocale().toString(d, QStringLiteral("d MMM"));
}

} // namespace

QImage attendance(const QList<WeekHours>& weeks, Size size)
{
    QImage image = canvas(size);
    if (weeks.isEmpty())
        return image;
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(chartFont(7));
    const QFontMetricsF metrics(p.font());

    double maxHours = 1;
    for (const WeekHours& w : weeks)
        maxHours = std::max({ maxHours, w.attended.hours, w.required.hours });
    const double step = tickStep(maxHours, 4);
    Plot plot;
    plot.yMax = std::ceil(maxHours / step) * step;
    const double legendHeight = metrics.height() * 1.6;
    plot.area = QRectF(metrics.horizontalAdvance(QStringLiteral("000")) + metrics.height() * 1.8,
        legendHeight, image.width() - metrics.horizontalAdvance(QStringLiteral("000")) * 2.2,
        image.height() - legendHeight - metrics.height() * 2.4);
    drawYAxis(p, plot, step, tr("Hours"));

    const double slot = plot.area.width() / weeks.size();
    const double barWidth = slot * 0.6;
    QBrush met(QColor(0x3a, 0x7c, 0xc4));
    QBrush below(QColor(0xd9, 0x6c, 0x2c), Qt::BDiagPattern);
    // Hatch lines of a pattern brush are one device pixel: too thin at 300 dpi, so below-
    // requirement bars get a light fill and their outline as well.
    const QColor belowFill(0xf6, 0xd5, 0xc0);
    for (int i = 0; i < weeks.size(); ++i) {
        const WeekHours& w = weeks.at(i);
        const double x = plot.area.left() + slot * i + (slot - barWidth) / 2;
        const QRectF bar(
            x, plot.y(w.attended.hours), barWidth, plot.area.bottom() - plot.y(w.attended.hours));
        if (w.required.required() && w.below()) {
            p.fillRect(bar, belowFill);
            p.setPen(linePen(QColor(0xd9, 0x6c, 0x2c), 0.25));
            p.setBrush(below);
            p.drawRect(bar);
        } else {
            p.setPen(Qt::NoPen);
            p.setBrush(met);
            p.drawRect(bar);
        }
    }
    // The requirement as a step line across each week's slot.
    p.setBrush(Qt::NoBrush);
    p.setPen(linePen(Qt::black, 0.35));
    for (int i = 0; i < weeks.size(); ++i) {
        const WeekHours& w = weeks.at(i);
        if (!w.required.required())
            continue;
        const double y = plot.y(w.required.hours);
        p.drawLine(
            QPointF(plot.area.left() + slot * i, y), QPointF(plot.area.left() + slot * (i + 1), y));
    }
    // Week labels: as many as fit without overlapping.
    p.setPen(Qt::black);
    const double labelWidth = metrics.horizontalAdvance(QStringLiteral("00 MMM")) * 1.3;
    const int every = std::max(1, int(std::ceil(labelWidth / slot)));
    for (int i = 0; i < weeks.size(); i += every) {
        const QRectF label(plot.area.left() + slot * i + slot / 2 - labelWidth / 2,
            plot.area.bottom() + metrics.height() * 0.3, labelWidth, metrics.height());
        p.drawText(label, Qt::AlignCenter, shortDate(weeks.at(i).weekStart));
    }
    p.drawText(QRectF(plot.area.left(), image.height() - metrics.height(), plot.area.width(),
                   metrics.height()),
        Qt::AlignCenter, tr("Week starting"));

    // Legend along the top.
    double x = plot.area.left();
    const double box = metrics.height() * 0.7;
    const double top = (legendHeight - box) / 2;
    auto legendItem = [&](const QString& text, auto drawSymbol) {
        drawSymbol(QRectF(x, top, box * 1.6, box));
        x += box * 2.0;
        p.setPen(Qt::black);
        const double w = metrics.horizontalAdvance(text);
        p.drawText(QRectF(x, 0, w + 2, legendHeight), Qt::AlignVCenter | Qt::AlignLeft, text);
        x += w + box * 2;
    };
    legendItem(tr("Hours attended"), [&](const QRectF& r) { p.fillRect(r, met); });
    legendItem(tr("Below the requirement"), [&](const QRectF& r) {
        p.fillRect(r, belowFill);
        p.setPen(linePen(QColor(0xd9, 0x6c, 0x2c), 0.25));
        p.setBrush(below);
        p.drawRect(r);
        p.setBrush(Qt::NoBrush);
    });
    legendItem(tr("Hours required"), [&](const QRectF& r) {
        p.setPen(linePen(Qt::black, 0.35));
        p.drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()));
    });
    return image;
}

QImage trend(const InstrumentDefinition& definition, const QList<Assessment>& assessments,
    const QDate& from, const QDate& to, Size size)
{
    QImage image = canvas(size);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(chartFont(7));
    const QFontMetricsF metrics(p.font());

    double bandLabelWidth = 0;
    for (const Band& b : definition.bands)
        bandLabelWidth = std::max(bandLabelWidth, metrics.horizontalAdvance(b.label));
    Plot plot;
    plot.yMax = std::max(1, definition.maxTotal);
    const double left = metrics.horizontalAdvance(QStringLiteral("000")) + metrics.height() * 1.8;
    plot.area = QRectF(left, metrics.height(),
        image.width() - left - bandLabelWidth - metrics.averageCharWidth() * 2,
        image.height() - metrics.height() * 2.6);

    // Bands as shaded stripes, from the lower edge of the lowest score to the upper edge of
    // the highest, named at the right.
    for (const Band& b : definition.bands) {
        const double top = plot.y(b.max + 0.5 > plot.yMax ? plot.yMax : b.max + 0.5);
        const double bottom = plot.y(std::max(0.0, b.min - 0.5));
        const QRectF stripe(plot.area.left(), top, plot.area.width(), bottom - top);
        p.fillRect(stripe, BandColors::fill(b.level));
        p.setPen(BandColors::text(b.level));
        p.drawText(QRectF(plot.area.right() + metrics.averageCharWidth(), top,
                       bandLabelWidth + metrics.averageCharWidth(), bottom - top),
            Qt::AlignLeft | Qt::AlignVCenter, b.label);
    }
    drawYAxis(p, plot, tickStep(plot.yMax, 5), tr("Total"));

    const qint64 days = std::max<qint64>(1, from.daysTo(to));
    auto xOf = [&](const QDate& d) {
        return plot.area.left() + plot.area.width() * double(from.daysTo(d)) / double(days);
    };
    p.setPen(Qt::black);
    p.drawText(QRectF(plot.area.left(), plot.area.bottom() + metrics.height() * 0.3,
                   plot.area.width() / 2, metrics.height()),
        Qt::AlignLeft, shortDate(from));
    p.drawText(QRectF(plot.area.center().x(), plot.area.bottom() + metrics.height() * 0.3,
                   plot.area.width() / 2, metrics.height()),
        Qt::AlignRight, shortDate(to));

    QPainterPath line;
    QList<QPointF> points;
    for (const Assessment& a : assessments) {
        if (!a.score.total)
            continue;
        const QPointF point(xOf(a.administeredOn), plot.y(*a.score.total));
        if (points.isEmpty())
            line.moveTo(point);
        else
            line.lineTo(point);
        points.append(point);
    }
    p.setPen(linePen(QColor(0x1f, 0x29, 0x37), 0.4));
    p.setBrush(Qt::NoBrush);
    p.drawPath(line);
    const double radius = pixels(0.7);
    int i = 0;
    for (const Assessment& a : assessments) {
        if (!a.score.total)
            continue;
        const QPointF point = points.at(i++);
        p.setPen(linePen(Qt::white, 0.2));
        p.setBrush(QColor(0x1f, 0x29, 0x37));
        p.drawEllipse(point, radius, radius);
        p.setPen(Qt::black);
        const QString text = QString::number(*a.score.total);
        const double w = metrics.horizontalAdvance(text) + 4;
        p.drawText(
            QRectF(point.x() - w / 2, point.y() - radius - metrics.height(), w, metrics.height()),
            Qt::AlignCenter, text);
    }
    return image;
}

QImage phaseTimeline(const QList<Episode>& episodes, const QDate& from, const QDate& to,
    const QDate& today, Size size)
{
    QImage image = canvas(size);
    if (episodes.isEmpty())
        return image;
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(chartFont(7));
    const QFontMetricsF metrics(p.font());
    const Episode& last = episodes.last();
    const QDate start = std::min(episodes.first().admissionDate, from);
    const QDate end = std::max(last.isOpen() ? today : last.dischargeDate, to);
    const qint64 days = std::max<qint64>(1, start.daysTo(end) + 1);
    const QRectF bar(
        0, metrics.height() * 1.2, image.width(), image.height() - metrics.height() * 2.6);
    auto xOf = [&](const QDate& d) {
        return bar.left() + bar.width() * double(start.daysTo(d)) / double(days);
    };
    p.setPen(linePen(QColor(0x99, 0x99, 0x99), 0.2));
    p.drawRect(bar);
    for (const Episode& episode : episodes) {
        for (const Phase& ph : episode.phases) {
            const QDate phaseEnd
                = ph.isOpen() ? (episode.isOpen() ? today : episode.dischargeDate) : ph.endDate;
            const QRectF span(xOf(ph.startDate), bar.top(),
                xOf(phaseEnd.addDays(1)) - xOf(ph.startDate), bar.height());
            p.fillRect(span, phaseColor(ph.kind));
            p.setPen(linePen(Qt::white, 0.3));
            p.drawLine(span.topLeft(), span.bottomLeft());
            p.setPen(Qt::white);
            const QString name = label(ph.kind);
            if (metrics.horizontalAdvance(name) < span.width() - 8)
                p.drawText(span, Qt::AlignCenter, name);
        }
    }
    // The period as a bracket above the bar.
    p.setPen(linePen(Qt::black, 0.3));
    const double y = bar.top() - metrics.height() * 0.4;
    const double x1 = xOf(from);
    const double x2 = xOf(to.addDays(1));
    p.drawLine(QPointF(x1, y), QPointF(x2, y));
    p.drawLine(QPointF(x1, y), QPointF(x1, bar.top()));
    p.drawLine(QPointF(x2, y), QPointF(x2, bar.top()));
    p.setPen(Qt::black);
    p.drawText(QRectF(x1, 0, std::max(x2 - x1, metrics.horizontalAdvance(tr("This summary")) + 4),
                   metrics.height()),
        Qt::AlignLeft | Qt::AlignTop, tr("This summary"));
    p.drawText(
        QRectF(0, bar.bottom() + metrics.height() * 0.2, image.width() / 2, metrics.height()),
        Qt::AlignLeft, QLocale().toString(start, QLocale::ShortFormat));
    p.drawText(QRectF(image.width() / 2, bar.bottom() + metrics.height() * 0.2, image.width() / 2,
                   metrics.height()),
        Qt::AlignRight, QLocale().toString(end, QLocale::ShortFormat));
    return image;
}

} // namespace stepwise::SummaryCharts
