// SPDX-License-Identifier: GPL-3.0-or-later
#include "LockController.h"

#include "AppContext.h"
#include "IdleMonitor.h"
#include "UnsavedWork.h"
#include "WindowCover.h"
#include "auth/Authenticator.h"
#include "storage/AuditTrail.h"
#include "storage/Database.h"
#include "storage/DraftStore.h"

#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QKeyEvent>
#include <QMainWindow>
#include <QScreen>
#include <QToolTip>

namespace stepwise {

namespace {

// Windows that hold content: not menus, combo box lists, tooltips (closed before locking).
bool isContentWindow(const QWidget* w)
{
    const Qt::WindowType type = w->windowType();
    return w->isWindow() && type != Qt::Popup && type != Qt::ToolTip && type != Qt::SplashScreen;
}

} // namespace

LockController::LockController(AppContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_idle(new IdleMonitor(context.database(), this))
{
    connect(m_idle, &IdleMonitor::idle, this, &LockController::onIdle);
    // Ctrl+L from any window (a modal dialog blocks the main window's shortcut), and windows
    // that appear while locked.
    qApp->installEventFilter(this);
}

LockController::~LockController()
{
    if (qApp)
        qApp->removeEventFilter(this);
    m_covers.clear();
    delete m_screen;
}

void LockController::start()
{
    m_idle->start();
}

void LockController::stop()
{
    m_idle->stop();
}

void LockController::onIdle()
{
    const int minutes = m_idle->limitMinutes();
    lock(minutes == 1 ? tr("Locked after 1 minute without input.")
                      : tr("Locked after %1 minutes without input.").arg(minutes));
}

void LockController::coverWindow(QWidget* window)
{
    for (const auto& cover : m_covers) {
        if (cover->window() == window)
            return;
    }
    m_covers.push_back(std::make_unique<WindowCover>(window));
}

void LockController::lock(const QString& reason)
{
    const auto& session = m_context.database().session();
    if (isLocked() || !session)
        return;
    m_idle->stop();

    // Open menus and lists would float above the covers.
    for (int i = 0; i < 16 && QApplication::activePopupWidget(); ++i)
        QApplication::activePopupWidget()->close();
    QToolTip::hideText();

    if (!m_mainWindow) {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (qobject_cast<QMainWindow*>(w) && w->isVisible())
                m_mainWindow = w;
        }
    }
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (w->isVisible() && isContentWindow(w))
            coverWindow(w);
    }

    (void)AuditTrail::record(m_context.database(), QStringLiteral("auth.lock"),
        QStringLiteral("staff"), session->staffId,
        reason.isEmpty() ? QStringLiteral("locked by the user") : reason);

    m_screen = new LockScreen(session->name, session->username, m_context.unsavedWork(),
        m_mainWindow && m_mainWindow->isVisible() ? m_mainWindow.data() : nullptr);
    m_screen->setReason(reason);
    connect(m_screen, &LockScreen::unlockRequested, this, &LockController::unlock);
    connect(m_screen, &LockScreen::switchUserRequested, this, &LockController::switchUser);
    m_screen->adjustSize();
    if (m_screen->parentWidget()) {
        const QRect over = m_screen->parentWidget()->frameGeometry();
        m_screen->move(over.center() - m_screen->rect().center());
    }
    m_screen->show();
    m_screen->raise();
    m_screen->activateWindow();
    emit locked();
}

bool LockController::eventFilter(QObject* watched, QEvent* event)
{
    // A window that appears while locked (a message from a timer) is covered as it shows.
    if (event->type() == QEvent::Show && isLocked()) {
        auto* w = qobject_cast<QWidget*>(watched);
        if (w && isContentWindow(w) && w != m_screen && !m_screen->isAncestorOf(w))
            coverWindow(w);
    }
    if (event->type() == QEvent::KeyPress && !isLocked() && m_context.database().session()) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->keyCombination() == QKeyCombination(Qt::ControlModifier, Qt::Key_L)) {
            lock();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void LockController::removeCovers()
{
    m_covers.clear();
}

bool LockController::unlock(const QString& password)
{
    if (!isLocked())
        return true;
    if (Status s = Authenticator(m_context.database()).confirm(password); !s) {
        m_screen->showRefusal(s.error().message);
        return false;
    }
    removeCovers();
    LockScreen* screen = m_screen;
    m_screen = nullptr;
    screen->release();
    screen->hide();
    screen->deleteLater();
    m_idle->start();
    emit unlocked();
    return true;
}

void LockController::closeForms()
{
    // The forms first (they close without asking: their owner has decided), then any other
    // dialog still open over the next user's session.
    const QList<UnsavedForm*> forms = m_context.unsavedWork().forms();
    for (UnsavedForm* form : forms)
        form->discard();
    for (QWidget* w : QApplication::topLevelWidgets()) {
        auto* dialog = qobject_cast<QDialog*>(w);
        if (dialog && dialog != m_screen && dialog->isVisible())
            dialog->reject();
    }
}

bool LockController::switchUser(const QString& password, SwitchChoice choice)
{
    if (!isLocked())
        return false;
    Database& db = m_context.database();
    if (Status s = Authenticator(db).confirm(password); !s) {
        m_screen->showRefusal(s.error().message);
        return false;
    }
    if (choice == SwitchChoice::SaveDrafts) {
        // All drafts or none: the person is told and stays signed in if one cannot be kept.
        Transaction tx(db);
        Status saved = tx.ok() ? Status() : Status(tx.error());
        const QList<UnsavedForm*> modified = m_context.unsavedWork().modified();
        for (UnsavedForm* form : modified) {
            if (!saved)
                break;
            if (auto id = DraftStore(db).save(form->draft()); !id)
                saved = id.error();
        }
        if (saved)
            saved = tx.commit();
        if (!saved) {
            m_screen->showRefusal(tr("Your unsaved work could not be kept as drafts, so you are "
                                     "still signed in: %1")
                                      .arg(saved.error().message));
            return false;
        }
    }
    closeForms();
    emit signingOut();
    Authenticator(db).signOut(choice == SwitchChoice::SaveDrafts
            ? QStringLiteral("switch user; unsaved work kept as drafts")
            : QStringLiteral("switch user"));

    // Nothing of the first user's session shows between the lock and the next sign-in.
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (w != m_screen && w->isVisible() && isContentWindow(w))
            w->hide();
    }
    removeCovers();
    LockScreen* screen = m_screen;
    m_screen = nullptr;
    screen->release();
    screen->hide();
    screen->deleteLater();
    emit userSwitched();
    return true;
}

} // namespace stepwise
