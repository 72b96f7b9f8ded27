// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/Authenticator.h"

#include "SecurityTestSupport.h"
#include "storage/AccountStore.h"
#include "storage/SettingsStore.h"
#include "storage/StaffStore.h"
#include "support/MockClock.h"

#include <catch2/catch.hpp>

using namespace stepwise;

namespace {

const QString Username = QStringLiteral("jmorales");
const QString WrongGuess = QStringLiteral("Wrong-Guess-Zebra-1183");

// A counselor with an account, on a database at a pinned time.
struct Fixture
{
    test::MockClock clock { sectest::startTime() };
    test::TestDatabase t;
    Id staffId = 0;

    Fixture()
    {
        t.db().setWorkstation(QStringLiteral("ROOM-4"));
        staffId = sectest::addAccount(t, QStringLiteral("Jordan Morales"),
            { StaffRole::Counselor, StaffRole::Supervisor }, Username);
    }

    Result<Session> signIn(const QString& password, const QString& name = Username)
    {
        return Authenticator(t.db()).signIn(name, password);
    }
    void at(int minutes, int seconds = 0)
    {
        clock.set(sectest::startTime().addSecs(minutes * 60 + seconds));
    }
    StaffAccount account()
    {
        return sectest::asLead(t, [&] {
            auto a = AccountStore(t.db()).account(staffId);
            REQUIRE_OK(a);
            return a.value();
        });
    }
};

bool anyColumnContains(const AuditEntry& e, const QString& text)
{
    for (const QString& column :
        { e.staffName, e.workstation, e.action, e.entity, e.detail, e.changes, e.hash }) {
        if (column.contains(text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("Signing in makes the session that user, with their roles", "[security][auth]")
{
    Fixture f;
    const Id before = sectest::lastAuditId(f.t);
    auto s = f.signIn(sectest::StrongPassword);
    REQUIRE_OK(s);
    REQUIRE(f.t.db().session().has_value());
    const Session& now = *f.t.db().session();
    CHECK(now.staffId == f.staffId);
    CHECK(now.name == QStringLiteral("Jordan Morales"));
    CHECK(now.username == Username);
    CHECK(now.roles == RoleSet { StaffRole::Counselor, StaffRole::Supervisor });
    CHECK(now.signedInAt == sectest::startTime());
    CHECK(s->staffId == f.staffId);
    // The user name is looked up regardless of case and surrounding spaces.
    REQUIRE_OK(f.signIn(sectest::StrongPassword, QStringLiteral("  JMorales ")));

    const auto rows = sectest::auditRowsAfter(f.t, before);
    REQUIRE(sectest::actions(rows)
        == QStringList { QStringLiteral("auth.sign_in"), QStringLiteral("auth.sign_in") });
    CHECK(rows.first().staffId == f.staffId);
    CHECK(rows.first().workstation == QStringLiteral("ROOM-4"));
    CHECK(f.account().lastSignIn == sectest::startTime());

    Authenticator(f.t.db()).signOut(QStringLiteral("end of shift"));
    CHECK_FALSE(f.t.db().session().has_value());
    const auto out = sectest::auditRowsAfter(f.t, rows.last().id);
    REQUIRE(sectest::actions(out) == QStringList { QStringLiteral("auth.sign_out") });
    CHECK(out.first().staffId == f.staffId);
}

TEST_CASE(
    "A refusal reads the same whether the name exists, is disabled or locked", "[security][auth]")
{
    Fixture f;
    const auto lead = f.t.db().session();
    const QString expected = Authenticator::refusalMessage();

    auto unknown = f.signIn(sectest::StrongPassword, QStringLiteral("nosuchuser"));
    auto wrong = f.signIn(WrongGuess);
    auto empty = f.signIn(QString());
    REQUIRE_FALSE(unknown.ok());
    REQUIRE_FALSE(wrong.ok());
    REQUIRE_FALSE(empty.ok());

    // Disabled by an administrator: the right password is refused with the same words.
    Id disabledId = sectest::addAccount(f.t, QStringLiteral("Kim Old"), { StaffRole::Counselor },
        QStringLiteral("kold"), sectest::OtherStrongPassword);
    sectest::asLead(f.t, [&] {
        auto m = StaffStore(f.t.db()).get(disabledId);
        REQUIRE_OK(m);
        StaffMember member = m.value();
        member.active = false;
        REQUIRE_OK(StaffStore(f.t.db()).update(member));
    });
    auto disabled = f.signIn(sectest::OtherStrongPassword, QStringLiteral("kold"));
    REQUIRE_FALSE(disabled.ok());

    // Locked after five failures: the right password is refused with the same words.
    for (int i = 0; i < 4; ++i)
        REQUIRE_FALSE(f.signIn(WrongGuess).ok());
    auto locked = f.signIn(sectest::StrongPassword);
    REQUIRE_FALSE(locked.ok());

    for (const auto* r : { &unknown, &wrong, &empty, &disabled, &locked }) {
        CHECK(r->error().code == ErrorCode::Unauthenticated);
        CHECK(r->error().message == expected);
        CHECK(r->error().detail.isEmpty());
        CHECK(r->error().fields.isEmpty());
    }
    // A refusal leaves whoever was signed in on this connection as they were.
    REQUIRE(f.t.db().session().has_value());
    CHECK(f.t.db().session()->staffId == lead->staffId);
}

TEST_CASE("Five failures lock the account for 15 minutes, even against the right password",
    "[security][auth][lockout]")
{
    Fixture f;
    const Id before = sectest::lastAuditId(f.t);
    for (int i = 1; i <= 5; ++i) {
        INFO("attempt " << i);
        CHECK_FALSE(f.signIn(WrongGuess).ok());
        const StaffAccount a = f.account();
        if (i < 5) {
            CHECK(a.failedAttempts == i);
            CHECK_FALSE(a.lockedUntil.isValid());
        }
    }
    CHECK(f.account().lockedUntil == sectest::startTime().addSecs(15 * 60));

    auto rows = sectest::auditRowsAfter(f.t, before);
    const QString failed = QStringLiteral("auth.sign_in_failed");
    REQUIRE(sectest::actions(rows)
        == QStringList(
            { failed, failed, failed, failed, failed, QStringLiteral("auth.account_locked") }));
    for (const AuditEntry& e : rows) {
        CHECK(e.staffId == f.staffId);
        CHECK(e.entity == QStringLiteral("staff"));
        CHECK(e.entityId == f.staffId);
        CHECK(e.workstation == QStringLiteral("ROOM-4"));
    }
    CHECK_FALSE(rows.first().flagged);
    CHECK(rows.last().flagged);

    f.at(14, 59);
    CHECK_FALSE(f.signIn(sectest::StrongPassword).ok());
    // The refusal while locked is audited too, and does not extend the lock.
    rows = sectest::auditRowsAfter(f.t, rows.last().id);
    REQUIRE(sectest::actions(rows) == QStringList { failed });
    CHECK(rows.first().detail.contains(QStringLiteral("locked")));
    CHECK(f.account().lockedUntil == sectest::startTime().addSecs(15 * 60));

    f.at(15, 1);
    auto s = f.signIn(sectest::StrongPassword);
    REQUIRE_OK(s);
    CHECK(f.account().failedAttempts == 0);
}

TEST_CASE("Only failures in a row count toward the lock", "[security][auth][lockout]")
{
    Fixture f;
    for (int i = 0; i < 4; ++i)
        REQUIRE_FALSE(f.signIn(WrongGuess).ok());
    REQUIRE_OK(f.signIn(sectest::StrongPassword));
    CHECK(f.account().failedAttempts == 0);
    for (int i = 0; i < 4; ++i)
        REQUIRE_FALSE(f.signIn(WrongGuess).ok());
    CHECK_FALSE(f.account().lockedUntil.isValid());
    CHECK(f.signIn(sectest::StrongPassword).ok());
}

TEST_CASE(
    "The settings change both the number of attempts and the minutes", "[security][auth][lockout]")
{
    Fixture f;
    sectest::asLead(f.t, [&] {
        SettingsStore store(f.t.db());
        auto settings = store.load();
        REQUIRE_OK(settings);
        settings->security.lockoutAttempts = 3;
        settings->security.lockoutMinutes = 30;
        REQUIRE_OK(store.save(*settings));
    });
    for (int i = 0; i < 2; ++i)
        REQUIRE_FALSE(f.signIn(WrongGuess).ok());
    CHECK_FALSE(f.account().lockedUntil.isValid());
    REQUIRE_FALSE(f.signIn(WrongGuess).ok());
    CHECK(f.account().lockedUntil == sectest::startTime().addSecs(30 * 60));

    f.at(29, 59);
    CHECK_FALSE(f.signIn(sectest::StrongPassword).ok());
    f.at(30, 1);
    CHECK(f.signIn(sectest::StrongPassword).ok());

    AuditFilter locks;
    locks.action = QStringLiteral("auth.account_locked");
    const auto rows = sectest::auditRows(f.t, locks);
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().detail.contains(QStringLiteral("3 failed attempts")));
}

TEST_CASE("No password, right or wrong, is written to the audit trail or the file",
    "[security][auth][audit]")
{
    Fixture f;
    // A user name typed where the password belongs, and the password typed as a user name.
    const QString typedName = QStringLiteral("Ember-Quokka-Typed-4471");
    REQUIRE_FALSE(f.signIn(sectest::StrongPassword, typedName).ok());
    REQUIRE_FALSE(f.signIn(sectest::StrongPassword, sectest::StrongPassword).ok());
    for (int i = 0; i < 5; ++i)
        REQUIRE_FALSE(f.signIn(WrongGuess).ok());
    f.at(16);
    REQUIRE_OK(f.signIn(sectest::StrongPassword));
    REQUIRE_OK(Authenticator(f.t.db()).confirm(sectest::StrongPassword));
    REQUIRE_FALSE(Authenticator(f.t.db()).confirm(WrongGuess).ok());
    Authenticator(f.t.db()).signOut();

    const auto rows = sectest::auditRows(f.t);
    REQUIRE(rows.size() > 10);
    for (const AuditEntry& e : rows) {
        INFO("row " << e.id << " " << e.action.toStdString() << " " << e.detail.toStdString());
        CHECK_FALSE(anyColumnContains(e, sectest::StrongPassword));
        CHECK_FALSE(anyColumnContains(e, WrongGuess));
        CHECK_FALSE(anyColumnContains(e, typedName));
    }
    // The unknown names were recorded as such, without what was typed.
    AuditFilter failed;
    failed.action = QStringLiteral("auth.sign_in_failed");
    const auto failures = sectest::auditRows(f.t, failed);
    REQUIRE(failures.size() >= 2);
    CHECK(failures.at(0).staffId == 0);
    CHECK(failures.at(0).detail == QStringLiteral("unknown user name"));

    // Nor anywhere in the database file or its write-ahead log.
    const QByteArray bytes = sectest::databaseBytes(f.t);
    REQUIRE(bytes.contains(QByteArrayLiteral("auth.sign_in_failed")));
    CHECK_FALSE(bytes.contains(sectest::StrongPassword.toUtf8()));
    CHECK_FALSE(bytes.contains(WrongGuess.toUtf8()));
    CHECK_FALSE(bytes.contains(typedName.toUtf8()));
}

TEST_CASE("An administrator can unlock a locked account early", "[security][auth][lockout]")
{
    Fixture f;
    for (int i = 0; i < 5; ++i)
        REQUIRE_FALSE(f.signIn(WrongGuess).ok());
    REQUIRE(f.account().lockedUntil.isValid());
    f.at(2);
    REQUIRE_FALSE(f.signIn(sectest::StrongPassword).ok());

    const Id admin = f.t.addStaff(QStringLiteral("Pat Admin"), { StaffRole::Administrator });
    f.t.actAs(admin, { StaffRole::Administrator });
    REQUIRE_OK(AccountStore(f.t.db()).unlock(f.staffId));
    AuditFilter unlocks;
    unlocks.action = QStringLiteral("account.unlock");
    const auto rows = sectest::auditRows(f.t, unlocks);
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().staffId == admin);
    CHECK(rows.first().entityId == f.staffId);

    CHECK(f.signIn(sectest::StrongPassword).ok());

    // A counselor cannot unlock anyone.
    f.t.actAs(f.t.counselorId(), { StaffRole::Counselor });
    CHECK(AccountStore(f.t.db()).unlock(f.staffId).error().code == ErrorCode::Forbidden);
}

TEST_CASE(
    "Re-entering the password at the idle lock counts failures too", "[security][auth][lockout]")
{
    Fixture f;
    REQUIRE_OK(f.signIn(sectest::StrongPassword));
    Authenticator auth(f.t.db());
    REQUIRE_OK(auth.confirm(sectest::StrongPassword));
    const Id before = sectest::lastAuditId(f.t);

    for (int i = 0; i < 5; ++i) {
        const Status s = auth.confirm(WrongGuess);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().code == ErrorCode::Unauthenticated);
        CHECK(s.error().message == Authenticator::refusalMessage());
    }
    // Still the same user behind the lock screen: their work is not thrown away.
    REQUIRE(f.t.db().session().has_value());
    CHECK(f.t.db().session()->staffId == f.staffId);
    CHECK(f.account().lockedUntil == sectest::startTime().addSecs(15 * 60));
    CHECK_FALSE(auth.confirm(sectest::StrongPassword).ok());
    // ...and another workstation cannot sign in as them either.
    CHECK_FALSE(f.signIn(sectest::StrongPassword).ok());

    const auto rows = sectest::auditRowsAfter(f.t, before);
    REQUIRE(rows.size() >= 6);
    for (int i = 0; i < 5; ++i) {
        CHECK(rows.at(i).action == QStringLiteral("auth.sign_in_failed"));
        CHECK(rows.at(i).detail.contains(QStringLiteral("unlocking the screen")));
    }
    CHECK(rows.at(5).action == QStringLiteral("auth.account_locked"));
    CHECK(rows.at(5).flagged);

    f.at(15, 1);
    REQUIRE_OK(auth.confirm(sectest::StrongPassword));
    AuditFilter unlocked;
    unlocked.action = QStringLiteral("auth.unlock_screen");
    CHECK(sectest::auditRows(f.t, unlocked).size() == 2);

    // Without anyone signed in there is nothing to confirm.
    f.t.db().setSession(std::nullopt);
    CHECK(auth.confirm(sectest::StrongPassword).error().code == ErrorCode::Unauthenticated);
}

// Whoever finds a workstation signed in must not be able to guess the password at the
// password change without limit: wrong current passwords count toward the lock and are audited.
TEST_CASE("Wrong current passwords at a password change count toward the lock",
    "[security][auth][lockout]")
{
    Fixture f;
    REQUIRE_OK(f.signIn(sectest::StrongPassword));
    AccountStore accounts(f.t.db());
    const Id before = sectest::lastAuditId(f.t);
    for (int i = 0; i < 5; ++i) {
        const Status s = accounts.changeOwnPassword(WrongGuess, sectest::OtherStrongPassword);
        REQUIRE_FALSE(s.ok());
    }
    const auto rows = sectest::auditRowsAfter(f.t, before);
    qsizetype failures = 0;
    for (const AuditEntry& e : rows)
        failures += e.action.endsWith(QStringLiteral("_failed")) ? 1 : 0;
    CHECK(failures >= 5);
    CHECK(f.account().lockedUntil.isValid());
    CHECK_FALSE(
        accounts.changeOwnPassword(sectest::StrongPassword, sectest::OtherStrongPassword).ok());
}
