// SPDX-License-Identifier: GPL-3.0-or-later
// SQL-like and HTML-like text in every search and filter field of the core queries: it is
// compared as a value, never run, and changes nothing.
#include "SecurityTestSupport.h"
#include "auth/Authenticator.h"
#include "storage/AccountStore.h"
#include "storage/CaseloadQuery.h"
#include "storage/ParticipantStore.h"
#include "storage/StaffStore.h"
#include "support/MockClock.h"

#include <catch2/catch.hpp>

using namespace stepwise;

namespace {

QStringList hostileStrings()
{
    QStringList list = {
        QStringLiteral("' OR '1'='1"),
        QStringLiteral("' OR 1=1 --"),
        QStringLiteral("\" OR \"\"=\""),
        QStringLiteral("'; DROP TABLE participant; --"),
        QStringLiteral("Robert'); DROP TABLE staff;--"),
        QStringLiteral("1; DELETE FROM audit_log"),
        QStringLiteral("' UNION SELECT password_hash, 1, 1, 1, 1 FROM staff --"),
        QStringLiteral("participant.' OR substr(action,1,1) = 'a' --."),
        QStringLiteral("%"),
        QStringLiteral("_"),
        QStringLiteral("*"),
        QStringLiteral("participant.%"),
        QStringLiteral("auth.sign_in%"),
        QStringLiteral("."),
        QStringLiteral("'."),
        QStringLiteral("\\"),
        QStringLiteral("<script>alert(1)</script>"),
        QStringLiteral("<img src=x onerror=alert(1)>"),
        QStringLiteral("<a href=\"javascript:alert(1)\">x</a>"),
        QStringLiteral("<b>Riley Lead</b>"),
        QStringLiteral("riley.lead' --"),
        QStringLiteral("riley.lead\" --"),
        QStringLiteral("Riley Lead' --"),
        QStringLiteral("riley.lead") + QChar(0) + QStringLiteral("' OR '1'='1"),
        QString(100000, QLatin1Char('\'')),
    };
    return list;
}

// What a query could have changed: every table's rows, as the services see them.
struct Snapshot
{
    qsizetype participants = 0, staff = 0, audit = 0;
    QStringList staffNames;
    QStringList problems; // Database::verify(): integrity, foreign keys, schema version

    static Snapshot take(test::TestDatabase& t)
    {
        return sectest::asLead(t, [&] {
            Snapshot s;
            auto p = ParticipantStore(t.db()).all();
            REQUIRE_OK(p);
            s.participants = p->size();
            auto staff = StaffStore(t.db()).list();
            REQUIRE_OK(staff);
            s.staff = staff->size();
            for (const StaffMember& m : staff.value())
                s.staffNames << m.name + QLatin1Char('|') + m.username + QLatin1Char('|')
                        + m.roles.storageKeys().join(QLatin1Char(','));
            s.audit = sectest::auditRows(t).size();
            auto problems = t.db().verify();
            REQUIRE_OK(problems);
            s.problems = problems.value();
            return s;
        });
    }
};

// Staff with accounts, participants and audit rows of several kinds to search among.
struct Searchable
{
    test::MockClock clock { sectest::startTime() };
    test::TestDatabase t;
    Id pA = 0;

    Searchable()
    {
        sectest::asLead(t, [&] {
            REQUIRE_OK(AccountStore(t.db()).setCredentials(
                t.leadId(), QStringLiteral("riley.lead"), sectest::StrongPassword));
        });
        Participant p = test::sampleParticipant(QStringLiteral("A-1"));
        p.counselorId = t.counselorId();
        auto id = ParticipantStore(t.db()).add(p);
        REQUIRE_OK(id);
        pA = id.value();
        REQUIRE_OK(ParticipantStore(t.db()).add(test::sampleParticipant(QStringLiteral("A-2"))));
        REQUIRE_OK(ParticipantStore(t.db()).openChart(pA));
        REQUIRE_FALSE(
            Authenticator(t.db()).signIn(QStringLiteral("riley.lead"), QStringLiteral("x")).ok());
    }
};

// Two parts joined by U+0000 (a literal would stop at it).
QString withNul(const QString& before, const QString& after)
{
    return before + QChar(0) + after;
}

void checkUnchanged(const Snapshot& before, const Snapshot& after)
{
    CHECK(after.participants == before.participants);
    CHECK(after.staff == before.staff);
    CHECK(after.staffNames == before.staffNames);
    CHECK(after.problems.isEmpty());
}

} // namespace

