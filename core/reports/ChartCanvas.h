// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QImage>
#include <QPen>
#include <QRectF>
#include <QString>

class QPainter;

// What every printed chart shares: the resolution, a canvas, fonts, pens and a y axis with
// "nice" ticks (progress summaries and the program outcomes report).
namespace stepwise::ChartCanvas {

// Charts are drawn at 300 dots per inch, the resolution printers and PDF viewers need for
// sharp lines, and placed on the page at their size in millimetres.
constexpr int Dpi = 300;

struct Size
{
    double widthMm = 160;
    double heightMm = 45;
};

int pixels(double mm);
// A white image whose fonts in points come out at their printed size.
QImage canvas(Size size);
QFont chartFont(double points);
QPen linePen(const QColor& color, double widthMm);
// A "nice" step for about `count` ticks between 0 and `max`: 1, 2 or 5 times a power of ten.
double tickStep(double max, int count);
// Whole numbers without a decimal, others with one.
QString number(double value);

// Plot area inside the margins left for axis labels.
struct Plot
{
    QRectF area;
    double yMax = 1;
    double y(double value) const { return area.bottom() - value / yMax * area.height(); }
};

// Grid lines, tick labels (`format` turns a value into its label; null: number()), the
// axis title turned on its side, and the two axes.
void drawYAxis(QPainter& p, const Plot& plot, double step, const QString& title,
    QString (*format)(double) = nullptr);

// The <img> tag that places `name` at `size` on the page.
QString imageTag(const QString& name, Size size);

} // namespace stepwise::ChartCanvas
