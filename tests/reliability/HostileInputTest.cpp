// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile input (reliability.md items 15 and 16): SQL-like strings, quotes, HTML-like text, NUL
// bytes, a 1 MB field and invalid UTF-8 in every column of the participants CSV import. Each is
// refused with its line and column, or stored exactly (after the documented normalisation:
// trimming, inner spaces of names collapsed, one formula-guard apostrophe removed) and never
// executed: the tables are all still there and hold what they should. Then the same strings
// through the caseload query and its filters.
#include "io/DiagnosisListCodec.h"
#include "io/FormulaGuard.h"
#include "io/ParticipantCsv.h"
#include "storage/AuditTrail.h"
#include "storage/CaseloadQuery.h"
#include "storage/ParticipantStore.h"
#include "storage/StaffStore.h"
#include "support/MockClock.h"
#include "support/TestDatabase.h"

#include <QMap>
#include <catch2/catch.hpp>
#include <cstdio>
#include <limits>

using namespace stepwise;
using namespace stepwise::test;

namespace {

const QDate Today(2025, 3, 14);

struct Hostile
{
    const char* name;
    QByteArray bytes; // as they stand in the file
};

QByteArray megabyteField()
{
    // Every character CSV and SQL care about, repeated to 1 MiB, no space at either end.
    const QByteArray unit = "Ab'\"<i>;, %_=\\z";
    QByteArray big;
    while (big.size() < 1024 * 1024)
        big += unit;
    big.truncate(1024 * 1024 - 1);
    big += 'z';
    return big;
}

QList<Hostile> hostileValues()
{
    return {
        { "SQL comment injection", "'); DROP TABLE participant;--" },
        { "SQL tautology", "\" OR 1=1 --" },
        { "SQL stacked statement", "1; DELETE FROM audit_log; SELECT '" },
        { "LIKE wildcards", "%' OR '%'='%_" },
        { "quotes", "O'Brien \"Bob\" ''\"\"" },
        { "HTML image", "<img src=x onerror=alert(1)>" },
        { "HTML bold", "<b>bold</b>" },
        { "spreadsheet formula", "=HYPERLINK(\"http://example.invalid\",\"x\")" },
        { "NUL byte", QByteArray("Ann\0e", 5) },
        { "invalid UTF-8", "Jos\xC3\x28" },
        { "UTF-8 surrogate", "x\xED\xA0\x80y" },
        { "1 MB field", megabyteField() },
    };
}

// Every cell quoted, quotes doubled: RFC 4180 can carry any of the values above.
QByteArray quoted(const QByteArray& cell)
{
    QByteArray out = cell;
    out.replace('"', "\"\"");
    return '"' + out + '"';
}

// A valid row without an episode; `column` gets the hostile bytes.
QByteArray csvWith(const QString& column, const QByteArray& value, const QString& recordNumber)
{
    const QMap<QString, QByteArray> valid = {
        { QStringLiteral("record_number"), recordNumber.toUtf8() },
        { QStringLiteral("legal_first_name"), "Ada" },
        { QStringLiteral("legal_last_name"), "Okafor" },
        { QStringLiteral("date_of_birth"), "1990-02-03" },
    };
    QByteArrayList header;
    QByteArrayList row;
    for (const QString& name : ParticipantCsv::columns()) {
        header << name.toUtf8();
        row << quoted(name == column ? value : valid.value(name));
    }
    return header.join(',') + "\r\n" + row.join(',') + "\r\n";
}

// What the import documents it does to a cell before storing it.
QString normalised(const QString& column, const QString& cell)
{
    const QString text = FormulaGuard::unprotect(cell);
    static const QStringList names
        = { QStringLiteral("legal_first_name"), QStringLiteral("legal_last_name"),
              QStringLiteral("preferred_name"), QStringLiteral("emergency_contact_name") };
    if (names.contains(column))
        return text.simplified();
    if (column == QLatin1String("address"))
        return text.trimmed().replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    return text.trimmed();
}

// The stored value of a text column, or nullopt for columns that are not stored as text.
std::optional<QString> storedText(const QString& column, const Participant& p)
{
    const QMap<QString, QString> text = {
        { QStringLiteral("record_number"), p.recordNumber },
        { QStringLiteral("legal_first_name"), p.legalFirstName },
        { QStringLiteral("legal_last_name"), p.legalLastName },
        { QStringLiteral("preferred_name"), p.preferredName },
        { QStringLiteral("gender_identity"), p.genderIdentity },
        { QStringLiteral("pronouns"), p.pronouns },
        { QStringLiteral("phone"), p.phone },
        { QStringLiteral("email"), p.email },
        { QStringLiteral("address"), p.address },
        { QStringLiteral("emergency_contact_name"), p.emergencyContact.name },
        { QStringLiteral("emergency_contact_relationship"), p.emergencyContact.relationship },
        { QStringLiteral("emergency_contact_phone"), p.emergencyContact.phone },
        { QStringLiteral("referral_source"), p.referralSource },
        { QStringLiteral("diagnoses"), DiagnosisListCodec::encode(p.diagnoses) },
    };
    if (!text.contains(column))
        return std::nullopt;
    return text.value(column);
}

bool isValidUtf8(const QByteArray& bytes)
{
    return QString::fromUtf8(bytes).toUtf8() == bytes;
}

qsizetype count(Result<QList<Participant>> r)
{
    REQUIRE_OK(r);
    return r->size();
}

} // namespace