TEST_CASE("Hostile audit filters match nothing and change nothing", "[security][injection]")
{
    Searchable s;
    const Snapshot before = Snapshot::take(s.t);
    REQUIRE(before.audit > 5);
    for (const QString& text : hostileStrings()) {
        INFO("filter " << text.left(60).toStdString());
        AuditFilter byAction;
        byAction.action = text;
        CHECK(sectest::auditRows(s.t, byAction).isEmpty());
        AuditFilter byEntity;
        byEntity.entity = text;
        byEntity.entityId = s.pA;
        CHECK(sectest::auditRows(s.t, byEntity).isEmpty());
    }
    const Snapshot after = Snapshot::take(s.t);
    checkUnchanged(before, after);
    CHECK(after.audit == before.audit);

    // The filters still find exactly what they name.
    AuditFilter exact;
    exact.action = QStringLiteral("chart.view");
    const auto views = sectest::auditRows(s.t, exact);
    REQUIRE(views.size() == 1);
    CHECK(views.first().participantId == s.pA);
    AuditFilter prefix;
    prefix.action = QStringLiteral("participant.");
    CHECK(sectest::actions(sectest::auditRows(s.t, prefix))
        == QStringList(
            { QStringLiteral("participant.create"), QStringLiteral("participant.create") }));
    AuditFilter noDot;
    noDot.action = QStringLiteral("participant");
    CHECK(sectest::auditRows(s.t, noDot).isEmpty());
    AuditFilter entity;
    entity.entity = QStringLiteral("participant");
    entity.entityId = s.pA;
    CHECK(sectest::actions(sectest::auditRows(s.t, entity))
        == QStringList({ QStringLiteral("participant.create"), QStringLiteral("chart.view") }));
}

TEST_CASE(
    "Hostile staff searches find no one, or exactly the person named", "[security][injection]")
{
    Searchable s;
    const Snapshot before = Snapshot::take(s.t);
    StaffStore staff(s.t.db());
    for (const QString& text : hostileStrings()) {
        INFO("search " << text.left(60).toStdString());
        auto byName = staff.findByName(text);
        REQUIRE_OK(byName);
        CHECK_FALSE(byName->has_value());
        auto byUser = staff.findByUsername(text);
        REQUIRE_OK(byUser);
        CHECK_FALSE(byUser->has_value());
    }
    checkUnchanged(before, Snapshot::take(s.t));

    auto lead = staff.findByName(QStringLiteral("  riley   LEAD "));
    REQUIRE_OK(lead);
    REQUIRE(lead->has_value());
    CHECK((*lead)->id == s.t.leadId());
    auto user = staff.findByUsername(QStringLiteral("RILEY.LEAD"));
    REQUIRE_OK(user);
    REQUIRE(user->has_value());
    CHECK((*user)->id == s.t.leadId());
}

TEST_CASE(
    "Hostile record-number searches and caseload filters find nothing", "[security][injection]")
{
    Searchable s;
    const Snapshot before = Snapshot::take(s.t);
    ParticipantStore store(s.t.db());
    for (const QString& text : hostileStrings()) {
        INFO("record number " << text.left(60).toStdString());
        auto found = store.findByRecordNumber(text);
        REQUIRE_OK(found);
        CHECK_FALSE(found->has_value());
    }
    auto exact = store.findByRecordNumber(QStringLiteral(" a-1 "));
    REQUIRE_OK(exact);
    CHECK(exact.value() == std::optional<Id>(s.pA));

    // The caseload filter carries no text at all: an enum or an id. Ids nobody has match no one.
    for (Id id : { Id(0), Id(-1), Id(999999), std::numeric_limits<Id>::max(),
             std::numeric_limits<Id>::min() }) {
        CaseloadFilter f;
        f.counselorId = id;
        auto rows = CaseloadQuery::rows(s.t.db(), f, QDate(2026, 11, 26));
        REQUIRE_OK(rows);
        CHECK(rows->isEmpty());
    }
    CaseloadFilter theirs;
    theirs.counselorId = s.t.counselorId();
    auto rows = CaseloadQuery::rows(s.t.db(), theirs, QDate(2026, 11, 26));
    REQUIRE_OK(rows);
    REQUIRE(rows->size() == 1);
    CHECK(rows->first().participantId == s.pA);
    checkUnchanged(before, Snapshot::take(s.t));
}

