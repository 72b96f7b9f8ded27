// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "storage/StaffStore.h"

#include <QFile>
#include <catch2/catch.hpp>

namespace stepwise::test {

TestDatabase::TestDatabase()
{
    REQUIRE(m_dir.isValid());
    auto db = Database::open(path(), Database::OpenMode::CreateIfMissing);
    if (!db)
        FAIL(db.error().message.toStdString() + " " + db.error().detail.toStdString());
    m_db = std::move(db).value();
    StaffMember counselor;
    counselor.name = QStringLiteral("Dana Counselor");
    counselor.role = StaffRole::Counselor;
    auto id = StaffStore(*m_db).add(counselor);
    REQUIRE(id.ok());
    m_counselorId = id.value();
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

} // namespace stepwise::test
