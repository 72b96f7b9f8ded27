// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/PasswordHasher.h"

#include "SecurityTestSupport.h"
#include "auth/Authenticator.h"
#include "storage/AccountStore.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace stepwise;

namespace {

struct ParsedHash
{
    bool argon2id = false;
    qint64 memoryKiB = 0;
    qint64 passes = 0;
};

// libsodium's string form: $argon2id$v=19$m=<KiB>,t=<passes>,p=1$<salt>$<hash>, base64 without
// padding.
ParsedHash parse(const QString& hash)
{
    static const QRegularExpression form(QStringLiteral(
        "^\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=1\\$[A-Za-z0-9+/]{16,}\\$[A-Za-z0-9+/]{32,}$"));
    const auto m = form.match(hash);
    if (!m.hasMatch())
        return {};
    return { true, m.captured(1).toLongLong(), m.captured(2).toLongLong() };
}

} // namespace

TEST_CASE("Password hashes are Argon2id strings that carry their limits", "[security][hasher]")
{
    auto h = PasswordHasher::hash(sectest::StrongPassword);
    REQUIRE_OK(h);
    INFO(h->toStdString());
    const ParsedHash parsed = parse(*h);
    CHECK(parsed.argon2id);
    // The test main's fast limits: libsodium's minimum, 8 KiB and one pass.
    CHECK(parsed.memoryKiB == qint64(PasswordHasher::limits().memLimit / 1024));
    CHECK(parsed.passes == qint64(PasswordHasher::limits().opsLimit));
    CHECK_FALSE(h->contains(sectest::StrongPassword));

    // A fresh salt each time: equal passwords do not give equal hashes.
    auto again = PasswordHasher::hash(sectest::StrongPassword);
    REQUIRE_OK(again);
    CHECK(*again != *h);
}

TEST_CASE("The default limits are at least libsodium's moderate ones", "[security][hasher]")
{
    const HashLimits d = PasswordHasher::defaultLimits();
    CHECK(d.opsLimit >= 3u);
    CHECK(d.memLimit >= std::size_t(256) * 1024 * 1024);
    // Above OWASP's floor for Argon2id (19 MiB with 2 passes) by a wide margin.
    CHECK(d.memLimit >= std::size_t(19) * 1024 * 1024);

    // One real hash at the production limits (about 0.6 s): what stepwise-cli and the app store.
    sectest::HashLimitsGuard restore;
    PasswordHasher::setLimits(d);
    QElapsedTimer timer;
    timer.start();
    auto h = PasswordHasher::hash(sectest::StrongPassword);
    const qint64 ms = timer.elapsed();
    REQUIRE_OK(h);
    INFO("hash at default limits took " << ms << " ms: " << h->toStdString());
    const ParsedHash parsed = parse(*h);
    CHECK(parsed.argon2id);
    CHECK(parsed.memoryKiB == 262144);
    CHECK(parsed.passes == 3);
    CHECK_FALSE(PasswordHasher::needsRehash(*h));
}

TEST_CASE("Verification accepts the password and nothing else", "[security][hasher]")
{
    auto h = PasswordHasher::hash(sectest::StrongPassword);
    REQUIRE_OK(h);
    CHECK(PasswordHasher::verify(*h, sectest::StrongPassword));
    CHECK_FALSE(PasswordHasher::verify(*h, sectest::OtherStrongPassword));
    CHECK_FALSE(PasswordHasher::verify(*h, sectest::StrongPassword.toUpper()));
    CHECK_FALSE(PasswordHasher::verify(*h, sectest::StrongPassword + QLatin1Char(' ')));
    CHECK_FALSE(PasswordHasher::verify(*h, QString()));
    CHECK_FALSE(PasswordHasher::verify(QString(), QString()));
    CHECK_FALSE(PasswordHasher::verify(QStringLiteral("not a hash"), QStringLiteral("not a hash")));

    // Non-ASCII passwords are hashed as UTF-8 and verify the same way.
    const QString unicode = QStringLiteral("Ñandú-größe-мост-橋-🌱");
    auto u = PasswordHasher::hash(unicode);
    REQUIRE_OK(u);
    CHECK(PasswordHasher::verify(*u, unicode));
    CHECK_FALSE(PasswordHasher::verify(*u, QStringLiteral("Nandu-grosse-мост-橋-🌱")));
}

TEST_CASE("A hash made at other limits needs rehashing", "[security][hasher]")
{
    sectest::HashLimitsGuard restore;
    auto cheap = PasswordHasher::hash(sectest::StrongPassword);
    REQUIRE_OK(cheap);
    CHECK_FALSE(PasswordHasher::needsRehash(*cheap));

    PasswordHasher::setLimits({ 2, 16384 * 1024 });
    CHECK(PasswordHasher::needsRehash(*cheap));
    // Still verifies: the string carries its own limits.
    CHECK(PasswordHasher::verify(*cheap, sectest::StrongPassword));
    // Anything that is not an Argon2id string is replaced too.
    CHECK(PasswordHasher::needsRehash(
        QStringLiteral("$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW")));
    CHECK(PasswordHasher::needsRehash(QStringLiteral("plain text")));
}

TEST_CASE("Signing in with a hash made at older limits replaces it", "[security][hasher][auth]")
{
    sectest::HashLimitsGuard restore;
    test::TestDatabase t;
    const Id id = sectest::addAccount(
        t, QStringLiteral("Morgan Hale"), { StaffRole::Counselor }, QStringLiteral("mhale"));
    const QString old = sectest::storedPasswordHash(t, id);
    REQUIRE(parse(old).argon2id);

    // The program's limits rise (a faster machine, a new release).
    PasswordHasher::setLimits({ 2, 16384 * 1024 });
    REQUIRE(PasswordHasher::needsRehash(old));
    const Id before = sectest::lastAuditId(t);

    auto session = Authenticator(t.db()).signIn(QStringLiteral("mhale"), sectest::StrongPassword);
    REQUIRE_OK(session);

    const QString upgraded = sectest::storedPasswordHash(t, id);
    CHECK(upgraded != old);
    const ParsedHash parsed = parse(upgraded);
    CHECK(parsed.argon2id);
    CHECK(parsed.memoryKiB == 16384);
    CHECK(parsed.passes == 2);
    CHECK_FALSE(PasswordHasher::needsRehash(upgraded));
    CHECK(PasswordHasher::verify(upgraded, sectest::StrongPassword));
    const auto rows = sectest::auditRowsAfter(t, before);
    REQUIRE(sectest::actions(rows) == QStringList { QStringLiteral("auth.sign_in") });
    CHECK(rows.first().detail.contains(QStringLiteral("upgraded")));

    // The next sign-in keeps the new hash and still works.
    REQUIRE_OK(Authenticator(t.db()).signIn(QStringLiteral("mhale"), sectest::StrongPassword));
    CHECK(sectest::storedPasswordHash(t, id) == upgraded);

    // A failed sign-in never replaces the hash.
    PasswordHasher::setLimits({ 3, 16384 * 1024 });
    CHECK_FALSE(
        Authenticator(t.db()).signIn(QStringLiteral("mhale"), sectest::OtherStrongPassword).ok());
    CHECK(sectest::storedPasswordHash(t, id) == upgraded);
}
