// SPDX-License-Identifier: GPL-3.0-or-later
// Times what a counselor and a supervisor wait for once attendance exists (issue 5): the
// caseload with its attendance flags, the week's hours report, one chart's Attendance tab and
// one attendance sheet, on a demo clinic of N participants with a year of sessions. Not a test:
// numbers go to docs/performance.md. Usage: stepwise_attendance_bench [participants] [runs]
#include "BenchTiming.h"
#include "common/Clock.h"
#include "demo/DemoGenerator.h"
#include "storage/AttendanceQuery.h"
#include "storage/AttendanceStore.h"
#include "storage/CaseloadQuery.h"
#include "storage/Database.h"
#include "storage/ScheduleStore.h"
#include "storage/StaffStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <functional>

using namespace stepwise;
using stepwise::bench::medianMs;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int participants = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 2000;
    const int runs = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 7;
    QTextStream out(stdout);
    QTemporaryDir dir;
    auto db = Database::open(
        dir.filePath(QStringLiteral("bench.sqlite")), Database::OpenMode::CreateIfMissing);
    if (!db) {
        out << db.error().message << "\n";
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    DemoOptions options;
    options.participants = participants;
    options.seed = 42;
    auto summary = DemoGenerator::generate(**db, options);
    if (!summary) {
        out << summary.error().fullMessage() << "\n";
        return 1;
    }
    out << "demo: " << participants << " participants, " << summary->sessions << " sessions, "
        << summary->attendance << " attendance rows in " << timer.elapsed() / 1000.0 << " s\n";

    // A supervisor sees the whole program; the first counselor their own caseload. The staff
    // list needs someone signed in: any reader will do for that.
    Session reader;
    reader.roles = RoleSet { StaffRole::Supervisor };
    (*db)->setSession(reader);
    auto staff = StaffStore(**db).list(false);
    if (!staff) {
        out << staff.error().fullMessage() << "\n";
        return 1;
    }
    Id supervisor = 0, counselor = 0;
    for (const StaffMember& m : *staff) {
        if (!supervisor && m.roles.has(StaffRole::Supervisor))
            supervisor = m.id;
        if (!counselor && m.roles == RoleSet { StaffRole::Counselor })
            counselor = m.id;
    }
    auto signIn = [&](Id id, RoleSet roles) {
        Session s;
        s.staffId = id;
        s.roles = roles;
        s.signedInAt = Clock::instance().nowUtc();
        (*db)->setSession(s);
    };
    const QDate today = Clock::instance().today();
    Database& d = **db;
    int rows = 0;

    signIn(supervisor, RoleSet { StaffRole::Supervisor });
    const double caseloadAll = medianMs(runs, [&] {
        auto r = CaseloadQuery::rows(d, {}, today);
        rows = r ? int(r->size()) : -1;
        return r.ok();
    });
    out << "caseload, supervisor (" << rows << " rows): " << caseloadAll << " ms\n";
    const double loadAll = medianMs(runs, [&] {
        auto r = AttendanceQuery::load(d, today.addDays(-120), today);
        rows = r ? int(r->size()) : -1;
        return r.ok();
    });
    out << "  of which loading 120 days of attendance (" << rows << " participants): " << loadAll
        << " ms\n";
    const double report = medianMs(runs, [&] {
        auto r = AttendanceQuery::weekReport(d, today.addDays(-7));
        rows = r ? int(r->rows.size()) : -1;
        return r.ok();
    });
    out << "report hours, last week (" << rows << " rows): " << report << " ms\n";
    auto sessions = ScheduleStore(d).sessions(today.addDays(-7), today.addDays(-1));
    if (!sessions)
        return 1;
    Id busiest = 0;
    int most = 0;
    for (const ScheduledSession& s : *sessions) {
        if (s.expectedCount > most) {
            most = s.expectedCount;
            busiest = s.id;
        }
    }
    const double sheet = medianMs(runs, [&] { return AttendanceStore(d).sheet(busiest).ok(); });
    out << "attendance sheet (" << most << " expected): " << sheet << " ms\n";
    auto caseload = CaseloadQuery::rows(d, {}, today);
    if (!caseload)
        return 1;
    Id inCare = 0;
    for (const CaseloadRow& r : *caseload) {
        if (r.phase) {
            inCare = r.participantId;
            break;
        }
    }
    const double chart = medianMs(runs, [&] {
        return AttendanceQuery::summary(d, inCare, today).ok()
            && AttendanceStore(d).history(inCare, today.addDays(-56), today).ok();
    });
    out << "chart Attendance tab (summary and 8 weeks of sessions): " << chart << " ms\n";

    signIn(counselor, RoleSet { StaffRole::Counselor });
    const double caseloadOwn = medianMs(runs, [&] {
        auto r = CaseloadQuery::rows(d, {}, today);
        rows = r ? int(r->size()) : -1;
        return r.ok();
    });
    out << "caseload, counselor (" << rows << " rows): " << caseloadOwn << " ms\n";
    const double week = medianMs(runs, [&] {
        return ScheduleStore(d).sessions(today.addDays(-3), today.addDays(3), counselor).ok();
    });
    out << "week view, counselor: " << week << " ms\n";
    return 0;
}
