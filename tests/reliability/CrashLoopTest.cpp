// SPDX-License-Identifier: GPL-3.0-or-later
// Crash safety (issue 3, reliability.md item 1): a writer process is killed with SIGKILL at
// random moments, again and again on the same file. After every kill, every record the writer
// reported committed is there, every intake is whole (participant, diagnoses, episode, open
// intensive phase) or absent, integrity_check passes and the audit chain holds.
//
// STEPWISE_CRASH_ITERATIONS sets the number of kills (default 25; ctest's "crash loop 250 kills"
// runs 250). STEPWISE_CRASH_SEED repeats a run; the seed is printed on failure.
//
// A file takes 25 kills, then the loop goes on with a new one: the writer commits dozens of
// intakes between kills, and the checks after each kill read the whole file, so on one file
// the run grew quadratically (250 kills: 214 s under the sanitizers, most of it checking).
#include "storage/AuditTrail.h"
#include "storage/CaseloadQuery.h"
#include "storage/Database.h"
#include "storage/EpisodeStore.h"
#include "storage/ParticipantStore.h"
#include "storage/StaffStore.h"
#include "support/TestDatabase.h"

#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QThread>
#include <catch2/catch.hpp>
#include <csignal>
#include <cstdio>
#include <random>
#include <sys/types.h>

using namespace stepwise;
using namespace stepwise::test;

namespace {

const QString WriterName = QStringLiteral("Crash Writer");

// The numbers the writer printed: complete lines only, since the kill may cut the last one.
QList<qint64> reportedNumbers(const QByteArray& output)
{
    QList<qint64> numbers;
    const qsizetype end = output.lastIndexOf('\n');
    if (end < 0)
        return numbers;
    for (const QByteArray& line : output.left(end).split('\n')) {
        bool ok = false;
        const qint64 n = line.toLongLong(&ok);
        REQUIRE(ok);
        numbers.append(n);
    }
    return numbers;
}

// Record number "C-<n>" to n, or 0 for anything else.
qint64 numberOf(const QString& recordNumber)
{
    if (!recordNumber.startsWith(QLatin1String("C-")))
        return 0;
    bool ok = false;
    const qint64 n = recordNumber.mid(2).toLongLong(&ok);
    return ok ? n : 0;
}

// Signs the checking connection in as the writer's staff member (supervisor sees every chart
// and may verify the audit trail). 0 when the writer never got as far as creating it.
Id signInAsChecker(Database& db)
{
    Session admin;
    admin.roles = { StaffRole::Administrator };
    db.setSession(admin);
    auto writer = StaffStore(db).findByName(WriterName);
    REQUIRE_OK(writer);
    Session s;
    s.staffId = *writer ? (*writer)->id : 0;
    s.name = QStringLiteral("Crash checker");
    s.roles = { StaffRole::Counselor, StaffRole::Supervisor, StaffRole::Administrator };
    db.setSession(s);
    return s.staffId;
}

// One intake the writer began: all of it or none of it.
void requireWholeIntake(Database& db, Id participantId)
{
    auto p = ParticipantStore(db).get(participantId);
    REQUIRE_OK(p);
    CHECK(p->diagnoses.size() == 2);
    auto episodes = EpisodeStore(db).episodes(participantId);
    REQUIRE_OK(episodes);
    REQUIRE(episodes->size() == 1);
    const Episode& e = episodes->first();
    CHECK(e.isOpen());
    REQUIRE(e.phases.size() == 1);
    CHECK(e.phases.first().kind == PhaseKind::Intensive);
    CHECK(e.phases.first().isOpen());
}

} // namespace

