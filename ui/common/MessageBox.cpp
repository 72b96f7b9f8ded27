// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageBox.h"

namespace stepwise {

namespace {
MessageBox::Button nextAnswer = QMessageBox::NoButton;
QString lastShownText;
int boxCount = 0;
} // namespace

MessageBox::Button MessageBox::question(QWidget* parent, const QString& title, const QString& text,
    Buttons buttons, Button defaultButton)
{
    return show(parent, QMessageBox::Question, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::information(QWidget* parent, const QString& title,
    const QString& text, Buttons buttons, Button defaultButton)
{
    return show(parent, QMessageBox::Information, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::warning(QWidget* parent, const QString& title, const QString& text,
    Buttons buttons, Button defaultButton)
{
    return show(parent, QMessageBox::Warning, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::critical(QWidget* parent, const QString& title, const QString& text,
    Buttons buttons, Button defaultButton)
{
    return show(parent, QMessageBox::Critical, title, text, buttons, defaultButton);
}

void MessageBox::setNextAnswer(Button answer)
{
    nextAnswer = answer;
}

QString MessageBox::lastText()
{
    return lastShownText;
}

int MessageBox::count()
{
    return boxCount;
}

MessageBox::Button MessageBox::show(QWidget* parent, QMessageBox::Icon icon, const QString& title,
    const QString& text, Buttons buttons, Button defaultButton)
{
    ++boxCount;
    lastShownText = text;
    if (nextAnswer != QMessageBox::NoButton) {
        const Button answer = nextAnswer;
        nextAnswer = QMessageBox::NoButton;
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    // Messages can quote names and file paths people typed: never interpret them as markup.
    box.setTextFormat(Qt::PlainText);
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    return Button(box.exec());
}

} // namespace stepwise
