// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/DemoGenerator.h"
#include "support/TestDatabase.h"

#include <QDate>
#include <memory>

namespace stepwise::test {

// A private copy of a demo clinic that is generated once per build of the test program.
//
// Under the sanitizers one generation of 300 participants takes half a minute, and most [demo]
// cases only read the clinic, so they share one: the first case to ask generates it into the
// build tree (others wait on a lock file) and every case opens its own copy. The file is keyed by
// the test program's size and modification time, so a rebuilt generator is never checked against
// an old clinic. Cases about a seed giving the same clinic twice generate their own as well.
//
// The demo is generated on top of a TestDatabase (Riley Lead and Dana Counselor) with the clock at
// 10:00 on Today, as the cases that generate their own do.
class SharedDemo
{
public:
    static constexpr int Participants = 300;
    static constexpr quint32 Seed = 3;
    // A Monday. Inline, so that it is initialised before the test files' own constants made from
    // it.
    static inline const QDate Today { 2025, 6, 16 };

    SharedDemo(int participants = Participants, quint32 seed = Seed);

    Database& db() { return m_copy->db(); }
    TestDatabase& testDatabase() { return *m_copy; }
    // What DemoGenerator::generate reported when the clinic was made.
    const DemoSummary& summary() const { return m_summary; }

    // A fresh generation into t, for the cases that compare two of them.
    static DemoSummary generate(Database& db, int participants, quint32 seed);

private:
    std::unique_ptr<TestDatabase> m_copy;
    DemoSummary m_summary;
};

} // namespace stepwise::test
