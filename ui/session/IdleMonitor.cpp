// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdleMonitor.h"

#include "common/Clock.h"
#include "storage/SettingsStore.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace stepwise {

namespace {

// A check every few seconds is plenty for a limit counted in minutes.
constexpr int TickMilliseconds = 5000;

} // namespace

IdleMonitor::IdleMonitor(Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(TickMilliseconds);
    connect(m_timer, &QTimer::timeout, this, &IdleMonitor::tick);
    readLimit();
}

IdleMonitor::~IdleMonitor()
{
    stop();
}

void IdleMonitor::start()
{
    m_lastInput = Clock::instance().now();
    readLimit();
    if (!m_running)
        QCoreApplication::instance()->installEventFilter(this);
    m_running = true;
    m_timer->start();
}

void IdleMonitor::stop()
{
    if (m_running && QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
    m_running = false;
    m_timer->stop();
}

bool IdleMonitor::isUserInput(int eventType)
{
    switch (QEvent::Type(eventType)) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
    case QEvent::TabletRelease:
    case QEvent::InputMethod:
        return true;
    default:
        return false;
    }
}

bool IdleMonitor::eventFilter(QObject* watched, QEvent* event)
{
    if (isUserInput(event->type()))
        m_lastInput = Clock::instance().now();
    return QObject::eventFilter(watched, event);
}

void IdleMonitor::readLimit()
{
    // If the settings cannot be read for a moment (the file busy), the last value stands.
    if (auto settings = SettingsStore(m_db).load())
        m_limitMinutes = settings->security.idleLockMinutes;
}

void IdleMonitor::tick()
{
    if (!m_running)
        return;
    readLimit();
    if (m_limitMinutes <= 0)
        return;
    const QDateTime now = Clock::instance().now();
    if (m_lastInput.secsTo(now) < qint64(m_limitMinutes) * 60)
        return;
    // Once: whoever handles idle() stops or restarts the monitor.
    stop();
    emit idle();
}

} // namespace stepwise
