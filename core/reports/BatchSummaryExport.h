// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Session.h"
#include "reports/SummaryExport.h"

#include <QDateTime>
#include <QObject>
#include <QPageSize>
#include <atomic>
#include <memory>
#include <vector>

class QThread;

namespace stepwise {

// One participant of a batch and what became of their summary.
struct BatchSummaryItem
{
    Id participantId = 0;
    QString recordNumber;
    QString name;
};

struct BatchSummaryOutcome
{
    enum class State { Written, Failed, Cancelled };
    BatchSummaryItem item;
    State state = State::Failed;
    QString path;  // Written: the file
    QString error; // Failed: why, for people; Cancelled: empty
    int pages = 0;
};

// Writes the progress summaries of many participants into one folder on several threads (a
// connection of its own each, signed in as the user who started it), each through
// SummaryExport, so each file is in the accounting of disclosures. Cancelling lets the
// summaries being written finish and starts no more: what finished stays, whole. Files
// already in the folder are never overwritten (that participant fails with the reason).
class BatchSummaryExport : public QObject
{
    Q_OBJECT

public:
    struct Job
    {
        QString databasePath;
        Session session;
        QString workstation;
        SummaryRequest request; // participantId is set per item
        QList<BatchSummaryItem> items;
        QString folder;
        QPageSize pageSize;
        QDate today;
        int threads = 0; // 0: one per core
    };

    explicit BatchSummaryExport(Job job, QObject* parent = nullptr);
    ~BatchSummaryExport() override; // cancels and waits for the threads

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    int total() const { return int(m_job.items.size()); }
    int done() const { return int(m_outcomes.size()); }
    // Seconds left at the pace so far; -1 until one summary is done.
    double secondsLeft() const;
    const QList<BatchSummaryOutcome>& outcomes() const { return m_outcomes; }

Q_SIGNALS:
    void progressed(int done, int total);
    void itemFinished(const stepwise::BatchSummaryOutcome& outcome);
    void finished(bool cancelled);

private:
    void work();
    void deliver(const BatchSummaryOutcome& outcome); // in this object's thread

    Job m_job;
    std::atomic<int> m_next { 0 };
    std::atomic<bool> m_cancelled { false };
    std::vector<std::unique_ptr<QThread>> m_threads;
    QList<BatchSummaryOutcome> m_outcomes;
    int m_threadsRunning = 0;
    bool m_running = false;
    QDateTime m_startedAt;
};

} // namespace stepwise

Q_DECLARE_METATYPE(stepwise::BatchSummaryOutcome)