TEST_CASE("Hostile text in every column of the participants CSV is refused or stored exactly",
    "[reliability][hostile][csv]")
{
    MockClock clock(Today);
    TestDatabase t;
    ParticipantStore participants(t.db());
    auto staffBefore = StaffStore(t.db()).list();
    REQUIRE_OK(staffBefore);

    qsizetype expected = 0;
    int attempt = 0;
    int stored = 0;
    int refused = 0;
    QMap<QString, QStringList> storedBy; // column -> values it stores, for the report
    for (const QString& column : ParticipantCsv::columns()) {
        for (const Hostile& value : hostileValues()) {
            {
                INFO(column.toStdString() << ": " << value.name);
                const QString recordNumber = QStringLiteral("H-%1").arg(++attempt);
                const QByteArray csv = csvWith(column, value.bytes, recordNumber);
                const auto outcome = ParticipantCsv::importCsv(t.db(), csv, Today);
                REQUIRE_FALSE(outcome.error.has_value());

                if (outcome.ok()) {
                    ++stored;
                    storedBy[column] << QLatin1String(value.name);
                    CHECK(outcome.imported == 1);
                    ++expected;
                    // Only text can arrive this way: bytes that are not UTF-8 never do.
                    REQUIRE(isValidUtf8(value.bytes));
                    REQUIRE_FALSE(value.bytes.contains('\0'));
                    const QString input = QString::fromUtf8(value.bytes);
                    const QString key = column == QLatin1String("record_number")
                        ? normalised(column, input)
                        : recordNumber;
                    auto id = participants.findByRecordNumber(key);
                    REQUIRE_OK(id);
                    REQUIRE(id->has_value());
                    auto p = participants.get(**id);
                    REQUIRE_OK(p);
                    const auto text = storedText(column, *p);
                    // Enum and date columns cannot take any of these values.
                    REQUIRE(text.has_value());
                    if (column == QLatin1String("diagnoses")) {
                        auto decoded = DiagnosisListCodec::decode(normalised(column, input));
                        REQUIRE_OK(decoded);
                        CHECK(*text == DiagnosisListCodec::encode(*decoded));
                    } else {
                        CHECK(*text == normalised(column, input));
                    }
                } else {
                    ++refused;
                    CHECK(outcome.imported == 0);
                    REQUIRE_FALSE(outcome.problems.isEmpty());
                    bool namesColumn = false;
                    bool allOnItsLine = true;
                    bool allExplained = true;
                    for (const auto& problem : outcome.problems) {
                        allOnItsLine = allOnItsLine && problem.line == 2;
                        allExplained = allExplained && !problem.message.isEmpty();
                        namesColumn = namesColumn || problem.column == column;
                    }
                    INFO(outcome.problems.first().column.toStdString()
                        << ": " << outcome.problems.first().message.left(200).toStdString());
                    CHECK(allOnItsLine);
                    CHECK(allExplained);
                    // Bytes that are not text are refused while reading the file, before there
                    // are columns; everything else names its column.
                    const bool notText = !isValidUtf8(value.bytes) || value.bytes.contains('\0');
                    if (notText)
                        CHECK(outcome.problems.size() == 1);
                    else
                        CHECK(namesColumn);
                }
                // Nothing was executed: the tables are there and hold exactly what they should.
                // (The caseload reads names only: all() would read every 1 MB field again.)
                auto rows = CaseloadQuery::rows(t.db(), {}, Today);
                REQUIRE_OK(rows);
                CHECK(rows->size() == expected);
                auto staff = StaffStore(t.db()).list();
                REQUIRE_OK(staff);
                CHECK(staff->size() == staffBefore->size());
            }
        }
    }
    CHECK(count(participants.all()) == expected);
    auto problems = t.db().verify();
    REQUIRE_OK(problems);
    CHECK(problems->isEmpty());
    auto chain = AuditTrail::verify(t.db());
    REQUIRE_OK(chain);
    CHECK(chain->intact());
    std::printf("hostile CSV: %lld columns x %lld values: %d stored exactly, %d refused\n",
        static_cast<long long>(ParticipantCsv::columns().size()),
        static_cast<long long>(hostileValues().size()), stored, refused);
    for (auto it = storedBy.cbegin(); it != storedBy.cend(); ++it)
        std::printf("  %s stores: %s\n", qPrintable(it.key()),
            qPrintable(it.value().join(QStringLiteral(", "))));
}

