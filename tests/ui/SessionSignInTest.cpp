// SPDX-License-Identifier: GPL-3.0-or-later
// Sign-in, the first administrator, the window each role gets, and emergency access.
#include "MainWindow.h"
#include "SessionTestSupport.h"
#include "caseload/CaseloadPage.h"
#include "common/FieldErrors.h"
#include "common/MessageBar.h"
#include "demo/DemoGenerator.h"
#include "participant/ParticipantPage.h"
#include "security/PasswordPolicy.h"
#include "session/AdminHomePage.h"
#include "session/EmergencyAccessDialog.h"
#include "session/FirstRunDialog.h"
#include "session/IdleMonitor.h"
#include "session/LockController.h"
#include "session/SessionController.h"
#include "session/SignInDialog.h"
#include "storage/StaffStore.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>

using namespace stepwise;
using namespace stepwise::test;

namespace {

void signOut(UiFixture& f)
{
    f.database.db().setSession(std::nullopt);
}

} // namespace

TEST_CASE(
    "The sign-in dialog refuses a wrong password or unknown name with one message", "[ui][signin]")
{
    SessionFixture f;
    signOut(f);
    SignInDialog dialog(f.database.db());
    dialog.show();

    for (const QString& name : { QStringLiteral("dana"), QStringLiteral("nobody-here") }) {
        INFO(name.toStdString());
        typeInto(dialog.usernameEdit(), name);
        typeInto(dialog.passwordEdit(), QStringLiteral("wrong-password-123"));
        QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(dialog.isVisible());
        CHECK(dialog.messageBar()->isVisible());
        CHECK(dialog.messageBar()->text() == Authenticator::refusalMessage());
        CHECK(dialog.passwordEdit()->text().isEmpty());
        CHECK(dialog.usernameEdit()->text() == name);
        CHECK_FALSE(f.database.db().session().has_value());
    }

    typeInto(dialog.usernameEdit(), QStringLiteral("dana"));
    typeInto(dialog.passwordEdit(), danaPassword());
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(f.database.db().session().has_value());
    CHECK(f.database.db().session()->staffId == f.database.counselorId());
    CHECK(dialog.session()->name == QStringLiteral("Dana Counselor"));
}

TEST_CASE("The sign-in dialog names the demo accounts only for the demo database", "[ui][signin]")
{
    SessionFixture f;
    SignInDialog dialog(f.database.db());
    dialog.show();
    CHECK_FALSE(dialog.demoHint()->isVisible());
    dialog.setDemoHint(true);
    CHECK(dialog.demoHint()->isVisible());
    for (const char* account : { DemoGenerator::CounselorUser, DemoGenerator::SupervisorUser,
             DemoGenerator::AdministratorUser, DemoGenerator::Password })
        CHECK(dialog.demoHint()->text().contains(QLatin1String(account)));
}