TEST_CASE("Hostile user names and passwords at sign-in are refused and change nothing",
    "[security][injection][auth]")
{
    Searchable s;
    const Snapshot before = Snapshot::take(s.t);
    const auto session = s.t.db().session();
    const Id lastBefore = sectest::lastAuditId(s.t);
    Authenticator auth(s.t.db());
    int attempts = 0;
    for (const QString& text : hostileStrings()) {
        INFO("user name " << text.left(60).toStdString());
        for (const QString& password : { text, sectest::StrongPassword }) {
            auto r = auth.signIn(text, password);
            ++attempts;
            REQUIRE_FALSE(r.ok());
            CHECK(r.error().code == ErrorCode::Unauthenticated);
            CHECK(r.error().message == Authenticator::refusalMessage());
        }
        // Nor as a password for a real account (refused, and it counts as a failure).
        REQUIRE_FALSE(auth.signIn(QStringLiteral("riley.lead"), text).ok());
        ++attempts;
    }
    REQUIRE(s.t.db().session().has_value());
    CHECK(s.t.db().session()->staffId == session->staffId);

    const Snapshot after = Snapshot::take(s.t);
    checkUnchanged(before, after);
    // One failure row per attempt and one for the lock, none quoting what was typed.
    const auto rows = sectest::auditRowsAfter(s.t, lastBefore);
    CHECK(rows.size() == attempts + 1);
    CHECK(after.audit == before.audit + attempts + 1);
    int failures = 0;
    for (const AuditEntry& e : rows) {
        if (e.action == QStringLiteral("auth.sign_in_failed"))
            ++failures;
        for (const QString& text : hostileStrings()) {
            if (text.size() > 3)
                CHECK_FALSE(e.detail.contains(text));
        }
    }
    CHECK(failures == attempts);
}

TEST_CASE("Hostile staff names are stored exactly and user names are held to a safe form",
    "[security][injection]")
{
    Searchable s;
    StaffStore staff(s.t.db());
    auto initial = staff.list();
    REQUIRE_OK(initial);
    int added = 0;
    for (const QString& text : hostileStrings()) {
        if (text.size() > 100 || text.trimmed().isEmpty())
            continue;
        INFO("name " << text.toStdString());
        StaffMember m;
        m.name = QStringLiteral("Pat ") + text;
        auto id = staff.add(m);
        REQUIRE_OK(id);
        ++added;
        auto back = staff.get(id.value());
        REQUIRE_OK(back);
        CHECK(back->name == m.name.simplified());
        auto found = staff.findByName(m.name);
        REQUIRE_OK(found);
        REQUIRE(found->has_value());
        CHECK((*found)->id == id.value());
    }
    auto list = staff.list();
    REQUIRE_OK(list);
    CHECK(list->size() == initial->size() + added);

    // User names are letters, digits, dots, dashes and underscores: quotes never get that far.
    AccountStore accounts(s.t.db());
    for (const QString& text : hostileStrings()) {
        INFO("user name " << text.left(60).toStdString());
        const Status st
            = accounts.setCredentials(s.t.counselorId(), text, sectest::OtherStrongPassword);
        if (st.ok()) {
            // Only a plain name may pass: "." and "_" are too short, so none of these should.
            FAIL_CHECK("accepted as a user name");
            continue;
        }
        CHECK(st.error().code == ErrorCode::Validation);
        CHECK(st.error().hasField(QStringLiteral("username")));
    }
}

// NUL characters survive the trip through Qt's SQLite driver (bound with their length), so a
// NUL-suffixed key is a different key, not the name before the NUL.
TEST_CASE("Text with a NUL character is refused or stored exactly", "[security][injection]")
{
    Searchable s;
    const QString nulName = withNul(QStringLiteral("riley.lead"), QStringLiteral("' OR '1'='1"));
    SECTION("a user name with a NUL does not sign in as the name before it")
    {
        auto user = StaffStore(s.t.db()).findByUsername(nulName);
        REQUIRE_OK(user);
        CHECK_FALSE(user->has_value());
        CHECK_FALSE(Authenticator(s.t.db()).signIn(nulName, sectest::StrongPassword).ok());
    }
    SECTION("a staff name with a NUL")
    {
        StaffMember m;
        m.name = withNul(QStringLiteral("Pat"), QStringLiteral(" Evil"));
        auto id = StaffStore(s.t.db()).add(m);
        if (id.ok()) {
            auto back = StaffStore(s.t.db()).get(id.value());
            REQUIRE_OK(back);
            CHECK(back->name == m.name);
        } else {
            CHECK(id.error().code == ErrorCode::Validation);
        }
    }
    SECTION("a participant's name with a NUL")
    {
        Participant p = test::sampleParticipant(QStringLiteral("N-1"));
        p.legalLastName = withNul(QStringLiteral("Riv"), QStringLiteral("era"));
        auto id = ParticipantStore(s.t.db()).add(p);
        if (id.ok()) {
            auto back = ParticipantStore(s.t.db()).get(id.value());
            REQUIRE_OK(back);
            CHECK(back->legalLastName == p.legalLastName);
        } else {
            CHECK(id.error().code == ErrorCode::Validation);
        }
        auto found = ParticipantStore(s.t.db()).findByRecordNumber(
            withNul(QStringLiteral("A-1"), QStringLiteral("zzz")));
        REQUIRE_OK(found);
        CHECK_FALSE(found->has_value());
    }
}
