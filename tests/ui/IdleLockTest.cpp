// SPDX-License-Identifier: GPL-3.0-or-later
// The idle lock: input alone keeps the session open; a locked screen shows no participant and
// opens only for the same user's password, with everything as it was, unsaved typing included.
#include "MainWindow.h"
#include "SessionTestSupport.h"
#include "common/MessageBar.h"
#include "participant/ParticipantDialog.h"
#include "participant/ParticipantPage.h"
#include "session/IdleMonitor.h"
#include "session/LockController.h"
#include "session/LockScreen.h"
#include "session/WindowCover.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>
#include <QTimerEvent>

using namespace stepwise;
using namespace stepwise::test;

namespace {

// The main window on Alex Rivera's chart with the edit dialog open, the lock controller
// watching, and "Alexandra" typed into the dialog but not saved.
struct LockFixture : SessionFixture
{
    LockFixture()
    {
        window.show();
        REQUIRE(window.showParticipant(participantId));
        lock.setMainWindow(&window);
        lock.start();
        start = clock.now();
    }

    ParticipantDialog* openEditDialog()
    {
        window.participantPage()->editParticipant();
        auto* dialog = findTopLevel<ParticipantDialog>();
        REQUIRE(dialog != nullptr);
        typeInto(child<QLineEdit>(dialog, QStringLiteral("legal_first_name")),
            QStringLiteral("Alexandra"));
        return dialog;
    }

    void idleFor(int seconds)
    {
        clock.set(start.addSecs(seconds));
        lock.idleMonitor()->tick();
    }

    void typePassword(QLineEdit* field, const QString& password) { field->setText(password); }

    MainWindow window { context };
    LockController lock { context };
    QDateTime start;
};

} // namespace

TEST_CASE("The idle lock fires after the set minutes without input, not before", "[ui][lock]")
{
    LockFixture f;
    QSignalSpy locked(&f.lock, &LockController::locked);
    REQUIRE(f.lock.idleMonitor()->limitMinutes() == 1);

    f.idleFor(59);
    CHECK_FALSE(f.lock.isLocked());
    CHECK(locked.isEmpty());

    f.idleFor(60);
    CHECK(f.lock.isLocked());
    CHECK(locked.size() == 1);
    REQUIRE(f.lock.lockScreen() != nullptr);
    CHECK(f.lock.lockScreen()->isVisible());
    CHECK(f.lock.lockScreen()->windowModality() == Qt::ApplicationModal);
    CHECK(f.audit(QStringLiteral("auth.lock")).size() == 1);
}

TEST_CASE(
    "Keyboard and mouse input restart the idle time; timers and painting do not", "[ui][lock]")
{
    LockFixture f;
    f.idleFor(50);
    QTest::keyClick(&f.window, Qt::Key_Shift);
    f.idleFor(100); // 50 s after the key press
    CHECK_FALSE(f.lock.isLocked());

    f.clock.set(f.start.addSecs(100));
    QTest::mouseClick(f.window.centralWidget(), Qt::LeftButton);
    f.idleFor(150);
    CHECK_FALSE(f.lock.isLocked());

    // Repaints and timer events are not a person at the keyboard.
    f.clock.set(f.start.addSecs(155));
    f.window.repaint();
    QTimerEvent timer(1);
    QCoreApplication::sendEvent(&f.window, &timer);
    f.idleFor(161);
    CHECK(f.lock.isLocked());

    CHECK(IdleMonitor::isUserInput(QEvent::KeyPress));
    CHECK(IdleMonitor::isUserInput(QEvent::MouseMove));
    CHECK_FALSE(IdleMonitor::isUserInput(QEvent::Paint));
    CHECK_FALSE(IdleMonitor::isUserInput(QEvent::Timer));
    CHECK_FALSE(IdleMonitor::isUserInput(QEvent::UpdateRequest));
}

TEST_CASE("While locked no participant's name is on screen or in a window title", "[ui][lock]")
{
    LockFixture f;
    ParticipantDialog* dialog = f.openEditDialog();
    // The check below can fail: before locking, the name is there to be found.
    REQUIRE(anyVisibleTextContains(QStringLiteral("Rivera")));
    REQUIRE(anyVisibleTextContains(QStringLiteral("Alexandra")));
    const QString mainTitle = f.window.windowTitle();
    const QString dialogTitle = dialog->windowTitle();

    f.idleFor(61);
    REQUIRE(f.lock.isLocked());
    for (const QString& phi :
        { QStringLiteral("Rivera"), QStringLiteral("Alex"), QStringLiteral("R-55") }) {
        INFO(phi.toStdString());
        CHECK_FALSE(anyVisibleTextContains(phi));
    }
    CHECK(f.window.windowTitle() == WindowCover::lockedTitle());
    CHECK(dialog->windowTitle() == WindowCover::lockedTitle());
    // Both windows are still there (a dialog hidden would end its exec()), each covered.
    CHECK(dialog->isVisible());
    CHECK(f.window.isVisible());
    CHECK(f.window.findChild<QWidget*>(QStringLiteral("lockOverlay"))->isVisible());
    CHECK(dialog->findChild<QWidget*>(QStringLiteral("lockOverlay"))->isVisible());
    // The signed-in user's own name is what the lock screen shows.
    CHECK(anyVisibleTextContains(QStringLiteral("Dana Counselor")));
    CHECK(mainTitle != WindowCover::lockedTitle());
    CHECK(dialogTitle != WindowCover::lockedTitle());
}

