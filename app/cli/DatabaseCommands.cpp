// SPDX-License-Identifier: GPL-3.0-or-later
// init, check and demo: commands about the database file as a whole.
#include "Command.h"
#include "FirstAdministrator.h"
#include "TextTable.h"
#include "demo/DemoGenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <limits>

namespace stepwise::cli {

namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("stepwise-cli", text, nullptr, n);
}

constexpr int MaxDemoParticipants = 1'000'000;
const QString AdminNameOption = QStringLiteral("admin-name");
const QString AdminUserOption = QStringLiteral("admin-user");

// A database init made and could not finish is removed, so a second try starts clean and no
// file without an administrator is left behind.
void removeDatabaseFiles(const QString& path)
{
    for (const char* suffix : { "", "-wal", "-shm", "-journal" })
        QFile::remove(path + QLatin1String(suffix));
}

int init(Console& console, const Invocation& invocation)
{
    const QString path = invocation.databasePath();
    if (QFileInfo::exists(path) || QFileInfo(path).isSymLink())
        return console.fail(tr("%1 already exists; init only creates new databases").arg(path));
    FirstAdministrator admin(console, invocation, AdminNameOption, AdminUserOption);
    if (const int status = admin.checkAvailable(); status != Success)
        return status;
    if (const int status = admin.ask(); status != Success)
        return status;

    auto db = openDatabase(console, invocation, Database::OpenMode::CreateIfMissing);
    if (!db)
        return Failed;
    const int status = admin.create(*db);
    db.reset();
    if (status != Success) {
        removeDatabaseFiles(path);
        return status;
    }
    console.print(tr("created %1 with the administrator %2 (user name %3)")
                      .arg(path, printable(admin.name()), printable(admin.username())));
    return Success;
}

int check(Console& console, const Invocation& invocation)
{
    // A check must not change what it checks (an older file is reported, not upgraded).
    const auto db = openDatabase(console, invocation, Database::OpenMode::ReadOnly);
    if (!db)
        return Failed;
    const auto problems = db->verify();
    if (!problems)
        return console.fail(problems.error());
    if (problems->isEmpty()) {
        console.print(QStringLiteral("ok"));
        return Success;
    }
    for (const QString& problem : *problems)
        console.print(printable(problem));
    return console.fail(
        tr("%1 failed %n check(s)", int(problems->size())).arg(invocation.databasePath()));
}

