// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 8's scale benchmark: builds demo clinics with `stepwise-cli demo` (once; they are kept in
// DATASET-DIR) and times what supervisors and counselors wait for, as medians. Not a test:
// timings are never asserted; the numbers go to docs/performance.md.
//
//   stepwise_scale_bench DATASET-DIR S|L|S2|L2 [RUNS]
//
// S: 2,000 participants, 300 in care, 4 years of history; L: 20,000, 3,000 in care, 4 years;
// S2 and L2: S and L with twice the history (twice the participants, the same number in care, 8
// years), for the growth measurement. The programs are found beside the build tree
// (STEPWISE_CLI_PATH, STEPWISE_GUI_PATH, STEPWISE_EMPTY_WINDOW_PATH, compiled in); the bound of
// each screen is its statements replayed in the sqlite3 shell (ShellReplay).
#include "BenchTiming.h"
#include "ShellReplay.h"
#include "auth/Authenticator.h"
#include "caseload/CaseloadFilterModel.h"
#include "caseload/CaseloadModel.h"
#include "common/Clock.h"
#include "demo/DemoGenerator.h"
#include "reports/BatchSummaryExport.h"
#include "reports/SummaryExport.h"
#include "storage/AttendanceStore.h"
#include "storage/CaseloadQuery.h"
#include "storage/DashboardQuery.h"
#include "storage/Database.h"
#include "storage/OutcomeQuery.h"
#include "storage/ScheduleStore.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <functional>
#include <sys/resource.h>

using namespace stepwise;
using stepwise::bench::median;
using stepwise::bench::medianMs;
using stepwise::bench::ShellReplay;

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

void report(const QString& what, double ms, const QString& note = {})
{
    out() << "| " << what << " | " << QString::number(ms, 'f', ms < 10 ? 2 : 0) << " ms | " << note
          << " |\n";
    out().flush();
}

qint64 residentKiBOf(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

qint64 residentKiB()
{
    return residentKiBOf(QCoreApplication::applicationPid());
}

QProcessEnvironment signedIn()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("STEPWISE_USER"), QLatin1String(DemoGenerator::SupervisorUser));
    env.insert(QStringLiteral("STEPWISE_PASSWORD"), QLatin1String(DemoGenerator::Password));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

struct Scale
{
    QString name;
    int participants = 0;
    int inCare = 0;
    int years = 0;
};

std::optional<Scale> scaleNamed(const QString& name)
{
    if (name == QLatin1String("S"))
        return Scale { name, 2000, 300, 4 };
    if (name == QLatin1String("L"))
        return Scale { name, 20000, 3000, 4 };
    if (name == QLatin1String("L2"))
        return Scale { name, 40000, 3000, 8 };
    if (name == QLatin1String("S2"))
        return Scale { name, 4000, 300, 8 };
    return std::nullopt;
}

// Beside the datasets: `sqlite3 -readonly FILE < SCRIPT` shows each statement's time.
void saveScript(const QString& dir, const QString& name, const ShellReplay& replay)
{
    QFile file(QDir(dir).filePath(name));
    if (file.open(QIODevice::WriteOnly))
        file.write(replay.script().toUtf8());
}

bool generatedNow = false; // the CLI ran as a child: its memory is in childrenPeakMiB()

// The highest resident memory of any child waited for so far (the GUI runs), in MiB.
long childrenPeakMiB()
{
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss / 1024;
}

// The GUI's resident memory in its last moments, sampled every 5 ms while it runs: the caseload
// is on screen by then, and Argon2id's 256 MiB for the sign-in are long freed.
qint64 lastResidentKiB = -1;

// Process start to its window saved as a PNG, median of `runs`.
double startMs(const QString& program, const QStringList& arguments, int runs)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QProcess process;
        process.setProcessEnvironment(signedIn());
        QElapsedTimer timer;
        timer.start();
        process.start(program, arguments);
        qint64 last = -1;
        while (process.state() != QProcess::NotRunning && !process.waitForFinished(5)) {
            if (const qint64 kib = residentKiBOf(process.processId()); kib > 0)
                last = kib;
        }
        lastResidentKiB = last;
        if (process.exitCode() != 0) {
            out() << program << " failed: " << process.readAllStandardError() << "\n";
            return -1;
        }
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return median(times);
}

