// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "storage/Backup.h"

#include <QObject>
#include <optional>

class QThread;

namespace stepwise {

class Database;

// Today's automatic backup after sign-in, made on a thread of its own: at 2 GB the copy and its
// check take minutes, and the caseload must not wait for them. The checks before and the audit
// row after run on the caller's thread, on its connection.
//
// The audit row names the person signed in when the copy began, so finish() must run before
// that person signs out (SessionController and LockController call it): it waits for a copy in
// progress and records it.
class DailyBackup : public QObject
{
    Q_OBJECT
public:
    explicit DailyBackup(Database& db, QObject* parent = nullptr);
    ~DailyBackup() override; // waits for a copy in progress, which is recorded if it can be

    // Starts today's copy unless it exists or one is being made; a refusal goes to message().
    void start();
    bool isRunning() const;
    // Waits for a copy in progress and records it; returns at once when there is none.
    void finish();

signals:
    // What the status bar says: the copy began, was made, or failed and why.
    void message(const QString& text);

private:
    void copied();
    void record(bool announce);

    Database& m_db;
    QThread* m_thread = nullptr;
    std::optional<Result<BackupInfo>> m_made;
};

} // namespace stepwise
