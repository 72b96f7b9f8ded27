// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Session.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace stepwise {

class Database;
class MessageBar;

// User name and password before anything else. A refusal shows the Authenticator's one
// message (it never tells whether the user name exists) and keeps the user name typed.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(Database& db, QWidget* parent = nullptr);

    // A line naming the demo accounts and their password, for the demo database only.
    void setDemoHint(bool shown);
    void setUsername(const QString& username);
    // Shown above the fields, e.g. after a user was signed out for the next one.
    void setNotice(const QString& text);

    QLineEdit* usernameEdit() const { return m_username; }
    QLineEdit* passwordEdit() const { return m_password; }
    QPushButton* signInButton() const { return m_signIn; }
    MessageBar* messageBar() const { return m_messageBar; }
    QLabel* demoHint() const { return m_demoHint; }
    const std::optional<Session>& session() const { return m_session; }

    static QString demoHintText();

public slots:
    // Checks the password; accepts the dialog when it is right.
    bool signIn();

private:
    Database& m_db;
    std::optional<Session> m_session;
    MessageBar* m_messageBar;
    QLabel* m_demoHint;
    QLineEdit* m_username;
    QLineEdit* m_password;
    QPushButton* m_signIn;
};

} // namespace stepwise
