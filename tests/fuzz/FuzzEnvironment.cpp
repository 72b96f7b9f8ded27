// SPDX-License-Identifier: GPL-3.0-or-later
#include "FuzzEnvironment.h"

#include "common/Clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace stepwise::fuzz {

namespace {

// Mid-2026: late enough for the seed files' dates, fixed so dates in inputs never drift from
// valid to "in the future" between runs.
class FixedClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC); }
};

const FixedClock fixedClock;
std::unique_ptr<QCoreApplication> application;
std::unique_ptr<QTemporaryDir> scratch;

} // namespace

void FuzzEnvironment::init(int* argc, char*** argv)
{
    if (application)
        return;
    application = std::make_unique<QCoreApplication>(*argc, *argv);
    Clock::setInstance(&fixedClock);

    const QString base = QFileInfo(QStringLiteral("/dev/shm")).isWritable()
        ? QStringLiteral("/dev/shm")
        : QDir::tempPath();
    scratch = std::make_unique<QTemporaryDir>(base + QStringLiteral("/stepwise-fuzz-XXXXXX"));
    if (!scratch->isValid()) {
        std::fprintf(
            stderr, "stepwise fuzz: cannot create a scratch folder in %s\n", qPrintable(base));
        std::abort();
    }
    // libFuzzer ends the process with exit() after -max_total_time, which runs static
    // destructors: remove the folder then, and never let Qt objects outlive their statics.
    std::atexit([] {
        scratch.reset();
        application.reset();
    });
}

QDate FuzzEnvironment::today()
{
    return fixedClock.today();
}

QString FuzzEnvironment::scratchDir()
{
    return scratch->path();
}

QString FuzzEnvironment::scratchPath(const QString& fileName)
{
    return scratch->filePath(fileName);
}

Session sessionFor(Id staffId, const RoleSet& roles)
{
    Session s;
    s.staffId = staffId;
    s.roles = roles;
    s.name = QStringLiteral("fuzz %1").arg(staffId);
    s.username = QStringLiteral("fuzz%1").arg(staffId);
    s.signedInAt = Clock::instance().now().toUTC();
    return s;
}

void removeDatabaseFiles(const QString& path)
{
    for (const char* suffix : { "", "-wal", "-shm", "-journal" })
        QFile::remove(path + QLatin1String(suffix));
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return f.write(bytes) == bytes.size();
}

void propertyFailed(const char* what, const QString& detail)
{
    std::fprintf(
        stderr, "\n*** stepwise fuzz: property violated: %s\n%s\n", what, qPrintable(detail));
    std::fflush(stderr);
    std::abort();
}

} // namespace stepwise::fuzz
