// SPDX-License-Identifier: GPL-3.0-or-later
// Step-down readiness indicators (issue 5): each shows what it looks at and whether the data
// support stepping down; "Info" when the data cannot say (nothing required, too few scores).
// Weeks in phase are met from the expected minimum, attendance from 90% of required hours over
// the last four weeks, PHQ-9 and GAD-7 by response or remission, ASAM ratings without a high
// dimension, and no open safety alert. Stepwise never decides; the clinician does.
#include "attendance/Readiness.h"

#include "AttendanceTestSupport.h"
#include "instruments/Instrument.h"

#include <QJsonObject>

using namespace stepwise;
using namespace stepwise::attendancetest;
using State = ReadinessIndicator::State;

namespace Catch {
template<> struct StringMaker<ReadinessIndicator::State>
{
    static std::string convert(ReadinessIndicator::State s)
    {
        return ReadinessRules::stateKey(s).toStdString();
    }
};
} // namespace Catch

namespace {

const QDate reviewDay(2026, 3, 30);

std::optional<ScoreChange> change(std::initializer_list<int> totals)
{
    QList<DatedScore> scores;
    int i = 0;
    for (int t : totals)
        scores.append({ QDate(2026, 1, 5).addDays(14 * i++), t });
    std::optional<ScoreChange> c = ScoreChangeRules::change(scores);
    REQUIRE(c.has_value());
    return c;
}

Assessment asam(std::initializer_list<int> ratings)
{
    const InstrumentDefinition* d = Instruments::find(QStringLiteral("asam"));
    REQUIRE(d != nullptr);
    Answers answers;
    for (int r : ratings)
        answers.append(r);
    const Result<Score> score = Instruments::score(*d, answers, {});
    if (!score.ok())
        FAIL(score.error().fullMessage().toStdString());
    Assessment a;
    a.id = 3;
    a.instrument = QStringLiteral("asam");
    a.administeredOn = QDate(2026, 3, 23);
    a.answers = answers;
    a.score = score.value();
    return a;
}

WeekHours weekOf(double required, double attended, int index)
{
    WeekHours w;
    w.weekStart = QDate(2026, 3, 2).addDays(7 * index);
    w.required.hours = required;
    w.required.days = required > 0 ? 3 : 0;
    w.attended.hours = attended;
    w.attended.daysAttended = 3;
    return w;
}

QList<WeekHours> weeks(double required, std::initializer_list<double> attended)
{
    QList<WeekHours> list;
    int i = 0;
    for (double a : attended)
        list.append(weekOf(required, a, i++));
    return list;
}

// Everything in favour of stepping down from intensive after 8 weeks.
ReadinessInput ready()
{
    ReadinessInput in;
    in.phase = PhaseKind::Intensive;
    in.length.daysInPhase = 56;
    in.length.daysInProgram = 56;
    in.length.expectedMinDays = 56;
    in.length.expectedMaxDays = 84;
    in.lastFourWeeks = weeks(9, { 9, 9, 9, 9 });
    in.phq9 = change({ 16, 12, 7 });
    in.phq9Count = 3;
    in.gad7 = change({ 12, 4 });
    in.gad7Count = 2;
    in.latestAsam = asam({ 0, 1, 2, 1, 2, 1 });
    in.openSafetyAlerts = 0;
    return in;
}

ReadinessIndicator indicator(const ReadinessInput& in, const char* key)
{
    const QList<ReadinessIndicator> list = ReadinessRules::indicators(in);
    for (const ReadinessIndicator& i : list) {
        if (i.key == QLatin1String(key)) {
            CHECK_FALSE(i.label.isEmpty());
            CHECK_FALSE(i.value.isEmpty());
            return i;
        }
    }
    FAIL("no indicator " << key);
    return {};
}

State stateOf(const ReadinessInput& in, const char* key)
{
    return indicator(in, key).state;
}

} // namespace

TEST_CASE(
    "Six indicators, all met when everything supports stepping down", "[attendance][readiness]")
{
    const QList<ReadinessIndicator> list = ReadinessRules::indicators(ready());
    QStringList keys;
    for (const ReadinessIndicator& i : list) {
        keys.append(i.key);
        INFO(i.key.toStdString() << ": " << i.value.toStdString());
        CHECK(i.state == State::Met);
    }
    CHECK(keys
        == QStringList { QStringLiteral("weeks_in_phase"), QStringLiteral("attendance"),
            QStringLiteral("phq9"), QStringLiteral("gad7"), QStringLiteral("asam"),
            QStringLiteral("safety") });
}

