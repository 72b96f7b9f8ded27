// SPDX-License-Identifier: GPL-3.0-or-later
// A full disk, a failing drive and a read-only file during a save (reliability.md items 3 and
// 19): for every N, the Nth write (or sync) of one save fails; the save reports it, the earlier
// content stays exactly as it was, and the file passes integrity_check. KeePassXC users lost
// whole databases to truncation on a full disk; this is the test that would have caught it.
// A failed fsync is the one ambiguous case: a crash right after it may keep the whole save.
#include "FaultVfs.h"
#include "storage/AuditTrail.h"
#include "storage/CaseloadQuery.h"
#include "storage/Database.h"
#include "storage/ParticipantStore.h"
#include "support/MockClock.h"
#include "support/TestDatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <catch2/catch.hpp>
#include <cstdio>
#include <functional>
#include <sqlite3.h>
#include <unistd.h>

using namespace stepwise;
using namespace stepwise::test;

namespace {

const QDate Today(2025, 6, 2);

// A closed, checkpointed database with staff and one admitted participant, as bytes, so each
// fault starts from the same file.
struct Baseline
{
    QByteArray bytes;
    Id leadId = 0;
    Id participantId = 0;
};

Baseline makeBaseline()
{
    Baseline b;
    TestDatabase t;
    b.leadId = t.leadId();
    auto id = ParticipantStore(t.db()).add(sampleParticipant(QStringLiteral("F-1")),
        Admission { Today.addDays(-20), PhasePlan { 3, 9.0 }, QStringLiteral("Intake") });
    REQUIRE_OK(id);
    b.participantId = *id;
    const QString path = t.path();
    t.close(); // the last connection checkpoints and removes the WAL
    REQUIRE_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    b.bytes = fileBytes(path);
    return b;
}

void signIn(Database& db, Id staffId)
{
    Session s;
    s.staffId = staffId;
    s.name = QStringLiteral("Riley Lead");
    s.roles = { StaffRole::Counselor, StaffRole::Supervisor, StaffRole::Administrator };
    db.setSession(s);
}

std::unique_ptr<Database> openSignedIn(const QString& path, Id staffId)
{
    auto db = Database::open(path, Database::OpenMode::ExistingOnly);
    REQUIRE_OK(db);
    signIn(**db, staffId);
    return std::move(db).value();
}

// Everything a save could have touched, read back through the stores.
struct Snapshot
{
    QList<Participant> participants;
    qsizetype caseloadRows = 0;
    qsizetype auditRows = 0;
    bool operator==(const Snapshot&) const = default;
};

Snapshot snapshot(Database& db)
{
    Snapshot s;
    auto all = ParticipantStore(db).all();
    REQUIRE_OK(all);
    s.participants = *all;
    auto rows = CaseloadQuery::rows(db, {}, Today);
    REQUIRE_OK(rows);
    s.caseloadRows = rows->size();
    auto audit = AuditTrail::entries(db);
    REQUIRE_OK(audit);
    s.auditRows = audit->size();
    return s;
}

void requireHealthy(Database& db)
{
    auto problems = db.verify();
    REQUIRE_OK(problems);
    INFO(problems->join(QStringLiteral("; ")).toStdString());
    CHECK(problems->isEmpty());
    auto chain = AuditTrail::verify(db);
    REQUIRE_OK(chain);
    INFO(chain->problems.join(QStringLiteral("; ")).toStdString());
    CHECK(chain->intact());
}

Participant edited(Participant p)
{
    p.legalLastName = QStringLiteral("Rivera-Okafor");
    p.preferredName = QStringLiteral("Lex");
    p.address = QStringLiteral("12 Harbour Street\nFlat 3");
    p.diagnoses.append({ QStringLiteral("F41.1"), QStringLiteral("Generalized anxiety disorder"),
        Severity::Mild });
    return p;
}

struct Fault
{
    const char* name;
    FaultVfs::Operation operation;
    int sqliteCode;
    const char* says; // in the message the user sees
};

const Fault faults[] = {
    { "disk full on write", FaultVfs::Operation::Write, SQLITE_FULL, "disk is full" },
    { "I/O error on write", FaultVfs::Operation::Write, SQLITE_IOERR_WRITE, "could not save" },
    { "I/O error on fsync", FaultVfs::Operation::Sync, SQLITE_IOERR_FSYNC, "could not save" },
};

// One save against every fault at every N. `save` runs on a fresh copy of the baseline and
// must fail while the fault is armed; `saved` says whether the retry's result is there.
void everyNthFails(const Baseline& baseline, const std::function<Status(Database&)>& save,
    const std::function<bool(Database&)>& saved)
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("fault.sqlite"));

    // How many writes and syncs the save makes, unharmed.
    writeFile(path, baseline.bytes);
    int writes = 0;
    int syncs = 0;
    Snapshot afterSave;
    {
        auto db = openSignedIn(path, baseline.leadId);
        FaultVfs::resetCounts();
        REQUIRE_OK(save(*db));
        writes = FaultVfs::writes();
        syncs = FaultVfs::syncs();
        CHECK(saved(*db));
        afterSave = snapshot(*db);
    }
    REQUIRE(writes > 0);
    REQUIRE(syncs > 0);

    for (const Fault& fault : faults) {
        const int count = fault.operation == FaultVfs::Operation::Write ? writes : syncs;
        int injected = 0;
        int keptAfterCrash = 0; // failed saves that a crash right afterwards would keep
        for (int n = 1; n <= count; ++n) {
            INFO(fault.name << ", failing from call " << n << " of " << count);
            for (const QString& suffix : { QString(), QStringLiteral("-wal"),
                     QStringLiteral("-shm"), QStringLiteral("-journal") })
                QFile::remove(path + suffix);
            writeFile(path, baseline.bytes);

            auto db = openSignedIn(path, baseline.leadId);
            const Snapshot before = snapshot(*db);
            FaultVfs::failFrom(fault.operation, n, fault.sqliteCode);
            const Status failed = save(*db);
            const bool hit = FaultVfs::faultHit();
            FaultVfs::disarm();
            REQUIRE(hit);
            ++injected;
            REQUIRE_FALSE(failed.ok());
            INFO(describe(failed.error()));
            CHECK(failed.error().code == ErrorCode::Storage);
            CHECK(failed.error().message.contains(QLatin1String(fault.says)));
            if (n == 1)
                std::printf("fault injection: %s: \"%s\"\n", fault.name,
                    qPrintable(failed.error().message));

            // Another window on the same file sees the old content, undamaged.
            {
                auto other = openSignedIn(path, baseline.leadId);
                CHECK(snapshot(*other) == before);
                requireHealthy(*other);
            }
            // So does the next start if the program died right after the failure: the files as
            // they are now, without the shared memory index, so SQLite recovers from the -wal.
            {
                QTemporaryDir crashed;
                const QString copy = crashed.filePath(QStringLiteral("crashed.sqlite"));
                writeFile(copy, fileBytes(path));
                if (QFile::exists(path + QStringLiteral("-wal")))
                    writeFile(
                        copy + QStringLiteral("-wal"), fileBytes(path + QStringLiteral("-wal")));
                auto recovered = openSignedIn(copy, baseline.leadId);
                const Snapshot found = snapshot(*recovered);
                if (fault.operation == FaultVfs::Operation::Sync) {
                    // A failed fsync is ambiguous (POSIX, and so SQLite): the commit record may
                    // have reached the -wal, and then recovery keeps the whole save. Old or new,
                    // never a mix.
                    CHECK((found == before || found == afterSave));
                    keptAfterCrash += found == afterSave ? 1 : 0;
                } else {
                    CHECK(found == before);
                }
                requireHealthy(*recovered);
            }
            // The form keeps its contents, so the user saves again once there is space: the
            // same connection must not be stuck in the failed transaction.
            REQUIRE_OK(save(*db));
            CHECK(saved(*db));
            db.reset();

            auto reopened = openSignedIn(path, baseline.leadId);
            CHECK(saved(*reopened));
            requireHealthy(*reopened);
        }
        std::printf("fault injection: %s: %d of %d calls failed in turn; %d of those saves "
                    "whole after a crash right after the error, the rest absent\n",
            fault.name, injected, count, keptAfterCrash);
    }
}

} // namespace

