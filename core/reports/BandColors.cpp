// SPDX-License-Identifier: GPL-3.0-or-later
#include "BandColors.h"

#include <algorithm>

namespace stepwise::BandColors {

namespace {

int clamp(int level)
{
    return std::clamp(level, 0, 4);
}

} // namespace

QColor text(int level)
{
    static const QColor colors[] = { QColor(0x16, 0x65, 0x34), QColor(0x4d, 0x6b, 0x12),
        QColor(0x92, 0x40, 0x0e), QColor(0xb4, 0x3c, 0x0c), QColor(0x99, 0x1b, 0x1b) };
    return colors[clamp(level)];
}

QColor fill(int level)
{
    static const QColor colors[] = { QColor(0xdc, 0xfc, 0xe7), QColor(0xec, 0xfc, 0xcb),
        QColor(0xfe, 0xf3, 0xc7), QColor(0xfe, 0xd7, 0xaa), QColor(0xfe, 0xca, 0xca) };
    return colors[clamp(level)];
}

} // namespace stepwise::BandColors
