// SPDX-License-Identifier: GPL-3.0-or-later
#include "IoTestSupport.h"
#include "io/CsvReader.h"
#include "io/ParticipantCsv.h"
#include "storage/EpisodeStore.h"
#include "storage/ParticipantStore.h"
#include "storage/StaffStore.h"
#include "support/MockClock.h"
#include "support/TestDatabase.h"

using namespace stepwise;
using namespace stepwise::test;

namespace {

const QDate Today(2025, 3, 14);
const PhasePlan Plan { 3, 9.0 };
const PhasePlan StepDownPlan { 2, 4.0 };

QString s(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

Id addStaff(Database& db, const char* name)
{
    StaffMember m;
    m.name = s(name);
    auto id = StaffStore(db).add(m);
    REQUIRE(id.ok());
    return id.value();
}

Id add(Database& db, Participant p, const QDate& admission = {})
{
    std::optional<Admission> a;
    if (admission.isValid())
        a = Admission { admission, Plan, s("Intake") };
    auto id = ParticipantStore(db).add(std::move(p), a);
    if (!id)
        FAIL(id.error().fullMessage().toStdString());
    return id.value();
}

Id openEpisode(Database& db, Id participant)
{
    auto list = EpisodeStore(db).episodes(participant);
    REQUIRE(list.ok());
    REQUIRE_FALSE(list.value().isEmpty());
    return list.value().last().id;
}

void move(Database& db, Id participant, PhaseKind kind, const QDate& date)
{
    const Status s = EpisodeStore(db).transition(openEpisode(db, participant), kind, date,
        kind == PhaseKind::Intensive ? Plan : StepDownPlan, QStringLiteral("Clinical review"));
    REQUIRE(s.ok());
}

void discharge(Database& db, Id participant, const QDate& date)
{
    REQUIRE(EpisodeStore(db)
                .discharge(openEpisode(db, participant), date, QStringLiteral("Completed"))
                .ok());
}

// A small clinic with every shape the export has to carry.
void fillClinic(TestDatabase& t)
{
    Database& db = t.db();
    const Id sam = addStaff(db, "Sam Okafor");

    Participant a = sampleParticipant(s("R-1003"));
    a.counselorId = t.counselorId();
    a.address = s("12 Main St\nApt 4, rear\nSpringfield");
    a.emergencyContact = { s("Jo \"JJ\" Rivera"), s("sister"), s("+1 555 0100") };
    a.phone = s("+1 (555) 010-0199");
    add(db, a, QDate(2025, 1, 6));

    Participant b = sampleParticipant(s("R-1001"));
    b.legalFirstName = s("Siobhán");
    b.legalLastName = s("O'Brien-Ní Dhuibhir");
    b.preferredName = s("Shiv 🙂");
    b.counselorId = sam;
    b.diagnoses
        = { { s("F10.20"), s("Alcohol; in [early] remission \\ see notes"), Severity::Severe },
              { s("F41.1"), s("=cmd|' /C calc'!A0"), Severity::Unspecified } };
    const Id bId = add(db, b, QDate(2025, 1, 6));
    move(db, bId, PhaseKind::StepDown, QDate(2025, 2, 3));

    Participant c = sampleParticipant(s("r-1002"));
    c.legalFirstName = s("Мария");
    c.legalLastName = s("王秀英");
    c.preferredName = s("محمد");
    c.genderIdentity = s("<b>non-binary</b>");
    c.pronouns = s("they/them");
    c.referralSource = s("<img src=x onerror=alert(1)>");
    c.sexAtBirth = SexAtBirth::Declined;
    c.primaryFocus = PrimaryFocus::MentalHealth;
    c.diagnoses = {};
    const Id cId = add(db, c, QDate(2024, 11, 4));
    move(db, cId, PhaseKind::StepDown, QDate(2024, 12, 2));
    move(db, cId, PhaseKind::Aftercare, QDate(2025, 1, 13));
    move(db, cId, PhaseKind::Intensive, QDate(2025, 2, 24)); // setback

    Participant d = sampleParticipant(s("R-0999"));
    d.legalFirstName = s("'; DROP TABLE participant; --");
    d.legalLastName = s("-Hyphen");
    d.preferredName = s("@handle");
    d.email = QString();
    d.phone = QString();
    const Id dId = add(db, d, QDate(2024, 6, 3));
    discharge(db, dId, QDate(2024, 8, 30));
    // Readmitted and discharged again: only the latest episode is exported.
    REQUIRE(EpisodeStore(db).admit(dId, QDate(2024, 10, 1), Plan, s("Readmission")).ok());
    move(db, dId, PhaseKind::StepDown, QDate(2024, 11, 1));
    discharge(db, dId, QDate(2024, 12, 20));

    Participant e = sampleParticipant(s("R-2000"));
    e.legalFirstName = s("Wait");
    e.legalLastName = s("List");
    e.diagnoses = {};
    e.referralSource = s("'=already apostrophed");
    add(db, e);

    Participant f = sampleParticipant(s("R-2001"));
    f.legalFirstName = s("Hold");
    f.legalLastName = s("Person");
    f.counselorId = sam;
    const Id fId = add(db, f, QDate(2025, 2, 3));
    auto held = ParticipantStore(db).get(fId);
    REQUIRE(held.ok());
    Participant onHold = held.value();
    onHold.status = ParticipantStatus::OnHold;
    REQUIRE(ParticipantStore(db).update(onHold).ok());
}

QByteArray exported(
    Database& db, const CaseloadFilter& filter = {}, ParticipantCsv::ExportOptions options = {})
{
    auto csv = ParticipantCsv::exportCsv(db, filter, options);
    if (!csv)
        FAIL(csv.error().fullMessage().toStdString());
    return csv.value();
}

QStringList problemLines(const ParticipantCsv::ImportOutcome& outcome)
{
    QStringList out;
    for (const auto& p : outcome.problems)
        out << QString::number(p.line) + QLatin1Char(' ') + p.column + QLatin1Char(' ') + p.message;
    return out;
}

} // namespace

TEST_CASE("Export: header, order by record number, CRLF, formula guard", "[csv][export]")
{
    MockClock clock(Today);
    TestDatabase t;
    fillClinic(t);
    const QByteArray csv = exported(t.db());

    const QByteArray header = ParticipantCsv::columns().join(QLatin1Char(',')).toUtf8();
    CHECK(csv.startsWith(QByteArray(header + "\r\n")));
    CHECK(ParticipantCsv::columns().size() == 24);
    CHECK(ParticipantCsv::columns().first() == s("record_number"));

    const CsvDocument doc = CsvReader::read(csv);
    REQUIRE(doc.ok());
    QStringList order;
    for (qsizetype i = 1; i < doc.records.size(); ++i)
        order << doc.records[i].fields.first();
    CHECK(order
        == QStringList {
            s("R-0999"), s("R-1001"), s("r-1002"), s("R-1003"), s("R-2000"), s("R-2001") });

    // CRLF ends each of the 7 records; the two LFs of the multi-line address stay as they are.
    CHECK(csv.count("\r\n") == 7);
    CHECK(csv.count("\n") == 7 + 2);
    CHECK(csv.contains("'+1 (555) 010-0199"));
    CHECK(csv.contains(",'-Hyphen,'@handle,"));
    CHECK(csv.contains("''=already apostrophed"));
    CHECK(csv.contains(",F10.20 Alcohol\\; in \\[early\\] remission \\\\ see notes [severe]; "
                       "F41.1 =cmd|' /C calc'!A0,"));

    const QStringList d = doc.records[1].fields; // R-0999, readmitted and discharged
    CHECK(d.mid(18)
        == QStringList { s("discharged"), s("2024-10-01"), QString(), QString(),
            s("intensive 2024-10-01; step_down 2024-11-01"), s("2024-12-20") });
    const QStringList c = doc.records[3].fields; // r-1002, back in intensive after a setback
    CHECK(c.mid(17)
        == QStringList { QString(), s("active"), s("2024-11-04"), s("intensive"), s("2025-02-24"),
            s("intensive 2024-11-04; step_down 2024-12-02; aftercare 2025-01-13; "
              "intensive 2025-02-24"),
            QString() });
    CHECK(doc.records[4].fields.at(17) == s("Dana Counselor"));
    CHECK(doc.records[6].fields.mid(17, 4)
        == QStringList { s("Sam Okafor"), s("on_hold"), s("2025-02-03"), s("intensive") });
}

TEST_CASE("Export, import into a fresh database, export again: the same bytes",
    "[csv][export][import][roundtrip]")
{
    MockClock clock(Today);
    TestDatabase source;
    fillClinic(source);

    for (bool bom : { false, true }) {
        INFO("byte order mark: " << bom);
        const QByteArray first = exported(source.db(), {}, { bom });
        CHECK(first.startsWith("\xEF\xBB\xBF") == bom);

        TestDatabase fresh; // has "Dana Counselor"; the file also names Sam
        addStaff(fresh.db(), "Sam Okafor");
        const auto outcome = ParticipantCsv::importCsv(fresh.db(), first, Today);
        REQUIRE(problemLines(outcome).isEmpty());
        REQUIRE(outcome.ok());
        CHECK(outcome.imported == 6);

        const QByteArray second = exported(fresh.db(), {}, { bom });
        CHECK(second == first);

        // And the records themselves are equal, text included, apart from the ids.
        auto before = ParticipantStore(source.db()).all();
        auto after = ParticipantStore(fresh.db()).all();
        REQUIRE(before.ok());
        REQUIRE(after.ok());
        REQUIRE(before.value().size() == after.value().size());
        for (qsizetype i = 0; i < before.value().size(); ++i) {
            Participant x = before.value().at(i);
            Participant y = after.value().at(i);
            CHECK((x.counselorId != 0) == (y.counselorId != 0));
            x.id = y.id = 0;
            x.counselorId = y.counselorId = 0;
            CHECK(x == y);
        }
        // Importing the same file again is refused as a whole: every record number is taken.
        const auto again = ParticipantCsv::importCsv(fresh.db(), first, Today);
        CHECK(again.problems.size() == 6);
        CHECK(exported(fresh.db(), {}, { bom }) == first);
    }
}

TEST_CASE("Export honours the caseload filter", "[csv][export]")
{
    MockClock clock(Today);
    TestDatabase t;
    fillClinic(t);
    CaseloadFilter stepDown;
    stepDown.phase = PhaseKind::StepDown;
    const CsvDocument doc = CsvReader::read(exported(t.db(), stepDown));
    REQUIRE(doc.ok());
    REQUIRE(doc.records.size() == 2);
    CHECK(doc.records[1].fields.first() == s("R-1001"));

    CaseloadFilter discharged;
    discharged.status = ParticipantStatus::Discharged;
    const CsvDocument gone = CsvReader::read(exported(t.db(), discharged));
    REQUIRE(gone.records.size() == 2);
    CHECK(gone.records[1].fields.first() == s("R-0999"));
}

TEST_CASE("Import needs the same staff names as the export", "[csv][import][roundtrip]")
{
    MockClock clock(Today);
    TestDatabase source;
    fillClinic(source);
    TestDatabase fresh; // no "Sam Okafor"
    const auto outcome = ParticipantCsv::importCsv(fresh.db(), exported(source.db()), Today);
    REQUIRE(outcome.problems.size() == 2);
    for (const auto& p : outcome.problems) {
        CHECK(p.column == s("counselor"));
        CHECK(p.message.contains(s("Sam Okafor")));
    }
    auto all = ParticipantStore(fresh.db()).all();
    REQUIRE(all.ok());
    CHECK(all.value().isEmpty());
}
