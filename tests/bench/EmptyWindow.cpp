// SPDX-License-Identifier: GPL-3.0-or-later
// The start of an empty Qt window, drawn and saved as the GUI's --screenshot does: the part of
// "process start to caseload" that is Qt's own and not Stepwise's (issue 8's bound).
//
//   stepwise_empty_window OUT.png
#include <QApplication>
#include <QMainWindow>
#include <QPixmap>
#include <QStatusBar>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 2)
        return 2;
    QMainWindow window;
    window.resize(1280, 800);
    window.statusBar()->showMessage(QStringLiteral("Ready"));
    window.show();
    QApplication::processEvents();
    return window.grab().save(QString::fromLocal8Bit(argv[1])) ? 0 : 1;
}
