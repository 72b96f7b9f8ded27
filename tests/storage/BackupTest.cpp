// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Backup.h"

#include "common/Clock.h"
#include "storage/AuditTrail.h"
#include "storage/EpisodeStore.h"
#include "storage/ParticipantStore.h"
#include "storage/Schema.h"
#include "storage/SettingsStore.h"
#include "support/MockClock.h"
#include "support/TestDatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <QTimeZone>
#include <QUuid>
#include <atomic>
#include <catch2/catch.hpp>
#include <sys/stat.h>

using namespace stepwise;

namespace {

const RoleSet everyRole { StaffRole::Counselor, StaffRole::Supervisor, StaffRole::Administrator };

int modeOf(const QString& path)
{
    struct stat st
    {
    };
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return int(st.st_mode & 07777);
}

Session sessionFor(Id staffId)
{
    Session s;
    s.staffId = staffId;
    s.name = QStringLiteral("staff %1").arg(staffId);
    s.roles = everyRole;
    s.signedInAt = Clock::instance().now().toUTC();
    return s;
}

// Another connection to `path`, signed in as `staffId` with every role (as actAs does).
std::unique_ptr<Database> openAs(
    const QString& path, Id staffId, Database::OpenMode mode = Database::OpenMode::ReadOnly)
{
    auto opened = Database::open(path, mode);
    REQUIRE_OK(opened);
    std::unique_ptr<Database> db = std::move(opened).value();
    db->setSession(sessionFor(staffId));
    return db;
}

QList<Participant> participantsIn(Database& db)
{
    auto all = ParticipantStore(db).all();
    REQUIRE_OK(all);
    return *all;
}

int auditCount(Database& db, const QString& action)
{
    AuditFilter f;
    f.action = action;
    auto rows = AuditTrail::entries(db, f);
    REQUIRE_OK(rows);
    return int(rows->size());
}

// Every file in `dir` with its bytes, hidden ones included, so a test sees anything written.
QMap<QString, QByteArray> snapshot(const QString& dir)
{
    QMap<QString, QByteArray> files;
    const auto entries
        = QDir(dir).entryInfoList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QFileInfo& e : entries)
        files.insert(e.fileName(), e.isDir() ? QByteArray("<dir>") : test::fileBytes(e.filePath()));
    return files;
}

