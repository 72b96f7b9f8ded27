// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>

class QTimer;

namespace stepwise {

class Database;

// Notices when nobody has touched the keyboard or mouse for the program's idle-lock minutes
// (SecuritySettings::idleLockMinutes). Only input counts: timers, repaints and windows
// appearing do not keep a forgotten workstation unlocked. Time comes from Clock::instance(),
// checked on each tick of a timer, so tests drive it with a MockClock and tick().
class IdleMonitor : public QObject
{
    Q_OBJECT
public:
    explicit IdleMonitor(Database& db, QObject* parent = nullptr);
    ~IdleMonitor() override;

    // Watching starts from now (input before start() does not count).
    void start();
    void stop();
    bool isRunning() const { return m_running; }

    QDateTime lastInput() const { return m_lastInput; }
    // The setting as last read; read again on every tick so a change applies without restart.
    int limitMinutes() const { return m_limitMinutes; }
    QTimer* timer() const { return m_timer; }

    static bool isUserInput(int eventType);

public slots:
    // Compares the time since the last input with the setting; emits idle() once when over.
    void tick();

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void readLimit();

    Database& m_db;
    QTimer* m_timer;
    QDateTime m_lastInput;
    int m_limitMinutes = 10;
    bool m_running = false;
};

} // namespace stepwise
