// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "domain/Participant.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace stepwise {

class Database;
class FieldErrors;
class MessageBar;

// The first start of a new database: the first administrator's name, user name and password
// (typed twice), with the password policy's verdict shown while typing. Creates the account
// and closes; signing in comes next.
class FirstRunDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FirstRunDialog(Database& db, QWidget* parent = nullptr);

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* usernameEdit() const { return m_username; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* repeatEdit() const { return m_repeat; }
    QLabel* strengthLabel() const { return m_strength; }
    QCheckBox* counselorCheck() const { return m_counselor; }
    QCheckBox* supervisorCheck() const { return m_supervisor; }
    QPushButton* createButton() const { return m_create; }
    FieldErrors* errors() const { return m_errors; }
    MessageBar* messageBar() const { return m_messageBar; }
    // The administrator created, once accepted.
    Id administratorId() const { return m_created; }
    QString username() const;

public slots:
    bool create();

private:
    void updateStrength();
    QList<FieldError> showFieldErrors(const QList<FieldError>& errors);

    Database& m_db;
    Id m_created = 0;
    QList<FieldError> m_shownErrors;
    MessageBar* m_messageBar;
    FieldErrors* m_errors;
    QLineEdit* m_name;
    QLineEdit* m_username;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QLabel* m_strength;
    QCheckBox* m_counselor;
    QCheckBox* m_supervisor;
    QPushButton* m_create;
};

} // namespace stepwise