// A valid SQLite database of some other program, made with raw SQL as a broken-file fixture.
void writeOtherAppDatabase(const QString& path)
{
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE bookmarks (url TEXT, title TEXT)")));
        REQUIRE(
            q.exec(QStringLiteral("INSERT INTO bookmarks VALUES ('https://example.org', 'x')")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void setUserVersion(const QString& path, int version)
{
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QByteArray noise(int size, quint32 seed)
{
    QByteArray bytes(size, '\0');
    quint32 x = seed;
    for (char& c : bytes) {
        x = x * 1664525u + 1013904223u;
        c = char(x >> 24);
    }
    return bytes;
}

Participant named(const QString& recordNumber, const QString& first, const QString& last)
{
    Participant p = test::sampleParticipant(recordNumber);
    p.legalFirstName = first;
    p.legalLastName = last;
    return p;
}

const QString canaryFirst = QStringLiteral("Zephyrine");
const QString canaryLast = QStringLiteral("Okafor-Lindqvist");

bool hasCanary(const QList<Participant>& list)
{
    return std::any_of(list.cbegin(), list.cend(), [](const Participant& p) {
        return p.legalFirstName == canaryFirst && p.legalLastName == canaryLast;
    });
}

} // namespace

TEST_CASE("A backup holds the same participants, passes integrity_check and is private",
    "[storage][backup]")
{
    test::TestDatabase t;
    ParticipantStore store(t.db());
    REQUIRE_OK(store.add(test::sampleParticipant(QStringLiteral("A-1"))));
    REQUIRE_OK(store.add(named(QStringLiteral("A-2"), canaryFirst, canaryLast)));
    REQUIRE_OK(store.add(test::sampleParticipant(QStringLiteral("A-3"))));
    const int auditBefore = auditCount(t.db(), QStringLiteral("backup.create"));

    const QString out = QDir(t.dir()).filePath(QStringLiteral("copy.sqlite"));
    auto made = Backup::create(t.db(), out);
    REQUIRE_OK(made);
    CHECK(made->path == out);
    CHECK(made->bytes == QFileInfo(out).size());
    CHECK(made->bytes > 0);
    CHECK(modeOf(out) == 0600);
    // Nothing else was left beside it: no temporary file, no -wal or -journal.
    CHECK(snapshot(t.dir()).keys().filter(QStringLiteral("copy"))
        == QStringList { QStringLiteral("copy.sqlite") });
    CHECK(snapshot(t.dir()).keys().filter(QStringLiteral(".part")).isEmpty());

    {
        auto copy = openAs(out, t.leadId());
        auto problems = copy->verify();
        REQUIRE_OK(problems);
        CHECK(problems->isEmpty());
        const QList<Participant> inCopy = participantsIn(*copy);
        CHECK(inCopy.size() == 3);
        CHECK(hasCanary(inCopy));
    }
    // Opening it (read-only) did not make it readable by others or create files beside it.
    CHECK(modeOf(out) == 0600);
    CHECK(snapshot(t.dir()).keys().filter(QStringLiteral("copy"))
        == QStringList { QStringLiteral("copy.sqlite") });

    auto rows = [&] {
        AuditFilter f;
        f.action = QStringLiteral("backup.create");
        return AuditTrail::entries(t.db(), f);
    }();
    REQUIRE_OK(rows);
    REQUIRE(rows->size() == auditBefore + 1);
    CHECK(rows->last().staffId == t.leadId());
    CHECK(rows->last().detail == out);
}

TEST_CASE("Making a backup needs the backup permission and never overwrites a file",
    "[storage][backup][access]")
{
    test::TestDatabase t;
    REQUIRE_OK(ParticipantStore(t.db()).add(test::sampleParticipant()));
    const QString out = QDir(t.dir()).filePath(QStringLiteral("copy.sqlite"));

    SECTION("a counselor is refused, and the refusal is audited")
    {
        const int deniedBefore = auditCount(t.db(), QStringLiteral("access.denied"));
        t.actAs(t.counselorId(), { StaffRole::Counselor });
        auto refused = Backup::create(t.db(), out);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::Forbidden);
        CHECK_FALSE(QFileInfo::exists(out));
        CHECK(snapshot(t.dir()).keys().filter(QStringLiteral("copy")).isEmpty());

        t.actAs(t.leadId(), everyRole);
        AuditFilter f;
        f.action = QStringLiteral("access.denied");
        auto denied = AuditTrail::entries(t.db(), f);
        REQUIRE_OK(denied);
        REQUIRE(denied->size() == deniedBefore + 1);
        CHECK(denied->last().staffId == t.counselorId());
        CHECK(denied->last().detail == QStringLiteral("backup"));
        CHECK(auditCount(t.db(), QStringLiteral("backup.create")) == 0);
    }

    SECTION("no one signed in is refused")
    {
        t.db().setSession(std::nullopt);
        auto refused = Backup::create(t.db(), out);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::Unauthenticated);
        CHECK_FALSE(QFileInfo::exists(out));
    }

    SECTION("an existing file is left alone")
    {
        test::writeFile(out, QByteArray("the clinic's own notes"));
        const auto before = snapshot(t.dir());
        auto refused = Backup::create(t.db(), out);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::Conflict);
        CHECK(refused.error().message.contains(out));
        CHECK(test::fileBytes(out) == QByteArray("the clinic's own notes"));
        // Only the live database's own files may differ; nothing new appeared.
        CHECK(snapshot(t.dir()).keys() == before.keys());
        CHECK(auditCount(t.db(), QStringLiteral("backup.create")) == 0);
    }

    SECTION("a missing folder is reported")
    {
        const QString nowhere
            = QDir(t.dir()).filePath(QStringLiteral("no-such-folder/copy.sqlite"));
        auto refused = Backup::create(t.db(), nowhere);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::Io);
        CHECK(refused.error().message.contains(QStringLiteral("no-such-folder")));
    }
}