TEST_CASE("A writer killed at random moments loses no confirmed commit and leaves no half intake",
    "[reliability][crash]")
{
    const int iterations = qEnvironmentVariableIsSet("STEPWISE_CRASH_ITERATIONS")
        ? qEnvironmentVariableIntValue("STEPWISE_CRASH_ITERATIONS")
        : 25;
    REQUIRE(iterations > 0);
    const quint32 seed = qEnvironmentVariableIsSet("STEPWISE_CRASH_SEED")
        ? quint32(qEnvironmentVariable("STEPWISE_CRASH_SEED").toULong())
        : std::random_device {}();
    INFO("seed " << seed << " (STEPWISE_CRASH_SEED=" << seed << " repeats this run)");
    std::mt19937 random(seed);
    std::uniform_int_distribution<int> waitMs(5, 150);

    constexpr int KillsPerFile = 25;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QString path;
    QSet<qint64> reported; // every number any writer printed on this file
    qint64 next = 1;
    qint64 committed = 0;        // over all files
    int killsAfterCommits = 0;   // kills of a writer that had reported at least one commit
    int committedUnreported = 0; // present though the kill came before the print (often in fsync)
    QElapsedTimer elapsed;
    elapsed.start();

    for (int i = 0; i < iterations; ++i) {
        if (i % KillsPerFile == 0) {
            path = dir.filePath(QStringLiteral("crash-%1.sqlite").arg(i / KillsPerFile + 1));
            // Created here, so that a kill during the very first open does not leave an empty
            // file: creating a database is not what this test is about.
            REQUIRE_OK(Database::open(path, Database::OpenMode::CreateIfMissing));
            committed += next - 1;
            reported.clear();
            next = 1;
        }
        // Most kills come a random 5-150 ms after the writer's first commit, so that they land
        // while it writes whatever the machine's speed (a sanitizer build starts slowly); every
        // fifth comes 5-150 ms after the start, into the open and the first transaction.
        const bool early = i % 5 == 0;
        const int wait = waitMs(random);
        INFO("kill " << (i + 1) << " of " << iterations << " (file " << (i / KillsPerFile + 1)
                     << "), " << wait << " ms after the " << (early ? "start" : "first commit")
                     << ", writer from C-" << next);
        QProcess writer;
        writer.setProgram(QStringLiteral(STEPWISE_CRASH_WRITER_PATH));
        writer.setArguments({ path, QString::number(next) });
        writer.start();
        REQUIRE(writer.waitForStarted(10000));
        if (!early && !writer.waitForReadyRead(60000))
            FAIL("the writer reported no commit: " << writer.readAllStandardError().toStdString());
        QThread::msleep(ulong(wait));
        REQUIRE(::kill(pid_t(writer.processId()), SIGKILL) == 0);
        REQUIRE(writer.waitForFinished(10000));
        INFO("writer said: " << writer.readAllStandardError().toStdString());
        // Still writing when killed: an exit of its own means it failed.
        REQUIRE(writer.exitStatus() == QProcess::CrashExit);

        const QList<qint64> numbers = reportedNumbers(writer.readAllStandardOutput());
        for (qsizetype k = 0; k < numbers.size(); ++k)
            REQUIRE(numbers.at(k) == next + k); // consecutive from where it was told to start
        if (!numbers.isEmpty())
            ++killsAfterCommits;
        for (qint64 n : numbers)
            reported.insert(n);

        // WAL recovery happens here, as when the program starts after a crash.
        auto opened = Database::open(path, Database::OpenMode::ExistingOnly);
        REQUIRE_OK(opened);
        Database& db = **opened;
        auto problems = db.verify();
        REQUIRE_OK(problems);
        INFO(problems->join(QStringLiteral("; ")).toStdString());
        REQUIRE(problems->isEmpty());
        const Id checker = signInAsChecker(db);
        auto chain = AuditTrail::verify(db);
        REQUIRE_OK(chain);
        INFO(chain->problems.join(QStringLiteral("; ")).toStdString());
        REQUIRE(chain->intact());

        auto rows = CaseloadQuery::rows(db, {}, QDate::currentDate());
        REQUIRE_OK(rows);
        QHash<qint64, Id> present; // n -> participant id
        QStringList wrong;         // what is not as it must be, for the failure message
        for (const CaseloadRow& row : *rows) {
            const qint64 n = numberOf(row.recordNumber);
            if (n <= 0 || present.contains(n))
                wrong << QStringLiteral("unexpected or repeated record %1").arg(row.recordNumber);
            present.insert(n, row.participantId);
            // Every participant in the file came with its admission: no half-saved intake.
            if (row.phase != PhaseKind::Intensive || !row.admissionDate.isValid()
                || row.daysInProgram < 1)
                wrong << QStringLiteral("%1 has no open intensive phase").arg(row.recordNumber);
        }
        if (checker == 0 && !present.isEmpty())
            wrong << QStringLiteral("records without the writer's staff member");
        for (qint64 n : std::as_const(reported)) {
            if (!present.contains(n))
                wrong << QStringLiteral("C-%1 was reported committed and is missing").arg(n);
        }
        INFO(wrong.mid(0, 10).join(QStringLiteral("; ")).toStdString());
        REQUIRE(wrong.isEmpty());
        // The writer counts up from max + 1, so the survivors are exactly 1..max.
        qint64 max = 0;
        for (auto it = present.cbegin(); it != present.cend(); ++it)
            max = std::max(max, it.key());
        REQUIRE(present.size() == max);
        // The records this writer began, in detail; earlier ones were checked after their kill.
        for (qint64 n = next; n <= max; ++n) {
            INFO("C-" << n);
            requireWholeIntake(db, present.value(n));
            auto found = ParticipantStore(db).findByRecordNumber(QStringLiteral("C-%1").arg(n));
            REQUIRE_OK(found);
            CHECK(*found == std::optional<Id>(present.value(n)));
        }
        committedUnreported += int(max - (numbers.isEmpty() ? next - 1 : numbers.last()));
        next = max + 1;
    }

    committed += next - 1;
    std::printf("crash loop: %d kills (seed %u) on %d files, %d after commits, %lld records "
                "committed, %d present though killed before reporting them, %.1f s\n",
        iterations, seed, (iterations + KillsPerFile - 1) / KillsPerFile, killsAfterCommits,
        static_cast<long long>(committed), committedUnreported, elapsed.elapsed() / 1000.0);
    std::fflush(stdout);
}
