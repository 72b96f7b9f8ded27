// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Episode.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace stepwise {

class AppContext;
class MessageBar;

// Gives a staff member a user name and password, or a new password. The strength is judged as
// the administrator types, with the policy's reason when it would be refused.
class AccountDialog : public QDialog
{
    Q_OBJECT
public:
    AccountDialog(AppContext& context, const StaffMember& member, QWidget* parent = nullptr);

    MessageBar* messageBar() const { return m_messageBar; }
    QString strengthText() const;
    bool save();

private:
    void judge();

    AppContext& m_context;
    StaffMember m_member;
    MessageBar* m_messageBar;
    QLineEdit* m_username;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QLabel* m_strength;
};

} // namespace stepwise
