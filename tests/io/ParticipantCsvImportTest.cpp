// SPDX-License-Identifier: GPL-3.0-or-later
#include "IoTestSupport.h"
#include "io/ParticipantCsv.h"
#include "storage/EpisodeStore.h"
#include "storage/ParticipantStore.h"
#include "support/MockClock.h"
#include "support/TestDatabase.h"

#include <random>

using namespace stepwise;
using namespace stepwise::test;

namespace {

const QDate Today(2025, 3, 14);

QString s(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

// "line:column" for each problem, in the order reported.
QStringList where(const ParticipantCsv::ImportOutcome& outcome)
{
    QStringList out;
    for (const auto& p : outcome.problems)
        out << QString::number(p.line) + QLatin1Char(':') + p.column;
    return out;
}

QString messageAt(const ParticipantCsv::ImportOutcome& outcome, int line, const char* column)
{
    for (const auto& p : outcome.problems) {
        if (p.line == line && p.column == QLatin1String(column))
            return p.message;
    }
    return {};
}

qsizetype participantCount(Database& db)
{
    auto all = ParticipantStore(db).all();
    REQUIRE(all.ok());
    return all.value().size();
}

Participant byRecord(Database& db, const char* recordNumber)
{
    ParticipantStore store(db);
    auto id = store.findByRecordNumber(s(recordNumber));
    REQUIRE(id.ok());
    REQUIRE(id.value().has_value());
    auto p = store.get(*id.value());
    REQUIRE(p.ok());
    return p.value();
}

QList<Episode> episodesOf(Database& db, const Participant& p)
{
    auto list = EpisodeStore(db).episodes(p.id);
    REQUIRE(list.ok());
    return list.value();
}

const QByteArray BadRowsHeader
    = "record_number,legal_first_name,legal_last_name,date_of_birth,address,counselor,phase,"
      "admission_date,phase_start_date,sex_at_birth\r\n";

} // namespace

TEST_CASE("Import: every bad row is reported with its physical line, and nothing is written",
    "[csv][import]")
{
    MockClock clock(Today);
    TestDatabase t;
    const QByteArray csv = BadRowsHeader
        + "R-1,Ana,Lopez,1985-02-03,,Dana Counselor,,,,female\r\n" // 2: fine
          "R-2,Ben,Okafor,03/04/1990,,,,,,\r\n"                    // 3: not an ISO date
          "R-3,Chen,Wei,1979-11-30,\"12 Main St\r\n" // 4-6: fine, address spans three lines
          "Apt 4\r\n"
          "Springfield\",Dana Counselor,step_down,2025-01-06,2025-02-03,male\r\n"
          "R-4,Dmitri,Ivanov,1970-01-01,,Nobody Here,,,,\r\n" // 7: unknown counselor
          "r-1,Eve,Adams,1991-07-07,,,,,,\r\n"                // 8: same record number as line 2
          "\r\n"                                              // 9: blank, ignored
          "R-5,,Zed,1992-01-01,,,,,,unknownsex\r\n"           // 10: two problems
          "R-6,Fay,Gold,1993-03-03,,,aftercare,2025-01-10,2025-01-10,\r\n" // 11: same day
          "R-7,Gus,Hill,1994-04-04,,,step_down,,2025-01-10,\r\n"           // 12: no admission
          "R-8,Hal,Ives,1990-01-01,,,,2025-04-01,,\r\n" // 13: admitted in the future
          "R-9,Ida,Jones,1990-01-01,x,,,,\r\n";         // 14: nine fields instead of ten

    const auto outcome = ParticipantCsv::importCsv(t.db(), csv, Today);
    CHECK_FALSE(outcome.ok());
    CHECK(outcome.imported == 0);
    CHECK_FALSE(outcome.error.has_value());
    CHECK(where(outcome)
        == QStringList { s("3:date_of_birth"), s("7:counselor"), s("8:record_number"),
            s("10:sex_at_birth"), s("10:legal_first_name"), s("11:phase_start_date"), s("12:phase"),
            s("12:phase_start_date"), s("13:admission_date"), s("14:") });
    CHECK(messageAt(outcome, 3, "date_of_birth").contains(s("yyyy-MM-dd")));
    CHECK(messageAt(outcome, 7, "counselor").contains(s("Nobody Here")));
    CHECK(messageAt(outcome, 8, "record_number").contains(s("line 2")));
    CHECK(messageAt(outcome, 10, "sex_at_birth").contains(s("female")));
    CHECK(messageAt(outcome, 11, "phase_start_date").contains(s("intensive")));
    CHECK(messageAt(outcome, 12, "phase").contains(s("admission_date")));
    CHECK(messageAt(outcome, 14, "").contains(s("9 fields")));
    CHECK(participantCount(t.db()) == 0);

    SECTION("once the rows are fixed, the same file imports completely")
    {
        const QByteArray fixed = BadRowsHeader
            + "R-1,Ana,Lopez,1985-02-03,,Dana Counselor,,,,female\r\n"
              "R-2,Ben,Okafor,1990-04-03,,,,,,\r\n"
              "R-3,Chen,Wei,1979-11-30,\"12 Main St\r\nApt 4\r\nSpringfield\",Dana Counselor,"
              "step_down,2025-01-06,2025-02-03,male\r\n"
              "R-4,Dmitri,Ivanov,1970-01-01,,,,,,\r\n";
        const auto ok = ParticipantCsv::importCsv(t.db(), fixed, Today);
        CHECK(where(ok).isEmpty());
        CHECK(ok.ok());
        CHECK(ok.imported == 4);
        CHECK(participantCount(t.db()) == 4);
        const Participant chen = byRecord(t.db(), "R-3");
        CHECK(chen.address == s("12 Main St\nApt 4\nSpringfield"));
        CHECK(chen.counselorId == t.counselorId());
        CHECK(chen.sexAtBirth == SexAtBirth::Male);
    }
}

TEST_CASE("Import: the header decides the columns", "[csv][import]")
{
    MockClock clock(Today);
    TestDatabase t;

    SECTION("any order, any case, spaces around names")
    {
        const auto outcome = ParticipantCsv::importCsv(t.db(),
            " Date_Of_Birth ,LEGAL_LAST_NAME, record_number,Legal_First_Name\n"
            "1990-05-17,Rivera,R-1001,Alex\n",
            Today);
        REQUIRE(outcome.ok());
        const Participant p = byRecord(t.db(), "R-1001");
        CHECK(p.legalFirstName == s("Alex"));
        CHECK(p.legalLastName == s("Rivera"));
        CHECK(p.dateOfBirth == QDate(1990, 5, 17));
        CHECK(p.status == ParticipantStatus::Active);
        CHECK(episodesOf(t.db(), p).isEmpty());
    }
    SECTION("unknown, repeated and missing columns are refused together")
    {
        const auto outcome = ParticipantCsv::importCsv(t.db(),
            "record_number,legal_first_name,date_of_birth,Nickname,phone,Phone\n"
            "R-1,Alex,1990-05-17,Al,555-0100-22,555-0100-22\n",
            Today);
        CHECK(where(outcome)
            == QStringList { s("1:Nickname"), s("1:phone"), s("1:legal_last_name") });
        CHECK(messageAt(outcome, 1, "Nickname").contains(s("record_number")));
        CHECK(participantCount(t.db()) == 0);
    }
    SECTION("an empty file, and a file with only the header")
    {
        const auto empty = ParticipantCsv::importCsv(t.db(), "\xEF\xBB\xBF\r\n", Today);
        REQUIRE(empty.problems.size() == 1);
        CHECK(empty.problems.first().message.contains(s("record_number")));
        const auto headerOnly = ParticipantCsv::importCsv(
            t.db(), ParticipantCsv::columns().join(QLatin1Char(',')).toUtf8() + "\r\n", Today);
        CHECK(headerOnly.ok());
        CHECK(headerOnly.imported == 0);
    }
}

TEST_CASE("Import: Excel's CSV UTF-8 with labels instead of keys", "[csv][import]")
{
    MockClock clock(Today);
    TestDatabase t;
    const QByteArray csv = "\xEF\xBB\xBFrecord_number,legal_first_name,legal_last_name,"
                           "date_of_birth,sex_at_birth,primary_focus,status,admission_date,phase,"
                           "phase_start_date,diagnoses\r\n"
                           "R-1,Zoë,Nguyễn,1988-08-08,Female,Co-occurring,On hold,2025-01-06,"
                           "Step-down,2025-02-17,\"f10.20 Alcohol use disorder [Moderate]; "
                           "F41.1 Generalized anxiety disorder\"\r\n"
                           ",,,,,,,,,,\r\n"; // a row that only ever had formatting
    const auto outcome = ParticipantCsv::importCsv(t.db(), csv, Today);
    REQUIRE(where(outcome).isEmpty());
    CHECK(outcome.imported == 1);
    const Participant p = byRecord(t.db(), "R-1");
    CHECK(p.legalFirstName == s("Zoë"));
    CHECK(p.sexAtBirth == SexAtBirth::Female);
    CHECK(p.primaryFocus == PrimaryFocus::CoOccurring);
    CHECK(p.status == ParticipantStatus::OnHold);
    REQUIRE(p.diagnoses.size() == 2);
    CHECK(
        p.diagnoses[0] == Diagnosis { s("F10.20"), s("Alcohol use disorder"), Severity::Moderate });
    CHECK(p.diagnoses[1]
        == Diagnosis { s("F41.1"), s("Generalized anxiety disorder"), Severity::Unspecified });
}

TEST_CASE("Import: the latest episode is rebuilt from its columns", "[csv][import][episode]")
{
    MockClock clock(Today);
    TestDatabase t;
    const QByteArray csv = "record_number,legal_first_name,legal_last_name,date_of_birth,status,"
                           "admission_date,phase,phase_start_date,discharge_date\n"
                           "A,Ann,Intensive,1980-01-01,,2025-01-06,,,\n"
                           "B,Bo,StepDown,1980-01-01,,2025-01-06,step_down,2025-02-03,\n"
                           "D,Di,Discharged,1980-01-01,discharged,2024-09-02,,,2024-12-20\n"
                           "E,Ed,Implied,1980-01-01,,2024-09-02,,,2024-09-02\n"
                           "F,Flo,Hold,1980-01-01,on_hold,2025-01-06,aftercare,2025-03-01,\n"
                           "G,Gil,Waiting,1980-01-01,active,,,,\n";
    const auto outcome = ParticipantCsv::importCsv(t.db(), csv, Today);
    REQUIRE(where(outcome).isEmpty());
    REQUIRE(outcome.imported == 6);

    auto kinds = [](const Episode& e) {
        QStringList out;
        for (const Phase& p : e.phases)
            out << storageKey(p.kind) + QLatin1Char('@') + p.startDate.toString(Qt::ISODate);
        return out;
    };
    const QList<Episode> a = episodesOf(t.db(), byRecord(t.db(), "A"));
    REQUIRE(a.size() == 1);
    CHECK(kinds(a[0]) == QStringList { s("intensive@2025-01-06") });
    CHECK(a[0].isOpen());

    const QList<Episode> b = episodesOf(t.db(), byRecord(t.db(), "B"));
    CHECK(kinds(b[0]) == QStringList { s("intensive@2025-01-06"), s("step_down@2025-02-03") });
    CHECK(b[0].phases[0].endDate == QDate(2025, 2, 2));
    CHECK(b[0].phases[1].reason == s("Imported"));

    const Participant d = byRecord(t.db(), "D");
    CHECK(d.status == ParticipantStatus::Discharged);
    const QList<Episode> de = episodesOf(t.db(), d);
    CHECK(de[0].dischargeDate == QDate(2024, 12, 20));
    CHECK(de[0].phases.last().endDate == QDate(2024, 12, 20));

    CHECK(byRecord(t.db(), "E").status == ParticipantStatus::Discharged);
    CHECK(byRecord(t.db(), "F").status == ParticipantStatus::OnHold);
    const Participant g = byRecord(t.db(), "G");
    CHECK(g.status == ParticipantStatus::Active);
    CHECK(episodesOf(t.db(), g).isEmpty());
}

TEST_CASE(
    "Import: phase_history replays the episode; nothing is invented", "[csv][import][episode]")
{
    MockClock clock(Today);
    TestDatabase t;
    const QByteArray csv
        = "record_number,legal_first_name,legal_last_name,date_of_birth,status,admission_date,"
          "phase,phase_start_date,phase_history,discharge_date\n"
          "C,Cy,Setback,1980-01-01,,2024-11-04,intensive,2025-02-10,"
          "intensive 2024-11-04; step_down 2024-12-02; intensive 2025-02-10,\n"
          "D,Di,Closed,1980-01-01,discharged,2024-09-02,,,"
          "intensive 2024-09-02; step_down 2024-10-14,2024-12-20\n"
          "E,Ed,Derived,1980-01-01,,2024-09-02,,,intensive 2024-09-02; aftercare 2024-10-01,\n";
    const auto outcome = ParticipantCsv::importCsv(t.db(), csv, Today);
    REQUIRE(where(outcome).isEmpty());
    auto kinds = [](const Episode& e) {
        QStringList out;
        for (const Phase& p : e.phases)
            out << storageKey(p.kind) + QLatin1Char('@') + p.startDate.toString(Qt::ISODate);
        return out;
    };
    CHECK(kinds(episodesOf(t.db(), byRecord(t.db(), "C")).first())
        == QStringList {
            s("intensive@2024-11-04"), s("step_down@2024-12-02"), s("intensive@2025-02-10") });
    const Episode d = episodesOf(t.db(), byRecord(t.db(), "D")).first();
    CHECK(kinds(d) == QStringList { s("intensive@2024-09-02"), s("step_down@2024-10-14") });
    CHECK(d.phases.last().endDate == QDate(2024, 12, 20));
    CHECK(kinds(episodesOf(t.db(), byRecord(t.db(), "E")).first())
        == QStringList { s("intensive@2024-09-02"), s("aftercare@2024-10-01") });
}

TEST_CASE("Import: a setback without its history, or a broken history, is refused",
    "[csv][import][episode]")
{
    MockClock clock(Today);
    TestDatabase t;
    const QByteArray csv
        = "record_number,legal_first_name,legal_last_name,date_of_birth,admission_date,phase,"
          "phase_start_date,phase_history\n"
          "A,Ann,A,1980-01-01,2024-11-04,intensive,2025-02-10,\n"                       // 2
          "B,Bo,B,1980-01-01,2024-11-04,,,step_down 2024-11-04\n"                       // 3
          "C,Cy,C,1980-01-01,2024-11-04,,,intensive 2024-11-04; intensive 2024-12-01\n" // 4
          "D,Di,D,1980-01-01,2024-11-04,,,intensive 2024-11-04; aftercare 2024-11-01\n" // 5
          "E,Ed,E,1980-01-01,2024-11-04,aftercare,,intensive 2024-11-04; step_down "
          "2024-12-01\n"                                                                 // 6
          "F,Flo,F,1980-01-01,2024-11-04,,,intensive 2024-11-04; later\n"                // 7
          "G,Gil,G,1980-01-01,2024-11-04,,,intensive 2024-11-05; step_down 2024-12-01\n" // 8
          "H,Hu,H,1980-01-01,2024-11-04,step_down,2024-12-02,intensive 2024-11-04; "
          "step_down 2024-12-01\n"                                                       // 9
          "I,Ida,I,1980-01-01,2024-11-04,,,intensive 2024-11-04; step_down 2025-04-01\n" // 10
          "J,Jo,J,1980-01-01,,,,intensive 2024-11-04\n"                                  // 11
          "K,Kim,K,1980-01-01,2024-11-04,intensive,2025-02-10,intensive 2024-11-04; "
          "step_down 2024-12-02; intensive 2025-02-10\n"; // 12: the only good row
    const auto outcome = ParticipantCsv::importCsv(t.db(), csv, Today);
    CHECK(where(outcome)
        == QStringList { s("2:phase_start_date"), s("3:phase_history"), s("4:phase_history"),
            s("5:phase_history"), s("6:phase_history"), s("7:phase_history"), s("8:phase_history"),
            s("9:phase_history"), s("10:phase_history"), s("11:phase_history") });
    CHECK(messageAt(outcome, 2, "phase_start_date")
              .contains(s("give the phases before it in phase_history")));
    CHECK(messageAt(outcome, 3, "phase_history").contains(s("begin with intensive")));
    CHECK(messageAt(outcome, 4, "phase_history").contains(s("intensive follows intensive")));
    CHECK(messageAt(outcome, 5, "phase_history").contains(s("not after the phase before it")));
    CHECK(messageAt(outcome, 6, "phase_history").contains(s("aftercare")));
    CHECK(messageAt(outcome, 8, "phase_history").contains(s("2024-11-04")));
    CHECK(messageAt(outcome, 9, "phase_history").contains(s("2024-12-02")));
    CHECK(messageAt(outcome, 10, "phase_history").contains(s("future")));
    CHECK(messageAt(outcome, 11, "phase_history").contains(s("admission_date")));
    // All or nothing: the good setback on line 12 is not written either.
    CHECK(outcome.imported == 0);
    CHECK(participantCount(t.db()) == 0);
}

TEST_CASE("Import: a return to intensive care without phase_history writes nothing",
    "[csv][import][episode]")
{
    MockClock clock(Today);
    TestDatabase t;
    // The file of an older export, without the column: the setback row alone is refused.
    const QByteArray csv = "record_number,legal_first_name,legal_last_name,date_of_birth,"
                           "admission_date,phase,phase_start_date,discharge_date\n"
                           "A,Ann,Fine,1980-01-01,2024-11-04,step_down,2024-12-02,\n"
                           "B,Bo,Setback,1980-01-01,2024-11-04,intensive,2025-02-10,\n"
                           "C,Cy,Fine,1980-01-01,2024-11-04,intensive,2024-11-04,\n";
    const auto outcome = ParticipantCsv::importCsv(t.db(), csv, Today);
    CHECK(where(outcome) == QStringList { s("3:phase_start_date") });
    CHECK(messageAt(outcome, 3, "phase_start_date").contains(s("so that none is invented")));
    CHECK(outcome.imported == 0);
    CHECK(participantCount(t.db()) == 0);
}

TEST_CASE("Import: episode columns that contradict each other", "[csv][import][episode]")
{
    MockClock clock(Today);
    TestDatabase t;
    const QByteArray csv = "record_number,legal_first_name,legal_last_name,date_of_birth,status,"
                           "admission_date,phase,phase_start_date,discharge_date\n"
                           "A,Ann,A,1980-01-01,discharged,2025-01-06,,,\n"                   // 2
                           "B,Bo,B,1980-01-01,,2025-01-06,step_down,2025-02-03,2025-02-20\n" // 3
                           "C,Cy,C,1980-01-01,active,2025-01-06,,,2025-02-20\n"              // 4
                           "D,Di,D,1980-01-01,,2025-01-06,intensive,2025-01-07,\n"           // 5
                           "E,Ed,E,1980-01-01,,2025-01-06,,,2025-01-01\n"                    // 6
                           "F,Flo,F,1980-01-01,,2025-01-06,step_down,,\n"                    // 7
                           "G,Gil,G,2000-01-01,,1999-12-01,,,\n"                             // 8
                           "H,Hu,H,1980-01-01,,2025-01-06,stepdown,2025-02-03,\n";           // 9
    const auto outcome = ParticipantCsv::importCsv(t.db(), csv, Today);
    CHECK(where(outcome)
        == QStringList { s("2:status"), s("3:phase"), s("3:phase_start_date"), s("4:status"),
            s("5:phase_start_date"), s("6:discharge_date"), s("7:phase_start_date"),
            s("8:admission_date"), s("9:phase") });
    CHECK(messageAt(outcome, 2, "status").contains(s("discharge_date")));
    CHECK(messageAt(outcome, 9, "phase").contains(s("step_down")));
    CHECK(participantCount(t.db()) == 0);
}

TEST_CASE("Import: dates must be ISO yyyy-MM-dd", "[csv][import]")
{
    MockClock clock(Today);
    TestDatabase t;
    for (const char* bad : { "03/04/1990", "1990-4-3", "1990-02-30", "17.05.1990",
             "1990-05-17T00:00", "٢٠٠٠-٠١-٠١" }) {
        INFO(bad);
        const QByteArray csv = QByteArray("record_number,legal_first_name,legal_last_name,"
                                          "date_of_birth\nR-1,Alex,Rivera,")
            + bad + "\n";
        const auto outcome = ParticipantCsv::importCsv(t.db(), csv, Today);
        CHECK(where(outcome) == QStringList { s("2:date_of_birth") });
        CHECK(messageAt(outcome, 2, "date_of_birth").contains(s("yyyy-MM-dd")));
    }
}

TEST_CASE("Import: record numbers already in the database are refused", "[csv][import]")
{
    MockClock clock(Today);
    TestDatabase t;
    REQUIRE(ParticipantStore(t.db()).add(sampleParticipant(s("R-1001"))).ok());
    const auto outcome = ParticipantCsv::importCsv(t.db(),
        "record_number,legal_first_name,legal_last_name,date_of_birth\n"
        "R-2000,New,Person,1990-01-01\n"
        "r-1001 ,Other,Person,1990-01-01\n",
        Today);
    CHECK(where(outcome) == QStringList { s("3:record_number") });
    CHECK(messageAt(outcome, 3, "record_number").contains(s("already")));
    CHECK(participantCount(t.db()) == 1);
}

TEST_CASE("Import: hostile and unusual text is stored literally", "[csv][import]")
{
    MockClock clock(Today);
    TestDatabase t;
    const QByteArray csv
        = "record_number,legal_first_name,legal_last_name,preferred_name,"
          "date_of_birth,gender_identity,referral_source,address,phone\n"
          "R-1,'; DROP TABLE participant; --,O'Brien,\"\"\"Bo\"\"\",1990-01-01,"
          "<b>bold</b>,<img src=x onerror=alert(1)>,\"1 Rue d'Été\n"
          "Apt 2\",'+1 555 0100\n"
          "R-2,Мария,王,🙂,1990-01-01,محمد,Robert'); DELETE FROM staff;--,,\n";
    const auto outcome = ParticipantCsv::importCsv(t.db(), csv, Today);
    REQUIRE(where(outcome).isEmpty());
    CHECK(outcome.imported == 2);

    const Participant one = byRecord(t.db(), "R-1");
    CHECK(one.legalFirstName == s("'; DROP TABLE participant; --"));
    CHECK(one.legalLastName == s("O'Brien"));
    CHECK(one.preferredName == s("\"Bo\""));
    CHECK(one.genderIdentity == s("<b>bold</b>"));
    CHECK(one.referralSource == s("<img src=x onerror=alert(1)>"));
    CHECK(one.address == s("1 Rue d'Été\nApt 2"));
    CHECK(one.phone == s("+1 555 0100")); // the export's formula guard is undone
    const Participant two = byRecord(t.db(), "R-2");
    CHECK(two.legalFirstName == s("Мария"));
    CHECK(two.legalLastName == s("王"));
    CHECK(two.preferredName == s("🙂"));
    CHECK(two.genderIdentity == s("محمد"));
    CHECK(two.referralSource == s("Robert'); DELETE FROM staff;--"));
    CHECK(participantCount(t.db()) == 2);
}

TEST_CASE(
    "Import: files that are not CSV text are refused before anything is read", "[csv][import]")
{
    MockClock clock(Today);
    TestDatabase t;
    std::mt19937 random(7);
    QByteArray garbage(4096, Qt::Uninitialized);
    for (char& b : garbage)
        b = char(random() & 0xFF);
    for (const QByteArray& bytes : { garbage, QByteArray("PK\x03\x04\x14\0\x06\0\x08\0", 10),
             QByteArray("record_number,legal_first_name,legal_last_name,date_of_birth\n"
                        "R-1,Jos\xE9,Rivera,1990-01-01\n") }) {
        const auto outcome = ParticipantCsv::importCsv(t.db(), bytes, Today);
        REQUIRE(outcome.problems.size() == 1);
        CHECK(outcome.problems.first().line >= 1);
        CHECK_FALSE(outcome.problems.first().message.isEmpty());
        CHECK(outcome.imported == 0);
    }
    const auto latin1 = ParticipantCsv::importCsv(t.db(),
        "record_number,legal_first_name,legal_last_name,date_of_birth\n"
        "R-1,Jos\xE9,Rivera,1990-01-01\n",
        Today);
    CHECK(where(latin1) == QStringList { s("2:") });
    CHECK(participantCount(t.db()) == 0);
}
