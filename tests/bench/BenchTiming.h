// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <algorithm>
#include <functional>

namespace stepwise::bench {

// The median of `values`; -1 when there are none.
inline double median(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// The median wall time of `runs` calls of `work`, in milliseconds; -1 as soon as one fails.
inline double medianMs(int runs, const std::function<bool()>& work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!work())
            return -1;
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return median(times);
}

} // namespace stepwise::bench