TEST_CASE("A wrong password keeps the screen locked and is audited", "[ui][lock]")
{
    LockFixture f;
    f.openEditDialog();
    f.lock.lock();
    LockScreen* screen = f.lock.lockScreen();
    REQUIRE(screen != nullptr);
    const int failuresBefore = int(f.audit(QStringLiteral("auth.sign_in_failed")).size());

    f.typePassword(screen->passwordEdit(), QStringLiteral("not-my-password-at-all"));
    QTest::mouseClick(screen->unlockButton(), Qt::LeftButton);

    CHECK(f.lock.isLocked());
    CHECK(screen->isVisible());
    CHECK(screen->messageBar()->text() == Authenticator::refusalMessage());
    CHECK(screen->passwordEdit()->text().isEmpty());
    CHECK_FALSE(anyVisibleTextContains(QStringLiteral("Rivera")));
    const auto failures = f.audit(QStringLiteral("auth.sign_in_failed"));
    REQUIRE(failures.size() == failuresBefore + 1);
    CHECK(failures.last().detail.contains(QStringLiteral("unlocking the screen")));
    CHECK(failures.last().staffId == f.database.counselorId());

    SECTION("Esc and the close button do not unlock")
    {
        QTest::keyClick(screen, Qt::Key_Escape);
        screen->close();
        CHECK(f.lock.isLocked());
        CHECK(screen->isVisible());
    }
}

TEST_CASE("The right password restores everything as it was, unsaved typing included", "[ui][lock]")
{
    LockFixture f;
    ParticipantDialog* dialog = f.openEditDialog();
    auto* firstName = child<QLineEdit>(dialog, QStringLiteral("legal_first_name"));
    const QString mainTitle = f.window.windowTitle();
    const QString dialogTitle = dialog->windowTitle();
    QSignalSpy unlocked(&f.lock, &LockController::unlocked);

    f.idleFor(61);
    REQUIRE(f.lock.isLocked());
    LockScreen* screen = f.lock.lockScreen();
    f.typePassword(screen->passwordEdit(), danaPassword());
    QTest::mouseClick(screen->unlockButton(), Qt::LeftButton);
    settle();

    CHECK_FALSE(f.lock.isLocked());
    CHECK(unlocked.size() == 1);
    CHECK(f.window.windowTitle() == mainTitle);
    CHECK(dialog->windowTitle() == dialogTitle);
    CHECK(findTopLevel<ParticipantDialog>() == dialog);
    CHECK(firstName->isVisible());
    CHECK(firstName->text() == QStringLiteral("Alexandra"));
    CHECK(dialog->isModified());
    CHECK(f.window.findChild<QWidget*>(QStringLiteral("lockOverlay")) == nullptr);
    CHECK(f.database.db().session()->username == QStringLiteral("dana"));
    CHECK(f.audit(QStringLiteral("auth.unlock_screen")).size() == 1);

    // Idle time counts again from the unlock.
    CHECK(f.lock.idleMonitor()->isRunning());
    dialog->discard();
}

TEST_CASE("Ctrl+L locks at once, even from inside a dialog", "[ui][lock]")
{
    LockFixture f;
    ParticipantDialog* dialog = f.openEditDialog();
    QTest::keyClick(
        child<QLineEdit>(dialog, QStringLiteral("phone")), Qt::Key_L, Qt::ControlModifier);
    CHECK(f.lock.isLocked());
    CHECK(
        f.audit(QStringLiteral("auth.lock")).last().detail == QStringLiteral("locked by the user"));
}

TEST_CASE("A window that opens while locked is covered too", "[ui][lock]")
{
    LockFixture f;
    f.lock.lock();
    QDialog late;
    late.setWindowTitle(QStringLiteral("Alex Rivera's message"));
    auto* text = new QLabel(QStringLiteral("About Alex Rivera"), &late);
    late.show();
    CHECK(late.windowTitle() == WindowCover::lockedTitle());
    CHECK_FALSE(text->isVisible());
    CHECK_FALSE(anyVisibleTextContains(QStringLiteral("Rivera")));
}

TEST_CASE("A dialog running exec() is still running after a lock and unlock", "[ui][lock]")
{
    LockFixture f;
    QDialog dialog(&f.window);
    auto* note = new QLineEdit(&dialog);
    bool visibleWhileLocked = false;
    bool visibleAfterUnlock = false;
    QTimer::singleShot(0, &dialog, [&] {
        typeInto(note, QStringLiteral("half a thought"));
        f.lock.lock();
        visibleWhileLocked = dialog.isVisible();
        f.lock.lockScreen()->passwordEdit()->setText(danaPassword());
        QTest::mouseClick(f.lock.lockScreen()->unlockButton(), Qt::LeftButton);
        visibleAfterUnlock = dialog.isVisible() && note->isVisible();
        dialog.accept();
    });
    CHECK(dialog.exec() == QDialog::Accepted);
    CHECK(visibleWhileLocked);
    CHECK(visibleAfterUnlock);
    CHECK(note->text() == QStringLiteral("half a thought"));
}
