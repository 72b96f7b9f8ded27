// SPDX-License-Identifier: GPL-3.0-or-later
#include "BatchSummaryExport.h"

#include "storage/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QThread>

namespace stepwise {

BatchSummaryExport::BatchSummaryExport(Job job, QObject* parent)
    : QObject(parent)
    , m_job(std::move(job))
{
    qRegisterMetaType<BatchSummaryOutcome>();
}

BatchSummaryExport::~BatchSummaryExport()
{
    cancel();
    for (auto& thread : m_threads)
        thread->wait();
}

void BatchSummaryExport::start()
{
    if (m_running || !m_outcomes.isEmpty())
        return;
    m_running = true;
    m_startedAt = QDateTime::currentDateTimeUtc();
    if (m_job.items.isEmpty()) {
        m_running = false;
        Q_EMIT finished(false);
        return;
    }
    const int wanted = m_job.threads > 0 ? m_job.threads : QThread::idealThreadCount();
    const int count = std::clamp(wanted, 1, int(m_job.items.size()));
    m_threadsRunning = count;
    for (int i = 0; i < count; ++i) {
        std::unique_ptr<QThread> thread(QThread::create([this] { work(); }));
        connect(thread.get(), &QThread::finished, this, [this] {
            if (--m_threadsRunning > 0)
                return;
            // Whatever no thread took was cancelled. (Outcomes of the last items may still be
            // queued behind this call: it is queued after them, so they are all in.)
            QSet<Id> reported;
            for (const BatchSummaryOutcome& o : m_outcomes)
                reported.insert(o.item.participantId);
            for (const BatchSummaryItem& item : m_job.items) {
                if (reported.contains(item.participantId))
                    continue;
                BatchSummaryOutcome o;
                o.item = item;
                o.state = BatchSummaryOutcome::State::Cancelled;
                deliver(o);
            }
            m_running = false;
            Q_EMIT finished(m_cancelled.load());
        });
        thread->start();
        m_threads.push_back(std::move(thread));
    }
}

void BatchSummaryExport::cancel()
{
    m_cancelled = true;
}

double BatchSummaryExport::secondsLeft() const
{
    const int finished = done();
    if (finished == 0 || !m_startedAt.isValid())
        return -1;
    const double elapsed = m_startedAt.msecsTo(QDateTime::currentDateTimeUtc()) / 1000.0;
    return elapsed / finished * (total() - finished);
}

void BatchSummaryExport::deliver(const BatchSummaryOutcome& outcome)
{
    m_outcomes.append(outcome);
    Q_EMIT itemFinished(outcome);
    Q_EMIT progressed(done(), total());
}

// Runs on a worker thread: its own connection, the same signed-in user, items taken in turn.
void BatchSummaryExport::work()
{
    auto report = [this](const BatchSummaryOutcome& o) {
        QMetaObject::invokeMethod(
            this, [this, o] { deliver(o); }, Qt::QueuedConnection);
    };
    auto opened = Database::open(m_job.databasePath, Database::OpenMode::ExistingOnly);
    if (!opened) {
        // This thread takes its share and reports why it could not write them.
        for (int i = m_next++; i < total() && !m_cancelled; i = m_next++) {
            BatchSummaryOutcome o;
            o.item = m_job.items.at(i);
            o.error = opened.error().message;
            report(o);
        }
        return;
    }
    Database& db = **opened;
    db.setSession(m_job.session);
    db.setWorkstation(m_job.workstation);
    for (int i = m_next++; i < total() && !m_cancelled; i = m_next++) {
        BatchSummaryOutcome o;
        o.item = m_job.items.at(i);
        o.path = QDir(m_job.folder)
                     .filePath(SummaryExport::fileName(
                         o.item.recordNumber, m_job.request.from, m_job.request.to));
        if (QFileInfo::exists(o.path)) {
            o.error = tr("%1 is already in the folder; it was left as it was.")
                          .arg(QFileInfo(o.path).fileName());
            o.path.clear();
            report(o);
            continue;
        }
        SummaryRequest request = m_job.request;
        request.participantId = o.item.participantId;
        const auto written
            = SummaryExport::writePdf(db, request, o.path, m_job.today, m_job.pageSize);
        if (written) {
            o.state = BatchSummaryOutcome::State::Written;
            o.pages = written->pages;
        } else {
            o.error = written.error().fullMessage();
            o.path.clear();
        }
        report(o);
    }
}

} // namespace stepwise