TEST_CASE("Backups made while another connection keeps writing are consistent and restore",
    "[storage][backup][concurrency]")
{
    test::TestDatabase t;
    const Id lead = t.leadId();
    const QString dbPath = t.path();
    const QDate admitted = Clock::instance().today().addDays(-3);

    std::atomic<int> started { 0 };
    std::atomic<int> committed { 0 };
    std::atomic<bool> stop { false };
    QString writerError; // read only after the thread has finished

    // Qt Sql connections belong to the thread that made them: the writer opens its own.
    std::unique_ptr<QThread> writer(QThread::create([&] {
        auto opened = Database::open(dbPath, Database::OpenMode::ExistingOnly);
        if (!opened) {
            writerError = opened.error().message + QLatin1Char(' ') + opened.error().detail;
            return;
        }
        Database& db = **opened;
        db.setSession(sessionFor(lead));
        ParticipantStore store(db);
        for (int i = 0; !stop.load(); ++i) {
            started.fetch_add(1);
            // Participant, diagnoses, episode, phase and audit rows: one transaction.
            auto id = store.add(test::sampleParticipant(QStringLiteral("W-%1").arg(i)),
                Admission { admitted, { 3, 9.0 }, QStringLiteral("intake") });
            if (!id) {
                writerError = id.error().message + QLatin1Char(' ') + id.error().detail;
                return;
            }
            committed.fetch_add(1);
            // A pause between saves, as people make them: a loop that takes the write lock again
            // at once can starve the main connection's audit row past its busy timeout (SQLite's
            // busy handler polls; it does not queue).
            QThread::msleep(1);
        }
    }));
    writer->start();
    // A failed REQUIRE below unwinds through here: stop the writer before it is destroyed.
    struct StopWriter
    {
        std::atomic<bool>& stop;
        QThread& thread;
        ~StopWriter()
        {
            stop.store(true);
            thread.wait();
        }
    } stopWriter { stop, *writer };

    auto waitFor = [&](int commits) {
        // A guard against hanging, not a timing assertion.
        QElapsedTimer timer;
        timer.start();
        while (committed.load() < commits && writer->isRunning() && timer.elapsed() < 60000)
            QThread::msleep(2);
        return committed.load() >= commits;
    };

    struct Made
    {
        QString path;
        int committedBefore = 0;
        int startedAfter = 0;
    };
    QList<Made> backups;
    for (int k = 0; k < 4; ++k) {
        const bool progressed = waitFor(4 * (k + 1));
        INFO(writerError.toStdString());
        REQUIRE(progressed);
        Made m;
        m.path = QDir(t.dir()).filePath(QStringLiteral("during-%1.sqlite").arg(k));
        m.committedBefore = committed.load();
        auto made = Backup::create(t.db(), m.path);
        m.startedAfter = started.load();
        REQUIRE_OK(made);
        backups.append(m);
    }
    stop.store(true);
    writer->wait();
    INFO(writerError.toStdString());
    REQUIRE(writerError.isEmpty());
    const int total = committed.load();
    REQUIRE(total >= 16);

    QList<int> counts;
    for (const Made& m : backups) {
        INFO(m.path.toStdString());
        auto copy = openAs(m.path, lead);
        auto problems = copy->verify();
        REQUIRE_OK(problems);
        CHECK(problems->isEmpty());
        const QList<Participant> people = participantsIn(*copy);
        // Every commit finished before the backup began is in it; none that began after it.
        CHECK(people.size() >= m.committedBefore);
        CHECK(people.size() <= m.startedAfter);
        // And no participant came without the admission saved in the same transaction.
        for (const Participant& p : people) {
            auto episodes = EpisodeStore(*copy).episodes(p.id);
            REQUIRE_OK(episodes);
            CHECK(episodes->size() == 1);
        }
        counts.append(int(people.size()));
    }
    // The copies were made at different moments of a growing database.
    CHECK(counts.first() < counts.last());

    // Putting the second backup back gives exactly its participants; the replaced file keeps
    // everything the writer committed.
    t.close();
    auto kept = Backup::restore(backups[1].path, dbPath);
    REQUIRE_OK(kept);
    {
        auto restored = openAs(dbPath, lead, Database::OpenMode::ExistingOnly);
        auto problems = restored->verify();
        REQUIRE_OK(problems);
        CHECK(problems->isEmpty());
        CHECK(participantsIn(*restored).size() == counts[1]);
        // It is a working database again: a new participant can be added.
        REQUIRE_OK(ParticipantStore(*restored).add(test::sampleParticipant(QStringLiteral("N-1"))));
    }
    auto old = openAs(*kept, lead);
    CHECK(participantsIn(*old).size() == total);
}

