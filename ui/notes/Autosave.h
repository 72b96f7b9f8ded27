// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QObject>
#include <functional>

class QLabel;
class QTimer;

namespace stepwise {

// Saves a draft a few seconds after typing stops, and says so: "Saved 14:02" or "Not saved:
// reason" in the form's status label. A failed save keeps the typing pending; the next
// keystroke (or saveNow()) tries again.
class Autosave : public QObject
{
    Q_OBJECT
public:
    static constexpr int DelayMs = 3000;
    using SaveFunction = std::function<Status()>;

    Autosave(QLabel* status, SaveFunction save, QObject* parent = nullptr);

    // Something changed: (re)starts the countdown.
    void changed();
    // Saves pending changes at once; true when nothing is left unsaved.
    bool saveNow();
    // Drops pending changes without saving (the form is being discarded).
    void cancel();
    bool isPending() const { return m_pending; }
    QTimer* timer() const { return m_timer; }
    // The last refusal, when the last attempt failed.
    std::optional<Error> lastError() const { return m_error; }

signals:
    void saved();
    void failed(const stepwise::Error& error);

private:
    QLabel* m_status;
    SaveFunction m_save;
    QTimer* m_timer;
    bool m_pending = false;
    bool m_saving = false;
    std::optional<Error> m_error;
};

} // namespace stepwise
