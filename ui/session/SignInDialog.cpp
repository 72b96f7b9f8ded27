// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignInDialog.h"

#include "auth/Authenticator.h"
#include "common/MessageBar.h"
#include "demo/DemoGenerator.h"
#include "storage/Database.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace stepwise {

SignInDialog::SignInDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_messageBar(new MessageBar(this))
    , m_demoHint(new QLabel(this))
    , m_username(new QLineEdit(this))
    , m_password(new QLineEdit(this))
{
    setObjectName(QStringLiteral("SignInDialog"));
    setWindowTitle(tr("Sign In \u2014 Stepwise"));

    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/stepwise.svg")).pixmap(48, 48));
    auto* title = new QLabel(tr("Sign in to Stepwise"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    auto* file = new QLabel(tr("Database: %1").arg(QFileInfo(db.path()).fileName()), this);
    file->setTextFormat(Qt::PlainText);
    file->setToolTip(QDir::toNativeSeparators(db.path()));
    file->setForegroundRole(QPalette::PlaceholderText);
    auto* heading = new QVBoxLayout;
    heading->setSpacing(2);
    heading->addWidget(title);
    heading->addWidget(file);
    auto* top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addSpacing(8);
    top->addLayout(heading, 1);

    m_username->setObjectName(QStringLiteral("username"));
    m_username->setAccessibleName(tr("User name"));
    m_username->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    // The fields set the dialog's width (its size is fixed to its contents); messages wrap.
    m_username->setMinimumWidth(fontMetrics().averageCharWidth() * 48);
    m_password->setMinimumWidth(fontMetrics().averageCharWidth() * 48);
    auto* form = new QFormLayout;
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Password:"), m_password);

    m_demoHint->setObjectName(QStringLiteral("demoHint"));
    m_demoHint->setTextFormat(Qt::PlainText);
    m_demoHint->setWordWrap(true);
    m_demoHint->setText(demoHintText());
    m_demoHint->setForegroundRole(QPalette::PlaceholderText);
    m_demoHint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_demoHint->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_signIn = buttons->button(QDialogButtonBox::Ok);
    m_signIn->setText(tr("&Sign In"));
    m_signIn->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Quit"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::signIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 14);
    layout->addLayout(top);
    layout->addSpacing(6);
    layout->addWidget(m_messageBar);
    layout->addLayout(form);
    layout->addWidget(m_demoHint);
    layout->addSpacing(6);
    layout->addWidget(buttons);
    // Always just the size of what it shows: messages come and go above the fields.
    layout->setSizeConstraint(QLayout::SetFixedSize);
    m_username->setFocus(Qt::OtherFocusReason);
}

QString SignInDialog::demoHintText()
{
    return tr("Demo database: sign in as %1, %2 or %3.\nThe password of each is %4")
        .arg(QLatin1String(DemoGenerator::CounselorUser),
            QLatin1String(DemoGenerator::SupervisorUser),
            QLatin1String(DemoGenerator::AdministratorUser),
            QLatin1String(DemoGenerator::Password));
}

void SignInDialog::setDemoHint(bool shown)
{
    m_demoHint->setVisible(shown);
}

void SignInDialog::setUsername(const QString& username)
{
    m_username->setText(username);
    if (!username.isEmpty())
        m_password->setFocus(Qt::OtherFocusReason);
}

void SignInDialog::setNotice(const QString& text)
{
    if (text.isEmpty())
        m_messageBar->clear();
    else
        m_messageBar->showMessage(text, MessageBar::Type::Information);
}

bool SignInDialog::signIn()
{
    m_messageBar->clear();
    const QString username = m_username->text().trimmed();
    const QString password = m_password->text();
    // Argon2id takes a good part of a second on purpose.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto session = Authenticator(m_db).signIn(username, password);
    QApplication::restoreOverrideCursor();
    m_password->clear();
    if (!session) {
        m_messageBar->showMessage(session.error().message, MessageBar::Type::Error);
        m_password->setFocus(Qt::OtherFocusReason);
        return false;
    }
    m_session = session.value();
    accept();
    return true;
}

} // namespace stepwise
