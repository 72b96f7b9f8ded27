// SPDX-License-Identifier: GPL-3.0-or-later
// The assessments CSV: parsing on its own, then importing against a temporary database.
#include "io/AssessmentCsv.h"

#include "IoTestSupport.h"
#include "storage/AssessmentStore.h"
#include "storage/ParticipantStore.h"
#include "storage/SafetyAlertStore.h"
#include "storage/SettingsStore.h"
#include "support/MockClock.h"
#include "support/TestDatabase.h"

#include <QSqlRecord>

using namespace stepwise;
using namespace stepwise::test;

namespace {

const QDate Today(2025, 3, 14);

QString s(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

// "line:column" for each problem, in the order reported.
QStringList where(const QList<AssessmentCsv::Problem>& problems)
{
    QStringList out;
    for (const auto& p : problems)
        out << QString::number(p.line) + QLatin1Char(':') + p.column;
    return out;
}

QString messageAt(const QList<AssessmentCsv::Problem>& problems, int line, const char* column)
{
    for (const auto& p : problems) {
        if (p.line == line && p.column == QLatin1String(column))
            return p.message;
    }
    return {};
}

Answers answers(std::initializer_list<int> values)
{
    Answers out;
    for (int v : values)
        out.append(v);
    return out;
}

// Rows of a table, by SQL count: what "nothing was written" is measured with.
qint64 count(Database& db, const char* table)
{
    auto row = db.queryOne(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table));
    REQUIRE(row.ok());
    REQUIRE(row.value().has_value());
    return (*row.value()).value(0).toLongLong();
}

// R-1 (female) and R-2 (male) in care since January and February 2025; R-3 never admitted.
struct Clinic
{
    MockClock clock { Today };
    TestDatabase t;
    Id r1 = 0;
    Id r2 = 0;
    Id r3 = 0;

    Clinic()
    {
        ParticipantStore store(t.db());
        const auto plan = SettingsStore(t.db()).load()->intensive;
        auto one
            = store.add(sampleParticipant(s("R-1")), Admission { QDate(2025, 1, 6), plan, {} });
        REQUIRE_OK(one);
        Participant male = sampleParticipant(s("R-2"));
        male.sexAtBirth = SexAtBirth::Male;
        auto two = store.add(male, Admission { QDate(2025, 2, 3), plan, {} });
        REQUIRE_OK(two);
        auto three = store.add(sampleParticipant(s("R-3")));
        REQUIRE_OK(three);
        r1 = one.value();
        r2 = two.value();
        r3 = three.value();
    }

    QList<Assessment> history(Id participant)
    {
        auto list = AssessmentStore(t.db()).history(participant);
        REQUIRE_OK(list);
        return list.value();
    }
};

const QByteArray Header = "record_number,date,instrument,answers\n";

} // namespace

TEST_CASE("Assessments CSV: answers separated by semicolons, spaces or quoted commas",
    "[csv][assessments]")
{
    const auto parsed
        = AssessmentCsv::parse(" Instrument ,RECORD_NUMBER,answers,Date,note,sex\r\n"
                               "PHQ-9,R-1,1;2;0;3;1;0;0;1;0,2025-03-01,,\r\n"
                               "gad7,R-2,1 2 0 3  1 0 0,2025-03-02,\"calm, tired\",\r\n"
                               ",,,,,\r\n" // formatting only: skipped
                               "auditc,R-1,\"2, 1,0\",2025-03-03,,Male\r\n");
    REQUIRE(where(parsed.problems).isEmpty());
    REQUIRE(parsed.rows.size() == 3);
    const AssessmentCsv::Row& phq = parsed.rows.at(0);
    CHECK(phq.line == 2);
    CHECK(phq.recordNumber == s("R-1"));
    CHECK(phq.input.participantId == 0);
    CHECK(phq.input.instrument == s("phq9"));
    CHECK(phq.input.administeredOn == QDate(2025, 3, 1));
    CHECK(phq.input.answers == answers({ 1, 2, 0, 3, 1, 0, 0, 1, 0 }));
    const AssessmentCsv::Row& gad = parsed.rows.at(1);
    CHECK(gad.input.instrument == s("gad7"));
    CHECK(gad.input.answers == answers({ 1, 2, 0, 3, 1, 0, 0 }));
    CHECK(gad.input.note == s("calm, tired"));
    const AssessmentCsv::Row& audit = parsed.rows.at(2);
    CHECK(audit.line == 5);
    CHECK(audit.input.answers == answers({ 2, 1, 0 }));
    CHECK(audit.input.sex == s("male"));
}

