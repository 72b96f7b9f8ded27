// SPDX-License-Identifier: GPL-3.0-or-later
#include "Startup.h"

#include "AppContext.h"
#include "Screenshot.h"
#include "auth/Authenticator.h"
#include "common/MessageBox.h"
#include "demo/DemoGenerator.h"
#include "session/RestoreOffer.h"
#include "session/SessionController.h"
#include "storage/AccountStore.h"
#include "storage/Database.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <cstdio>

namespace stepwise::Startup {

namespace {

constexpr int DemoParticipants = 120;
constexpr quint32 DemoSeed = 1;

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::Startup", text);
}

Error failure(ErrorCode code, const QString& message)
{
    return Error { code, message, {}, {} };
}

QString dataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

Result<std::unique_ptr<Database>> openExisting(const QString& path)
{
    if (!QFileInfo::exists(path)) {
        return failure(ErrorCode::NotFound,
            tr("The database file %1 does not exist.\n\nTo create an empty one, run:\n"
               "    stepwise-cli init --db %1\nor start Stepwise with --demo to try it on "
               "sample data.")
                .arg(QDir::toNativeSeparators(path)));
    }
    return Database::open(path, Database::OpenMode::ExistingOnly);
}

// The folder may not exist on first run; SQLite will not create it.
Result<std::unique_ptr<Database>> openOrCreate(const QString& path)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        return failure(ErrorCode::Io,
            tr("Cannot create the folder %1.")
                .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
    }
    return Database::open(path, Database::OpenMode::CreateIfMissing);
}

Result<std::unique_ptr<Database>> openDemo(const QString& path)
{
    const bool existed = QFileInfo::exists(path);
    auto db = openOrCreate(path);
    if (!db || existed)
        return db;
    DemoOptions options;
    options.participants = DemoParticipants;
    options.seed = DemoSeed;
    auto generated = DemoGenerator::generate(*db.value(), options);
    if (generated)
        return db;
    // We created the file a moment ago: do not leave a half-filled demo behind.
    db.value().reset();
    for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(path + suffix);
    return generated.error();
}

Result<std::unique_ptr<Database>> open(const StartupOptions& options, QString* path)
{
    if (options.demo && !options.databasePath.isEmpty())
        return failure(ErrorCode::InvalidArgument, tr("Use either --db or --demo, not both."));
    if (!options.databasePath.isEmpty()) {
        *path = options.databasePath;
        return openExisting(*path);
    }
    if (options.demo) {
        *path = demoDatabasePath();
        return openDemo(*path);
    }
    *path = defaultDatabasePath();
    return openOrCreate(*path);
}

// --screenshot runs without anyone at the keyboard: it signs in with the same variables as
// stepwise-cli, so scripts keep working and nothing is shown without an account.
Status signInFromEnvironment(Database& db)
{
    const QString user = qEnvironmentVariable("STEPWISE_USER");
    const QString password = qEnvironmentVariable("STEPWISE_PASSWORD");
    if (user.isEmpty() || password.isEmpty()) {
        return failure(ErrorCode::Unauthenticated,
            tr("--screenshot needs a staff account: set STEPWISE_USER and STEPWISE_PASSWORD "
               "(the demo database's accounts are in the README)."));
    }
    auto needed = AccountStore(db).needsFirstAdministrator();
    if (needed && *needed) {
        return failure(ErrorCode::Unauthenticated,
            tr("This database has no administrator yet: start Stepwise without --screenshot "
               "to create one."));
    }
    auto session = Authenticator(db).signIn(user, password);
    if (!session)
        return failure(ErrorCode::Unauthenticated,
            tr("Signing in as %1 for --screenshot was refused: %2")
                .arg(user, session.error().message));
    return {};
}

} // namespace

QString defaultDatabasePath()
{
    return dataFolder() + QStringLiteral("/stepwise.sqlite");
}

QString demoDatabasePath()
{
    return dataFolder() + QStringLiteral("/demo.sqlite");
}

int run(const StartupOptions& options)
{
    const bool headless = !options.screenshotPath.isEmpty();
    // Headless runs are read by developers and scripts: add SQLite's own words when there are
    // any. People get the translated summary only.
    const auto report = [headless](const QString& text, const QString& detail = {}) {
        if (headless && detail.isEmpty())
            std::fprintf(stderr, "stepwise: %s\n", qUtf8Printable(text));
        else if (headless)
            std::fprintf(
                stderr, "stepwise: %s (%s)\n", qUtf8Printable(text), qUtf8Printable(detail));
        else
            MessageBox::critical(nullptr, tr("Stepwise"), text);
    };

    QString path;
    auto db = open(options, &path);
    if (!db && !headless) {
        // A damaged file: say so and offer the newest good backup, if there is one.
        switch (RestoreOffer::offer(path, db.error())) {
        case RestoreOffer::Outcome::Restored:
            db = Database::open(path, Database::OpenMode::ExistingOnly);
            break;
        case RestoreOffer::Outcome::Declined:
        case RestoreOffer::Outcome::Failed:
            return 1;
        case RestoreOffer::Outcome::NotOffered:
            break;
        }
    }
    if (!db) {
        const Error& error = db.error();
        // Errors that already name the file read best as they are; others get the file named.
        report(error.code == ErrorCode::NotFound || error.code == ErrorCode::InvalidArgument
                ? error.message
                : tr("Stepwise cannot open %1:\n%2")
                      .arg(QDir::toNativeSeparators(path), error.message),
            error.detail);
        return 1;
    }

    AppContext context(std::move(db).value());
    if (headless) {
        if (Status signedIn = signInFromEnvironment(context.database()); !signedIn) {
            report(signedIn.error().message);
            return 1;
        }
        const Status shot = Screenshot::render(context, options.view, options.screenshotPath);
        Authenticator(context.database()).signOut(QStringLiteral("screenshot taken"));
        if (!shot) {
            report(shot.error().message, shot.error().detail);
            return 1;
        }
        return 0;
    }

    // Windows come and go (sign-in, main window, sign-in again): the session decides when the
    // program ends, not the last window closing.
    QApplication::setQuitOnLastWindowClosed(false);
    SessionController::Options sessionOptions;
    sessionOptions.demoHint = options.demo
        || QFileInfo(path).canonicalFilePath() == QFileInfo(demoDatabasePath()).canonicalFilePath();
    SessionController session(context, sessionOptions);
    QObject::connect(
        &session, &SessionController::finished, qApp,
        [](int code) { QCoreApplication::exit(code); }, Qt::QueuedConnection);
    session.start();
    return QApplication::exec();
}

} // namespace stepwise::Startup
