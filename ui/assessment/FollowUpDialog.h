// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instruments/Assessment.h"

#include <QDialog>

class QComboBox;
class QPlainTextEdit;

namespace stepwise {

class AppContext;
class FieldErrors;
class MessageBar;

// Records what a clinician did about a safety alert; the alert then leaves the chart header
// and the caseload. Recorded once, with who and when.
class FollowUpDialog : public QDialog
{
    Q_OBJECT
public:
    FollowUpDialog(AppContext& context, const SafetyAlert& alert, QWidget* parent = nullptr);

    QComboBox* actionCombo() const { return m_action; }
    QPlainTextEdit* noteEdit() const { return m_note; }
    MessageBar* messageBar() const { return m_messageBar; }

public slots:
    void accept() override;

private:
    AppContext& m_context;
    SafetyAlert m_alert;
    QComboBox* m_action;
    QPlainTextEdit* m_note;
    MessageBar* m_messageBar;
    FieldErrors* m_errors;
};

} // namespace stepwise
