// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QDialog>
#include <functional>

class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace stepwise {

class MessageBar;

// A small dialog for a few lines that are acted on at once: an addendum (signed as it is
// saved, with an optional reason line) or a supervisor's comment returning a note. The
// submit function decides; a refusal stays in the dialog with the text as typed.
class TextEntryDialog : public QDialog
{
    Q_OBJECT
public:
    using Submit = std::function<Status(const QString& text)>;

    TextEntryDialog(const QString& title, const QString& prompt, QWidget* parent = nullptr);

    // Adds the "Reason" line; its text starts the submitted text ("Reason: late entry").
    void addReasonLine(const QString& placeholder);
    void setSubmit(Submit submit) { m_submit = std::move(submit); }
    void setAcceptText(const QString& text);

    // What is submitted: the reason line (if any and filled in), then the text.
    QString text() const;
    QPlainTextEdit* textEdit() const { return m_text; }
    QLineEdit* reasonEdit() const { return m_reason; }
    MessageBar* messageBar() const { return m_messageBar; }

public slots:
    void accept() override;

private:
    QPlainTextEdit* m_text;
    QLineEdit* m_reason = nullptr;
    MessageBar* m_messageBar;
    QPushButton* m_ok;
    Submit m_submit;
};

} // namespace stepwise