TEST_CASE("A save that hits a full disk or an I/O error at any write keeps the old content",
    "[reliability][fault]")
{
    FaultVfs::install();
    MockClock clock(Today);
    const Baseline baseline = makeBaseline();

    SECTION("editing a participant")
    {
        const Participant edit = [&] {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("read.sqlite"));
            writeFile(path, baseline.bytes);
            auto db = openSignedIn(path, baseline.leadId);
            auto p = ParticipantStore(*db).get(baseline.participantId);
            REQUIRE_OK(p);
            return edited(*p);
        }();
        everyNthFails(
            baseline, [&](Database& db) { return ParticipantStore(db).update(edit); },
            [&](Database& db) {
                auto p = ParticipantStore(db).get(baseline.participantId);
                return p.ok() && *p == edit;
            });
    }

    SECTION("adding a participant with an admission")
    {
        const Participant intake = sampleParticipant(QStringLiteral("F-2"));
        const Admission admission { Today, PhasePlan { 3, 9.0 }, QStringLiteral("Intake") };
        everyNthFails(
            baseline,
            [&](Database& db) -> Status {
                auto id = ParticipantStore(db).add(intake, admission);
                if (!id)
                    return id.error();
                return {};
            },
            [&](Database& db) {
                auto id = ParticipantStore(db).findByRecordNumber(QStringLiteral("F-2"));
                return id.ok() && id->has_value();
            });
    }
}

