// SPDX-License-Identifier: GPL-3.0-or-later
// The Stepwise desktop application: parses the command line and hands over to ui/Startup.
#include "Startup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Stepwise"));
    QApplication::setOrganizationName(QStringLiteral("Stepwise"));
    QApplication::setApplicationVersion(QStringLiteral(STEPWISE_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("Stepwise"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.stepwise.Stepwise"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/stepwise.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Case management for intensive outpatient programs."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"),
        QApplication::translate("main", "Open the existing database FILE."),
        QApplication::translate("main", "FILE"));
    const QCommandLineOption demo(QStringLiteral("demo"),
        QApplication::translate(
            "main", "Open the demo database in the user's data folder, creating it on first use."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QApplication::translate("main",
            "Render the view to the PNG file OUT and exit, signed in as the staff account named "
            "by the environment variables STEPWISE_USER and STEPWISE_PASSWORD."),
        QApplication::translate("main", "OUT"));
    const QCommandLineOption view(QStringLiteral("view"),
        QApplication::translate("main",
            "The view for --screenshot: caseload (default), week (this week's sessions), "
            "worklist (notes to sign and co-sign), review (a supervisor's caseload review), "
            "outcomes "
            "(program outcomes), "
            "participant:ID, assessments:ID, "
            "attendance:ID, plan:ID or notes:ID (the chart's Assessments, Attendance & "
            "Readiness, Treatment Plan or Notes tab), where ID is the participant's id or record "
            "number."),
        QApplication::translate("main", "VIEW"), QStringLiteral("caseload"));
    parser.addOptions({ db, demo, screenshot, view });
    parser.process(app);

    stepwise::StartupOptions options;
    options.databasePath = parser.value(db);
    options.demo = parser.isSet(demo);
    options.screenshotPath = parser.value(screenshot);
    options.view = parser.value(view);
    return stepwise::Startup::run(options);
}
