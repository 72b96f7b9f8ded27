// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

namespace stepwise {

class AppContext;
class DailyBackup;
class FirstRunDialog;
class LockController;
class MainWindow;
class SignInDialog;

// The life of the desktop app around one database: the first administrator on a new file, the
// sign-in dialog, the main window for the signed-in user with the idle lock over it, and back
// to the sign-in dialog after Sign Out or Switch User. Ends (finished()) when the user quits.
class SessionController : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool demoHint = false; // the demo database: name its accounts on the sign-in dialog
    };

    SessionController(AppContext& context, Options options, QObject* parent = nullptr);
    ~SessionController() override;

    // Shows the first-run dialog when the database has no administrator, else the sign-in.
    void start();

    FirstRunDialog* firstRunDialog() const;
    SignInDialog* signInDialog() const;
    MainWindow* mainWindow() const;
    LockController* lockController() const { return m_lock; }

public slots:
    void signOut();

signals:
    void finished(int exitCode);
    // A main window was made for a newly signed-in user (to add pages to it).
    void mainWindowCreated(stepwise::MainWindow* window);

private:
    void showFirstRun();
    void showSignIn(const QString& username = {}, const QString& notice = {});
    void openMainWindow();
    void closeMainWindow();
    void offerDrafts();
    // Waits, with the window saying so, for today's backup copy to be made and recorded in the
    // name of the person about to sign out.
    void finishBackup();
    void quit(int exitCode);

    AppContext& m_context;
    Options m_options;
    LockController* m_lock;
    DailyBackup* m_backup;
    QPointer<FirstRunDialog> m_firstRun;
    QPointer<SignInDialog> m_signIn;
    QPointer<MainWindow> m_window;
};

} // namespace stepwise
