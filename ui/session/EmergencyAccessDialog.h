// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/EmergencyAccess.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace stepwise {

class Database;
class FieldErrors;
class MessageBar;

// "Break the glass": a clinician names a chart outside their caseload by record number and
// says why they need it now. Core grants access for the program's minutes and flags the grant
// and every view for supervisors. A chart the user already reaches opens without a grant.
class EmergencyAccessDialog : public QDialog
{
    Q_OBJECT
public:
    explicit EmergencyAccessDialog(Database& db, QWidget* parent = nullptr);

    QLineEdit* recordNumberEdit() const { return m_recordNumber; }
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    QPushButton* openButton() const { return m_open; }
    FieldErrors* errors() const { return m_errors; }
    MessageBar* messageBar() const { return m_messageBar; }

    // Once accepted: the participant to open, and the grant (none when it was not needed).
    Id participantId() const { return m_participantId; }
    const std::optional<EmergencyGrant>& grant() const { return m_grant; }

public slots:
    bool requestAccess();

private:
    void updateCount();

    Database& m_db;
    Id m_participantId = 0;
    std::optional<EmergencyGrant> m_grant;
    MessageBar* m_messageBar;
    FieldErrors* m_errors;
    QLineEdit* m_recordNumber;
    QPlainTextEdit* m_reason;
    QLabel* m_count;
    QPushButton* m_open;
};

} // namespace stepwise
