// SPDX-License-Identifier: GPL-3.0-or-later
#include "SharedDemo.h"

#include "common/Clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSaveFile>
#include <catch2/catch.hpp>
#include <cstring>
#include <type_traits>

namespace stepwise::test {

namespace {

// The summary is kept beside the clinic as its bytes: the file never outlives this build of the
// program, so the layout cannot change under it.
static_assert(std::is_trivially_copyable_v<DemoSummary>);

QString stampOfThisProgram()
{
    const QFileInfo self(QCoreApplication::applicationFilePath());
    return QStringLiteral("%1-%2").arg(self.size()).arg(self.lastModified().toMSecsSinceEpoch());
}

void copyFile(const QString& from, const QString& to)
{
    QFile::remove(to);
    INFO("copying " << from.toStdString() << " to " << to.toStdString());
    REQUIRE(QFile::copy(from, to));
}

} // namespace

DemoSummary SharedDemo::generate(Database& db, int participants, quint32 seed)
{
    DemoOptions options;
    options.participants = participants;
    options.seed = seed;
    options.today = Today;
    auto summary = DemoGenerator::generate(db, options);
    REQUIRE_OK(summary);
    return summary.value();
}

SharedDemo::SharedDemo(int participants, quint32 seed)
{
    // The shared file must be what a case that generated its own would have seen.
    REQUIRE(Clock::instance().now() == QDateTime(Today, QTime(10, 0)));

    QDir cache(QFileInfo(QCoreApplication::applicationFilePath())
                   .dir()
                   .filePath(QStringLiteral("demo-cache")));
    REQUIRE(cache.mkpath(QStringLiteral(".")));
    const QString prefix = QStringLiteral("demo-%1-%2-").arg(participants).arg(seed);
    const QString base = prefix + stampOfThisProgram();
    const QString clinicFile = cache.filePath(base + QStringLiteral(".sqlite"));
    const QString summaryFile = cache.filePath(base + QStringLiteral(".summary"));

    QLockFile lock(cache.filePath(prefix + QStringLiteral("lock")));
    lock.setStaleLockTime(0); // a generation takes as long as it takes; a dead holder is detected
    REQUIRE(lock.lock());
    if (!QFile::exists(summaryFile)) {
        // Entries of earlier builds are of no use to anyone.
        const QStringList old = cache.entryList({ prefix + QStringLiteral("*") }, QDir::Files);
        for (const QString& name : old) {
            if (!name.endsWith(QLatin1String("lock")))
                cache.remove(name);
        }
        TestDatabase made;
        m_summary = generate(made.db(), participants, seed);
        const QString madePath = made.path();
        made.close(); // the last connection's close folds the WAL into the file
        REQUIRE_FALSE(QFile::exists(madePath + QStringLiteral("-wal")));
        copyFile(madePath, clinicFile);
        // Written last, so that an interrupted generation leaves no entry that looks whole.
        QSaveFile out(summaryFile);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(reinterpret_cast<const char*>(&m_summary), sizeof m_summary);
        REQUIRE(out.commit());
    } else {
        QFile in(summaryFile);
        REQUIRE(in.open(QIODevice::ReadOnly));
        const QByteArray bytes = in.readAll();
        REQUIRE(bytes.size() == qsizetype(sizeof m_summary));
        std::memcpy(&m_summary, bytes.constData(), sizeof m_summary);
    }
    m_copy = std::make_unique<TestDatabase>(TestDatabase::CopyOf { clinicFile });
}

} // namespace stepwise::test