TEST_CASE("The first-run dialog refuses a weak password with the policy's reason", "[ui][firstrun]")
{
    UiFixture f;
    signOut(f);
    auto needed = AccountStore(f.database.db()).needsFirstAdministrator();
    REQUIRE_OK(needed);
    REQUIRE(*needed);
    FirstRunDialog dialog(f.database.db());
    dialog.show();
    typeInto(dialog.nameEdit(), QStringLiteral("Jordan Ellis"));
    typeInto(dialog.usernameEdit(), QStringLiteral("jellis"));

    SECTION("weak: the reason shows while typing and beside the field")
    {
        const QString weak = QStringLiteral("jordanellis1");
        const PasswordVerdict verdict = PasswordPolicy::judge(
            weak, { QStringLiteral("Jordan Ellis"), QStringLiteral("jellis") });
        REQUIRE_FALSE(verdict.acceptable);
        REQUIRE_FALSE(verdict.reason.isEmpty());
        typeInto(dialog.passwordEdit(), weak);
        typeInto(dialog.repeatEdit(), weak);
        CHECK(dialog.strengthLabel()->text() == verdict.reason);

        QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(dialog.errors()->message(QStringLiteral("password")) == verdict.reason);
        QLabel* beside
            = dialog.findChild<QLabel*>(FieldErrors::labelName(QStringLiteral("password")));
        REQUIRE(beside != nullptr);
        CHECK(beside->isVisible());
        auto still = AccountStore(f.database.db()).needsFirstAdministrator();
        REQUIRE_OK(still);
        CHECK(*still);
    }
    SECTION("the two passwords must match")
    {
        typeInto(dialog.passwordEdit(), danaPassword());
        typeInto(dialog.repeatEdit(), danaPassword() + QStringLiteral("x"));
        QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK_FALSE(dialog.errors()->message(QStringLiteral("password_repeat")).isEmpty());
    }
    SECTION("strong: the administrator is created and can sign in")
    {
        typeInto(dialog.passwordEdit(), danaPassword());
        CHECK(dialog.strengthLabel()->text() == QStringLiteral("Strong enough."));
        typeInto(dialog.repeatEdit(), danaPassword());
        QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(dialog.administratorId() != 0);
        auto needed2 = AccountStore(f.database.db()).needsFirstAdministrator();
        REQUIRE_OK(needed2);
        CHECK_FALSE(*needed2);
        auto session
            = Authenticator(f.database.db()).signIn(QStringLiteral("jellis"), danaPassword());
        REQUIRE_OK(session);
        CHECK(session->roles == RoleSet { StaffRole::Administrator });
        CHECK(session->name == QStringLiteral("Jordan Ellis"));
    }
}

TEST_CASE("An administrator without a clinical role gets no caseload page", "[ui][roles]")
{
    UiFixture f;
    f.addAdmitted(sampleParticipant(QStringLiteral("R-9"))); // as the lead, before acting
    const Id admin
        = f.database.addStaff(QStringLiteral("Avery Admin"), { StaffRole::Administrator });
    f.database.actAs(admin, { StaffRole::Administrator });
    Session s = *f.database.db().session();
    s.name = QStringLiteral("Avery Admin");
    f.database.db().setSession(s);
    MainWindow window(f.context);
    window.show();

    CHECK(window.caseloadPage() == nullptr);
    CHECK(window.participantPage() == nullptr);
    CHECK(window.findChildren<CaseloadPage*>().isEmpty());
    CHECK(window.findChildren<ParticipantPage*>().isEmpty());
    REQUIRE(window.adminHomePage() != nullptr);
    CHECK(window.currentPage() == window.adminHomePage());
    CHECK(window.emergencyAccessAction() == nullptr);
    CHECK_FALSE(anyVisibleTextContains(QStringLiteral("Rivera")));
    CHECK(window.windowTitle().contains(QStringLiteral("Avery Admin")));
    CHECK(window.windowTitle().contains(QStringLiteral("Administrator")));

    // The audit log and staff pages are there for an administrator; more land on the start
    // page and in the menu.
    CHECK(window.adminHomePage()->pageTitles()
        == QStringList { QStringLiteral("Audit Log"), QStringLiteral("Staff and Accounts") });
    auto* page = new QLabel(QStringLiteral("Extra page"));
    QAction* show = window.addAdminPage(QStringLiteral("&Extra"), page);
    CHECK(window.adminHomePage()->pageTitles().last() == QStringLiteral("Extra"));
    show->trigger();
    CHECK(window.currentPage() == page);
    CHECK(window.adminMenu()->actions().contains(show));
}

TEST_CASE(
    "A clinician's window names them and their roles, and offers lock and sign out", "[ui][roles]")
{
    SessionFixture f;
    MainWindow window(f.context);
    window.show();
    REQUIRE(window.caseloadPage() != nullptr);
    CHECK(window.adminHomePage() == nullptr);
    CHECK(window.windowTitle().contains(QStringLiteral("Dana Counselor (Counselor)")));
    REQUIRE(window.showParticipant(f.participantId));
    CHECK_FALSE(window.windowTitle().contains(QStringLiteral("Rivera")));
    CHECK(window.lockAction()->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_L));
    QSignalSpy signOut(&window, &MainWindow::signOutRequested);
    window.signOutAction()->trigger();
    CHECK(signOut.size() == 1);
}

