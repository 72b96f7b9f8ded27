// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the participants CSV import (ParticipantCsv::importCsv) into a database with
// three staff members, as a counselor who also supervises. Besides "never crashes", checks the
// promises of docs/cli.md: a refused import writes nothing and names a line and a reason for
// every problem; an accepted one adds exactly the rows it reports, and its export imports into
// the same empty database again and exports to the same bytes.
//
// Every input meets the same empty database: it is made once per process as a template file and
// copied back after each import that wrote something, so an input's outcome does not depend on
// the inputs before it (libFuzzer needs that) and record numbers never collide across inputs.
#include "FuzzEnvironment.h"
#include "io/ParticipantCsv.h"
#include "storage/Database.h"
#include "storage/ParticipantStore.h"
#include "storage/StaffStore.h"

#include <QFile>
#include <QSet>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <memory>

using namespace stepwise;

namespace {

const RoleSet clinician { StaffRole::Counselor, StaffRole::Supervisor };

struct State
{
    QString templatePath;
    QString workPath;
    std::unique_ptr<Database> db;
    Id importerId = 0;
    int writesSinceReset = 0;
    QSet<QString> storageErrorsSeen;
    // For the summary at exit: how deep the inputs got.
    qint64 refused = 0;
    qint64 accepted = 0; // imports that added participants (each also round-tripped)
    qint64 participantsImported = 0;
};

State* state = nullptr;

std::unique_ptr<Database> openOrDie(const QString& path, Database::OpenMode mode)
{
    auto db = Database::open(path, mode);
    if (!db)
        fuzz::propertyFailed("the fuzz database opens", db.error().fullMessage());
    return std::move(db).value();
}

Id addStaff(Database& db, const QString& name, const RoleSet& roles)
{
    db.setSession(fuzz::sessionFor(0, { StaffRole::Administrator }));
    StaffMember member;
    member.name = name;
    member.roles = roles;
    auto id = StaffStore(db).add(member);
    if (!id)
        fuzz::propertyFailed("staff can be added to a new database", id.error().fullMessage());
    return id.value();
}

// The seed CSVs name these counselors.
void makeTemplate()
{
    auto db = openOrDie(state->templatePath, Database::OpenMode::CreateIfMissing);
    addStaff(*db, QStringLiteral("Jordan Reyes"), { StaffRole::Counselor });
    addStaff(*db, QStringLiteral("Ana María Núñez"), { StaffRole::Counselor });
    state->importerId = addStaff(*db, QStringLiteral("Sam Okafor"), clinician);
}

void resetDatabase()
{
    state->db.reset();
    fuzz::removeDatabaseFiles(state->workPath);
    if (!QFile::copy(state->templatePath, state->workPath))
        fuzz::propertyFailed("the template database can be copied", state->workPath);
    state->db = openOrDie(state->workPath, Database::OpenMode::ExistingOnly);
    state->db->setSession(fuzz::sessionFor(state->importerId, clinician));
    state->writesSinceReset = 0;
}

qsizetype participantCount()
{
    auto all = ParticipantStore(*state->db).all();
    if (!all)
        fuzz::propertyFailed("participants can be listed", all.error().fullMessage());
    return all->size();
}

QString describe(const ParticipantCsv::ImportOutcome& outcome)
{
    QString text;
    for (const auto& p : outcome.problems)
        text += QStringLiteral("line %1 [%2]: %3\n").arg(p.line).arg(p.column, p.message);
    if (outcome.error)
        text += outcome.error->fullMessage() + QStringLiteral(" | ") + outcome.error->detail;
    return text;
}

void checkProblems(const ParticipantCsv::ImportOutcome& outcome)
{
    for (const auto& p : outcome.problems) {
        if (p.line < 1 || p.message.isEmpty())
            fuzz::propertyFailed(
                "every import problem names a line and a reason", describe(outcome));
    }
}

// A storage error on a healthy database is worth a look but is still a refusal, not a crash:
// report each distinct one once.
void noteStorageError(const Error& error)
{
    const QString key = error.message + QStringLiteral(" | ") + error.detail;
    if (state->storageErrorsSeen.contains(key) || state->storageErrorsSeen.size() > 20)
        return;
    state->storageErrorsSeen.insert(key);
    std::fprintf(stderr, "stepwise fuzz: import refused with a storage error: %s\n",
        qPrintable(key.left(500)));
}

void checkRoundTrip(int imported)
{
    auto first = ParticipantCsv::exportCsv(*state->db, {});
    if (!first)
        fuzz::propertyFailed("an import can be exported", first.error().fullMessage());
    resetDatabase();
    const auto again
        = ParticipantCsv::importCsv(*state->db, *first, fuzz::FuzzEnvironment::today());
    if (!again.ok() || again.imported != imported)
        fuzz::propertyFailed("an export imports again into the same empty database",
            describe(again) + QStringLiteral("\n--- export:\n") + QString::fromUtf8(*first));
    auto second = ParticipantCsv::exportCsv(*state->db, {});
    if (!second || *second != *first)
        fuzz::propertyFailed("an export re-imports unchanged (the second export is the same)",
            QStringLiteral("--- first:\n") + QString::fromUtf8(*first)
                + QStringLiteral("\n--- second:\n")
                + (second ? QString::fromUtf8(*second) : second.error().fullMessage()));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    fuzz::FuzzEnvironment::init(argc, argv);
    state = new State;
    state->templatePath = fuzz::FuzzEnvironment::scratchPath(QStringLiteral("template.sqlite"));
    state->workPath = fuzz::FuzzEnvironment::scratchPath(QStringLiteral("import.sqlite"));
    makeTemplate();
    resetDatabase();
    // Connections must close before the QCoreApplication goes (FuzzEnvironment's own exit
    // handler, registered earlier, runs later).
    std::atexit([] {
        std::fprintf(stderr,
            "stepwise fuzz: %lld imports refused, %lld accepted (%lld participants, each "
            "exported and re-imported)\n",
            static_cast<long long>(state->refused), static_cast<long long>(state->accepted),
            static_cast<long long>(state->participantsImported));
        delete state;
        state = nullptr;
    });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto outcome
        = ParticipantCsv::importCsv(*state->db, input, fuzz::FuzzEnvironment::today());
    checkProblems(outcome);

    if (!outcome.ok()) {
        ++state->refused;
        if (outcome.error)
            noteStorageError(*outcome.error);
        if (outcome.imported != 0 || participantCount() != 0)
            fuzz::propertyFailed("a refused import writes nothing", describe(outcome));
        return 0;
    }
    if (participantCount() != outcome.imported)
        fuzz::propertyFailed("an import adds exactly the rows it reports",
            QStringLiteral("reported %1, found %2").arg(outcome.imported).arg(participantCount()));
    if (outcome.imported > 0) {
        ++state->accepted;
        state->participantsImported += outcome.imported;
        checkRoundTrip(outcome.imported);
        resetDatabase();
    } else if (++state->writesSinceReset >= 1000) {
        // A header-only file imports nothing but still adds an audit row.
        resetDatabase();
    }
    return 0;
}
