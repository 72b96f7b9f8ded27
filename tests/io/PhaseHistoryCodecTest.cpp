// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/PhaseHistoryCodec.h"

#include "IoTestSupport.h"

using namespace stepwise;
using Entry = PhaseHistoryCodec::Entry;

namespace {

QString s(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

const QDate Admission(2026, 6, 3);

Phase phase(PhaseKind kind, const QDate& start, const QDate& end = {})
{
    Phase p;
    p.kind = kind;
    p.startDate = start;
    p.endDate = end;
    p.plan = { 5, 15.0 };
    p.reason = s("Clinical review; relapse");
    return p;
}

} // namespace

TEST_CASE("Phase history cell: a setback reads back as the same phases", "[csv][phase_history]")
{
    const QList<Phase> phases { phase(PhaseKind::Intensive, Admission, QDate(2026, 8, 18)),
        phase(PhaseKind::StepDown, QDate(2026, 8, 19), QDate(2026, 9, 24)),
        phase(PhaseKind::Intensive, QDate(2026, 9, 25), QDate(2026, 11, 2)),
        phase(PhaseKind::StepDown, QDate(2026, 11, 3)) };
    const QString cell = PhaseHistoryCodec::encode(phases);
    // Only kinds and start dates: plans and reasons are not written.
    CHECK(cell
        == s("intensive 2026-06-03; step_down 2026-08-19; intensive 2026-09-25; "
             "step_down 2026-11-03"));
    auto back = PhaseHistoryCodec::decode(cell, Admission);
    REQUIRE(back.ok());
    CHECK(back.value()
        == QList<Entry> { { PhaseKind::Intensive, Admission },
            { PhaseKind::StepDown, QDate(2026, 8, 19) },
            { PhaseKind::Intensive, QDate(2026, 9, 25) },
            { PhaseKind::StepDown, QDate(2026, 11, 3) } });
    CHECK(PhaseHistoryCodec::encode({}).isEmpty());
}

TEST_CASE("Phase history cell: what people type", "[csv][phase_history]")
{
    SECTION("empty cell, extra spaces, labels and a trailing separator")
    {
        CHECK(PhaseHistoryCodec::decode(QString(), Admission).value().isEmpty());
        auto list = PhaseHistoryCodec::decode(
            s("  Intensive   2026-06-03 ;Step down 2026-08-19;aftercare 2026-10-01; "), Admission);
        REQUIRE(list.ok());
        CHECK(list.value()
            == QList<Entry> { { PhaseKind::Intensive, Admission },
                { PhaseKind::StepDown, QDate(2026, 8, 19) },
                { PhaseKind::Aftercare, QDate(2026, 10, 1) } });
    }
    SECTION("refusals name the entry and the reason")
    {
        struct Case
        {
            const char* text;
            const char* mustMention;
        };
        const Case cases[] = {
            { "step_down 2026-06-03", "begin with intensive on the admission date (2026-06-03)" },
            { "intensive 2026-06-04", "Entry 1" },
            { "intensive 2026-06-03; intensive 2026-07-01",
                "Entry 2: intensive follows intensive" },
            { "intensive 2026-06-03; step_down 2026-08-19; aftercare 2026-08-19",
                "Entry 3: it begins on 2026-08-19, which is not after" },
            { "intensive 2026-06-03; aftercare 2026-05-01", "not after the phase before it" },
            { "intensive 2026-06-03; relapse 2026-07-01", "\"relapse\" is not a phase" },
            { "intensive 2026-06-03; step_down 03/07/2026", "\"03/07/2026\" is not a date" },
            { "intensive 2026-06-03; step_down 2026-07-01T00:00", "is not a date" },
            { "intensive 2026-06-03; step_down", "needs a phase and the date" },
        };
        for (const Case& c : cases) {
            INFO(c.text);
            auto list = PhaseHistoryCodec::decode(s(c.text), Admission);
            REQUIRE_FALSE(list.ok());
            const QString message = list.error().fieldMessage(s("phase_history"));
            INFO(message.toStdString());
            CHECK(message.contains(s(c.mustMention)));
        }
    }
}