TEST_CASE("Assessments CSV: every malformed row is reported with its line and column",
    "[csv][assessments]")
{
    const auto parsed = AssessmentCsv::parse("record_number,date,instrument,answers,sex\n"
                                             "R-1,2025-03-01,phq9,1;2;0;3;1;0;0;1,\n"     // 2
                                             "R-1,2025-03-01,phq9,1;2;x;3;1;0;0;1;0,\n"   // 3
                                             "R-1,2025-03-01,phq9,1;;0;3;1;0;0;1;0,\n"    // 4
                                             "R-1,2025-03-01,cage,1;1;1;1,\n"             // 5
                                             "R-1,2025-03-01,asam,0 1 2 0 1 0,\n"         // 6
                                             "R-1,2025-03-01,progress,3,\n"               // 7
                                             "R-1,01/03/2025,gad7,0;0;0;0;0;0;0,\n"       // 8
                                             ",2025-03-01,gad7,,\n"                       // 9
                                             "R-1,2025-03-01,auditc,1;1;1,other\n"        // 10
                                             "R-1,2025-03-01,gad7,0;0;0;0;0;0;0,female\n" // 11
                                             "R-1,2025-03-01,gad7,0,0,0,0,0,0,0,\n");     // 12
    CHECK(parsed.rows.isEmpty());
    CHECK(where(parsed.problems)
        == QStringList { s("2:answers"), s("3:answers"), s("4:answers"), s("5:instrument"),
            s("6:instrument"), s("7:instrument"), s("8:date"), s("9:record_number"), s("9:answers"),
            s("10:sex"), s("11:sex"), s("12:") });
    CHECK(messageAt(parsed.problems, 2, "answers")
        == s("PHQ-9 takes 9 answers, one per item in the order 1;2;3;4;5;6;7;8;9; this row "
             "has 8."));
    CHECK(messageAt(parsed.problems, 3, "answers") == s("Answer 3 is \"x\", not a whole number."));
    CHECK(messageAt(parsed.problems, 4, "answers")
        == s("Answer 2 is empty: every item needs an answer."));
    CHECK(messageAt(parsed.problems, 5, "instrument")
        == s("\"cage\" is not an instrument Stepwise knows; a file may hold phq9, gad7, audit, "
             "auditc, dast10, bam."));
    CHECK(messageAt(parsed.problems, 6, "instrument")
              .startsWith(s("asam is a clinician rating with narratives or notes and cannot be "
                            "imported from a CSV file")));
    CHECK(messageAt(parsed.problems, 7, "instrument").startsWith(s("progress is a clinician")));
    CHECK(messageAt(parsed.problems, 8, "date").contains(s("yyyy-MM-dd")));
    CHECK(messageAt(parsed.problems, 10, "sex").contains(s("female or male")));
    CHECK(messageAt(parsed.problems, 11, "sex")
        == s("sex is used for auditc only; leave it "
             "empty for gad7."));
    CHECK(messageAt(parsed.problems, 12, "").contains(s("must be in quotes")));
}

