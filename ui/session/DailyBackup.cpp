// SPDX-License-Identifier: GPL-3.0-or-later
#include "DailyBackup.h"

#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/SettingsStore.h"

#include <QThread>

namespace stepwise {

DailyBackup::DailyBackup(Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
{ }

DailyBackup::~DailyBackup()
{
    if (!m_thread)
        return;
    m_thread->wait();
    // Nobody is listening any more: the row is written if someone is still signed in.
    if (m_made)
        record(false);
    delete m_thread;
}

bool DailyBackup::isRunning() const
{
    return m_thread != nullptr;
}

void DailyBackup::start()
{
    if (m_thread)
        return;
    auto settings = SettingsStore(m_db).load();
    if (!settings)
        return;
    auto job = Backup::startDaily(
        m_db, Backup::folderFor(m_db), settings->security.backupsToKeep, Clock::instance().today());
    if (!job) {
        emit message(tr("Today's automatic backup failed: %1").arg(job.error().message));
        return;
    }
    if (!*job)
        return; // made earlier today
    m_made.reset();
    m_thread = QThread::create([this, daily = **job] { m_made = Backup::writeDaily(daily); });
    // Queued to this object's thread: the audit row is written on the connection's own. A copy
    // that finish() already took care of must not take the next one's place.
    connect(
        m_thread, &QThread::finished, this,
        [this, thread = m_thread] {
            if (m_thread == thread)
                copied();
        },
        Qt::QueuedConnection);
    m_thread->start(QThread::LowPriority);
    emit message(tr("Making today's automatic backup…"));
}

void DailyBackup::finish()
{
    if (m_thread)
        copied();
}

void DailyBackup::copied()
{
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    record(true);
}

void DailyBackup::record(bool announce)
{
    const Result<BackupInfo> made = std::move(*m_made);
    m_made.reset();
    if (!made) {
        if (announce)
            emit message(tr("Today's automatic backup failed: %1").arg(made.error().message));
        return;
    }
    const Status recorded = Backup::recordDaily(m_db, *made);
    if (!announce)
        return;
    if (!recorded)
        emit message(recorded.error().message);
    else
        emit message(tr("Today's automatic backup is made."));
}

} // namespace stepwise