TEST_CASE("The daily backup keeps the newest N and touches nothing else", "[storage][backup]")
{
    test::MockClock clock(QDateTime(QDate(2026, 3, 1), QTime(8, 30), QTimeZone::utc()));
    test::TestDatabase t;
    REQUIRE_OK(ParticipantStore(t.db()).add(test::sampleParticipant()));
    // The program's safety net: any signed-in user, not only those who may back up by hand.
    t.actAs(t.counselorId(), { StaffRole::Counselor });
    const QString folder = QDir(t.dir()).filePath(QStringLiteral("safety/backups"));
    const int keep = 3;

    auto first = Backup::rotateDaily(t.db(), folder, keep, clock.today());
    REQUIRE_OK(first);
    REQUIRE(first->has_value());
    CHECK(QFileInfo((*first)->path).fileName() == QStringLiteral("stepwise-2026-03-01.sqlite"));
    CHECK(modeOf(folder) == 0700);
    CHECK(modeOf((*first)->path) == 0600);

    // Files the rotation must never remove, even ones that look almost like its own.
    const QMap<QString, QByteArray> strays {
        { QStringLiteral("notes.txt"), "keep" },
        { QStringLiteral("stepwise-2025-01-01.sqlite.bak"), "keep" },
        { QStringLiteral("stepwise-manual.sqlite"), "keep" },
        { QStringLiteral("Stepwise-2025-01-02.sqlite"), "keep" },
        { QStringLiteral("stepwise-2025-02-30.sqlite"), "keep" },
        { QStringLiteral("stepwise-2025-1-05.sqlite"), "keep" },
        { QStringLiteral("before-stepwise-2025-01-03.sqlite"), "keep" },
    };
    for (auto it = strays.cbegin(); it != strays.cend(); ++it)
        test::writeFile(QDir(folder).filePath(it.key()), it.value());

    for (int day = 0; day < 6; ++day) {
        if (day > 0) {
            clock.advanceDays(1);
            auto made = Backup::rotateDaily(t.db(), folder, keep, clock.today());
            REQUIRE_OK(made);
            REQUIRE(made->has_value());
            CHECK(QFileInfo((*made)->path).fileName()
                == QStringLiteral("stepwise-%1.sqlite").arg(clock.today().toString(Qt::ISODate)));
        }
        // The same day again makes nothing and changes nothing.
        const auto before = snapshot(folder);
        auto again = Backup::rotateDaily(t.db(), folder, keep, clock.today());
        REQUIRE_OK(again);
        CHECK_FALSE(again->has_value());
        CHECK(snapshot(folder) == before);
    }

    const auto after = snapshot(folder);
    QStringList automatic;
    for (const QString& name : after.keys()) {
        if (!strays.contains(name))
            automatic << name;
    }
    CHECK(automatic
        == QStringList { QStringLiteral("stepwise-2026-03-04.sqlite"),
            QStringLiteral("stepwise-2026-03-05.sqlite"),
            QStringLiteral("stepwise-2026-03-06.sqlite") });
    for (auto it = strays.cbegin(); it != strays.cend(); ++it)
        CHECK(after.value(it.key()) == it.value());

    t.actAs(t.leadId(), everyRole);
    CHECK(auditCount(t.db(), QStringLiteral("backup.auto")) == 6);
    CHECK(auditCount(t.db(), QStringLiteral("access.denied")) == 0);

    SECTION("no one signed in: nothing is made")
    {
        clock.advanceDays(1);
        t.db().setSession(std::nullopt);
        auto refused = Backup::rotateDaily(t.db(), folder, keep, clock.today());
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::Unauthenticated);
        CHECK(snapshot(folder) == after);
    }
}

