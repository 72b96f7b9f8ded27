// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the database seeds of fuzz_open_database at build time, so no binary database is kept
// in the repository and the seeds always have the current schema:
//   empty.sqlite                 what Database::open(CreateIfMissing) makes
//   clinic.sqlite                staff, the participants of a seed CSV (episodes, phases,
//                                a discharge), settings and audit rows
//   clinic-truncated-*.sqlite    clinic.sqlite cut at a page boundary and inside a page
//   newer-version.sqlite         empty.sqlite claiming a schema version from the future
//   foreign.sqlite               another application's SQLite database
// Usage: make_seed_databases OUTPUT_DIR PARTICIPANTS.csv
#include "FuzzEnvironment.h"
#include "io/ParticipantCsv.h"
#include "storage/Database.h"
#include "storage/ParticipantStore.h"
#include "storage/Schema.h"
#include "storage/SettingsStore.h"
#include "storage/StaffStore.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtEndian>
#include <cstdio>
#include <cstdlib>

using namespace stepwise;

namespace {

[[noreturn]] void die(const QString& message)
{
    std::fprintf(stderr, "make_seed_databases: %s\n", qPrintable(message));
    std::exit(1);
}

std::unique_ptr<Database> create(const QString& path)
{
    fuzz::removeDatabaseFiles(path);
    auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
    if (!db)
        die(db.error().fullMessage() + QStringLiteral(" | ") + db.error().detail);
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
        die(id.error().fullMessage());
    return id.value();
}

void writeClinic(const QString& path, const QByteArray& csv)
{
    auto db = create(path);
    addStaff(*db, QStringLiteral("Jordan Reyes"), { StaffRole::Counselor });
    addStaff(*db, QStringLiteral("Ana María Núñez"), { StaffRole::Counselor });
    const RoleSet everyRole { StaffRole::Counselor, StaffRole::Supervisor,
        StaffRole::Administrator };
    const Id lead = addStaff(*db, QStringLiteral("Sam Okafor"), everyRole);
    db->setSession(fuzz::sessionFor(lead, everyRole));

    const auto outcome = ParticipantCsv::importCsv(*db, csv, fuzz::FuzzEnvironment::today());
    if (!outcome.ok() || outcome.imported == 0) {
        QString text = QStringLiteral("the seed CSV does not import:");
        for (const auto& p : outcome.problems)
            text += QStringLiteral("\n  line %1 [%2]: %3").arg(p.line).arg(p.column, p.message);
        if (outcome.error)
            text += QStringLiteral("\n  ") + outcome.error->fullMessage();
        die(text);
    }
    auto settings = SettingsStore(*db).load();
    if (!settings)
        die(settings.error().fullMessage());
    settings->clinicName = QStringLiteral("Riverside Recovery");
    if (Status s = SettingsStore(*db).save(*settings); !s)
        die(s.error().fullMessage());
    if (auto all = ParticipantStore(*db).all(); all && !all->isEmpty())
        (void)ParticipantStore(*db).openChart(all->first().id);
}

void writeTruncated(const QString& from, const QString& to, qint64 size)
{
    if (!fuzz::writeFile(to, fuzz::readFile(from).left(size)))
        die(QStringLiteral("cannot write ") + to);
}

void writeNewerVersion(const QString& from, const QString& to)
{
    QByteArray bytes = fuzz::readFile(from);
    if (bytes.size() < 100)
        die(QStringLiteral("short file ") + from);
    // The schema version is SQLite's user_version, at offset 60 of the header.
    qToBigEndian<quint32>(quint32(Schema::currentVersion() + 1), bytes.data() + 60);
    if (!fuzz::writeFile(to, bytes))
        die(QStringLiteral("cannot write ") + to);
}

// Raw SQL only to make a file that is not ours.
void writeForeign(const QString& path)
{
    fuzz::removeDatabaseFiles(path);
    const QString name = QStringLiteral("foreign-seed");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            die(QStringLiteral("cannot create ") + path);
        QSqlQuery q(db);
        for (const char* sql : { "PRAGMA application_id = 1179603525",
                 "CREATE TABLE contact (id INTEGER PRIMARY KEY, name TEXT NOT NULL)",
                 "INSERT INTO contact (name) VALUES ('Ada'), ('Grace')" }) {
            if (!q.exec(QLatin1String(sql)))
                die(QStringLiteral("foreign seed: ") + QLatin1String(sql));
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

int main(int argc, char** argv)
{
    fuzz::FuzzEnvironment::init(&argc, &argv);
    if (argc != 3)
        die(QStringLiteral("usage: make_seed_databases OUTPUT_DIR PARTICIPANTS.csv"));
    const QDir out(QString::fromLocal8Bit(argv[1]));
    if (!QDir().mkpath(out.path()))
        die(QStringLiteral("cannot create ") + out.path());
    const QByteArray csv = fuzz::readFile(QString::fromLocal8Bit(argv[2]));
    if (csv.isEmpty())
        die(QStringLiteral("cannot read ") + QString::fromLocal8Bit(argv[2]));

    const QString empty = out.filePath(QStringLiteral("empty.sqlite"));
    create(empty).reset(); // closing checkpoints the WAL into the file
    const QString clinic = out.filePath(QStringLiteral("clinic.sqlite"));
    writeClinic(clinic, csv);

    const QByteArray clinicBytes = fuzz::readFile(clinic);
    const qint64 size = clinicBytes.size();
    const qint64 page = qFromBigEndian<quint16>(clinicBytes.constData() + 16); // header
    writeTruncated(clinic, out.filePath(QStringLiteral("clinic-truncated-pages.sqlite")),
        (size / 2) / page * page);
    writeTruncated(clinic, out.filePath(QStringLiteral("clinic-truncated-midpage.sqlite")),
        (size / 2) / page * page + 1000);
    writeNewerVersion(empty, out.filePath(QStringLiteral("newer-version.sqlite")));
    writeForeign(out.filePath(QStringLiteral("foreign.sqlite")));
    return 0;
}
