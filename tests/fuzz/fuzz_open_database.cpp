// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: a file of any bytes opened as a Stepwise database. Database::open must refuse
// it with a message, leaving it byte for byte as it was, or open it; an opened file then goes
// through verify() and the reads a signed-in supervisor would make. Only the scratch copy is
// written, so migrations and the export's audit row are fine.
#include "FuzzEnvironment.h"
#include "io/ParticipantCsv.h"
#include "storage/AccountStore.h"
#include "storage/AuditTrail.h"
#include "storage/CaseloadQuery.h"
#include "storage/Database.h"
#include "storage/EpisodeStore.h"
#include "storage/ParticipantStore.h"
#include "storage/SettingsStore.h"
#include "storage/StaffStore.h"

#include <QMap>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace stepwise;

namespace {

// For the summary at exit: how many inputs opened, and why the others were refused.
qint64 opened = 0;
QMap<ErrorCode, qint64> refusals;

const char* codeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Validation:
        return "validation";
    case ErrorCode::NotFound:
        return "not found";
    case ErrorCode::Conflict:
        return "conflict";
    case ErrorCode::Storage:
        return "storage";
    case ErrorCode::NotADatabase:
        return "not a database";
    case ErrorCode::Corrupt:
        return "corrupt";
    case ErrorCode::NewerVersion:
        return "newer version";
    case ErrorCode::Io:
        return "io";
    case ErrorCode::InvalidArgument:
        return "invalid argument";
    case ErrorCode::Unauthenticated:
        return "unauthenticated";
    case ErrorCode::Forbidden:
        return "forbidden";
    }
    return "?";
}

const RoleSet everyRole { StaffRole::Counselor, StaffRole::Supervisor, StaffRole::Administrator };

// Every read is allowed to fail (a fuzzed file has odd tables); none may crash.
void readThrough(Database& db)
{
    (void)db.verify();
    db.setSession(fuzz::sessionFor(0, everyRole));
    if (auto staff = StaffStore(db).list(); staff && !staff->isEmpty()) {
        // Act as someone the file knows, so audit rows (chart views, the export) can be written.
        db.setSession(fuzz::sessionFor(staff->first().id, everyRole));
        (void)StaffStore(db).get(staff->first().id);
        (void)AccountStore(db).account(staff->first().id);
    }
    (void)AccountStore(db).needsFirstAdministrator();
    (void)SettingsStore(db).load();

    ParticipantStore participants(db);
    EpisodeStore episodes(db);
    if (auto all = participants.all()) {
        for (qsizetype i = 0; i < all->size() && i < 5; ++i) {
            const Id id = all->at(i).id;
            (void)participants.openChart(id);
            if (auto list = episodes.episodes(id); list && !list->isEmpty())
                (void)episodes.episode(list->last().id);
        }
    }
    (void)CaseloadQuery::rows(db, {}, fuzz::FuzzEnvironment::today());
    AuditFilter newest;
    newest.limit = 50;
    (void)AuditTrail::entries(db, newest);
    (void)AuditTrail::verify(db);
    (void)ParticipantCsv::exportCsv(db, {});
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    fuzz::FuzzEnvironment::init(argc, argv);
    std::atexit([] {
        QStringList reasons;
        for (auto it = refusals.cbegin(); it != refusals.cend(); ++it)
            reasons
                << QStringLiteral("%1 %2").arg(it.value()).arg(QLatin1String(codeName(it.key())));
        std::fprintf(stderr, "stepwise fuzz: %lld files opened; refused: %s\n",
            static_cast<long long>(opened), qPrintable(reasons.join(QStringLiteral(", "))));
    });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const QString path = fuzz::FuzzEnvironment::scratchPath(QStringLiteral("input.sqlite"));
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    fuzz::removeDatabaseFiles(path);
    if (!fuzz::writeFile(path, input))
        fuzz::propertyFailed("the scratch file can be written", path);

    {
        auto db = Database::open(path, Database::OpenMode::ExistingOnly);
        if (!db) {
            ++refusals[db.error().code];
            if (db.error().message.isEmpty())
                fuzz::propertyFailed("a refused file gets a message", db.error().detail);
            if (fuzz::readFile(path) != input)
                fuzz::propertyFailed("a refused file is left byte for byte as it was",
                    db.error().message + QStringLiteral(" | ") + db.error().detail);
        } else {
            ++opened;
            readThrough(*db.value());
        }
    }
    fuzz::removeDatabaseFiles(path);
    return 0;
}