TEST_CASE("Weeks in phase are met from the expected minimum", "[attendance][readiness]")
{
    ReadinessInput in = ready();
    in.length.daysInPhase = 56;
    CHECK(stateOf(in, "weeks_in_phase") == State::Met);
    CHECK(indicator(in, "weeks_in_phase").value.contains(QStringLiteral("8")));
    CHECK(indicator(in, "weeks_in_phase").value.contains(QStringLiteral("12")));
    in.length.daysInPhase = 55;
    CHECK(stateOf(in, "weeks_in_phase") == State::NotMet);
    in.length.daysInPhase = 100;
    CHECK(stateOf(in, "weeks_in_phase") == State::Met);

    // Step-down: 4 weeks minimum.
    in.phase = PhaseKind::StepDown;
    in.length.expectedMinDays = 28;
    in.length.expectedMaxDays = 56;
    in.length.daysInPhase = 27;
    CHECK(stateOf(in, "weeks_in_phase") == State::NotMet);
    in.length.daysInPhase = 28;
    CHECK(stateOf(in, "weeks_in_phase") == State::Met);
}

TEST_CASE("Attendance is met from 90% of required hours over four weeks", "[attendance][readiness]")
{
    ReadinessInput in = ready();
    // 32.4 of 36 h: exactly 90%.
    in.lastFourWeeks = weeks(9, { 9, 9, 9, 5.4 });
    CHECK(stateOf(in, "attendance") == State::Met);
    CHECK(indicator(in, "attendance").value.contains(QStringLiteral("90")));
    // 32.04 of 36 h: 89%.
    in.lastFourWeeks = weeks(9, { 9, 9, 9, 5.04 });
    CHECK(stateOf(in, "attendance") == State::NotMet);
    // 32.36 of 36 h: 89.9% is still short of 90.
    in.lastFourWeeks = weeks(9, { 9, 9, 9, 5.36 });
    CHECK(stateOf(in, "attendance") == State::NotMet);
    in.lastFourWeeks = weeks(9, { 0, 0, 0, 0 });
    CHECK(stateOf(in, "attendance") == State::NotMet);
}

TEST_CASE("Attendance follows the program's percentage", "[attendance][readiness]")
{
    ReadinessInput in = ready();
    in.attendancePercent = 75;
    // 27 of 36 h: 75%.
    in.lastFourWeeks = weeks(9, { 9, 9, 9, 0 });
    CHECK(stateOf(in, "attendance") == State::Met);
    in.attendancePercent = 76;
    CHECK(stateOf(in, "attendance") == State::NotMet);
}

TEST_CASE("Attendance with nothing required is information only", "[attendance][readiness]")
{
    ReadinessInput in = ready();
    in.phase = PhaseKind::Aftercare;
    in.lastFourWeeks = weeks(0, { 0, 0, 3, 0 });
    CHECK(stateOf(in, "attendance") == State::Info);
    in.lastFourWeeks.clear();
    CHECK(stateOf(in, "attendance") == State::Info);
}

TEST_CASE("PHQ-9 and GAD-7 trends by response, remission and worsening", "[attendance][readiness]")
{
    ReadinessInput in = ready();
    SECTION("response: at least halved from a baseline of 10 or more")
    {
        in.phq9 = change({ 20, 10 });
        CHECK(stateOf(in, "phq9") == State::Met);
        in.gad7 = change({ 14, 7 });
        CHECK(stateOf(in, "gad7") == State::Met);
    }
    SECTION("remission: below 5")
    {
        in.phq9 = change({ 12, 4 });
        CHECK(stateOf(in, "phq9") == State::Met);
    }
    SECTION("improved, but short of a response")
    {
        in.phq9 = change({ 15, 12 });
        CHECK(stateOf(in, "phq9") == State::NotMet);
        in.phq9 = change({ 20, 11 });
        CHECK(stateOf(in, "phq9") == State::NotMet);
    }
    SECTION("worse by 5 points or more")
    {
        in.phq9 = change({ 10, 16 });
        CHECK(stateOf(in, "phq9") == State::NotMet);
        CHECK(indicator(in, "phq9").value.contains(QStringLiteral("16")));
        in.gad7 = change({ 4, 9 });
        CHECK(stateOf(in, "gad7") == State::NotMet);
    }
    SECTION("a baseline below 10 has nothing to respond to")
    {
        in.phq9 = change({ 8, 6 });
        CHECK(stateOf(in, "phq9") == State::Info);
        in.gad7 = change({ 6, 2 });
        CHECK(stateOf(in, "gad7") == State::Info);
    }
    SECTION("the value shows baseline and latest")
    {
        in.phq9 = change({ 18, 11, 9 });
        const QString value = indicator(in, "phq9").value;
        CHECK(value.contains(QStringLiteral("18")));
        CHECK(value.contains(QStringLiteral("9")));
    }
}

TEST_CASE("Too few PHQ-9 or GAD-7 scores for a trend is information only (header says Info)",
    "[attendance][readiness]")
{
    // Readiness.h: "Info" when the data cannot say (nothing required, too few scores).
    ReadinessInput in = ready();
    in.phq9.reset();
    in.phq9Count = 1;
    CHECK(stateOf(in, "phq9") == State::Info);
    in.phq9Count = 0;
    CHECK(stateOf(in, "phq9") == State::Info);
    in.gad7.reset();
    in.gad7Count = 1;
    CHECK(stateOf(in, "gad7") == State::Info);
}