TEST_CASE("The backup folder is the setting, or 'backups' beside the database", "[storage][backup]")
{
    test::TestDatabase t;
    CHECK(Backup::folderFor(t.db()) == QDir(t.dir()).filePath(QStringLiteral("backups")));
    auto settings = SettingsStore(t.db()).load();
    REQUIRE_OK(settings);
    const QString chosen = QDir(t.dir()).filePath(QStringLiteral("elsewhere"));
    settings->security.backupFolder = chosen;
    REQUIRE_OK(SettingsStore(t.db()).save(*settings));
    CHECK(Backup::folderFor(t.db()) == chosen);
}

TEST_CASE("Only good backups are offered, newest first, and none is changed by looking",
    "[storage][backup]")
{
    test::MockClock clock(QDate(2026, 4, 1));
    test::TestDatabase t;
    REQUIRE_OK(ParticipantStore(t.db()).add(test::sampleParticipant()));
    const QString folder = QDir(t.dir()).filePath(QStringLiteral("backups"));
    for (int day = 0; day < 3; ++day) {
        REQUIRE_OK(Backup::rotateDaily(t.db(), folder, 10, clock.today()));
        clock.advanceDays(1);
    }
    const QString good = QDir(folder).filePath(QStringLiteral("stepwise-2026-04-01.sqlite"));
    const QByteArray goodBytes = test::fileBytes(good);
    auto bad = [&](const char* day) {
        return QDir(folder).filePath(
            QStringLiteral("stepwise-2026-04-%1.sqlite").arg(QLatin1String(day)));
    };
    test::writeFile(bad("04"), noise(8192, 4));
    test::writeFile(bad("05"), goodBytes.left(goodBytes.size() / 2));
    writeOtherAppDatabase(bad("06"));
    test::writeFile(bad("07"), QByteArray());
    const auto before = snapshot(folder);

    const QList<BackupInfo> offered = Backup::goodBackups(folder);
    QStringList names;
    for (const BackupInfo& b : offered)
        names << QFileInfo(b.path).fileName();
    CHECK(names
        == QStringList { QStringLiteral("stepwise-2026-04-03.sqlite"),
            QStringLiteral("stepwise-2026-04-02.sqlite"),
            QStringLiteral("stepwise-2026-04-01.sqlite") });
    CHECK(snapshot(folder) == before);
}

