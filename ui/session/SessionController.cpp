// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionController.h"

#include "AppContext.h"
#include "DailyBackup.h"
#include "FirstRunDialog.h"
#include "LockController.h"
#include "MainWindow.h"
#include "SignInDialog.h"
#include "auth/Authenticator.h"
#include "common/MessageBox.h"
#include "storage/AccountStore.h"
#include "storage/Database.h"
#include "storage/DraftStore.h"

#include <QApplication>
#include <QStatusBar>
#include <QTimer>

namespace stepwise {

SessionController::SessionController(AppContext& context, Options options, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_options(options)
    , m_lock(new LockController(context, this))
    , m_backup(new DailyBackup(context.database(), this))
{
    connect(m_lock, &LockController::signingOut, this, &SessionController::finishBackup);
    connect(m_lock, &LockController::userSwitched, this, [this] {
        closeMainWindow();
        showSignIn({}, tr("The previous user is signed out. The next person can sign in."));
    });
}

SessionController::~SessionController()
{
    delete m_firstRun;
    delete m_signIn;
    delete m_window;
}

FirstRunDialog* SessionController::firstRunDialog() const
{
    return m_firstRun;
}

SignInDialog* SessionController::signInDialog() const
{
    return m_signIn;
}

MainWindow* SessionController::mainWindow() const
{
    return m_window;
}

void SessionController::start()
{
    auto needed = AccountStore(m_context.database()).needsFirstAdministrator();
    if (!needed) {
        MessageBox::critical(nullptr, tr("Stepwise"),
            tr("The staff accounts could not be read: %1").arg(needed.error().message));
        quit(1);
        return;
    }
    if (*needed)
        showFirstRun();
    else
        showSignIn();
}

void SessionController::showFirstRun()
{
    m_firstRun = new FirstRunDialog(m_context.database());
    m_firstRun->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_firstRun, &QDialog::finished, this, [this](int result) {
        const QString username = m_firstRun ? m_firstRun->username() : QString();
        if (result == QDialog::Accepted)
            showSignIn(username, tr("The administrator account is ready. Sign in with it."));
        else
            quit(0);
    });
    m_firstRun->show();
}

void SessionController::showSignIn(const QString& username, const QString& notice)
{
    m_signIn = new SignInDialog(m_context.database());
    m_signIn->setAttribute(Qt::WA_DeleteOnClose);
    m_signIn->setDemoHint(m_options.demoHint);
    m_signIn->setUsername(username);
    m_signIn->setNotice(notice);
    connect(m_signIn, &QDialog::finished, this, [this](int result) {
        if (result == QDialog::Accepted)
            openMainWindow();
        else
            quit(0);
    });
    m_signIn->show();
}

void SessionController::openMainWindow()
{
    m_window = new MainWindow(m_context);
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_window, &MainWindow::lockRequested, m_lock, [this] { m_lock->lock(); });
    connect(m_window, &MainWindow::signOutRequested, this, &SessionController::signOut);
    connect(m_window, &MainWindow::closed, this, [this] {
        m_lock->stop();
        finishBackup();
        Authenticator(m_context.database()).signOut(QStringLiteral("quit"));
        quit(0);
    });
    emit mainWindowCreated(m_window);
    m_lock->setMainWindow(m_window);
    m_window->show();
    m_lock->start();
    connect(m_backup, &DailyBackup::message, m_window,
        [window = m_window](const QString& text) { window->statusBar()->showMessage(text); });
    // The program's own safety net, once the window has painted: today's backup if there is none.
    QTimer::singleShot(0, m_backup, &DailyBackup::start);
    offerDrafts();
}

void SessionController::finishBackup()
{
    if (!m_backup->isRunning())
        return;
    if (m_window) {
        m_window->statusBar()->showMessage(tr("Finishing today's automatic backup…"));
        m_window->repaint();
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_backup->finish();
    QApplication::restoreOverrideCursor();
}

void SessionController::offerDrafts()
{
    auto drafts = DraftStore(m_context.database()).list();
    if (!drafts || drafts->isEmpty())
        return;
    // After the window has shown, so the list opens over it.
    QTimer::singleShot(0, m_window, [window = m_window] {
        if (window)
            window->showDrafts();
    });
}

void SessionController::closeMainWindow()
{
    m_lock->stop();
    if (!m_window)
        return;
    MainWindow* window = m_window;
    m_window = nullptr;
    // Not close(): that is the user quitting. The window may be mid-signal (Sign Out).
    window->hide();
    window->deleteLater();
}

void SessionController::signOut()
{
    finishBackup();
    Authenticator(m_context.database()).signOut(QStringLiteral("signed out"));
    closeMainWindow();
    showSignIn({}, tr("You are signed out."));
}

void SessionController::quit(int exitCode)
{
    emit finished(exitCode);
}

} // namespace stepwise
