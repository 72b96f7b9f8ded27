// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ProgramSettings.h"

#include <QDialog>

class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace stepwise {

class AppContext;
class MessageBar;

// Sign-in, idle lock, emergency access, counselor reach and backups (administrators).
class SecuritySettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SecuritySettingsDialog(AppContext& context, QWidget* parent = nullptr);

    MessageBar* messageBar() const { return m_messageBar; }
    SecuritySettings values() const;
    bool save();

private:
    AppContext& m_context;
    ProgramSettings m_settings;
    MessageBar* m_messageBar;
    QRadioButton* m_caseload;
    QRadioButton* m_program;
    QSpinBox* m_attempts;
    QSpinBox* m_lockMinutes;
    QSpinBox* m_idleMinutes;
    QSpinBox* m_emergencyMinutes;
    QLineEdit* m_backupFolder;
    QSpinBox* m_keep;
};

} // namespace stepwise