TEST_CASE("A chart outside the caseload is refused on the page and opens by emergency access",
    "[ui][emergency]")
{
    SessionFixture f;
    // Someone on another counselor's caseload, added as the lead.
    f.database.actAs(f.database.leadId(),
        { StaffRole::Counselor, StaffRole::Supervisor, StaffRole::Administrator });
    const Id other = f.database.addStaff(QStringLiteral("Casey Other"), { StaffRole::Counselor });
    Participant p = sampleParticipant(QStringLiteral("R-77"));
    p.legalLastName = QStringLiteral("Okafor");
    p.counselorId = other;
    const Id outside = f.addAdmitted(p);
    f.signIn(QStringLiteral("dana"), danaPassword());

    MainWindow window(f.context);
    window.show();
    CHECK_FALSE(window.showParticipant(outside));
    CHECK(window.participantPage()->messageBar()->isVisible());
    CHECK_FALSE(window.participantPage()->messageBar()->text().isEmpty());
    CHECK_FALSE(anyVisibleTextContains(QStringLiteral("Okafor")));

    EmergencyAccessDialog dialog(f.database.db(), &window);
    dialog.show();
    typeInto(dialog.recordNumberEdit(), QStringLiteral("R-77"));
    typeInto(dialog.reasonEdit(), QStringLiteral("crisis"));
    QTest::mouseClick(dialog.openButton(), Qt::LeftButton);
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(dialog.errors()->message(QStringLiteral("reason")).isEmpty());
    CHECK(f.audit(QStringLiteral("emergency_access.grant")).isEmpty());

    typeInto(dialog.reasonEdit(),
        QStringLiteral("Participant in crisis at the front desk; counselor away"));
    QTest::mouseClick(dialog.openButton(), Qt::LeftButton);
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(dialog.participantId() == outside);
    REQUIRE(dialog.grant().has_value());
    CHECK(window.showParticipant(outside));
    CHECK(window.participantPage()->nameLabel()->text().contains(QStringLiteral("Okafor")));
    const auto grants = f.audit(QStringLiteral("emergency_access.grant"));
    REQUIRE(grants.size() == 1);
    CHECK(grants.first().flagged);
    bool flaggedView = false;
    for (const AuditEntry& e : f.audit(QStringLiteral("chart.view")))
        flaggedView = flaggedView || (e.participantId == outside && e.flagged);
    CHECK(flaggedView);

    SECTION("an unknown record number is said beside the field")
    {
        EmergencyAccessDialog again(f.database.db(), &window);
        again.show();
        typeInto(again.recordNumberEdit(), QStringLiteral("R-404"));
        typeInto(again.reasonEdit(), QStringLiteral("Participant in crisis at the front desk"));
        QTest::mouseClick(again.openButton(), Qt::LeftButton);
        CHECK(again.result() != QDialog::Accepted);
        CHECK(again.errors()
                  ->message(QStringLiteral("record_number"))
                  .contains(QStringLiteral("R-404")));
    }
}

TEST_CASE("The session goes from sign-in to the main window and back on sign out", "[ui][session]")
{
    SessionFixture f;
    signOut(f);
    SessionController session(f.context, {});
    QSignalSpy finished(&session, &SessionController::finished);
    session.start();
    REQUIRE(session.firstRunDialog() == nullptr);
    SignInDialog* signIn = session.signInDialog();
    REQUIRE(signIn != nullptr);
    CHECK(signIn->isVisible());
    CHECK_FALSE(signIn->demoHint()->isVisible());

    typeInto(signIn->usernameEdit(), QStringLiteral("dana"));
    typeInto(signIn->passwordEdit(), danaPassword());
    QTest::mouseClick(signIn->signInButton(), Qt::LeftButton);
    settle();
    REQUIRE(session.mainWindow() != nullptr);
    CHECK(session.mainWindow()->isVisible());
    CHECK(session.lockController()->idleMonitor()->isRunning());
    CHECK(f.database.db().session()->username == QStringLiteral("dana"));

    SECTION("Sign Out returns to the sign-in dialog")
    {
        session.mainWindow()->signOutAction()->trigger();
        settle();
        CHECK_FALSE(f.database.db().session().has_value());
        CHECK(session.mainWindow() == nullptr);
        REQUIRE(session.signInDialog() != nullptr);
        CHECK(session.signInDialog()->isVisible());
        CHECK(f.audit(QStringLiteral("auth.sign_out")).size() == 1);
        CHECK(finished.isEmpty());

        QTest::mouseClick(session.signInDialog()->findChild<QDialogButtonBox*>()->button(
                              QDialogButtonBox::Cancel),
            Qt::LeftButton);
        REQUIRE(finished.size() == 1);
        CHECK(finished.first().first().toInt() == 0);
    }
    SECTION("Quit signs out and ends the session")
    {
        session.mainWindow()->close();
        settle();
        CHECK_FALSE(f.database.db().session().has_value());
        REQUIRE(finished.size() == 1);
        CHECK(finished.first().first().toInt() == 0);
    }
}

