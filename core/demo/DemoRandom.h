// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>
#include <cstdint>
#include <initializer_list>
#include <iterator>
#include <limits>

namespace stepwise::demo {

// A small deterministic generator (splitmix64, Steele, Lea & Flood 2014) with our own range
// helpers: std:: distributions differ between standard libraries, and a seed must give the same
// clinic on every platform.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed)
        : m_state(seed ^ 0x5354505749534521ull) // so seed 0 does not start from state 0
    { }

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

    // Uniform in [low, high], both inclusive; rejection sampling keeps it unbiased.
    int between(int low, int high)
    {
        if (high <= low)
            return low;
        const quint64 span = quint64(qint64(high) - qint64(low)) + 1;
        const quint64 limit
            = std::numeric_limits<quint64>::max() - std::numeric_limits<quint64>::max() % span;
        quint64 r = next();
        while (r >= limit)
            r = next();
        return int(qint64(low) + qint64(r % span));
    }

    // Uniform in [0, 1) with 53 bits, the precision of a double.
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }

    bool chance(double probability) { return unit() < probability; }

    // An index chosen with the given relative weights.
    int weighted(std::initializer_list<int> weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int r = between(0, total - 1);
        int index = 0;
        for (int w : weights) {
            if (r < w)
                return index;
            r -= w;
            ++index;
        }
        return index - 1;
    }

    // An index into `items` chosen with the relative weights weightOf(item).
    template<typename Container, typename WeightOf>
    int weightedIndex(const Container& items, WeightOf weightOf)
    {
        int total = 0;
        for (const auto& item : items)
            total += weightOf(item);
        int r = between(0, total - 1);
        int index = 0;
        for (const auto& item : items) {
            if (r < weightOf(item))
                return index;
            r -= weightOf(item);
            ++index;
        }
        return index - 1;
    }

    template<typename Container> const auto& pick(const Container& items)
    {
        return items[between(0, int(std::size(items)) - 1)];
    }

private:
    quint64 m_state;
};

} // namespace stepwise::demo
