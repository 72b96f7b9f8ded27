// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextEntryDialog.h"

#include "common/MessageBar.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace stepwise {

TextEntryDialog::TextEntryDialog(const QString& title, const QString& prompt, QWidget* parent)
    : QDialog(parent)
    , m_text(new QPlainTextEdit(this))
    , m_messageBar(new MessageBar(this))
{
    setObjectName(QStringLiteral("TextEntryDialog"));
    setWindowTitle(title);
    auto* label = new QLabel(prompt, this);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setBuddy(m_text);
    m_text->setObjectName(QStringLiteral("entryText"));
    m_text->setAccessibleName(prompt);
    m_text->setTabChangesFocus(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("entryOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TextEntryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TextEntryDialog::reject);
    // Enter makes a new line in the text; Ctrl+Return submits.
    auto* submit = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(submit, &QShortcut::activated, this, &TextEntryDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(label);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 80, fontMetrics().height() * 18);
    m_text->setFocus();
}

void TextEntryDialog::addReasonLine(const QString& placeholder)
{
    if (m_reason)
        return;
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("entryReason"));
    m_reason->setPlaceholderText(placeholder);
    auto* row = new QFormLayout;
    row->addRow(tr("&Reason:"), m_reason);
    // Under the prompt's text editor, above the buttons.
    auto* layout = static_cast<QVBoxLayout*>(this->layout());
    layout->insertLayout(layout->count() - 1, row);
    setTabOrder(m_text, m_reason);
}

void TextEntryDialog::setAcceptText(const QString& text)
{
    m_ok->setText(text);
}

QString TextEntryDialog::text() const
{
    const QString body = m_text->toPlainText().trimmed();
    const QString reason = m_reason ? m_reason->text().trimmed() : QString();
    if (reason.isEmpty())
        return body;
    return tr("Reason: %1").arg(reason) + QLatin1Char('\n') + body;
}

void TextEntryDialog::accept()
{
    m_messageBar->clear();
    // A reason alone would pass the store's length check with nothing said.
    if (m_reason && m_text->toPlainText().trimmed().isEmpty()) {
        m_messageBar->showMessage(tr("Write the text first; the reason only says why."));
        m_text->setFocus();
        return;
    }
    if (m_submit) {
        if (Status s = m_submit(text()); !s) {
            QStringList lines { s.error().message };
            for (const FieldError& f : s.error().fields) {
                if (f.message != s.error().message)
                    lines << f.message;
            }
            m_messageBar->showMessage(lines.join(QLatin1Char('\n')));
            m_text->setFocus();
            return;
        }
    }
    QDialog::accept();
}

} // namespace stepwise