TEST_CASE("Today's backup is made after sign-in beside the window and recorded in the name of "
          "whoever signed in, even when they sign out at once",
    "[ui][session][backup]")
{
    SessionFixture f;
    signOut(f);
    const QDir folder(
        QFileInfo(f.database.db().path()).absoluteDir().filePath(QStringLiteral("backups")));
    const QString todays
        = QStringLiteral("stepwise-%1.sqlite").arg(f.clock.today().toString(Qt::ISODate));
    SessionController session(f.context, {});
    session.start();
    typeInto(session.signInDialog()->usernameEdit(), QStringLiteral("dana"));
    typeInto(session.signInDialog()->passwordEdit(), danaPassword());
    QTest::mouseClick(session.signInDialog()->signInButton(), Qt::LeftButton);
    REQUIRE(session.mainWindow() != nullptr);
    CHECK(session.mainWindow()->isVisible());

    SECTION("The status bar says when the copy is made")
    {
        QStatusBar* status = session.mainWindow()->statusBar();
        // The copy starts once the window is shown; the row follows when it is done.
        CHECK(QTest::qWaitFor(
            [&] { return status->currentMessage().contains(QStringLiteral("is made")); }, 60'000));
        CHECK(folder.entryList(QDir::Files) == QStringList { todays });
        const QList<AuditEntry> rows = f.audit(QStringLiteral("backup.auto"));
        REQUIRE(rows.size() == 1);
        CHECK(rows.first().staffName == QStringLiteral("Dana Counselor"));
        CHECK(rows.first().detail == folder.absoluteFilePath(todays));
    }
    SECTION("Signing out straight away waits for the copy and records it first")
    {
        settle(); // the copy starts
        session.mainWindow()->signOutAction()->trigger();
        CHECK_FALSE(f.database.db().session().has_value());
        CHECK(folder.entryList(QDir::Files) == QStringList { todays });
        const QList<AuditEntry> rows = f.audit(QStringLiteral("backup.auto"));
        REQUIRE(rows.size() == 1);
        CHECK(rows.first().staffName == QStringLiteral("Dana Counselor"));
        // Sign-out came after the backup's row.
        const QList<AuditEntry> out = f.audit(QStringLiteral("auth.sign_out"));
        REQUIRE(out.size() == 1);
        CHECK(out.first().id > rows.first().id);
    }
}

TEST_CASE("A new database starts with the first-run dialog, then signs in", "[ui][session]")
{
    UiFixture f;
    signOut(f);
    SessionController session(f.context, { true });
    session.start();
    FirstRunDialog* first = session.firstRunDialog();
    REQUIRE(first != nullptr);
    CHECK(session.signInDialog() == nullptr);
    typeInto(first->nameEdit(), QStringLiteral("Jordan Ellis"));
    typeInto(first->usernameEdit(), QStringLiteral("jellis"));
    typeInto(first->passwordEdit(), danaPassword());
    typeInto(first->repeatEdit(), danaPassword());
    QTest::mouseClick(first->createButton(), Qt::LeftButton);
    settle();
    REQUIRE(session.signInDialog() != nullptr);
    CHECK(session.signInDialog()->usernameEdit()->text() == QStringLiteral("jellis"));
    CHECK(session.signInDialog()->demoHint()->isVisible());
}
