// SPDX-License-Identifier: GPL-3.0-or-later
#include "Autosave.h"

#include "common/Clock.h"

#include <QLabel>
#include <QTimer>

namespace stepwise {

Autosave::Autosave(QLabel* status, SaveFunction save, QObject* parent)
    : QObject(parent)
    , m_status(status)
    , m_save(std::move(save))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(DelayMs);
    connect(m_timer, &QTimer::timeout, this, [this] { saveNow(); });
    m_status->setTextFormat(Qt::PlainText);
}

void Autosave::changed()
{
    m_pending = true;
    m_timer->start();
}

bool Autosave::saveNow()
{
    m_timer->stop();
    if (!m_pending)
        return true;
    // A message box opened by the save (none today) must not start a second one.
    if (m_saving)
        return false;
    m_saving = true;
    const Status s = m_save();
    m_saving = false;
    if (!s) {
        m_error = s.error();
        m_status->setText(tr("Not saved: %1").arg(s.error().message));
        m_status->setStyleSheet(QStringLiteral("color: #a81e1e;"));
        emit failed(s.error());
        return false;
    }
    m_pending = false;
    m_error.reset();
    m_status->setText(
        tr("Saved %1")
            .arg(Clock::instance().now().toLocalTime().time().toString(QStringLiteral("HH:mm"))));
    m_status->setStyleSheet(QString());
    emit saved();
    return true;
}

void Autosave::cancel()
{
    m_timer->stop();
    m_pending = false;
}

} // namespace stepwise
