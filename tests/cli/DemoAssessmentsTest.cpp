// SPDX-License-Identifier: GPL-3.0-or-later
// The demo clinic's assessment histories, read back through the stores with a pinned clock.
#include "SharedDemo.h"
#include "demo/DemoGenerator.h"
#include "instruments/Instrument.h"
#include "storage/AssessmentStore.h"
#include "storage/EpisodeStore.h"
#include "storage/ParticipantStore.h"
#include "storage/SafetyAlertStore.h"
#include "support/MockClock.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

using namespace stepwise;
using namespace stepwise::test;

namespace {

const QDate Today = SharedDemo::Today;

struct Chart
{
    Participant participant;
    QList<Episode> episodes;
    QList<Assessment> assessments; // current versions, newest first
    QList<SafetyAlert> alerts;
};

QList<Chart> load(Database& db)
{
    // TestDatabase's session (Riley Lead, a supervisor among others) reads every chart.
    auto all = ParticipantStore(db).all();
    REQUIRE_OK(all);
    QList<Chart> charts;
    for (const Participant& p : all.value()) {
        Chart chart;
        chart.participant = p;
        auto episodes = EpisodeStore(db).episodes(p.id);
        REQUIRE_OK(episodes);
        chart.episodes = episodes.value();
        auto history = AssessmentStore(db).history(p.id);
        REQUIRE_OK(history);
        chart.assessments = history.value();
        auto alerts = SafetyAlertStore(db).alerts(p.id);
        REQUIRE_OK(alerts);
        chart.alerts = alerts.value();
        charts.append(chart);
    }
    return charts;
}

// "SW-00001 phq9 2025-01-02 14": what two generations of one seed must agree on.
QStringList fingerprint(const QList<Chart>& charts)
{
    QStringList lines;
    for (const Chart& c : charts) {
        for (const Assessment& a : c.assessments) {
            QStringList answers;
            for (const std::optional<int>& v : a.answers)
                answers.append(v ? QString::number(*v) : QStringLiteral("-"));
            lines.append(
                QStringLiteral("%1 %2 %3 %4 %5")
                    .arg(c.participant.recordNumber, a.instrument,
                        a.administeredOn.toString(Qt::ISODate),
                        a.score.total ? QString::number(*a.score.total) : QStringLiteral("-"),
                        answers.join(QLatin1Char(','))));
        }
    }
    return lines;
}

int valueOf(const Assessment& a, const char* key)
{
    const InstrumentDefinition* d = a.definition();
    const int index = d->indexOf(QLatin1String(key));
    return a.answers.value(index).value_or(-1);
}

} // namespace

TEST_CASE(
    "the demo clinic has assessment histories that mostly improve, with safety alerts", "[demo]")
{
    MockClock clock(Today);
    SharedDemo demo;
    const QList<Chart> charts = load(demo.db());
    REQUIRE(charts.size() == SharedDemo::Participants);

    int inCare = 0;
    int inCareWithPhq = 0;
    int overdue = 0;
    int measuredEpisodes = 0;
    int improvedEpisodes = 0;
    int openAlerts = 0;
    int followedUpAlerts = 0;
    int bams = 0;
    int asams = 0;
    for (const Chart& c : charts) {
        INFO(c.participant.recordNumber.toStdString());
        const bool careNow = c.episodes.last().isOpen();
        for (const Assessment& a : c.assessments) {
            CHECK(a.administeredOn <= Today);
            if (a.instrument == QLatin1String("bam")) {
                ++bams;
                // Read back from the file, the answers still pass scoring and its cross-checks.
                CHECK(Instruments::score(*a.definition(), a.answers, {}).ok());
                CHECK(valueOf(a, "5") <= valueOf(a, "4"));
                for (const char* key : { "7a", "7b", "7c", "7d", "7e", "7f", "7g" })
                    CHECK(valueOf(a, key) <= valueOf(a, "6"));
            }
            if (a.instrument == QLatin1String("asam")) {
                ++asams;
                CHECK(a.details.value(QStringLiteral("edition")).toInt() == 3);
            }
        }
        for (const Episode& e : c.episodes) {
            QList<int> phq; // oldest first
            for (const Assessment& a : c.assessments) {
                if (a.episodeId == e.id && a.instrument == QLatin1String("phq9"))
                    phq.prepend(*a.score.total);
            }
            if (e.isOpen()) {
                ++inCare;
                inCareWithPhq += phq.isEmpty() ? 0 : 1;
            }
            if (phq.size() >= 2) {
                ++measuredEpisodes;
                improvedEpisodes += phq.last() < phq.first() ? 1 : 0;
            }
        }
        if (careNow) {
            auto due = AssessmentStore(demo.db()).due(c.participant.id);
            REQUIRE_OK(due);
            for (const DueAssessment& d : due.value()) {
                if (d.isOverdue(Today)) {
                    ++overdue;
                    break;
                }
            }
        }
        for (const SafetyAlert& alert : c.alerts) {
            CHECK(alert.instrument == QLatin1String("phq9"));
            if (alert.isOpen()) {
                ++openAlerts;
                CHECK(careNow); // only those still in care wait for a follow-up
            } else {
                ++followedUpAlerts;
                CHECK(alert.actionNote.size() >= 10);
                if (c.participant.counselorId != 0)
                    CHECK(alert.followedUpBy == c.participant.counselorId);
            }
        }
    }
    INFO("in care " << inCare << ", overdue " << overdue << ", improved " << improvedEpisodes
                    << " of " << measuredEpisodes << ", alerts open " << openAlerts
                    << ", followed up " << followedUpAlerts);
    CHECK(inCare > 100);
    CHECK(inCareWithPhq == inCare);
    CHECK(improvedEpisodes * 2 > measuredEpisodes);
    CHECK(improvedEpisodes < measuredEpisodes); // some stay flat or get worse
    CHECK(openAlerts >= 1);
    CHECK(followedUpAlerts >= 1);
    CHECK(openAlerts <= 2 * inCare / 100 + 2);
    // The caseload's overdue flag shows for some, not for most.
    CHECK(overdue * 100 >= inCare * 8);
    CHECK(overdue * 100 <= inCare * 22);
    CHECK(bams > 100);
    CHECK(asams >= int(charts.size()));
}

TEST_CASE("the same seed and day give the same demo assessments", "[demo]")
{
    MockClock clock(Today);
    TestDatabase a;
    TestDatabase b;
    TestDatabase c;
    SharedDemo::generate(a.db(), 30, 5);
    SharedDemo::generate(b.db(), 30, 5);
    SharedDemo::generate(c.db(), 30, 6);
    const QStringList first = fingerprint(load(a.db()));
    const QStringList second = fingerprint(load(b.db()));
    const QStringList other = fingerprint(load(c.db()));
    REQUIRE(first.size() > 30 * 10);
    CHECK(first == second);
    CHECK(first != other);
}
