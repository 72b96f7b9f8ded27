// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/ReassignmentStore.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace stepwise {

class Database;
class FieldErrors;
class MessageBar;

// Moves the chosen participants to another counselor's caseload. Each counselor is offered with
// the caseload they already carry, so the supervisor sees where the load lands; a reason may go
// with it into the audit trail.
class ReassignDialog : public QDialog
{
    Q_OBJECT
public:
    struct Chosen
    {
        Id id = 0;
        QString label; // "SW-00012 Rivera, Alex"
        Id counselorId = 0;
    };
    ReassignDialog(Database& db, QList<Chosen> participants, QWidget* parent = nullptr);

    int moved() const { return m_moved; }
    QComboBox* counselorBox() const { return m_counselor; }
    QLineEdit* reasonEdit() const { return m_reason; }
    MessageBar* messageBar() const { return m_messageBar; }

public slots:
    void accept() override;

private:
    void updateButton();

    Database& m_db;
    QList<Chosen> m_participants;
    QList<ReceivingCounselor> m_counselors;
    MessageBar* m_messageBar;
    QListWidget* m_list;
    QComboBox* m_counselor;
    QLineEdit* m_reason;
    QPushButton* m_ok = nullptr;
    FieldErrors* m_errors;
    int m_moved = 0;
};

} // namespace stepwise