TEST_CASE("Assessments CSV: the header must name the required columns", "[csv][assessments]")
{
    const auto parsed
        = AssessmentCsv::parse("record_number,instrument,answers,score,Answers\nR-1,phq9,0,3,0\n");
    CHECK(where(parsed.problems) == QStringList { s("1:score"), s("1:answers"), s("1:date") });
    CHECK(parsed.rows.isEmpty());
    const auto empty = AssessmentCsv::parse("\xEF\xBB\xBF");
    REQUIRE(empty.problems.size() == 1);
    CHECK(empty.problems.first().message.contains(s("record_number, date, instrument, answers")));
}

TEST_CASE("Import of assessments: a good file records every row and counts safety alerts",
    "[csv][assessments][import]")
{
    Clinic c;
    const QByteArray csv = "record_number,date,instrument,answers,note\n"
                           "R-1,2025-02-03,phq9,1;2;0;3;1;0;0;1;0,baseline\n"
                           "r-1,2025-03-03,phq9,1;1;0;1;1;0;0;1;2,\n" // item 9 above 0
                           "R-2,2025-03-01,gad7,3 3 3 3 3 3 3,\n";
    const auto outcome = AssessmentCsv::importCsv(c.t.db(), csv, Today);
    REQUIRE(where(outcome.problems).isEmpty());
    REQUIRE_FALSE(outcome.error.has_value());
    CHECK(outcome.imported == 3);
    CHECK(outcome.safetyAlerts == 1);

    const QList<Assessment> one = c.history(c.r1);
    REQUIRE(one.size() == 2);
    CHECK(one.at(0).administeredOn == QDate(2025, 3, 3)); // newest first
    CHECK(one.at(0).score.total == 7);
    CHECK(one.at(1).score.total == 8);
    CHECK(one.at(1).note == s("baseline"));
    const QList<Assessment> two = c.history(c.r2);
    REQUIRE(two.size() == 1);
    CHECK(two.at(0).instrument == s("gad7"));
    CHECK(two.at(0).score.total == 21);
    CHECK(two.at(0).score.band == s("severe"));

    auto alerts = SafetyAlertStore(c.t.db()).alerts(c.r1, true);
    REQUIRE_OK(alerts);
    REQUIRE(alerts.value().size() == 1);
    CHECK(alerts.value().first().flag == s("self_harm"));
    CHECK(alerts.value().first().administeredOn == QDate(2025, 3, 3));
    auto imports = c.t.db().queryOne(
        QStringLiteral("SELECT detail FROM audit_log WHERE action = 'assessments.import'"));
    REQUIRE_OK(imports);
    REQUIRE(imports.value().has_value());
    CHECK((*imports.value()).value(0).toString() == s("3 assessments (CSV)"));
}

