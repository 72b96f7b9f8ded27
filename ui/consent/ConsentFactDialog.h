// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consent/Consent.h"

#include <QDialog>

class QDateEdit;
class QPlainTextEdit;
class QPushButton;

namespace stepwise {

class AppContext;
class FieldErrors;
class MessageBar;

// Adds one of the facts a recorded consent may still gain, each once: its revocation (the day
// and how and why), the participant's signature on a form recorded unsigned, or the day its
// expiry event occurred.
class ConsentFactDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Fact { Revocation, Signature, ExpiryEvent };

    ConsentFactDialog(
        AppContext& context, const Consent& consent, Fact fact, QWidget* parent = nullptr);

    Fact fact() const { return m_fact; }
    QDateEdit* dateEdit() const { return m_date; }
    QPlainTextEdit* reasonEdit() const { return m_reason; } // nullptr unless a revocation
    FieldErrors* fieldErrors() const { return m_errors; }
    MessageBar* messageBar() const { return m_messageBar; }
    QPushButton* saveButton() const { return m_save; }

public slots:
    void accept() override;

private:
    AppContext& m_context;
    Consent m_consent;
    Fact m_fact;
    MessageBar* m_messageBar;
    FieldErrors* m_errors;
    QDateEdit* m_date;
    QPlainTextEdit* m_reason = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace stepwise
