// SPDX-License-Identifier: GPL-3.0-or-later
// Bad files at the core level (reliability.md item 4), completing what
// tests/storage/DatabaseOpenTest.cpp covers (empty, random bytes, text, damaged magic and page
// size, truncated at 10/50/90 %, header only, newer version in the header, another app's SQLite,
// a folder): every other header field damaged, damaged pages, foreign and newer files whose
// truth is still in the -wal, a FIFO, an unreadable file and a file locked by another program.
// Each is refused with a specific code and message, and the file, its -wal and its -shm keep
// every byte (SHA-256 before and after), with nothing new left beside them.
#include "io/IoTestSupport.h" // readable QString and QStringList in failures
#include "storage/Database.h"
#include "storage/ParticipantStore.h"
#include "storage/Schema.h"
#include "storage/StaffStore.h"
#include "support/TestDatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QtEndian>
#include <catch2/catch.hpp>
#include <cstdio>
#include <functional>
#include <map>
#include <sys/stat.h>
#include <unistd.h>

using namespace stepwise;
using namespace stepwise::test;

namespace {

// A plain SQLite connection, as another program (or the sqlite3 shell) would hold one.
class RawConnection
{
public:
    explicit RawConnection(const QString& path)
        : m_name(QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    void exec(const QString& sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
        REQUIRE(q.exec(sql));
        q.finish();
    }

private:
    QString m_name;
};

const QStringList Companions
    = { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal") };

// SHA-256 of the file and each companion SQLite may keep beside it, by suffix.
std::map<QString, QByteArray> fingerprint(const QString& path)
{
    std::map<QString, QByteArray> hashes;
    for (const QString& suffix : Companions) {
        const QFileInfo info(path + suffix);
        if (info.exists() && info.isFile())
            hashes[suffix]
                = QCryptographicHash::hash(fileBytes(path + suffix), QCryptographicHash::Sha256);
    }
    return hashes;
}

QStringList listing(const QString& dir)
{
    return QDir(dir).entryList(
        QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
}

// A real, closed Stepwise database with a few pages of content.
QByteArray goodDatabase()
{
    TestDatabase t;
    for (int i = 0; i < 40; ++i) {
        StaffMember s;
        s.name
            = QStringLiteral("Counselor %1 with a name long enough to fill several pages").arg(i);
        REQUIRE_OK(StaffStore(t.db()).add(s));
    }
    const QString path = t.path();
    t.close();
    return fileBytes(path);
}

QByteArray withBytes(QByteArray bytes, int offset, const QByteArray& replacement)
{
    bytes.replace(offset, replacement.size(), replacement);
    return bytes;
}

QByteArray be32(quint32 value)
{
    QByteArray b(4, '\0');
    qToBigEndian<quint32>(value, b.data());
    return b;
}

// A database whose latest commits are only in its -wal, as a program leaves it while it runs
// or when it stopped before a checkpoint: built on a scratch file, then copied with its WAL.
void withPendingWal(const QString& path, const QStringList& statements)
{
    const QString scratch = path + QStringLiteral(".scratch");
    {
        RawConnection c(scratch);
        c.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        c.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
        c.exec(QStringLiteral("CREATE TABLE seed (x)")); // the main file gets a header
        c.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        for (const QString& sql : statements)
            c.exec(sql);
        REQUIRE(QFileInfo(scratch + QStringLiteral("-wal")).size() > 0);
        REQUIRE(QFile::copy(scratch, path));
        REQUIRE(QFile::copy(scratch + QStringLiteral("-wal"), path + QStringLiteral("-wal")));
    }
    for (const QString& suffix : Companions)
        QFile::remove(scratch + suffix);
}

struct Case
{
    const char* name;
    // Writes the file at `path`; what it returns stays alive during the open (a lock holder).
    std::function<std::shared_ptr<void>(const QString& path)> make;
    QList<ErrorCode> codes; // any of these
    QStringList says;       // the message contains one of these
    // Reading a -wal needs its index, the -shm, which SQLite creates when missing (even on a
    // read-only connection) and cannot safely be removed afterwards: another program may have
    // opened the file meanwhile. It holds no data; SQLite rebuilds it from the -wal.
    bool mayAddShm = false;
};

} // namespace

TEST_CASE("More bad files are refused with a specific reason and keep every byte",
    "[reliability][badfile]")
{
    const QByteArray good = goodDatabase();
    REQUIRE(good.size() >= 8 * 4096);
    const int pageSize = (quint8(good[16]) << 8) | quint8(good[17]);
    const auto file = [](const QByteArray& bytes) {
        return [bytes](const QString& path) -> std::shared_ptr<void> {
            writeFile(path, bytes);
            return {};
        };
    };
    const QString newer = QString::number(Schema::currentVersion() + 1);
    const QString ourId = QString::number(Database::ApplicationId);

    const Case cases[] = {
        // Header fields other than the magic and the page size (see the SQLite file format).
        { "write version from a future SQLite (offset 18)", file(withBytes(good, 18, "\x03")),
            { ErrorCode::NotADatabase, ErrorCode::Corrupt, ErrorCode::Storage },
            { QStringLiteral("damaged"), QStringLiteral("newer") } },
        { "read version from a future SQLite (offset 19)", file(withBytes(good, 19, "\x03")),
            { ErrorCode::NotADatabase, ErrorCode::Corrupt }, { QStringLiteral("damaged") } },
        { "payload fractions (offset 21)", file(withBytes(good, 21, "\x41")),
            { ErrorCode::Corrupt }, { QStringLiteral("damaged") } },
        { "schema format 5 (offset 44)", file(withBytes(good, 44, be32(5))), { ErrorCode::Corrupt },
            { QStringLiteral("damaged") } },
        { "text encoding UTF-16 (offset 56)", file(withBytes(good, 56, be32(2))),
            { ErrorCode::Corrupt }, { QStringLiteral("damaged") } },
        { "application id of another program (offset 68)",
            file(withBytes(good, 68, be32(0x4B505832))), { ErrorCode::NotADatabase },
            { QStringLiteral("another application") } },
        { "page count beyond the end of the file (offset 28)",
            file(withBytes(good, 28, be32(quint32(good.size() / pageSize + 5)))),
            { ErrorCode::Corrupt }, { QStringLiteral("truncated") } },
        // Damage past the header, found by quick_check.
        { "first b-tree page type (offset 100)", file(withBytes(good, 100, QByteArray(1, '\0'))),
            { ErrorCode::Corrupt }, { QStringLiteral("damaged") } },
        { "schema text", file(QByteArray(good).replace("CREATE TABLE", "CREATE TABXE")),
            { ErrorCode::Corrupt }, { QStringLiteral("damaged") } },
        { "a page of zeros in the middle",
            file(withBytes(good, 3 * pageSize, QByteArray(pageSize, '\0'))), { ErrorCode::Corrupt },
            { QStringLiteral("damaged") } },
        // The identity is only in the WAL: read through SQLite, and nothing checkpointed.
        { "another app's SQLite, its changes still in the -wal",
            [](const QString& path) -> std::shared_ptr<void> {
                withPendingWal(path,
                    { QStringLiteral("CREATE TABLE notes (body TEXT)"),
                        QStringLiteral("INSERT INTO notes VALUES ('hello')"),
                        QStringLiteral("PRAGMA application_id = 1234") });
                return {};
            },
            { ErrorCode::NotADatabase }, { QStringLiteral("another application") }, true },
        { "a newer Stepwise schema, still in the -wal",
            [&](const QString& path) -> std::shared_ptr<void> {
                withPendingWal(path,
                    { QStringLiteral("PRAGMA application_id = ") + ourId,
                        QStringLiteral("PRAGMA user_version = ") + newer });
                return {};
            },
            { ErrorCode::NewerVersion }, { QStringLiteral("newer version of Stepwise") }, true },
        { "a FIFO",
            [](const QString& path) -> std::shared_ptr<void> {
                REQUIRE(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
                return {};
            },
            { ErrorCode::NotADatabase }, { QStringLiteral("not a regular file") } },
        // Another program holds an exclusive lock (rollback journal mode, as the sqlite3 shell
        // leaves a file after PRAGMA journal_mode=DELETE; BEGIN EXCLUSIVE).
        { "locked by another program",
            [&](const QString& path) -> std::shared_ptr<void> {
                writeFile(path, good);
                auto holder = std::make_shared<RawConnection>(path);
                holder->exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
                holder->exec(QStringLiteral("BEGIN EXCLUSIVE"));
                return holder;
            },
            { ErrorCode::Storage, ErrorCode::Io },
            { QStringLiteral("in use"), QStringLiteral("busy") } },
        // The same in WAL mode: exclusive locking mode keeps every other connection out.
        { "locked by another program in WAL mode",
            [&](const QString& path) -> std::shared_ptr<void> {
                writeFile(path, good);
                auto holder = std::make_shared<RawConnection>(path);
                holder->exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE"));
                holder->exec(QStringLiteral("BEGIN IMMEDIATE"));
                holder->exec(QStringLiteral("UPDATE staff SET name = name"));
                return holder;
            },
            { ErrorCode::Storage, ErrorCode::Io },
            { QStringLiteral("in use"), QStringLiteral("busy") } },
    };

    for (const Case& c : cases) {
        DYNAMIC_SECTION(c.name)
        {
            QTemporaryDir dir;
            REQUIRE(dir.isValid());
            const QString path = dir.filePath(QStringLiteral("bad.sqlite"));
            auto holder = c.make(path);
            const auto before = fingerprint(path);
            const QStringList files = listing(dir.path());

            QElapsedTimer took;
            took.start();
            auto db = Database::open(path, Database::OpenMode::ExistingOnly);
            if (db.ok())
                std::printf("bad file: %s -> opened, not refused\n", c.name);
            REQUIRE_FALSE(db.ok());
            const Error& e = db.error();
            INFO(describe(e));
            std::printf("bad file: %s -> code %d, \"%s\" (%lld ms)\n", c.name, int(e.code),
                qPrintable(e.message), static_cast<long long>(took.elapsed()));
            CHECK(c.codes.contains(e.code));
            CHECK(std::any_of(c.says.cbegin(), c.says.cend(),
                [&](const QString& s) { return e.message.contains(s); }));
            CHECK(e.message.contains(path));
            // Compared while a lock holder still has the file: its own files are not ours.
            auto after = fingerprint(path);
            QStringList now = listing(dir.path());
            if (c.mayAddShm && !before.count(QStringLiteral("-shm"))) {
                after.erase(QStringLiteral("-shm"));
                now.removeAll(QStringLiteral("bad.sqlite-shm"));
            }
            for (const auto& [suffix, hash] : after) {
                INFO("bad.sqlite" << suffix.toStdString() << " (" << QFileInfo(path + suffix).size()
                                  << " bytes) is new or changed");
                CHECK((before.count(suffix) && before.at(suffix) == hash));
            }
            CHECK(after.size() == before.size());
            CHECK(now == files); // no -wal, -shm or journal left behind
            holder.reset();
        }
    }
}

TEST_CASE("An unreadable database file is refused untouched", "[reliability][badfile]")
{
    if (::geteuid() == 0) {
        // Root reads any file whatever its mode, so there is nothing to test as root (CI).
        std::printf("bad file: unreadable file not tested: running as root ignores file modes\n");
        return;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("locked-away.sqlite"));
    writeFile(path, goodDatabase());
    const auto before = fingerprint(path);
    REQUIRE(QFile::setPermissions(path, QFileDevice::Permissions()));
    auto db = Database::open(path, Database::OpenMode::ExistingOnly);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == ErrorCode::Io);
    CHECK(db.error().message.contains(QStringLiteral("Cannot read")));
    CHECK(fingerprint(path) == before);
}

TEST_CASE("A file another window is writing to waits, then says it is busy and saves nothing",
    "[reliability][badfile][busy]")
{
    TestDatabase t;
    REQUIRE_OK(ParticipantStore(t.db()).add(sampleParticipant(QStringLiteral("B-1"))));

    // The first window is in the middle of a save and does not finish it in time.
    Transaction holding(t.db());
    REQUIRE(holding.ok());
    REQUIRE_OK(ParticipantStore(t.db()).add(sampleParticipant(QStringLiteral("B-2"))));
    const QByteArray mainFile = fileBytes(t.path());

    // In WAL mode a second window opens and reads alongside...
    auto second = Database::open(t.path(), Database::OpenMode::ExistingOnly);
    REQUIRE_OK(second);
    Session s = *t.db().session();
    (*second)->setSession(s);
    ParticipantStore store(**second);
    auto all = store.all();
    REQUIRE_OK(all);
    CHECK(all->size() == 1); // not the other window's unfinished save

    // ...and its own save waits for busy_timeout, then says why nothing was saved.
    QElapsedTimer took;
    took.start();
    auto refused = store.add(sampleParticipant(QStringLiteral("B-3")));
    std::printf("bad file: a save while another window writes -> \"%s\" after %lld ms\n",
        refused.ok() ? "saved" : qPrintable(refused.error().message),
        static_cast<long long>(took.elapsed()));
    REQUIRE_FALSE(refused.ok());
    INFO(describe(refused.error()));
    CHECK(refused.error().message.contains(QStringLiteral("busy")));
    CHECK(fileBytes(t.path()) == mainFile);

    // Once the first window finishes, the same save goes through.
    REQUIRE_OK(holding.commit());
    REQUIRE_OK(store.add(sampleParticipant(QStringLiteral("B-3"))));
    auto after = store.all();
    REQUIRE_OK(after);
    CHECK(after->size() == 3);
    CHECK((*second)->verify()->isEmpty());
}
