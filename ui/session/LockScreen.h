// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace stepwise {

class MessageBar;
class UnsavedWork;

// What the signed-in user chose for their unsaved forms before someone else signs in.
enum class SwitchChoice { SaveDrafts, Discard };

// The application-modal window over a locked Stepwise: the same user types their password to
// continue; or, to let someone else sign in, they first decide (with their password) whether
// their unsaved forms become drafts or are thrown away. It only asks: LockController checks
// the password and acts. It cannot be closed by Esc or the window's close button.
class LockScreen : public QDialog
{
    Q_OBJECT
public:
    LockScreen(const QString& userName, const QString& username, const UnsavedWork& unsaved,
        QWidget* parent = nullptr);

    void setReason(const QString& text); // why it locked ("after 10 minutes without input")
    void showRefusal(const QString& text);
    // Allows the window to close (only the controller does, once unlocked or switched).
    void release();

    QLineEdit* passwordEdit() const { return m_password; }
    QPushButton* unlockButton() const { return m_unlock; }
    QPushButton* switchUserButton() const { return m_switch; }
    QLineEdit* switchPasswordEdit() const { return m_switchPassword; }
    QPushButton* saveDraftsButton() const { return m_saveDrafts; }
    QPushButton* discardButton() const { return m_discard; }
    QPushButton* signOutButton() const { return m_signOut; }
    MessageBar* messageBar() const { return m_messageBar; }
    QStringList unsavedTitles() const { return m_titles; }
    bool isSwitchPageShown() const;

public slots:
    void showUnlockPage();
    void showSwitchPage();
    void reject() override; // Esc: stays locked

signals:
    void unlockRequested(const QString& password);
    void switchUserRequested(const QString& password, stepwise::SwitchChoice choice);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QWidget* createUnlockPage(const QString& userName);
    QWidget* createSwitchPage(const QString& userName);
    void requestSwitch(SwitchChoice choice);

    const UnsavedWork& m_unsaved;
    bool m_released = false;
    QStringList m_titles;
    QLabel* m_reason = nullptr;
    MessageBar* m_messageBar = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_unlock = nullptr;
    QPushButton* m_switch = nullptr;
    QLabel* m_unsavedLabel = nullptr;
    QLineEdit* m_switchPassword = nullptr;
    QPushButton* m_saveDrafts = nullptr;
    QPushButton* m_discard = nullptr;
    QPushButton* m_signOut = nullptr;
    QPushButton* m_back = nullptr;
};

} // namespace stepwise