TEST_CASE("Restore refuses a file that fails the checks and leaves the database as it was",
    "[storage][backup][restore]")
{
    test::TestDatabase t;
    REQUIRE_OK(ParticipantStore(t.db()).add(test::sampleParticipant()));
    const QString goodBackup = QDir(t.dir()).filePath(QStringLiteral("good.sqlite"));
    REQUIRE_OK(Backup::create(t.db(), goodBackup));
    const QByteArray goodBytes = test::fileBytes(goodBackup);
    t.close();
    const QString target = t.path();
    const QByteArray targetBytes = test::fileBytes(target);
    REQUIRE_FALSE(targetBytes.isEmpty());

    const QString bad = QDir(t.dir()).filePath(QStringLiteral("bad.sqlite"));
    ErrorCode expected = ErrorCode::NotADatabase;
    SECTION("random bytes")
    {
        test::writeFile(bad, noise(16384, 7));
    }
    SECTION("zero length")
    {
        test::writeFile(bad, QByteArray());
    }
    SECTION("truncated at 10%")
    {
        test::writeFile(bad, goodBytes.left(goodBytes.size() / 10));
        expected = ErrorCode::Corrupt;
    }
    SECTION("truncated at 50%")
    {
        test::writeFile(bad, goodBytes.left(goodBytes.size() / 2));
        expected = ErrorCode::Corrupt;
    }
    SECTION("truncated at 90%")
    {
        test::writeFile(bad, goodBytes.left(goodBytes.size() * 9 / 10));
        expected = ErrorCode::Corrupt;
    }
    SECTION("another application's SQLite database")
    {
        writeOtherAppDatabase(bad);
    }
    SECTION("a newer data format")
    {
        test::writeFile(bad, goodBytes);
        setUserVersion(bad, Schema::currentVersion() + 1);
        expected = ErrorCode::NewerVersion;
    }
    SECTION("a missing file")
    {
        expected = ErrorCode::NotFound;
    }

    const auto folderBefore = snapshot(t.dir());
    auto refused = Backup::restore(bad, target);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == expected);
    CHECK(refused.error().message.contains(bad));
    CHECK(refused.error().message.contains(QStringLiteral("was not changed")));
    CHECK(test::fileBytes(target) == targetBytes);
    // No .replaced file, no half-made copy.
    CHECK(snapshot(t.dir()) == folderBefore);
}

TEST_CASE("Restore puts a good backup in place and keeps the replaced database",
    "[storage][backup][restore]")
{
    test::MockClock clock(QDateTime(QDate(2026, 3, 14), QTime(9, 15, 7), QTimeZone::utc()));
    test::TestDatabase t;
    ParticipantStore store(t.db());
    REQUIRE_OK(store.add(named(QStringLiteral("B-1"), canaryFirst, canaryLast)));
    const QString backup = QDir(t.dir()).filePath(QStringLiteral("monday.sqlite"));
    REQUIRE_OK(Backup::create(t.db(), backup));
    REQUIRE_OK(store.add(test::sampleParticipant(QStringLiteral("B-2"))));
    REQUIRE_OK(store.add(test::sampleParticipant(QStringLiteral("B-3"))));
    const Id lead = t.leadId();
    t.close();
    const QString target = t.path();
    const QByteArray replacedBytes = test::fileBytes(target);
    const QByteArray backupBytes = test::fileBytes(backup);

    auto kept = Backup::restore(backup, target);
    REQUIRE_OK(kept);
    CHECK(*kept == target + QStringLiteral(".replaced-20260314T091507Z"));
    CHECK(test::fileBytes(*kept) == replacedBytes);
    CHECK(test::fileBytes(target) == backupBytes);
    CHECK(test::fileBytes(backup) == backupBytes);
    CHECK(modeOf(target) == 0600);
    const QStringList leftovers = snapshot(t.dir()).keys().filter(QStringLiteral("restoring"));
    CHECK(leftovers.isEmpty());

    {
        auto restored = openAs(target, lead, Database::OpenMode::ExistingOnly);
        const QList<Participant> people = participantsIn(*restored);
        CHECK(people.size() == 1);
        CHECK(hasCanary(people));
    }
    {
        auto old = openAs(*kept, lead);
        CHECK(participantsIn(*old).size() == 3);
    }

    // A second restore within the same second keeps the first kept file too.
    auto again = Backup::restore(backup, target);
    REQUIRE_OK(again);
    CHECK(*again != *kept);
    CHECK(QFileInfo::exists(*kept));
    CHECK(QFileInfo::exists(*again));
}

