// SPDX-License-Identifier: GPL-3.0-or-later
// backup and restore: consistent copies of a database in use, and putting one back (core's
// Backup does the copying and checking; these commands decide who may).
#include "Command.h"
#include "SignIn.h"
#include "auth/Access.h"
#include "common/Clock.h"
#include "storage/AuditTrail.h"
#include "storage/Backup.h"
#include "storage/SettingsStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRandomGenerator>

namespace stepwise::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise-cli", text);
}

const QString OutOption = QStringLiteral("out");
const QString AutoOption = QStringLiteral("auto");
const QString FromOption = QStringLiteral("from");

QString size(qint64 bytes)
{
    return QLocale::system().formattedDataSize(bytes);
}

int backup(Console& console, const Invocation& invocation)
{
    const QString out = invocation.value(OutOption).trimmed();
    const bool automatic = invocation.isSet(AutoOption);
    if (out.isEmpty() == !automatic)
        return console.usage(tr("'backup' needs --out FILE or --auto"));

    return runSignedIn(console, invocation, [&](Database& db, SignIn&) {
        if (!automatic) {
            const auto made = Backup::create(db, out);
            if (!made)
                return console.fail(made.error());
            console.print(tr("wrote the backup %1 (%2)").arg(made->path, size(made->bytes)));
            return int(Success);
        }
        const auto settings = SettingsStore(db).load();
        if (!settings)
            return console.fail(settings.error());
        const QString folder = Backup::folderFor(db);
        const int keep = settings->security.backupsToKeep;
        const auto made = Backup::rotateDaily(db, folder, keep, Clock::instance().today());
        if (!made)
            return console.fail(made.error());
        if (!*made)
            console.print(tr("today's backup is already in %1").arg(folder));
        else
            console.print(tr("wrote the daily backup %1 (%2); the newest %3 are kept")
                              .arg((*made)->path, size((*made)->bytes))
                              .arg(keep));
        return int(Success);
    });
}

void removeWithCompanions(const QString& path)
{
    for (const char* suffix : { "", "-wal", "-shm", "-journal" })
        QFile::remove(path + QLatin1String(suffix));
}

// A name beside the database that nothing else uses, for the checked copy of the backup.
QString stagingPathFor(const QString& databasePath)
{
    const QFileInfo target(databasePath);
    return target.absoluteDir().filePath(
        QStringLiteral(".%1.restoring-%2-%3")
            .arg(target.fileName())
            .arg(QCoreApplication::applicationPid())
            .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0')));
}

// Core's messages name the files it was given; the user knows the backup and the database.
Error renamed(Error error, const QString& from, const QString& to)
{
    error.message.replace(from, to);
    error.detail.replace(from, to);
    return error;
}

// The database being replaced may be damaged or gone, so nobody can sign in on it. The person
// restoring signs in on a copy of the backup instead, and must be an administrator there: after
// the restore, the backup's accounts are the ones that count. The copy records who restored what
// in its audit trail and is what goes in place; the backup file itself is not written to.
int restore(Console& console, const Invocation& invocation)
{
    const QString backupPath = invocation.value(FromOption).trimmed();
    if (backupPath.isEmpty())
        return console.usage(tr("'restore' needs --from BACKUP"));
    SignIn signIn(console);
    if (const int status = signIn.checkAvailable(); status != Success)
        return status;
    const QString target = QFileInfo(invocation.databasePath()).absoluteFilePath();
    if (QFileInfo(backupPath).absoluteFilePath() == target)
        return console.fail(tr("%1 is the database itself; restore from another file").arg(target));

    // Core checks the backup (Stepwise's, complete, integrity, foreign keys, no pending -wal)
    // while copying it beside the database; nothing is written to the backup or the database.
    const QString staging = stagingPathFor(target);
    struct Cleanup
    {
        QString path;
        ~Cleanup() { removeWithCompanions(path); }
    } cleanup { staging };
    if (auto copied = Backup::restore(backupPath, staging); !copied)
        return console.fail(renamed(copied.error(), staging, target));

    {
        auto opened = Database::open(staging, Database::OpenMode::ExistingOnly);
        if (!opened)
            return console.fail(renamed(opened.error(), staging, backupPath));
        Database& copy = **opened;
        copy.setWorkstation(copy.workstation() + QStringLiteral(" (stepwise-cli)"));
        if (const int status = signIn.signIn(copy, invocation.commandName()); status != Success)
            return status;
        const int status = [&]() {
            if (Status s = Access::require(copy, Permission::Backup); !s)
                return console.fail(s.error());
            if (Status s = AuditTrail::record(copy, QStringLiteral("backup.restore"),
                    QStringLiteral("database"), 0,
                    tr("%1 restored from %2")
                        .arg(target, QFileInfo(backupPath).absoluteFilePath()));
                !s)
                return console.fail(s.error());
            return int(Success);
        }();
        signIn.signOut(); // while the copy is still open
        if (status != Success)
            return status;
    }

    const auto kept = Backup::restore(staging, target);
    if (!kept)
        return console.fail(renamed(kept.error(), staging, backupPath));
    if (kept->isEmpty())
        console.print(tr("restored %1 from %2").arg(target, backupPath));
    else
        console.print(tr("restored %1 from %2; the database it replaced is kept as %3")
                          .arg(target, backupPath, *kept));
    return Success;
}

} // namespace

QList<Command> backupCommands()
{
    return {
        { { QStringLiteral("backup") },
            tr("Make a checked copy of the database while it is in use (--out, administrators), "
               "or today's automatic backup (--auto)."),
            {
                { QStringList { OutOption }, tr("The backup file to write; must not exist."),
                    tr("FILE") },
                { QStringList { AutoOption },
                    tr("Make today's automatic backup in the backup folder of the settings and "
                       "remove the oldest beyond the number to keep.") },
            },
            {}, backup },
        { { QStringLiteral("restore") },
            tr("Put a backup in place of the database (an administrator of the backup signs in); "
               "the replaced file is kept beside it."),
            {
                { QStringList { FromOption }, tr("The backup file to restore."), tr("BACKUP") },
            },
            {}, restore },
    };
}

} // namespace stepwise::cli
