// SPDX-License-Identifier: GPL-3.0-or-later
// A damaged database at start-up: the newest good automatic backup is offered, and the damaged
// file is never written to (kept aside on restore, untouched when the user quits).
#include "SessionTestSupport.h"
#include "session/RestoreOffer.h"
#include "storage/Backup.h"

#include <QDir>
#include <QFile>

using namespace stepwise;
using namespace stepwise::test;

namespace {

// A database with one participant, yesterday's automatic backup of it, then damage: the middle
// of the file overwritten, as a failing disk would.
struct DamagedFixture : UiFixture
{
    DamagedFixture()
    {
        addAdmitted(sampleParticipant(QStringLiteral("R-55")));
        auto backup = Backup::rotateDaily(
            database.db(), RestoreOffer::backupFolderFor(path), 7, uiToday().addDays(-1));
        REQUIRE_OK(backup);
        REQUIRE(backup->has_value());
        database.close();
        QByteArray bytes = fileBytes(path);
        REQUIRE(bytes.size() > 8192);
        for (int i = 4096; i < bytes.size() - 1024; ++i)
            bytes[i] = char(0x5a);
        writeFile(path, bytes);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        damaged = bytes;
        auto open = Database::open(path, Database::OpenMode::ExistingOnly);
        REQUIRE_FALSE(open.ok());
        error = open.error();
    }

    void signInAsLead(Database& db)
    {
        Session lead;
        lead.staffId = database.leadId();
        lead.roles = { StaffRole::Counselor, StaffRole::Supervisor, StaffRole::Administrator };
        db.setSession(lead);
    }

    QString path = database.path();
    QByteArray damaged;
    Error error;
};

} // namespace

TEST_CASE("A damaged database is replaced by the newest good backup when the user agrees",
    "[ui][restore]")
{
    DamagedFixture f;
    INFO(describe(f.error));
    REQUIRE((f.error.code == ErrorCode::Corrupt || f.error.code == ErrorCode::NotADatabase));

    SECTION("restore: the backup opens, the damaged file is kept aside unchanged")
    {
        RestoreOffer::setNextAnswer(true);
        CHECK(RestoreOffer::offer(f.path, f.error) == RestoreOffer::Outcome::Restored);
        auto db = Database::open(f.path, Database::OpenMode::ExistingOnly);
        REQUIRE_OK(db);
        f.signInAsLead(*db.value());
        auto found = ParticipantStore(*db.value()).findByRecordNumber(QStringLiteral("R-55"));
        REQUIRE_OK(found);
        CHECK(found->has_value());
        bool kept = false;
        for (const QString& name : QDir(f.database.dir()).entryList(QDir::Files)) {
            if (name.contains(QStringLiteral(".replaced-"))
                && !name.endsWith(QStringLiteral("-wal")))
                kept = kept || fileBytes(f.database.dir() + QLatin1Char('/') + name) == f.damaged;
        }
        CHECK(kept);
    }
    SECTION("quit: nothing is touched")
    {
        RestoreOffer::setNextAnswer(false);
        CHECK(RestoreOffer::offer(f.path, f.error) == RestoreOffer::Outcome::Declined);
        CHECK(fileBytes(f.path) == f.damaged);
    }
}

TEST_CASE("No offer without a good backup, or for a file that is merely missing", "[ui][restore]")
{
    DamagedFixture f;
    QDir(RestoreOffer::backupFolderFor(f.path)).removeRecursively();
    CHECK(RestoreOffer::offer(f.path, f.error) == RestoreOffer::Outcome::NotOffered);
    const Error missing { ErrorCode::NotFound, QStringLiteral("missing"), {}, {} };
    CHECK(RestoreOffer::offer(f.path, missing) == RestoreOffer::Outcome::NotOffered);
    CHECK(fileBytes(f.path) == f.damaged);
}
