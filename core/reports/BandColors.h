// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

namespace stepwise::BandColors {

// Severity levels 0 (lowest) to 4 (highest) of a band, the same colours in forms, tables and
// charts, on screen and on paper. Text colours are dark enough to read on white (WCAG AA), fills
// are light.
QColor text(int level);
QColor fill(int level);

} // namespace stepwise::BandColors
