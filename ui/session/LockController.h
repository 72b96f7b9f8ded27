// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LockScreen.h"

#include <QObject>
#include <QPointer>
#include <memory>
#include <vector>

class QWidget;

namespace stepwise {

class AppContext;
class IdleMonitor;
class WindowCover;

// Locks the application after the idle minutes, or on request (Ctrl+L): every open window is
// covered and the lock screen asks the same user's password. Unlocking puts everything back as
// it was, unsaved forms included. Switching user first has the signed-in user save their
// unsaved forms as drafts or discard them, then signs them out (userSwitched()).
class LockController : public QObject
{
    Q_OBJECT
public:
    explicit LockController(AppContext& context, QObject* parent = nullptr);
    ~LockController() override;

    // Starts watching for idle time (after sign-in); stop() at sign-out.
    void start();
    void stop();

    bool isLocked() const { return m_screen != nullptr; }
    LockScreen* lockScreen() const { return m_screen; }
    IdleMonitor* idleMonitor() const { return m_idle; }
    // The window the lock screen is centred over; the first main window found otherwise.
    void setMainWindow(QWidget* window) { m_mainWindow = window; }

public slots:
    // Covers every window and shows the lock screen; audited as "auth.lock".
    void lock(const QString& reason = {});
    // The signed-in user's password: true (and unlocked) when Authenticator confirms it.
    bool unlock(const QString& password);
    // The signed-in user's password and their choice for their unsaved forms: true when done,
    // the forms closed and the user signed out.
    bool switchUser(const QString& password, stepwise::SwitchChoice choice);

signals:
    void locked();
    void unlocked();
    // The first user is signed out and their forms are closed; whoever shows the sign-in
    // dialog takes over (the covers and lock screen are gone, the main window hidden).
    void userSwitched();
    // Just before the signed-in person is signed out for the next one: last work in their name.
    void signingOut();

private:
    void coverWindow(QWidget* window);
    void closeForms();
    void removeCovers();
    void onIdle();
    bool eventFilter(QObject* watched, QEvent* event) override;

    AppContext& m_context;
    IdleMonitor* m_idle;
    QPointer<LockScreen> m_screen;
    QPointer<QWidget> m_mainWindow;
    std::vector<std::unique_ptr<WindowCover>> m_covers;
};

} // namespace stepwise
