// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 8's scale benchmark: builds demo clinics with `stepwise-cli demo` (once; they are kept in
// DATASET-DIR) and times what supervisors and counselors wait for, as medians. Not a test:
// timings are never asserted; the numbers go to docs/performance.md.
//
//   stepwise_scale_bench DATASET-DIR PARTICIPANTS [RUNS]
//
// PARTICIPANTS is 2000 for the S dataset and 20000 for L. The programs are found beside the
// build tree (STEPWISE_CLI_PATH, STEPWISE_GUI_PATH, compiled in).
#include "BenchTiming.h"
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

using namespace stepwise;
using stepwise::bench::median;
using stepwise::bench::medianMs;

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

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

QProcessEnvironment signedIn()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("STEPWISE_USER"), QLatin1String(DemoGenerator::SupervisorUser));
    env.insert(QStringLiteral("STEPWISE_PASSWORD"), QLatin1String(DemoGenerator::Password));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

// The dataset, made with the CLI the first time.
bool ensureDataset(const QString& path, int participants)
{
    if (QFileInfo::exists(path))
        return true;
    QProcess cli;
    cli.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    cli.start(QStringLiteral(STEPWISE_CLI_PATH),
        { QStringLiteral("--db"), path, QStringLiteral("demo"), QStringLiteral("--participants"),
            QString::number(participants), QStringLiteral("--seed"), QStringLiteral("42") });
    if (!cli.waitForFinished(-1) || cli.exitCode() != 0) {
        out() << "stepwise-cli demo failed\n";
        return false;
    }
    out() << "dataset: " << cli.readAllStandardOutput().split('\n').value(0) << " ("
          << timer.elapsed() / 1000 << " s by stepwise-cli demo)\n";
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 3) {
        out() << "usage: stepwise_scale_bench DATASET-DIR PARTICIPANTS [RUNS]\n";
        return 2;
    }
    const QString dir = QString::fromLocal8Bit(argv[1]);
    const int participants = QString::fromLocal8Bit(argv[2]).toInt();
    const int runs = argc > 3 ? QString::fromLocal8Bit(argv[3]).toInt() : 7;
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QStringLiteral("demo-%1.sqlite").arg(participants));
    if (!ensureDataset(path, participants))
        return 1;
    out() << "file: " << QFileInfo(path).size() / (1024 * 1024) << " MiB\n\n";
    out() << "| What | Median | Notes |\n|---|---|---|\n";

    // Process start to the caseload on screen: the GUI renders it to a PNG and exits. Its
    // sign-in hashes the password with Argon2id at the production cost, timed apart below.
    QTemporaryDir shots;
    {
        QList<double> times;
        for (int i = 0; i < std::min(runs, 5); ++i) {
            QProcess gui;
            gui.setProcessEnvironment(signedIn());
            QElapsedTimer timer;
            timer.start();
            gui.start(QStringLiteral(STEPWISE_GUI_PATH),
                { QStringLiteral("--db"), path, QStringLiteral("--screenshot"),
                    shots.filePath(QStringLiteral("caseload.png")) });
            if (!gui.waitForFinished(-1) || gui.exitCode() != 0) {
                out() << "stepwise --screenshot failed: " << gui.readAllStandardError() << "\n";
                return 1;
            }
            times.append(double(timer.nsecsElapsed()) / 1e6);
        }
        report(QStringLiteral("Process start to caseload rendered (stepwise --screenshot)"),
            median(times), QStringLiteral("includes sign-in's Argon2id"));
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

    QList<CaseloadRow> rows;
    const double caseloadMs = medianMs(runs, [&] {
        auto r = CaseloadQuery::rows(db, {}, today);
        if (r)
            rows = *r;
        return r.ok();
    });
    report(QStringLiteral("Caseload query, whole program (supervisor)"), caseloadMs,
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
    const double dashboardMs = medianMs(runs, [&] {
        auto d = DashboardQuery::load(db, today);
        if (d)
            dashboardInCare = d->total().inCare;
        return d.ok();
    });
    report(QStringLiteral("Dashboard, every flag of every participant in care"), dashboardMs,
        QStringLiteral("%1 in care").arg(dashboardInCare));

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

    out() << "| Resident memory with the database open, caseload and dashboard loaded | "
          << residentKiB() / 1024 << " MiB | VmRSS of this process |\n";
    return 0;
}
