// SPDX-License-Identifier: GPL-3.0-or-later
#include "LockScreen.h"

#include "UnsavedWork.h"
#include "WindowCover.h"
#include "common/FieldErrors.h"
#include "common/MessageBar.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace stepwise {

namespace {

QLabel* plainLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

QLineEdit* passwordField(QWidget* parent, const QString& name)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setEchoMode(QLineEdit::Password);
    edit->setAccessibleName(QCoreApplication::translate("stepwise::LockScreen", "Password"));
    edit->setMinimumWidth(edit->fontMetrics().averageCharWidth() * 32);
    return edit;
}

} // namespace

LockScreen::LockScreen(
    const QString& userName, const QString& username, const UnsavedWork& unsaved, QWidget* parent)
    : QDialog(parent, Qt::Dialog | Qt::CustomizeWindowHint | Qt::WindowTitleHint)
    , m_unsaved(unsaved)
{
    setObjectName(QStringLiteral("LockScreen"));
    setWindowTitle(WindowCover::lockedTitle());
    setWindowModality(Qt::ApplicationModal);

    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/stepwise.svg")).pixmap(48, 48));
    auto* title = plainLabel(tr("Stepwise is locked"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    auto* who = plainLabel(tr("%1 (%2) is signed in.").arg(userName, username), this);
    who->setObjectName(QStringLiteral("signedInUser"));
    m_reason = plainLabel(QString(), this);
    m_reason->setObjectName(QStringLiteral("lockReason"));
    m_reason->setForegroundRole(QPalette::PlaceholderText);
    m_reason->hide();

    auto* heading = new QVBoxLayout;
    heading->setSpacing(2);
    heading->addWidget(title);
    heading->addWidget(who);
    heading->addWidget(m_reason);
    auto* top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addSpacing(8);
    top->addLayout(heading, 1);

    m_messageBar = new MessageBar(this);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(createUnlockPage(userName));
    m_pages->addWidget(createSwitchPage(userName));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->addLayout(top);
    layout->addSpacing(8);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_pages);

    showUnlockPage();
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
}

QWidget* LockScreen::createUnlockPage(const QString& userName)
{
    auto* page = new QWidget(this);
    m_password = passwordField(page, QStringLiteral("password"));
    auto* form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Password:"), m_password);

    m_unlock = new QPushButton(tr("&Unlock"), page);
    m_unlock->setObjectName(QStringLiteral("unlock"));
    m_switch = new QPushButton(tr("S&witch User\u2026"), page);
    m_switch->setObjectName(QStringLiteral("switchUser"));
    m_switch->setToolTip(tr("Let someone else sign in after %1 saves or discards their unsaved "
                            "work")
                             .arg(userName));
    connect(m_unlock, &QPushButton::clicked, this, [this] {
        const QString password = m_password->text();
        m_password->clear();
        emit unlockRequested(password);
    });
    connect(m_switch, &QPushButton::clicked, this, &LockScreen::showSwitchPage);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_switch);
    buttons->addStretch(1);
    buttons->addWidget(m_unlock);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(plainLabel(tr("Type your password to continue where you left off."), page));
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addLayout(buttons);
    return page;
}

QWidget* LockScreen::createSwitchPage(const QString& userName)
{
    auto* page = new QWidget(this);
    auto* intro = plainLabel(tr("Before someone else signs in, %1 decides what happens to their "
                                "unsaved work.")
                                 .arg(userName),
        page);
    m_unsavedLabel = plainLabel(QString(), page);
    m_unsavedLabel->setObjectName(QStringLiteral("unsavedWork"));
    m_switchPassword = passwordField(page, QStringLiteral("switchPassword"));
    auto* form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("%1's &password:").arg(userName), m_switchPassword);

    m_back = new QPushButton(tr("&Back"), page);
    m_saveDrafts = new QPushButton(tr("&Save as Drafts and Sign Out"), page);
    m_saveDrafts->setObjectName(QStringLiteral("saveDrafts"));
    m_discard = new QPushButton(tr("&Discard and Sign Out"), page);
    m_discard->setObjectName(QStringLiteral("discard"));
    m_signOut = new QPushButton(tr("&Sign Out"), page);
    m_signOut->setObjectName(QStringLiteral("signOut"));
    // A choice this weighty is made with a click, never by Enter.
    for (QPushButton* b : { m_back, m_saveDrafts, m_discard, m_signOut })
        b->setAutoDefault(false);
    connect(m_back, &QPushButton::clicked, this, &LockScreen::showUnlockPage);
    connect(m_saveDrafts, &QPushButton::clicked, this,
        [this] { requestSwitch(SwitchChoice::SaveDrafts); });
    // With nothing unsaved there is nothing to discard: Sign Out says what happens.
    connect(
        m_discard, &QPushButton::clicked, this, [this] { requestSwitch(SwitchChoice::Discard); });
    connect(
        m_signOut, &QPushButton::clicked, this, [this] { requestSwitch(SwitchChoice::Discard); });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_discard);
    buttons->addWidget(m_saveDrafts);
    buttons->addWidget(m_signOut);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(intro);
    layout->addWidget(m_unsavedLabel);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addLayout(buttons);
    return page;
}

void LockScreen::setReason(const QString& text)
{
    m_reason->setText(text);
    m_reason->setVisible(!text.isEmpty());
}

void LockScreen::showRefusal(const QString& text)
{
    m_messageBar->showMessage(text, MessageBar::Type::Error);
    FieldErrors::makeRoom(this);
}

void LockScreen::release()
{
    m_released = true;
}

bool LockScreen::isSwitchPageShown() const
{
    return m_pages->currentIndex() == 1;
}

void LockScreen::showUnlockPage()
{
    m_switchPassword->clear();
    m_pages->setCurrentIndex(0);
    m_unlock->setDefault(true);
    m_password->setFocus(Qt::OtherFocusReason);
}

void LockScreen::showSwitchPage()
{
    m_messageBar->clear();
    m_password->clear();
    m_titles.clear();
    for (const UnsavedForm* form : m_unsaved.modified())
        m_titles.append(form->unsavedTitle());
    const bool any = !m_titles.isEmpty();
    if (any) {
        QStringList lines { tr("Unsaved work:") };
        for (const QString& t : std::as_const(m_titles))
            lines.append(QStringLiteral("  \u2022 ") + t);
        m_unsavedLabel->setText(lines.join(QLatin1Char('\n')));
    } else {
        m_unsavedLabel->setText(tr("There is no unsaved work."));
    }
    m_saveDrafts->setVisible(any);
    m_discard->setVisible(any);
    m_signOut->setVisible(!any);
    m_unlock->setDefault(false);
    m_pages->setCurrentIndex(1);
    m_switchPassword->setFocus(Qt::OtherFocusReason);
}

void LockScreen::requestSwitch(SwitchChoice choice)
{
    const QString password = m_switchPassword->text();
    m_switchPassword->clear();
    emit switchUserRequested(password, choice);
}

void LockScreen::reject()
{
    if (m_released)
        QDialog::reject();
}

void LockScreen::closeEvent(QCloseEvent* event)
{
    if (m_released)
        QDialog::closeEvent(event);
    else
        event->ignore();
}

} // namespace stepwise
