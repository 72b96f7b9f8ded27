// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrendChart.h"

#include "reports/BandColors.h"

#include <QtCharts/QAreaSeries>
#include <QtCharts/QChart>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>
#include <algorithm>

namespace stepwise {

namespace {

qreal msecs(const QDate& date)
{
    return qreal(date.startOfDay(Qt::UTC).toMSecsSinceEpoch());
}

const QList<QColor>& lineColors()
{
    static const QList<QColor> colors
        = { QColor(0x1d, 0x4e, 0xd8), QColor(0xb4, 0x53, 0x09), QColor(0x04, 0x78, 0x57),
              QColor(0x7e, 0x22, 0xce), QColor(0xbe, 0x12, 0x3c), QColor(0x0e, 0x74, 0x90) };
    return colors;
}

} // namespace

TrendChart::TrendChart(QWidget* parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(fontMetrics().lineSpacing() * 14);
    // The view made its own chart; replacing it here would orphan it (setChart releases the
    // previous chart without deleting it), so the empty state uses that one.
    chart()->setBackgroundRoundness(0);
    chart()->legend()->setVisible(false);
}

void TrendChart::setAssessments(const InstrumentDefinition& d, const QList<Assessment>& assessments)
{
    QList<Assessment> list;
    for (const Assessment& a : assessments) {
        if (a.instrument == d.id)
            list.append(a);
    }
    std::stable_sort(list.begin(), list.end(), [](const Assessment& a, const Assessment& b) {
        return a.administeredOn < b.administeredOn;
    });
    m_points = int(list.size());
    m_bands = 0;

    auto* chart = new QChart;
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setTitle(
        list.isEmpty() ? tr("%1: no results yet").arg(d.name) : tr("%1 over time").arg(d.name));

    // The date range: from the first to the last result, padded so single points show.
    QDate first = list.isEmpty() ? QDate::currentDate() : list.first().administeredOn;
    QDate last = list.isEmpty() ? first : list.last().administeredOn;
    const qint64 span = std::max<qint64>(first.daysTo(last), 14);
    const QDate from = first.addDays(-std::max<qint64>(span / 20, 2));
    const QDate to = last.addDays(std::max<qint64>(span / 20, 2));

    auto* xAxis = new QDateTimeAxis;
    xAxis->setFormat(QStringLiteral("d MMM"));
    xAxis->setTickCount(std::clamp(int(span / 14) + 1, 3, 5));
    xAxis->setRange(from.startOfDay(Qt::UTC), to.startOfDay(Qt::UTC));
    auto* yAxis = new QValueAxis;
    yAxis->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);

    auto attach = [&](QAbstractSeries* series) {
        chart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    };

    if (d.hasTotal) {
        yAxis->setRange(d.minTotal, d.maxTotal);
        // Round ticks (every 5 points, or 1 on short scales) rather than 0, 5.4, 10.8...
        yAxis->setTickType(QValueAxis::TicksDynamic);
        yAxis->setTickAnchor(0);
        yAxis->setTickInterval(d.maxTotal > 15 ? 5 : (d.maxTotal > 6 ? 2 : 1));
        // Bands as strips behind the line, each from its lower to its upper boundary.
        for (const Band& band : d.bands) {
            // The area series does not own its boundary lines: parent them to it, or every
            // redraw would leak them.
            auto* area = new QAreaSeries;
            auto* lower = new QLineSeries(area);
            auto* upper = new QLineSeries(area);
            const qreal bottom = band.min == d.minTotal ? band.min : band.min - 0.5;
            const qreal top = band.max == d.maxTotal ? band.max : band.max + 0.5;
            lower->append(msecs(from), bottom);
            lower->append(msecs(to), bottom);
            upper->append(msecs(from), top);
            upper->append(msecs(to), top);
            area->setUpperSeries(upper);
            area->setLowerSeries(lower);
            area->setName(band.label);
            area->setColor(BandColors::fill(band.level));
            area->setBorderColor(BandColors::fill(band.level).darker(115));
            area->setOpacity(0.9);
            attach(area);
            ++m_bands;
        }
        if (d.id == QLatin1String("auditc") && !list.isEmpty() && list.last().score.cutoff) {
            auto* cut = new QLineSeries;
            const qreal y = *list.last().score.cutoff - 0.5;
            cut->append(msecs(from), y);
            cut->append(msecs(to), y);
            cut->setName(tr("Cut-off"));
            QPen pen(QColor(0x99, 0x1b, 0x1b));
            pen.setStyle(Qt::DashLine);
            pen.setWidth(2);
            cut->setPen(pen);
            attach(cut);
        }
        auto* line = new QLineSeries;
        auto* dots = new QScatterSeries;
        line->setName(tr("Total"));
        for (const Assessment& a : list) {
            if (!a.score.total)
                continue;
            line->append(msecs(a.administeredOn), *a.score.total);
            dots->append(msecs(a.administeredOn), *a.score.total);
        }
        QPen pen(QColor(0x1e, 0x29, 0x3b));
        pen.setWidth(3);
        line->setPen(pen);
        dots->setMarkerSize(9);
        dots->setColor(QColor(0x1e, 0x29, 0x3b));
        dots->setBorderColor(Qt::white);
        attach(line);
        attach(dots);
        // Band names in the legend, the lines explain themselves.
        chart->legend()->setVisible(m_bands > 0);
        chart->legend()->setAlignment(Qt::AlignBottom);
        for (QLegendMarker* marker : chart->legend()->markers()) {
            if (marker->series() == line || marker->series() == dots)
                marker->setVisible(false);
        }
    } else {
        // Subscales (BAM) or the rating of each item (ASAM dimensions, progress rating).
        QList<QPair<QString, QString>> lines; // key, label
        int top = 4;
        if (!d.subscales.isEmpty()) {
            for (const Subscale& s : d.subscales) {
                lines.append({ s.key, s.label });
                top = std::max(top, s.max);
            }
        } else {
            for (const InstrumentItem& item : d.items) {
                lines.append({ item.key,
                    d.id == QLatin1String("asam") ? tr("D%1").arg(item.key) : item.label });
            }
        }
        yAxis->setRange(0, top);
        yAxis->setTickType(QValueAxis::TicksDynamic);
        yAxis->setTickAnchor(0);
        yAxis->setTickInterval(top > 6 ? 4 : 1);
        for (int i = 0; i < lines.size(); ++i) {
            auto* line = new QLineSeries;
            line->setName(lines.at(i).second);
            QPen pen(lineColors().at(i % lineColors().size()));
            pen.setWidth(2);
            line->setPen(pen);
            line->setPointsVisible(true);
            const int item = d.indexOf(lines.at(i).first);
            for (const Assessment& a : list) {
                const int value = d.subscales.isEmpty()
                    ? (item >= 0 && item < a.answers.size() && a.answers.at(item)
                            ? *a.answers.at(item)
                            : 0)
                    : a.score.subscales.value(lines.at(i).first);
                line->append(msecs(a.administeredOn), value);
            }
            attach(line);
        }
        chart->legend()->setVisible(true);
        chart->legend()->setAlignment(Qt::AlignBottom);
    }

    // Small legend text: five band names must fit under a half-width chart.
    QFont small = chart->legend()->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    chart->legend()->setFont(small);
    // setChart() gives up the previous chart without deleting it.
    QChart* old = this->chart();
    setChart(chart);
    delete old;
}

} // namespace stepwise
