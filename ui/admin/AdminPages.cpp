// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdminPages.h"

#include "AppContext.h"
#include "AssessmentScheduleDialog.h"
#include "AttendanceSettingsDialog.h"
#include "AuditPage.h"
#include "MainWindow.h"
#include "RecordsSettingsDialog.h"
#include "SecuritySettingsDialog.h"
#include "StaffPage.h"
#include "common/Clock.h"
#include "common/MessageBox.h"
#include "storage/Backup.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QStatusBar>

namespace stepwise::AdminPages {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::AdminPages", text);
}

void backUpNow(MainWindow& window, AppContext& context)
{
    const QString suggested
        = QDir(Backup::folderFor(context.database()))
              .filePath(
                  QStringLiteral("stepwise-%1.sqlite")
                      .arg(Clock::instance().now().toString(QStringLiteral("yyyy-MM-dd-HHmm"))));
    const QString path = QFileDialog::getSaveFileName(
        &window, tr("Back up the database"), suggested, tr("Stepwise databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    auto made = Backup::create(context.database(), path);
    if (!made) {
        MessageBox::warning(&window, tr("Backup"), made.error().fullMessage());
        return;
    }
    window.statusBar()->showMessage(
        tr("Backed up and checked: %1").arg(QDir::toNativeSeparators(made->path)), 10000);
}

} // namespace

void install(MainWindow& window, AppContext& context)
{
    const auto& session = context.database().session();
    if (!session)
        return;
    const RoleSet roles = session->roles;
    if (roles.has(StaffRole::Supervisor) || roles.has(StaffRole::Administrator))
        window.addAdminPage(tr("&Audit Log"), new AuditPage(context));
    if (!roles.has(StaffRole::Administrator))
        return;
    window.addAdminPage(tr("&Staff and Accounts"), new StaffPage(context));
    QMenu* menu = window.adminMenu();
    menu->addSeparator();
    menu->addAction(tr("Security &Settings…"), &window, [&window, &context] {
        SecuritySettingsDialog dialog(context, &window);
        dialog.exec();
    });
    menu->addAction(tr("Assessment S&chedule…"), &window, [&window, &context] {
        AssessmentScheduleDialog dialog(context, &window);
        dialog.exec();
    });
    menu->addAction(tr("A&ttendance Settings…"), &window, [&window, &context] {
        AttendanceSettingsDialog dialog(context, &window);
        dialog.exec();
    });
    menu->addAction(tr("&Plans and Notes…"), &window, [&window, &context] {
        RecordsSettingsDialog dialog(context, &window);
        dialog.exec();
    });
    menu->addAction(
        tr("&Back Up Now…"), &window, [&window, &context] { backUpNow(window, context); });
}

} // namespace stepwise::AdminPages
