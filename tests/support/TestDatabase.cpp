// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "common/Clock.h"
#include "security/PasswordHasher.h"
#include "storage/StaffStore.h"

#include <QDir>
#include <QFile>
#include <catch2/catch.hpp>

namespace stepwise::test {

namespace {
const RoleSet EveryRole { StaffRole::Counselor, StaffRole::Supervisor, StaffRole::Administrator };
} // namespace

TestDatabase::TestDatabase()
{
    REQUIRE(m_dir.isValid());
    auto db = Database::open(path(), Database::OpenMode::CreateIfMissing);
    if (!db)
        FAIL(db.error().message.toStdString() + " " + db.error().detail.toStdString());
    m_db = std::move(db).value();
    // Most tests are about records, not roles: they act as someone who holds every role.
    // Role tests create their own staff and sessions (addStaff, actAs).
    Session everything;
    everything.roles = EveryRole;
    m_db->setSession(everything);
    m_leadId = addStaff(QStringLiteral("Riley Lead"), everything.roles);
    actAs(m_leadId, everything.roles);
    m_counselorId = addStaff(QStringLiteral("Dana Counselor"), { StaffRole::Counselor });
}

TestDatabase::TestDatabase(const CopyOf& source)
{
    REQUIRE(m_dir.isValid());
    INFO("copying " << source.file.toStdString());
    REQUIRE(QFile::copy(source.file, path()));
    auto db = Database::open(path(), Database::OpenMode::ExistingOnly);
    if (!db)
        FAIL(describe(db.error()));
    m_db = std::move(db).value();
    Session everything;
    everything.roles = EveryRole;
    m_db->setSession(everything);
    const auto idOf = [this](const QString& name) {
        auto found = StaffStore(*m_db).findByName(name);
        if (!found)
            FAIL(describe(found.error()));
        REQUIRE(found->has_value());
        return (*found)->id;
    };
    m_leadId = idOf(QStringLiteral("Riley Lead"));
    m_counselorId = idOf(QStringLiteral("Dana Counselor"));
    actAs(m_leadId, everything.roles);
}

Id TestDatabase::addStaff(const QString& name, const RoleSet& roles)
{
    const auto previous = m_db->session();
    Session admin;
    admin.roles = { StaffRole::Administrator };
    m_db->setSession(admin);
    StaffMember member;
    member.name = name;
    member.roles = roles;
    auto id = StaffStore(*m_db).add(member);
    m_db->setSession(previous);
    if (!id)
        FAIL(describe(id.error()));
    return id.value();
}

void TestDatabase::actAs(Id staffId, const RoleSet& roles)
{
    Session s;
    s.staffId = staffId;
    s.roles = roles;
    s.name = QStringLiteral("staff %1").arg(staffId);
    s.signedInAt = Clock::instance().now().toUTC();
    m_db->setSession(s);
}

void useFastPasswordHashes()
{
    // libsodium's minimum Argon2id cost: tests sign in hundreds of times. The production limits
    // are checked by their own test.
    PasswordHasher::setLimits({ 1, 8192 });
}

QString TestDatabase::path() const
{
    return m_dir.filePath(QStringLiteral("test.sqlite"));
}

Participant sampleParticipant(const QString& recordNumber)
{
    Participant p;
    p.recordNumber = recordNumber;
    p.legalFirstName = QStringLiteral("Alex");
    p.legalLastName = QStringLiteral("Rivera");
    p.dateOfBirth = QDate(1990, 5, 17);
    p.sexAtBirth = SexAtBirth::Female;
    p.genderIdentity = QStringLiteral("Woman");
    p.pronouns = QStringLiteral("she/her");
    p.phone = QStringLiteral("(555) 010-0199");
    p.email = QStringLiteral("alex.rivera@example.org");
    p.primaryFocus = PrimaryFocus::CoOccurring;
    p.diagnoses = { { QStringLiteral("F10.20"), QStringLiteral("Alcohol dependence, uncomplicated"),
                        Severity::Moderate },
        { QStringLiteral("F33.1"), QStringLiteral("Major depressive disorder, recurrent, moderate"),
            Severity::Moderate } };
    p.referralSource = QStringLiteral("Primary care");
    return p;
}

std::string describe(const Error& error)
{
    return QString(error.fullMessage() + QStringLiteral(" | ") + error.detail).toStdString();
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

QString shotsDir()
{
    QString dir = qEnvironmentVariable("STEPWISE_SHOTS_DIR");
    if (dir.isEmpty())
        dir = QStringLiteral("/tmp/stepwise-shots");
    QDir().mkpath(dir);
    return dir;
}

} // namespace stepwise::test