TEST_CASE("Import of assessments: one bad row among good ones writes nothing",
    "[csv][assessments][import]")
{
    Clinic c;
    const qint64 auditBefore = count(c.t.db(), "audit_log");
    const QByteArray csv = Header
        + "R-1,2025-02-03,phq9,1;2;0;3;1;0;0;1;0\n" // 2: fine
          "R-1,2025-02-10,phq9,1;2;0;3;1;0;0;1;4\n" // 3: item 9 out of range
          "R-2,2025-03-01,gad7,0;0;0;0;0;0;0\n"     // 4: fine
          "R-9,2025-03-01,gad7,0;0;0;0;0;0;0\n"     // 5: unknown record number
          "R-3,2025-03-01,gad7,0;0;0;0;0;0;0\n"     // 6: never in care
          "R-2,2025-01-10,gad7,0;0;0;0;0;0;0\n"     // 7: before admission
          "R-2,2025-04-01,gad7,0;0;0;0;0;0;0\n"     // 8: in the future
          "r-2,2025-03-01,GAD-7,1;0;0;0;0;0;0\n"    // 9: same as line 4
          "R-1,2025-03-01,bam,0;0;0;2;5;0;0;0;0;0;0;0;0;0;0;0;0;0;0;0;0;0;0\n"; // 10: 5 > 4
    const auto outcome = AssessmentCsv::importCsv(c.t.db(), csv, Today);
    CHECK_FALSE(outcome.ok());
    CHECK_FALSE(outcome.error.has_value());
    CHECK(outcome.imported == 0);
    CHECK(outcome.safetyAlerts == 0);
    CHECK(where(outcome.problems)
        == QStringList { s("3:answers"), s("5:record_number"), s("6:date"), s("7:date"),
            s("8:date"), s("9:"), s("10:answers") });
    CHECK(messageAt(outcome.problems, 3, "answers") == s("Item 9 takes 0 to 3, not 4."));
    CHECK(messageAt(outcome.problems, 5, "record_number")
        == s("No participant has the record number R-9."));
    CHECK(messageAt(outcome.problems, 6, "date")
        == s("R-3 was not in care on 2025-03-01: an assessment must fall within an episode of "
             "care, from admission to discharge."));
    CHECK(messageAt(outcome.problems, 7, "date").contains(s("2025-01-10")));
    CHECK(messageAt(outcome.problems, 8, "date") == s("2025-04-01 is in the future."));
    CHECK(messageAt(outcome.problems, 9, "")
        == s("The same assessment (r-2, GAD-7 on 2025-03-01) is also on line 4."));
    CHECK(messageAt(outcome.problems, 10, "answers").startsWith(s("Item 5")));

    CHECK(count(c.t.db(), "assessment") == 0);
    CHECK(count(c.t.db(), "safety_alert") == 0);
    CHECK(count(c.t.db(), "audit_log") == auditBefore);
}

TEST_CASE("Import of assessments: a file imported twice is refused the second time",
    "[csv][assessments][import]")
{
    Clinic c;
    const QByteArray csv = Header + "R-1,2025-02-03,phq9,0;0;0;0;0;0;0;0;0\n";
    REQUIRE(AssessmentCsv::importCsv(c.t.db(), csv, Today).ok());
    const auto again = AssessmentCsv::importCsv(c.t.db(), csv, Today);
    CHECK(where(again.problems) == QStringList { s("2:") });
    CHECK(
        messageAt(again.problems, 2, "").startsWith(s("R-1 already has a PHQ-9 dated 2025-02-03")));
    CHECK(count(c.t.db(), "assessment") == 1);
}

TEST_CASE("Import of assessments: AUDIT-C uses the sex column, else the sex at birth",
    "[csv][assessments][import]")
{
    Clinic c;
    const QByteArray csv = "record_number,date,instrument,answers,sex\n"
                           "R-1,2025-02-03,auditc,1;1;1,\n"      // female at birth: cut-off 3
                           "R-2,2025-03-03,auditc,1;1;1,\n"      // male at birth: cut-off 4
                           "R-1,2025-02-04,auditc,1;1;1,male\n"; // given: cut-off 4
    const auto outcome = AssessmentCsv::importCsv(c.t.db(), csv, Today);
    REQUIRE(where(outcome.problems).isEmpty());
    const QList<Assessment> one = c.history(c.r1);
    REQUIRE(one.size() == 2);
    CHECK(one.at(0).score.cutoff == 4);
    CHECK(one.at(0).score.band == s("negative"));
    CHECK(one.at(1).score.cutoff == 3);
    CHECK(one.at(1).score.band == s("positive"));
    CHECK(c.history(c.r2).first().score.cutoff == 4);
}

TEST_CASE("Import of assessments: a counselor is refused and nothing is written",
    "[csv][assessments][import]")
{
    Clinic c;
    c.t.actAs(c.t.counselorId(), { StaffRole::Counselor });
    const auto outcome
        = AssessmentCsv::importCsv(c.t.db(), Header + "R-1,2025-02-03,gad7,0;0;0;0;0;0;0\n", Today);
    REQUIRE(outcome.error.has_value());
    CHECK(outcome.error->code == ErrorCode::Forbidden);
    CHECK(outcome.problems.isEmpty());
    CHECK(outcome.imported == 0);
    CHECK(count(c.t.db(), "assessment") == 0);
}
