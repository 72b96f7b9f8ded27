// SPDX-License-Identifier: GPL-3.0-or-later
// The process the crash test kills: it admits participants "C-<n>", n = first, first + 1, ...,
// each in one transaction (participant, diagnoses, episode, phase and audit rows), and prints
// n on its own line only after the commit returned. Whatever it printed must survive SIGKILL.
//
//   stepwise_crash_writer DATABASE FIRST-NUMBER
#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/ParticipantStore.h"
#include "storage/StaffStore.h"

#include <QCoreApplication>
#include <cstdio>

using namespace stepwise;

namespace {

const QString WriterName = QStringLiteral("Crash Writer");

int fail(const QString& what, const Error& error)
{
    std::fprintf(stderr, "crash writer: %s: %s | %s\n", qPrintable(what), qPrintable(error.message),
        qPrintable(error.detail));
    return 1;
}

// The staff member the rows are written as: created by the first writer (or the test).
Result<Id> writerStaffId(Database& db)
{
    Session admin;
    admin.roles = { StaffRole::Administrator };
    db.setSession(admin);
    auto found = StaffStore(db).findByName(WriterName);
    if (!found)
        return found.error();
    if (*found)
        return (*found)->id;
    StaffMember member;
    member.name = WriterName;
    member.roles = { StaffRole::Counselor, StaffRole::Supervisor };
    return StaffStore(db).add(member);
}

Participant numbered(qint64 n, Id counselor)
{
    Participant p;
    p.recordNumber = QStringLiteral("C-%1").arg(n);
    p.legalFirstName = QStringLiteral("Crash");
    p.legalLastName = QStringLiteral("Test %1").arg(n);
    p.dateOfBirth = QDate(1980, 1, 1).addDays(n % 9000);
    p.counselorId = counselor;
    p.diagnoses = {
        { QStringLiteral("F10.20"), QStringLiteral("Alcohol dependence"), Severity::Moderate },
        { QStringLiteral("F41.1"), QStringLiteral("Generalized anxiety disorder"), Severity::Mild }
    };
    return p;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    bool numberOk = false;
    const qint64 first = args.size() == 3 ? args.at(2).toLongLong(&numberOk) : 0;
    if (!numberOk || first < 1) {
        std::fprintf(stderr, "usage: stepwise_crash_writer DATABASE FIRST-NUMBER\n");
        return 2;
    }
    auto opened = Database::open(args.at(1), Database::OpenMode::CreateIfMissing);
    if (!opened)
        return fail(QStringLiteral("open"), opened.error());
    Database& db = **opened;
    auto staffId = writerStaffId(db);
    if (!staffId)
        return fail(QStringLiteral("staff"), staffId.error());

    Session writer;
    writer.staffId = *staffId;
    writer.name = WriterName;
    writer.roles = { StaffRole::Counselor, StaffRole::Supervisor };
    writer.signedInAt = Clock::instance().now().toUTC();
    db.setSession(writer);

    ParticipantStore store(db);
    const Admission admission { Clock::instance().today(), PhasePlan { 3, 9.0 },
        QStringLiteral("Crash test admission") };
    for (qint64 n = first;; ++n) {
        auto id = store.add(numbered(n, *staffId), admission);
        if (!id)
            return fail(QStringLiteral("add C-%1").arg(n), id.error());
        // One write per line: the test may kill us between any two instructions, and a line
        // it reads must name a committed record.
        std::printf("%lld\n", static_cast<long long>(n));
        std::fflush(stdout);
    }
}