TEST_CASE(
    "Restore refuses a database that another connection has open", "[storage][backup][restore]")
{
    test::TestDatabase t;
    ParticipantStore store(t.db());
    REQUIRE_OK(store.add(test::sampleParticipant(QStringLiteral("C-1"))));
    const QString backup = QDir(t.dir()).filePath(QStringLiteral("backup.sqlite"));
    REQUIRE_OK(Backup::create(t.db(), backup));
    REQUIRE_OK(store.add(test::sampleParticipant(QStringLiteral("C-2"))));
    const QString target = t.path();
    const Id lead = t.leadId();

    auto refusedWhileOpen = [&] {
        const QByteArray before = test::fileBytes(target);
        const QByteArray walBefore = test::fileBytes(target + QStringLiteral("-wal"));
        const auto names = snapshot(t.dir()).keys();
        auto refused = Backup::restore(backup, target);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::Storage);
        CHECK(refused.error().message.contains(QStringLiteral("is open")));
        CHECK(refused.error().message.contains(target));
        CHECK(test::fileBytes(target) == before);
        CHECK(test::fileBytes(target + QStringLiteral("-wal")) == walBefore);
        CHECK(snapshot(t.dir()).keys() == names);
    };

    SECTION("open for writing, as the app keeps it")
    {
        refusedWhileOpen();
        // The refusal took nothing from the open connection: it goes on saving.
        REQUIRE_OK(store.add(test::sampleParticipant(QStringLiteral("C-3"))));
        CHECK(participantsIn(t.db()).size() == 3);
    }

    SECTION("open read-only, as `check` does")
    {
        t.close();
        auto reader = openAs(target, lead);
        REQUIRE(participantsIn(*reader).size() == 2);
        refusedWhileOpen();
        CHECK(participantsIn(*reader).size() == 2);
        reader.reset();
        // Once it is closed the same restore goes ahead.
        auto kept = Backup::restore(backup, target);
        REQUIRE_OK(kept);
        auto restored = openAs(target, lead);
        CHECK(participantsIn(*restored).size() == 1);
    }
}

TEST_CASE(
    "Restore keeps the replaced database together with its -wal", "[storage][backup][restore]")
{
    test::TestDatabase t;
    ParticipantStore store(t.db());
    const QString backup = QDir(t.dir()).filePath(QStringLiteral("backup.sqlite"));
    REQUIRE_OK(Backup::create(t.db(), backup));
    REQUIRE_OK(store.add(test::sampleParticipant(QStringLiteral("D-1"))));
    REQUIRE_OK(store.add(test::sampleParticipant(QStringLiteral("D-2"))));
    // A program that stopped before a checkpoint: the last commits are only in the -wal.
    const QByteArray main = test::fileBytes(t.path());
    const QByteArray wal = test::fileBytes(t.path() + QStringLiteral("-wal"));
    REQUIRE(wal.size() > 0);
    const Id lead = t.leadId();
    t.close();
    const QString crashed = QDir(t.dir()).filePath(QStringLiteral("crashed.sqlite"));
    test::writeFile(crashed, main);
    test::writeFile(crashed + QStringLiteral("-wal"), wal);

    auto kept = Backup::restore(backup, crashed);
    REQUIRE_OK(kept);
    CHECK_FALSE(QFileInfo::exists(crashed + QStringLiteral("-wal")));
    CHECK(test::fileBytes(*kept) == main);
    CHECK(test::fileBytes(*kept + QStringLiteral("-wal")) == wal);
    {
        auto restored = openAs(crashed, lead);
        CHECK(participantsIn(*restored).isEmpty());
    }
    // The kept pair still holds the commits that were only in its -wal.
    auto old = openAs(*kept, lead);
    CHECK(participantsIn(*old).size() == 2);
}