TEST_CASE("Too few scores never count in favour of stepping down", "[attendance][readiness]")
{
    ReadinessInput in = ready();
    in.phq9.reset();
    in.phq9Count = 1;
    CHECK(stateOf(in, "phq9") != State::Met);
    in.phq9Count = 0;
    CHECK(stateOf(in, "phq9") != State::Met);
    CHECK(indicator(in, "phq9").value != indicator(ready(), "phq9").value);
}

TEST_CASE("ASAM ratings are met without a dimension rated 3 or 4", "[attendance][readiness]")
{
    ReadinessInput in = ready();
    in.latestAsam = asam({ 0, 0, 2, 2, 2, 0 });
    CHECK(stateOf(in, "asam") == State::Met);
    in.latestAsam = asam({ 0, 0, 3, 1, 1, 0 });
    CHECK_FALSE(in.latestAsam->score.flags.isEmpty());
    CHECK(stateOf(in, "asam") == State::NotMet);
    in.latestAsam = asam({ 0, 0, 1, 1, 4, 0 });
    CHECK(stateOf(in, "asam") == State::NotMet);
    in.latestAsam.reset();
    CHECK(stateOf(in, "asam") != State::Met);
}

TEST_CASE("Open safety alerts hold back stepping down", "[attendance][readiness]")
{
    ReadinessInput in = ready();
    in.openSafetyAlerts = 0;
    CHECK(stateOf(in, "safety") == State::Met);
    in.openSafetyAlerts = 1;
    CHECK(stateOf(in, "safety") == State::NotMet);
    CHECK(indicator(in, "safety").value.contains(QStringLiteral("1")));
    in.openSafetyAlerts = 3;
    CHECK(indicator(in, "safety").value.contains(QStringLiteral("3")));
}

TEST_CASE("Indicators survive a JSON round trip", "[attendance][readiness]")
{
    ReadinessInput in = ready();
    in.length.daysInPhase = 40;
    in.phq9 = change({ 8, 6 });
    in.openSafetyAlerts = 2;
    const QList<ReadinessIndicator> list = ReadinessRules::indicators(in);
    // One of each state.
    CHECK(list.at(0).state == State::NotMet);
    CHECK(list.at(1).state == State::Met);
    CHECK(list.at(2).state == State::Info);

    const QJsonArray json = ReadinessRules::toJson(list);
    REQUIRE(json.size() == list.size());
    CHECK(json.at(0).toObject().value(QStringLiteral("state")).toString()
        == QStringLiteral("not_met"));
    CHECK(
        json.at(2).toObject().value(QStringLiteral("state")).toString() == QStringLiteral("info"));
    CHECK(ReadinessRules::fromJson(json) == list);
    CHECK(ReadinessRules::fromJson({}).isEmpty());

    CHECK(ReadinessRules::stateKey(State::Met) == QStringLiteral("met"));
    CHECK(ReadinessRules::stateKey(State::NotMet) == QStringLiteral("not_met"));
    CHECK(ReadinessRules::stateKey(State::Info) == QStringLiteral("info"));
}

TEST_CASE("A decision moves one phase at a time, or nowhere", "[attendance][readiness]")
{
    using K = ReadinessDecisionKind;
    using ReadinessRules::targetPhase;
    CHECK(targetPhase(K::StepDown, PhaseKind::Intensive) == PhaseKind::StepDown);
    CHECK(targetPhase(K::StepDown, PhaseKind::StepDown) == PhaseKind::Aftercare);
    CHECK_FALSE(targetPhase(K::StepDown, PhaseKind::Aftercare).has_value());

    CHECK(targetPhase(K::StepUp, PhaseKind::Aftercare) == PhaseKind::StepDown);
    CHECK(targetPhase(K::StepUp, PhaseKind::StepDown) == PhaseKind::Intensive);
    CHECK_FALSE(targetPhase(K::StepUp, PhaseKind::Intensive).has_value());

    for (PhaseKind p : allValues<PhaseKind>()) {
        CHECK_FALSE(targetPhase(K::Extend, p).has_value());
        CHECK_FALSE(targetPhase(K::Discharge, p).has_value());
    }
}

TEST_CASE("Decision kinds have stable keys and labels", "[attendance][readiness]")
{
    CHECK(storageKey(ReadinessDecisionKind::StepDown) == QStringLiteral("step_down"));
    CHECK(storageKey(ReadinessDecisionKind::Extend) == QStringLiteral("extend"));
    CHECK(storageKey(ReadinessDecisionKind::StepUp) == QStringLiteral("step_up"));
    CHECK(storageKey(ReadinessDecisionKind::Discharge) == QStringLiteral("discharge"));
    for (ReadinessDecisionKind k : allReadinessDecisionKinds) {
        CHECK(parseReadinessDecisionKind(storageKey(k)) == k);
        CHECK_FALSE(label(k).isEmpty());
    }
    CHECK_FALSE(parseReadinessDecisionKind(QStringLiteral("promote")).has_value());
}