// The dataset, made with the CLI the first time.
bool ensureDataset(const QString& path, const Scale& scale)
{
    if (QFileInfo::exists(path))
        return true;
    QProcess cli;
    cli.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    cli.start(QStringLiteral(STEPWISE_CLI_PATH),
        { QStringLiteral("--db"), path, QStringLiteral("demo"), QStringLiteral("--participants"),
            QString::number(scale.participants), QStringLiteral("--in-care"),
            QString::number(scale.inCare), QStringLiteral("--years"), QString::number(scale.years),
            QStringLiteral("--seed"), QStringLiteral("42") });
    if (!cli.waitForFinished(-1) || cli.exitCode() != 0) {
        out() << "stepwise-cli demo failed\n";
        return false;
    }
    generatedNow = true;
    out() << "dataset: " << cli.readAllStandardOutput().split('\n').value(0) << " ("
          << timer.elapsed() / 1000 << " s by stepwise-cli demo)\n";
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const std::optional<Scale> scale
        = argc >= 3 ? scaleNamed(QString::fromLocal8Bit(argv[2])) : std::nullopt;
    if (!scale) {
        out() << "usage: stepwise_scale_bench DATASET-DIR S|L|S2|L2 [RUNS]\n";
        return 2;
    }
    const QString dir = QString::fromLocal8Bit(argv[1]);
    const int runs = argc > 3 ? QString::fromLocal8Bit(argv[3]).toInt() : 7;
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QStringLiteral("demo-%1.sqlite").arg(scale->name));
    if (!ensureDataset(path, *scale))
        return 1;
    out() << "file: " << QFileInfo(path).size() / (1024 * 1024) << " MiB\n\n";
    out() << "| What | Median | Notes |\n|---|---|---|\n";

    // Process start to the caseload on screen: the GUI renders it to a PNG and exits. Its
    // sign-in hashes the password with Argon2id at the production cost, timed apart below.
    QTemporaryDir shots;
    const int startRuns = std::min(runs, 5);
    // The first open after a new build may upgrade the file's schema: once, untimed.
    startMs(QStringLiteral(STEPWISE_GUI_PATH),
        { QStringLiteral("--db"), path, QStringLiteral("--screenshot"),
            shots.filePath(QStringLiteral("warm.png")) },
        1);
    report(QStringLiteral("Process start to caseload rendered (stepwise --screenshot)"),
        startMs(QStringLiteral(STEPWISE_GUI_PATH),
            { QStringLiteral("--db"), path, QStringLiteral("--screenshot"),
                shots.filePath(QStringLiteral("caseload.png")) },
            startRuns),
        QStringLiteral("includes sign-in's Argon2id; GUI resident memory at the end %1 MiB, "
                       "peak %2")
            .arg(lastResidentKiB / 1024)
            .arg(generatedNow ? QStringLiteral("(rerun: the demo ran as a child)")
                              : QStringLiteral("%1 MiB (Argon2id)").arg(childrenPeakMiB())));
    report(QStringLiteral("Process start to an empty Qt window saved (the bound's Qt part)"),
        startMs(QStringLiteral(STEPWISE_EMPTY_WINDOW_PATH),
            { shots.filePath(QStringLiteral("empty.png")) }, startRuns));

    {
        QElapsedTimer timer;
        timer.start();
        auto probe = Database::open(path, Database::OpenMode::ExistingOnly);
        report(QStringLiteral("Opening the file (checks included)"),
            double(timer.nsecsElapsed()) / 1e6, QStringLiteral("once"));
        if (!probe) {
            out() << probe.error().message << "\n";
            return 1;
        }
    }
    auto opened = Database::open(path, Database::OpenMode::ExistingOnly);
    if (!opened) {
        out() << opened.error().message << "\n";
        return 1;
    }
    Database& db = **opened;
    Authenticator auth(db);
    {
        QElapsedTimer timer;
        timer.start();
        auto session = auth.signIn(
            QLatin1String(DemoGenerator::SupervisorUser), QLatin1String(DemoGenerator::Password));
        if (!session) {
            out() << session.error().message << "\n";
            return 1;
        }
        report(QStringLiteral("Sign-in (Argon2id verify, production cost)"),
            double(timer.nsecsElapsed()) / 1e6, QStringLiteral("once"));
    }
    const QDate today = Clock::instance().today();

    // The caseload as the window opens it: everyone not discharged (the bound of process start to
    // caseload uses these statements); then with Include discharged ticked, the whole program.
    CaseloadFilter opening;
    opening.excludeDischarged = true;
    ShellReplay caseloadStatements;
    caseloadStatements.record(db);
    (void)CaseloadQuery::rows(db, opening, today);
    caseloadStatements.stop(db);
    int openingRows = 0;
    const double openingMs = medianMs(runs, [&] {
        auto r = CaseloadQuery::rows(db, opening, today);
        if (r)
            openingRows = int(r->size());
        return r.ok();
    });
    report(QStringLiteral("Caseload query as the window opens it (not discharged)"), openingMs,
        QStringLiteral("%1 rows").arg(openingRows));
    saveScript(dir, QStringLiteral("caseload-%1.sql").arg(scale->name), caseloadStatements);
    report(QStringLiteral("… the same %1 statements in the sqlite3 shell")
               .arg(caseloadStatements.statements()),
        caseloadStatements.medianMs(path, runs));
    QList<CaseloadRow> rows;
    const double caseloadMs = medianMs(runs, [&] {
        auto r = CaseloadQuery::rows(db, {}, today);
        if (r)
            rows = *r;
        return r.ok();
    });
    report(QStringLiteral("Caseload query, whole program (Include discharged ticked)"), caseloadMs,
        QStringLiteral("%1 rows").arg(rows.size()));
    CaseloadFilter inCare;
    inCare.inCareOnly = true;
    int inCareRows = 0;
    const double inCareMs = medianMs(runs, [&] {
        auto r = CaseloadQuery::rows(db, inCare, today);
        if (r)
            inCareRows = int(r->size());
        return r.ok();
    });
    report(QStringLiteral("Caseload query, in care only"), inCareMs,
        QStringLiteral("%1 rows").arg(inCareRows));

    // Search as you type: the filter model over the whole caseload, one keystroke at a time.
    CaseloadModel model;
    model.setRows(rows);
    CaseloadFilterModel filter;
    filter.setSourceModel(&model);
    QList<double> keystrokes;
    for (int i = 0; i < runs; ++i) {
        QString typed;
        for (QChar c : QStringLiteral("rivera")) {
            typed += c;
            QElapsedTimer timer;
            timer.start();
            filter.setSearchText(typed);
            (void)filter.rowCount();
            keystrokes.append(double(timer.nsecsElapsed()) / 1e6);
        }
        filter.setSearchText({});
    }
    report(QStringLiteral("Caseload search, per keystroke (\"rivera\")"), median(keystrokes),
        QStringLiteral("%1 rows searched").arg(rows.size()));

    int dashboardInCare = 0;
    ShellReplay dashboardStatements;
    dashboardStatements.record(db);
    (void)DashboardQuery::load(db, today);
    dashboardStatements.stop(db);
    const double dashboardMs = medianMs(runs, [&] {
        auto d = DashboardQuery::load(db, today);
        if (d)
            dashboardInCare = d->total().inCare;
        return d.ok();
    });
    report(QStringLiteral("Dashboard, every flag of every participant in care"), dashboardMs,
        QStringLiteral("%1 in care").arg(dashboardInCare));
    saveScript(dir, QStringLiteral("dashboard-%1.sql").arg(scale->name), dashboardStatements);
    report(QStringLiteral("… the same %1 statements in the sqlite3 shell")
               .arg(dashboardStatements.statements()),
        dashboardStatements.medianMs(path, runs));
    out() << "| Resident memory with the database open, caseload and dashboard loaded | "
          << residentKiB() / 1024 << " MiB | VmRSS of this process |\n";

    OutcomeFilter quarter;
    quarter.to = today.addDays(-1);
    quarter.from = today.addDays(-365);
    report(QStringLiteral("Program outcomes, last 365 days"),
        medianMs(runs, [&] { return OutcomeQuery::compute(db, quarter, today).ok(); }));

    // Attendance of a 15-person group: the largest sheet of the past fortnight, cut to 15.
    {
        auto sessions = ScheduleStore(db).sessions(today.addDays(-14), today.addDays(-1));
        Id chosen = 0;
        QList<AttendanceEntry> entries;
        if (sessions) {
            for (const ScheduledSession& s : *sessions) {
                if (s.cancelled || s.expectedCount < 15)
                    continue;
                auto sheet = AttendanceStore(db).sheet(s.id);
                if (!sheet)
                    continue;
                for (const AttendanceSheetRow& r : sheet->rows) {
                    if (entries.size() == 15)
                        break;
                    AttendanceEntry e;
                    e.participantId = r.participantId;
                    e.status = AttendanceStatus::Present;
                    entries.append(e);
                }
                chosen = s.id;
                break;
            }
        }
        if (chosen != 0 && entries.size() == 15) {
            // Each run changes every row (present, then late), so nothing is skipped as
            // unchanged.
            int round = 0;
            report(QStringLiteral("Recording a 15-person group's attendance"),
                medianMs(runs,
                    [&] {
                        for (AttendanceEntry& e : entries) {
                            e.status = round % 2 == 0 ? AttendanceStatus::Late
                                                      : AttendanceStatus::Present;
                            e.minutesLate = round % 2 == 0 ? 10 : 0;
                        }
                        ++round;
                        return AttendanceStore(db).save(chosen, entries).ok();
                    }),
                QStringLiteral("one transaction, audited"));
        } else {
            out() << "| Recording a 15-person group's attendance | – | no session of 15 |\n";
        }
    }

    // One progress summary PDF, and a batch of 500 on both cores.
    QList<BatchSummaryItem> items;
    for (const CaseloadRow& r : std::as_const(rows)) {
        if (r.phase && items.size() < 500)
            items.append({ r.participantId, r.recordNumber, r.name });
    }
    QTemporaryDir pdfs;
    SummaryRequest request;
    request.from = today.addDays(-90);
    request.to = today;
    request.options.audience = SummaryAudience::Internal;
    int written = 0;
    report(QStringLiteral("One progress summary PDF (90 days, Letter)"), medianMs(runs, [&] {
        SummaryRequest one = request;
        one.participantId
            = items.value(written % std::max<qsizetype>(1, items.size())).participantId;
        auto r = SummaryExport::writePdf(db, one,
            pdfs.filePath(QStringLiteral("one-%1.pdf").arg(written++)), today,
            QPageSize(QPageSize::Letter));
        return r.ok();
    }));
    {
        QTemporaryDir batchDir;
        BatchSummaryExport::Job job;
        job.databasePath = path;
        job.session = *db.session();
        job.workstation = QStringLiteral("bench");
        job.request = request;
        job.items = items;
        job.folder = batchDir.path();
        job.pageSize = QPageSize(QPageSize::Letter);
        job.today = today;
        job.threads = 2;
        BatchSummaryExport batch(job);
        QEventLoop loop;
        QObject::connect(&batch, &BatchSummaryExport::finished, &loop, &QEventLoop::quit);
        QElapsedTimer timer;
        timer.start();
        batch.start();
        loop.exec();
        int ok = 0;
        for (const BatchSummaryOutcome& o : batch.outcomes())
            ok += o.state == BatchSummaryOutcome::State::Written ? 1 : 0;
        report(QStringLiteral("Batch of %1 progress summaries, 2 threads").arg(items.size()),
            double(timer.nsecsElapsed()) / 1e6, QStringLiteral("%1 written, once").arg(ok));
    }

    out() << "| Resident memory at the end, after the PDFs | " << residentKiB() / 1024
          << " MiB | VmRSS of this process |\n";
    return 0;
}
