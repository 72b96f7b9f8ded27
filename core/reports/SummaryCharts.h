// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartCanvas.h"
#include "attendance/Hours.h"
#include "domain/Episode.h"
#include "instruments/Assessment.h"

#include <QImage>

namespace stepwise::SummaryCharts {

using ChartCanvas::Dpi;
using ChartCanvas::imageTag;
using ChartCanvas::Size;

// Hours attended per week as bars against the week's requirement as a step line; weeks below
// the requirement are drawn hatched so the difference survives black-and-white printing.
QImage attendance(const QList<WeekHours>& weeks, Size size = {});

// One instrument's totals over the period, on the instrument's severity bands (shaded and
// named at the right), each point labelled with its score.
QImage trend(const InstrumentDefinition& definition, const QList<Assessment>& assessments,
    const QDate& from, const QDate& to, Size size = {});

// The phases of the episodes as coloured spans on one time line (gaps between episodes left
// white), the summary's period marked above it.
QImage phaseTimeline(const QList<Episode>& episodes, const QDate& from, const QDate& to,
    const QDate& today, Size size = { 160, 16 });

} // namespace stepwise::SummaryCharts
