// SPDX-License-Identifier: GPL-3.0-or-later
// The discharge record without a database (issue 6): what must be said, the summary a clinician
// starts from, the scores kept with it and the hash that seals it.
#include "discharge/DischargeRules.h"

#include <catch2/catch.hpp>

using namespace stepwise;

namespace {

const QDate admitted(2026, 1, 5);
const QDate today(2026, 3, 31);

DischargeRecord valid()
{
    DischargeRecord r;
    r.episodeId = 1;
    r.participantId = 2;
    r.dischargeDate = QDate(2026, 3, 30);
    r.reason = DischargeReason::Completed;
    r.condition = DischargeCondition::Improved;
    r.summary = QStringLiteral("Completed all phases; PHQ-9 fell from 18 to 6; aftercare set up.");
    r.signedBy = 3;
    r.signedAt = QDateTime(today, QTime(9, 0), Qt::UTC);
    return r;
}

bool has(const QList<FieldError>& errors, const char* field)
{
    for (const FieldError& e : errors)
        if (e.field == QLatin1String(field))
            return true;
    return false;
}

Assessment scored(const char* instrument, Id episode, const QDate& on, int total, const char* band)
{
    Assessment a;
    a.instrument = QLatin1String(instrument);
    a.episodeId = episode;
    a.administeredOn = on;
    a.score.total = total;
    a.score.bandLabel = QLatin1String(band);
    return a;
}

} // namespace

TEST_CASE("Every discharge reason and condition has a key and a label", "[discharge]")
{
    CHECK(allDischargeReasons().size() == 9);
    for (DischargeReason r : allDischargeReasons()) {
        CHECK(parseDischargeReason(storageKey(r)) == r);
        CHECK_FALSE(label(r).isEmpty());
    }
    for (DischargeCondition c : allDischargeConditions()) {
        CHECK(parseDischargeCondition(storageKey(c)) == c);
        CHECK_FALSE(label(c).isEmpty());
    }
}

TEST_CASE("A discharge record says why, when and what happened", "[discharge]")
{
    DischargeRecord r = valid();
    CHECK(DischargeRules::validate(r, admitted, today).isEmpty());

    SECTION("other and transfers name where or why")
    {
        for (DischargeReason reason : { DischargeReason::Other, DischargeReason::TransferredHigher,
                 DischargeReason::TransferredLower }) {
            r.reason = reason;
            r.reasonNote.clear();
            CHECK(has(DischargeRules::validate(r, admitted, today), "reason_note"));
            r.reasonNote = QStringLiteral("Residential (ASAM 3.5) at Cedar House");
            CHECK(DischargeRules::validate(r, admitted, today).isEmpty());
        }
        r.reason = DischargeReason::LeftAgainstAdvice;
        r.reasonNote.clear();
        CHECK(DischargeRules::validate(r, admitted, today).isEmpty());
    }
    SECTION("the date lies between admission and today")
    {
        r.dischargeDate = admitted;
        CHECK(DischargeRules::validate(r, admitted, today).isEmpty());
        r.dischargeDate = admitted.addDays(-1);
        CHECK(has(DischargeRules::validate(r, admitted, today), "date"));
        r.dischargeDate = today;
        CHECK(DischargeRules::validate(r, admitted, today).isEmpty());
        r.dischargeDate = today.addDays(1);
        CHECK(has(DischargeRules::validate(r, admitted, today), "date"));
    }
    SECTION("the summary is written, and the draft's prompt replaced")
    {
        r.summary = QStringLiteral("Done.");
        CHECK(has(DischargeRules::validate(r, admitted, today), "summary"));
        EpisodeFacts f;
        f.episode.admissionDate = admitted;
        f.dischargeDate = r.dischargeDate;
        r.summary = DischargeRules::draftSummary(f);
        CHECK(has(DischargeRules::validate(r, admitted, today), "summary"));
    }
}