int demo(Console& console, const Invocation& invocation)
{
    DemoOptions options;
    if (invocation.isSet(QStringLiteral("participants"))) {
        const QString text = invocation.value(QStringLiteral("participants"));
        bool ok = false;
        options.participants = text.toInt(&ok);
        if (!ok || options.participants < 1 || options.participants > MaxDemoParticipants)
            return console.usage(tr("--participants expects a whole number from 1 to %1, not '%2'")
                                     .arg(MaxDemoParticipants)
                                     .arg(text));
    }
    if (invocation.isSet(QStringLiteral("seed"))) {
        const QString text = invocation.value(QStringLiteral("seed"));
        bool ok = false;
        const qulonglong seed = text.toULongLong(&ok);
        if (!ok || seed > std::numeric_limits<quint32>::max())
            return console.usage(tr("--seed expects a whole number from 0 to %1, not '%2'")
                                     .arg(std::numeric_limits<quint32>::max())
                                     .arg(text));
        options.seed = quint32(seed);
    }

    if (invocation.isSet(QStringLiteral("in-care"))) {
        const QString text = invocation.value(QStringLiteral("in-care"));
        bool ok = false;
        const int n = text.toInt(&ok);
        if (!ok || n < 0 || n > options.participants)
            return console.usage(
                tr("--in-care expects a whole number from 0 to the participants (%1), not '%2'")
                    .arg(options.participants)
                    .arg(text));
        options.inCare = n;
    }
    if (invocation.isSet(QStringLiteral("years"))) {
        const QString text = invocation.value(QStringLiteral("years"));
        bool ok = false;
        const int n = text.toInt(&ok);
        if (!ok || n < 1 || n > DemoOptions::MaxYears)
            return console.usage(tr("--years expects a whole number from 1 to %1, not '%2'")
                                     .arg(DemoOptions::MaxYears)
                                     .arg(text));
        options.years = n;
    }

    QElapsedTimer timer;
    timer.start();
    const auto db = openDatabase(console, invocation, Database::OpenMode::CreateIfMissing);
    if (!db)
        return Failed;
    const auto summary = DemoGenerator::generate(*db, options);
    if (!summary)
        return console.fail(summary.error());
    const double seconds = double(timer.elapsed()) / 1000.0;
    // One line: scripts and tests read the accounts from the lines after it.
    console.print(tr("generated %1 participants (%2 episodes, %3 phases), %4 sessions with %5 "
                     "attendance records, %6 treatment plans (%7 versions, %8 reviews), %9 notes "
                     "(%10 signed, %11 drafts, %12 awaiting co-signature), %13 group notes, %14 "
                     "drug screens, %15 discharges with their records, and %16 staff in %17 s")
                      .arg(summary->participants)
                      .arg(summary->episodes)
                      .arg(summary->phases)
                      .arg(summary->sessions)
                      .arg(summary->attendance)
                      .arg(summary->treatmentPlans)
                      .arg(summary->planVersions)
                      .arg(summary->planReviews)
                      .arg(summary->notes)
                      .arg(summary->notesSigned)
                      .arg(summary->notesDraft)
                      .arg(summary->notesAwaitingCosign)
                      .arg(summary->groupNotes)
                      .arg(summary->screens)
                      .arg(summary->dischargeRecords)
                      .arg(summary->staff)
                      .arg(seconds, 0, 'f', 1));
    // The demo accounts are documented and public: demo databases only.
    console.print(tr("demo accounts, each with the password %1:")
                      .arg(QLatin1String(DemoGenerator::Password)));
    using Align = TextTable::Align;
    TextTable accounts({ { tr("User name"), Align::Left }, { tr("Role"), Align::Left } });
    accounts.addRow({ QLatin1String(DemoGenerator::AdministratorUser),
        RoleSet { StaffRole::Administrator }.labels() });
    accounts.addRow({ QLatin1String(DemoGenerator::SupervisorUser),
        RoleSet { StaffRole::Supervisor }.labels() });
    accounts.addRow(
        { QLatin1String(DemoGenerator::CounselorUser), RoleSet { StaffRole::Counselor }.labels() });
    console.write(accounts.render().toUtf8());
    return Success;
}

} // namespace

QList<Command> databaseCommands()
{
    return {
        { { QStringLiteral("init") },
            tr("Create a new database and its first administrator; refuses a file that "
               "exists."),
            {
                { QStringList { AdminNameOption }, tr("The first administrator's full name."),
                    tr("NAME") },
                { QStringList { AdminUserOption },
                    tr("Their user name (default: STEPWISE_USER). The password comes from "
                       "STEPWISE_PASSWORD, or is asked twice."),
                    tr("USER") },
            },
            {}, init },
        { { QStringLiteral("check") },
            tr("Verify a database (integrity, foreign keys, schema version) without signing in or "
               "changing it; prints ok or each problem."),
            {}, {}, check },
        { { QStringLiteral("demo") },
            tr("Create a database with a synthetic clinic and the demo accounts (same seed, same "
               "data)."),
            {
                { QStringList { QStringLiteral("participants") },
                    tr("How many participants to generate (default 200)."), tr("N") },
                { QStringList { QStringLiteral("seed") }, tr("Seed of the generator (default 1)."),
                    tr("S") },
                { QStringList { QStringLiteral("in-care") },
                    tr("How many of them are in care today; the rest are discharged (default: "
                       "about 60 %)."),
                    tr("N") },
                { QStringList { QStringLiteral("years") },
                    tr("Years of history: discharged participants were admitted and attendance "
                       "is recorded within them (default: admissions within 2 years, attendance "
                       "for the last)."),
                    tr("Y") },
            },
            {}, demo },
    };
}

} // namespace stepwise::cli
