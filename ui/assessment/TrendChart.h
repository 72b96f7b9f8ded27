// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instruments/Assessment.h"

#include <QtCharts/QChartView>

namespace stepwise {

// One instrument's results over time: the total as a line over its severity bands (drawn as
// coloured strips with their names), or the subscales or ratings as lines for instruments
// without a total (BAM, ASAM, progress rating). Oldest on the left.
class TrendChart : public QChartView
{
    Q_OBJECT
public:
    explicit TrendChart(QWidget* parent = nullptr);

    // `assessments` may be in any order and of any instrument; only `definition`'s are drawn.
    void setAssessments(
        const InstrumentDefinition& definition, const QList<Assessment>& assessments);
    int pointCount() const { return m_points; }
    int bandCount() const { return m_bands; }

private:
    int m_points = 0;
    int m_bands = 0;
};

} // namespace stepwise