TEST_CASE("Hostile diagnoses and counselor names are stored and matched literally",
    "[reliability][hostile][csv]")
{
    MockClock clock(Today);
    TestDatabase t;
    const QString counselorName = QStringLiteral("Robert'); DROP TABLE staff;--");
    const Id counselor = t.addStaff(counselorName, { StaffRole::Counselor });
    const QByteArray csv = "record_number,legal_first_name,legal_last_name,date_of_birth,"
                           "diagnoses,counselor\r\n"
                           "D-1,Ada,Okafor,1990-02-03,"
                           "\"F10.20 <img src=x onerror=alert(1)> [mild]; "
                           "F33.1 Robert')\\; DROP TABLE diagnosis\\;--\","
                           "\"Robert'); DROP TABLE staff;--\"\r\n";
    const auto outcome = ParticipantCsv::importCsv(t.db(), csv, Today);
    INFO((outcome.problems.isEmpty() ? std::string()
                                     : outcome.problems.first().message.toStdString()));
    REQUIRE(outcome.ok());

    ParticipantStore store(t.db());
    auto id = store.findByRecordNumber(QStringLiteral("D-1"));
    REQUIRE_OK(id);
    REQUIRE(id->has_value());
    auto p = store.get(**id);
    REQUIRE_OK(p);
    REQUIRE(p->diagnoses.size() == 2);
    CHECK(p->diagnoses.at(0).description == QStringLiteral("<img src=x onerror=alert(1)>"));
    CHECK(p->diagnoses.at(0).severity == Severity::Mild);
    CHECK(p->diagnoses.at(1).description == QStringLiteral("Robert'); DROP TABLE diagnosis;--"));
    CHECK(p->counselorId == counselor);
    auto staff = StaffStore(t.db()).get(counselor);
    REQUIRE_OK(staff);
    CHECK(staff->name == counselorName);
}

TEST_CASE("The caseload query returns hostile names literally and survives hostile filters",
    "[reliability][hostile][caseload]")
{
    MockClock clock(Today);
    TestDatabase t;
    ParticipantStore store(t.db());
    const QStringList names = { QStringLiteral("'); DROP TABLE participant;--"),
        QStringLiteral("\" OR 1=1 --"), QStringLiteral("<img src=x onerror=alert(1)>"),
        QStringLiteral("<b>bold</b>"), QStringLiteral("%_*?[a-z]\\") };
    QMap<QString, Id> ids;
    for (qsizetype i = 0; i < names.size(); ++i) {
        Participant p = sampleParticipant(QStringLiteral("Q-%1").arg(i));
        p.legalLastName = names.at(i);
        p.preferredName = names.at(names.size() - 1 - i);
        p.counselorId = t.counselorId();
        auto id = store.add(p,
            i % 2 ? std::optional<Admission>(
                Admission { Today.addDays(-3), PhasePlan { 3, 9.0 }, names.at(i) })
                  : std::nullopt);
        REQUIRE_OK(id);
        ids.insert(names.at(i), *id);
    }

    auto everyone = CaseloadQuery::rows(t.db(), {}, Today);
    REQUIRE_OK(everyone);
    REQUIRE(everyone->size() == names.size());
    for (const CaseloadRow& row : *everyone) {
        REQUIRE(ids.contains(row.legalLastName));
        CHECK(row.participantId == ids.value(row.legalLastName));
        CHECK(row.name.contains(row.legalLastName));
    }

    // The filter is typed, so a hostile value can only be an out-of-range number: it matches
    // nobody or falls back to a known key; it never widens the result or fails the query.
    const auto size = [&](const CaseloadFilter& f) {
        auto r = CaseloadQuery::rows(t.db(), f, Today);
        REQUIRE_OK(r);
        return r->size();
    };
    for (Id counselor :
        { Id(-1), Id(0), std::numeric_limits<Id>::max(), std::numeric_limits<Id>::min() }) {
        CaseloadFilter f;
        f.counselorId = counselor;
        CHECK(size(f) == 0);
    }
    CaseloadFilter mine;
    mine.counselorId = t.counselorId();
    CHECK(size(mine) == names.size());
    CaseloadFilter badPhase;
    badPhase.phase = static_cast<PhaseKind>(999);
    CHECK(size(badPhase) <= names.size());
    CaseloadFilter badStatus;
    badStatus.status = static_cast<ParticipantStatus>(-7);
    CHECK(size(badStatus) <= names.size());
    CHECK(size({}) == names.size());
    CHECK(t.db().verify()->isEmpty());
}
