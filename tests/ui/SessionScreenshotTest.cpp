// SPDX-License-Identifier: GPL-3.0-or-later
// Pictures of the sign-in, first-run and lock screens for people to look at (docs, review).
// Hidden from ctest ([.]): run `ui_session_screenshots "[shots]"`; the PNGs go to
// $STEPWISE_SHOTS_DIR, or /tmp/stepwise-shots.
#include "MainWindow.h"
#include "SessionTestSupport.h"
#include "participant/ParticipantDialog.h"
#include "participant/ParticipantPage.h"
#include "session/AdminHomePage.h"
#include "session/DraftOffer.h"
#include "session/EmergencyAccessDialog.h"
#include "session/FirstRunDialog.h"
#include "session/LockController.h"
#include "session/LockScreen.h"
#include "session/SignInDialog.h"
#include "storage/DraftStore.h"

#include <QAction>
#include <QDir>
#include <QMenu>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace stepwise;
using namespace stepwise::test;

namespace {

void save(const QPixmap& pixmap, const QString& name)
{
    const QString path = shotsDir() + QLatin1Char('/') + name;
    REQUIRE(pixmap.save(path, "png"));
}

QPixmap grab(QWidget* w)
{
    settle();
    return w->grab();
}

// Windows drawn where a desktop would stack them: each child window centred over the first,
// with a thin frame so their edges show.
QPixmap stack(const QList<QWidget*>& windows)
{
    QPixmap canvas = grab(windows.first());
    QPainter painter(&canvas);
    for (int i = 1; i < windows.size(); ++i) {
        const QPixmap top = grab(windows[i]);
        const QPoint at((canvas.width() - top.width()) / 2, (canvas.height() - top.height()) / 2);
        painter.fillRect(QRect(at + QPoint(4, 6), top.size()), QColor(0, 0, 0, 60));
        painter.drawPixmap(at, top);
        painter.setPen(QColor(0x60, 0x60, 0x60));
        painter.drawRect(QRect(at, top.size()).adjusted(0, 0, -1, -1));
    }
    return canvas;
}

} // namespace

TEST_CASE("Screenshots of the sign-in and first-run dialogs", "[.][shots]")
{
    SessionFixture f;
    f.database.db().setSession(std::nullopt);
    {
        SignInDialog dialog(f.database.db());
        dialog.setDemoHint(true);
        dialog.show();
        save(grab(&dialog), QStringLiteral("signin.png"));
        dialog.usernameEdit()->setText(QStringLiteral("dana"));
        dialog.passwordEdit()->setText(QStringLiteral("wrong-password"));
        dialog.signIn();
        save(grab(&dialog), QStringLiteral("signin-refused.png"));
    }
    UiFixture fresh;
    FirstRunDialog first(fresh.database.db());
    first.show();
    save(grab(&first), QStringLiteral("firstrun-empty.png"));
    typeInto(first.nameEdit(), QStringLiteral("Jordan Ellis"));
    typeInto(first.usernameEdit(), QStringLiteral("jellis"));
    typeInto(first.passwordEdit(), QStringLiteral("jordanellis1"));
    save(grab(&first), QStringLiteral("firstrun-weak.png"));
    typeInto(first.repeatEdit(), QStringLiteral("jordanellis1"));
    first.create();
    save(grab(&first), QStringLiteral("firstrun-refused.png"));
    typeInto(first.passwordEdit(), danaPassword());
    save(grab(&first), QStringLiteral("firstrun-strong.png"));
}

TEST_CASE("Screenshots of the lock screen over a window with an open form", "[.][shots]")
{
    SessionFixture f;
    MainWindow window(f.context);
    window.resize(1280, 800);
    window.show();
    REQUIRE(window.showParticipant(f.participantId));
    window.participantPage()->editParticipant();
    auto* dialog = findTopLevel<ParticipantDialog>();
    REQUIRE(dialog != nullptr);
    typeInto(
        child<QLineEdit>(dialog, QStringLiteral("legal_first_name")), QStringLiteral("Alexandra"));
    save(stack({ &window, dialog }), QStringLiteral("before-lock.png"));

    LockController lock(f.context);
    lock.setMainWindow(&window);
    lock.lock(QStringLiteral("Locked after 10 minutes without input."));
    save(stack({ &window, dialog, lock.lockScreen() }), QStringLiteral("lock.png"));
    lock.lockScreen()->passwordEdit()->setText(QStringLiteral("wrong"));
    QTest::mouseClick(lock.lockScreen()->unlockButton(), Qt::LeftButton);
    save(grab(lock.lockScreen()), QStringLiteral("lock-refused.png"));
    lock.lockScreen()->showSwitchPage();
    save(stack({ &window, dialog, lock.lockScreen() }), QStringLiteral("lock-switch-user.png"));
    lock.switchUser(danaPassword(), SwitchChoice::SaveDrafts);
    settle();

    f.signIn(QStringLiteral("dana"), danaPassword());
    auto stored = ParticipantStore(f.database.db()).get(f.participantId);
    REQUIRE_OK(stored);
    ParticipantDialog again(f.context, stored.value());
    again.show();
    save(grab(&again), QStringLiteral("draft-offer.png"));
}

TEST_CASE("Screenshots of the administrator's start page and emergency access", "[.][shots]")
{
    UiFixture f;
    const Id admin
        = f.database.addStaff(QStringLiteral("Avery Admin"), { StaffRole::Administrator });
    f.database.actAs(admin, { StaffRole::Administrator });
    Session s = *f.database.db().session();
    s.name = QStringLiteral("Avery Admin");
    f.database.db().setSession(s);
    MainWindow window(f.context);
    window.resize(1280, 800);
    window.show();
    save(grab(&window), QStringLiteral("admin-home.png"));
    // The administration pages as an administrator sees them.
    for (QAction* a : window.adminMenu()->actions()) {
        if (a->text().contains(QStringLiteral("Audit"))) {
            a->trigger();
            save(grab(&window), QStringLiteral("admin-audit.png"));
        } else if (a->text().contains(QStringLiteral("Staff"))) {
            a->trigger();
            save(grab(&window), QStringLiteral("admin-staff.png"));
        }
    }

    SessionFixture c;
    MainWindow clinician(c.context);
    clinician.resize(1280, 800);
    clinician.show();
    EmergencyAccessDialog dialog(c.database.db(), &clinician);
    dialog.show();
    typeInto(dialog.recordNumberEdit(), QStringLiteral("R-77"));
    typeInto(dialog.reasonEdit(), QStringLiteral("crisis"));
    dialog.requestAccess();
    save(stack({ &clinician, &dialog }), QStringLiteral("emergency-access.png"));
}
