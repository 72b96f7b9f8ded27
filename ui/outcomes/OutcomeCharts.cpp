// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutcomeCharts.h"

#include "outcomes/OutcomeText.h"

#include <QCoreApplication>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>
#include <algorithm>

namespace stepwise::OutcomeCharts {

namespace {

QChart* plainChart()
{
    auto* chart = new QChart;
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setVisible(false);
    return chart;
}

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::OutcomeCharts", text);
}

} // namespace

QChart* discharges(const ProgramOutcomes& o)
{
    QChart* chart = plainChart();
    auto* set = new QBarSet(tr("Discharges"));
    set->setColor(QColor(0x1d, 0x4e, 0xd8));
    QStringList reasons;
    int most = 0;
    // Bottom to top in a horizontal bar chart: the most common reason ends up on top.
    for (auto it = o.dischargesByReason.crbegin(); it != o.dischargesByReason.crend(); ++it) {
        *set << it->count;
        reasons << OutcomeText::reasonLabel(it->reasonKey);
        most = std::max(most, it->count);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(reasons);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto* values = new QValueAxis;
    values->setRange(0, std::max(1, most) * 1.15);
    values->setLabelFormat(QStringLiteral("%d"));
    values->applyNiceNumbers();
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    return chart;
}

QChart* retention(const ProgramOutcomes& o)
{
    QChart* chart = plainChart();
    auto* line = new QLineSeries;
    auto* points = new QScatterSeries;
    const QColor blue(0x1d, 0x4e, 0xd8);
    line->setColor(blue);
    points->setColor(blue);
    points->setMarkerSize(7);
    for (const RetentionPoint& p : o.retention) {
        if (const auto share = p.share()) {
            line->append(p.week, *share * 100.0);
            points->append(p.week, *share * 100.0);
        }
    }
    chart->addSeries(line);
    chart->addSeries(points);
    auto* weeks = new QValueAxis;
    weeks->setRange(0, OutcomeRules::RetentionWeeks);
    weeks->setTickCount(OutcomeRules::RetentionWeeks / 2 + 1);
    weeks->setLabelFormat(QStringLiteral("%d"));
    weeks->setTitleText(tr("Weeks since admission"));
    auto* share = new QValueAxis;
    share->setRange(0, 100);
    share->setTickCount(6);
    share->setLabelFormat(QStringLiteral("%d %%"));
    share->setTitleText(tr("Retained"));
    chart->addAxis(weeks, Qt::AlignBottom);
    chart->addAxis(share, Qt::AlignLeft);
    for (QAbstractSeries* s :
        { static_cast<QAbstractSeries*>(line), static_cast<QAbstractSeries*>(points) }) {
        s->attachAxis(weeks);
        s->attachAxis(share);
    }
    return chart;
}

QChart* stays(const ProgramOutcomes& o)
{
    QChart* chart = plainChart();
    auto* series = new QBarSeries;
    QStringList phases;
    double most = 0;
    auto* set = new QBarSet(tr("Median days"));
    for (const PhaseStay& s : o.stays) {
        phases << label(s.phase);
        *set << s.medianDays.value_or(0);
        most = std::max(most, s.medianDays.value_or(0));
    }
    set->setColor(QColor(0x04, 0x78, 0x57));
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(phases);
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    auto* values = new QValueAxis;
    values->setRange(0, std::max(1.0, most) * 1.15);
    values->setLabelFormat(QStringLiteral("%d"));
    values->applyNiceNumbers();
    values->setTitleText(tr("Median days"));
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    return chart;
}

} // namespace stepwise::OutcomeCharts