TEST_CASE("Final scores are the first and last of each instrument in the episode", "[discharge]")
{
    const QList<Assessment> history = {
        scored("phq9", 7, QDate(2026, 3, 20), 6, "Mild"),
        scored("phq9", 7, QDate(2026, 1, 6), 18, "Moderately severe"),
        scored("phq9", 7, QDate(2026, 2, 6), 12, "Moderate"),
        scored("phq9", 4, QDate(2025, 6, 1), 22, "Severe"), // an earlier episode
        scored("gad7", 7, QDate(2026, 1, 6), 9, "Mild"),
    };
    const QList<FinalScore> scores = DischargeRules::finalScores(history, 7);
    REQUIRE(scores.size() == 2);
    CHECK(scores.at(0).instrument == QStringLiteral("phq9"));
    CHECK(scores.at(0).firstTotal == 18);
    CHECK(scores.at(0).firstDate == QDate(2026, 1, 6));
    CHECK(scores.at(0).lastTotal == 6);
    CHECK(scores.at(0).lastBand == QStringLiteral("Mild"));
    CHECK(scores.at(1).instrument == QStringLiteral("gad7"));
    CHECK(scores.at(1).firstDate == scores.at(1).lastDate);
    CHECK(DischargeRules::parseFinalScores(DischargeRules::finalScoresJson(scores)) == scores);
}

TEST_CASE("The draft summary is assembled from the record", "[discharge]")
{
    EpisodeFacts f;
    f.participantName = QStringLiteral("Alex Rivera");
    f.recordNumber = QStringLiteral("SW-00042");
    f.episode.admissionDate = admitted;
    Phase intensive;
    intensive.kind = PhaseKind::Intensive;
    intensive.startDate = admitted;
    intensive.endDate = QDate(2026, 3, 1);
    Phase stepDown;
    stepDown.kind = PhaseKind::StepDown;
    stepDown.startDate = QDate(2026, 3, 2);
    f.episode.phases = { intensive, stepDown };
    f.dischargeDate = QDate(2026, 3, 30);
    f.sessionsAttended = 31;
    f.excusedAbsences = 2;
    f.unexcusedAbsences = 1;
    f.hoursAttended = 80.5;
    FinalScore phq;
    phq.name = QStringLiteral("PHQ-9");
    phq.firstDate = admitted;
    phq.firstTotal = 18;
    phq.firstBand = QStringLiteral("Moderately severe");
    phq.lastDate = QDate(2026, 3, 27);
    phq.lastTotal = 6;
    phq.lastBand = QStringLiteral("Mild");
    f.scores = { phq };
    f.aftercareLines = { QStringLiteral("Outpatient therapy with Harbor Counseling, 7 April.") };
    f.reason = DischargeReason::Completed;
    f.condition = DischargeCondition::Improved;
    const QString text = DischargeRules::draftSummary(f);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Alex Rivera (SW-00042) was admitted")));
    CHECK(text.contains(QStringLiteral("after 85 days")));
    CHECK(text.contains(QStringLiteral("Intensive: 2026-01-05 to 2026-03-01 (56 days)")));
    CHECK(text.contains(QStringLiteral("2026-03-02 to 2026-03-30 (29 days)")));
    CHECK(text.contains(QStringLiteral("Attended 31 sessions (80.5 hours); 2 excused and 1 "
                                       "unexcused absences.")));
    CHECK(text.contains(QStringLiteral("PHQ-9: 18 (Moderately severe) on 2026-01-05, 6 (Mild) on "
                                       "2026-03-27")));
    CHECK(text.contains(QStringLiteral("Reason: Completed the program.")));
    CHECK(text.contains(QStringLiteral("Condition at discharge: Improved.")));
    CHECK(text.contains(QStringLiteral("Harbor Counseling")));
}

TEST_CASE("The discharge hash covers what is printed and signed", "[discharge]")
{
    const DischargeRecord r = valid();
    const QString h = DischargeRules::hash(r);
    CHECK(h.size() == 64);
    DischargeRecord m = r;
    m.signedByName = QStringLiteral("not signed content");
    CHECK(DischargeRules::hash(m) == h);
    m = r;
    m.summary += QLatin1Char(' ');
    CHECK(DischargeRules::hash(m) != h);
    m = r;
    m.condition = DischargeCondition::Unchanged;
    CHECK(DischargeRules::hash(m) != h);
    m = r;
    m.finalScores.append(
        FinalScore { QStringLiteral("phq9"), QStringLiteral("PHQ-9"), {}, 1, {}, {}, 1, {} });
    CHECK(DischargeRules::hash(m) != h);
}
