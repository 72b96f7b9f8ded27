// SPDX-License-Identifier: GPL-3.0-or-later
// What the program outcomes read from the record (issue 8), checked on a demo clinic against
// the same facts read another way: the episodes and phases through EpisodeStore, the attendance
// through the CSV export's rows.
#include "storage/OutcomeQuery.h"

#include "SupervisionTestSupport.h"
#include "demo/DemoGenerator.h"
#include "storage/EpisodeStore.h"
#include "storage/ExportRows.h"
#include "support/MockClock.h"

#include <QSet>
#include <catch2/catch.hpp>

using namespace stepwise;
using namespace stepwise::supervisiontest;

TEST_CASE("The outcome query reads the episodes overlapping the period and its attendance",
    "[outcomes][storage]")
{
    const QDate today(2025, 6, 16);
    test::MockClock clock(today);
    test::TestDatabase t;
    generateDemo(t, 40, 12, today);
    OutcomeFilter filter;
    filter.from = today.addDays(-90);
    filter.to = today.addDays(-1);

    auto data = OutcomeQuery::load(t.db(), filter);
    REQUIRE_OK(data);
    QHash<Id, OutcomeEpisode> read;
    for (const OutcomeEpisode& e : data->episodes)
        read.insert(e.episodeId, e);

    auto participants = ParticipantStore(t.db()).all();
    REQUIRE_OK(participants);
    int expected = 0;
    for (const Participant& p : *participants) {
        auto episodes = EpisodeStore(t.db()).episodes(p.id);
        REQUIRE_OK(episodes);
        for (const Episode& e : *episodes) {
            const bool overlaps
                = e.admissionDate <= filter.to && (e.isOpen() || e.dischargeDate >= filter.from);
            INFO(p.recordNumber.toStdString() << " episode " << e.id);
            CHECK(read.contains(e.id) == overlaps);
            if (!overlaps || !read.contains(e.id))
                continue;
            ++expected;
            const OutcomeEpisode& o = read.value(e.id);
            CHECK(o.participantId == p.id);
            CHECK(o.counselorId == p.counselorId);
            CHECK(o.focus == p.primaryFocus);
            CHECK(o.admission == e.admissionDate);
            CHECK(o.discharge == e.dischargeDate);
            CHECK(o.phases.size() == e.phases.size());
            for (qsizetype i = 0; i < std::min(o.phases.size(), e.phases.size()); ++i) {
                CHECK(o.phases.at(i).kind == e.phases.at(i).kind);
                CHECK(o.phases.at(i).startDate == e.phases.at(i).startDate);
                CHECK(o.phases.at(i).endDate == e.phases.at(i).endDate);
            }
        }
    }
    CHECK(int(data->episodes.size()) == expected);
    CHECK(expected >= 20);

    // Every attendance row of the period counted once, by its status.
    ExportRows::Scope scope;
    scope.from = filter.from;
    scope.to = filter.to;
    auto rows = ExportRows::attendance(t.db(), scope);
    REQUIRE_OK(rows);
    int attended = 0;
    int excused = 0;
    int unexcused = 0;
    for (const ExportRows::AttendanceRow& r : *rows) {
        if (r.status == QLatin1String("excused"))
            ++excused;
        else if (r.status == QLatin1String("unexcused"))
            ++unexcused;
        else
            ++attended;
    }
    const ProgramOutcomes o = OutcomeRules::compute(*data, filter, today);
    CHECK(o.attended == attended);
    CHECK(o.excused == excused);
    CHECK(o.unexcused == unexcused);
    CHECK(attended > 100);
    // The phases of the sessions add up to the whole.
    int byPhase = 0;
    for (PhaseKind kind : allValues<PhaseKind>()) {
        OutcomeFilter f = filter;
        f.phase = kind;
        byPhase += OutcomeRules::compute(*data, f, today).attended;
    }
    int outsideCare = 0;
    for (const OutcomeAttendance& a : data->attendance)
        outsideCare += a.phase ? 0 : a.attended;
    CHECK(byPhase + outsideCare == attended);
}

TEST_CASE("Only supervisors read program outcomes, for a whole period", "[outcomes][access]")
{
    test::TestDatabase t;
    OutcomeFilter filter;
    filter.from = QDate(2026, 1, 1);
    SECTION("a period without its end is refused beside the field")
    {
        auto r = OutcomeQuery::load(t.db(), filter);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().hasField(QStringLiteral("to")));
    }
    SECTION("a counselor is refused")
    {
        filter.to = QDate(2026, 3, 31);
        const Id kim = t.addStaff(QStringLiteral("Kim Counselor"), { StaffRole::Counselor });
        t.actAs(kim, { StaffRole::Counselor });
        auto r = OutcomeQuery::load(t.db(), filter);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::Forbidden);
    }
}