TEST_CASE("A read-only database file refuses a save with a clear message and stays unchanged",
    "[reliability][fault][readonly]")
{
    FaultVfs::install();
    MockClock clock(Today);
    const Baseline baseline = makeBaseline();
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).absoluteFilePath(QStringLiteral("readonly.sqlite"));
    writeFile(path, baseline.bytes);
    const QByteArray before = QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256);

    // Root ignores file modes, so the OS's answer to a 0400 file is played by the VFS: it opens
    // the file read-only, exactly as SQLite's unix VFS falls back to when O_RDWR is refused.
    FaultVfs::setReadOnlyFile(path);
    {
        auto opened = Database::open(path, Database::OpenMode::ExistingOnly);
        if (!opened.ok()) {
            // Refusing at open is as good, if it says why.
            INFO(describe(opened.error()));
            std::printf(
                "read-only file: refused at open: \"%s\"\n", qPrintable(opened.error().message));
            CHECK(opened.error().message.contains(QStringLiteral("read-only")));
        } else {
            Database& db = **opened;
            signIn(db, baseline.leadId);
            auto p = ParticipantStore(db).get(baseline.participantId);
            REQUIRE_OK(p);
            const Status update = ParticipantStore(db).update(edited(*p));
            REQUIRE_FALSE(update.ok());
            INFO(describe(update.error()));
            std::printf(
                "read-only file: opened; a save said \"%s\"\n", qPrintable(update.error().message));
            CHECK(update.error().message.contains(QStringLiteral("read-only; nothing was saved")));
            auto add = ParticipantStore(db).add(sampleParticipant(QStringLiteral("F-3")),
                Admission { Today, PhasePlan { 3, 9.0 }, QStringLiteral("Intake") });
            REQUIRE_FALSE(add.ok());
            CHECK(add.error().message.contains(QStringLiteral("read-only; nothing was saved")));
            auto again = ParticipantStore(db).get(baseline.participantId);
            REQUIRE_OK(again);
            CHECK(*again == *p);
        }
    }
    FaultVfs::setReadOnlyFile({});
    CHECK(QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256) == before);

    if (::geteuid() != 0) {
        // Not root: the real thing as well.
        QFile::setPermissions(path, QFile::ReadOwner);
        {
            auto real = Database::open(path, Database::OpenMode::ExistingOnly);
            std::printf("read-only file (mode 0400, not root): %s\n",
                real.ok() ? "opened" : qPrintable(real.error().message));
            if (real.ok()) {
                signIn(**real, baseline.leadId);
                auto p = ParticipantStore(**real).get(baseline.participantId);
                REQUIRE_OK(p);
                const Status update = ParticipantStore(**real).update(edited(*p));
                REQUIRE_FALSE(update.ok());
                CHECK(update.error().message.contains(QStringLiteral("read-only")));
            } else {
                CHECK(real.error().message.contains(QStringLiteral("read-only")));
            }
        }
        CHECK(QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256) == before);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }
}
