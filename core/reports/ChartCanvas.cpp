// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartCanvas.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <cmath>

namespace stepwise::ChartCanvas {

int pixels(double mm)
{
    return int(std::lround(mm / 25.4 * Dpi));
}

QImage canvas(Size size)
{
    QImage image(pixels(size.widthMm), pixels(size.heightMm), QImage::Format_RGB32);
    image.setDotsPerMeterX(int(std::lround(Dpi / 0.0254)));
    image.setDotsPerMeterY(int(std::lround(Dpi / 0.0254)));
    image.fill(Qt::white);
    return image;
}

QFont chartFont(double points)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(points);
    return font;
}

QPen linePen(const QColor& color, double widthMm)
{
    QPen pen(color);
    pen.setWidthF(widthMm / 25.4 * Dpi);
    return pen;
}

double tickStep(double max, int count)
{
    if (max <= 0)
        return 1;
    const double raw = max / count;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : { 1.0, 2.0, 5.0, 10.0 }) {
        if (raw <= m * magnitude)
            return m * magnitude;
    }
    return 10 * magnitude;
}

QString number(double value)
{
    return QLocale().toString(value, 'f', std::fmod(value, 1.0) == 0.0 ? 0 : 1);
}

void drawYAxis(
    QPainter& p, const Plot& plot, double step, const QString& title, QString (*format)(double))
{
    const QFontMetricsF metrics(p.font());
    p.setPen(linePen(QColor(0xcc, 0xcc, 0xcc), 0.15));
    for (double v = 0; v <= plot.yMax + 1e-9; v += step) {
        const double y = plot.y(v);
        p.drawLine(QPointF(plot.area.left(), y), QPointF(plot.area.right(), y));
    }
    p.setPen(Qt::black);
    for (double v = 0; v <= plot.yMax + 1e-9; v += step) {
        const double y = plot.y(v);
        const QRectF label(0, y - metrics.height() / 2,
            plot.area.left() - metrics.averageCharWidth(), metrics.height());
        p.drawText(label, Qt::AlignRight | Qt::AlignVCenter, format ? format(v) : number(v));
    }
    p.save();
    p.translate(metrics.height() * 0.6, plot.area.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-plot.area.height() / 2, -metrics.height() / 2, plot.area.height(),
                   metrics.height()),
        Qt::AlignCenter, title);
    p.restore();
    p.setPen(linePen(Qt::black, 0.2));
    p.drawLine(plot.area.bottomLeft(), plot.area.bottomRight());
    p.drawLine(plot.area.bottomLeft(), plot.area.topLeft());
}

QString imageTag(const QString& name, Size size)
{
    // QTextDocument sizes images in pixels of 1/96 inch and scales them to the device.
    const auto css = [](double mm) { return QString::number(std::lround(mm / 25.4 * 96)); };
    return QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%3\"/>")
        .arg(name.toHtmlEscaped(), css(size.widthMm), css(size.heightMm));
}

} // namespace stepwise::ChartCanvas
