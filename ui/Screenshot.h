// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QSize>
#include <QString>

namespace stepwise {

class AppContext;

// Renders a view of the main window to a PNG without user interaction: for the README, docs
// and tests. Works on the offscreen platform.
namespace Screenshot {

inline constexpr QSize DefaultSize { 1280, 800 };

// `view` is "caseload", "participant:ID" or "assessments:ID" (the chart's Assessments tab),
// where ID is the participant's id or record number.
// Refused (InvalidArgument) for an unknown view or participant; Io when the file cannot be
// written.
Status render(AppContext& context, const QString& view, const QString& outputPath,
    const QSize& size = DefaultSize);

} // namespace Screenshot
} // namespace stepwise
