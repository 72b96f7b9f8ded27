// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>
#include <QString>

class QWidget;

namespace stepwise {

// Every modal box in the UI goes through here so tests can answer it before it would block.
// Modal boxes are for decisions and fatal problems; recoverable errors go to a MessageBar.
class MessageBox
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button question(QWidget* parent, const QString& title, const QString& text,
        Buttons buttons = Buttons(QMessageBox::Yes | QMessageBox::No),
        Button defaultButton = QMessageBox::NoButton);
    static Button information(QWidget* parent, const QString& title, const QString& text,
        Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::NoButton);
    static Button warning(QWidget* parent, const QString& title, const QString& text,
        Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::NoButton);
    static Button critical(QWidget* parent, const QString& title, const QString& text,
        Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::NoButton);

    // The next box is not shown; it returns `answer` at once. For tests.
    static void setNextAnswer(Button answer);
    // What the last box (shown or pre-answered) said, for tests to check the wording.
    static QString lastText();
    static int count(); // boxes requested since start, shown or pre-answered

private:
    static Button show(QWidget* parent, QMessageBox::Icon icon, const QString& title,
        const QString& text, Buttons buttons, Button defaultButton);
};

} // namespace stepwise
