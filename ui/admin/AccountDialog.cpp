// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountDialog.h"

#include "AppContext.h"
#include "common/MessageBar.h"
#include "security/PasswordPolicy.h"
#include "storage/AccountStore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace stepwise {

AccountDialog::AccountDialog(AppContext& context, const StaffMember& member, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_member(member)
    , m_messageBar(new MessageBar(this))
    , m_username(new QLineEdit(member.username, this))
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_strength(new QLabel(this))
{
    setWindowTitle(member.username.isEmpty() ? tr("Create account for %1").arg(member.name)
                                             : tr("New password for %1").arg(member.name));
    m_username->setObjectName(QStringLiteral("username"));
    m_password->setObjectName(QStringLiteral("password"));
    m_repeat->setObjectName(QStringLiteral("repeat"));
    for (QLineEdit* e : { m_password, m_repeat })
        e->setEchoMode(QLineEdit::Password);
    m_strength->setObjectName(QStringLiteral("strength"));
    m_strength->setTextFormat(Qt::PlainText);
    m_strength->setWordWrap(true);
    connect(m_password, &QLineEdit::textChanged, this, &AccountDialog::judge);
    connect(m_username, &QLineEdit::textChanged, this, &AccountDialog::judge);

    auto* hint = new QLabel(tr("At least %1 characters. Several unrelated words make a strong "
                               "password that is easy to type. Give it to %2 in person; "
                               "Stepwise never shows it again.")
                                .arg(PasswordPolicy::MinimumLength)
                                .arg(member.name),
        this);
    hint->setWordWrap(true);
    hint->setTextFormat(Qt::PlainText);

    auto* form = new QFormLayout;
    form->addRow(tr("&User name"), m_username);
    form->addRow(tr("&Password"), m_password);
    form->addRow(tr("&Repeat"), m_repeat);
    form->addRow(QString(), m_strength);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(440);
    judge();
}

QString AccountDialog::strengthText() const
{
    return m_strength->text();
}

void AccountDialog::judge()
{
    const QString password = m_password->text();
    if (password.isEmpty()) {
        m_strength->clear();
        return;
    }
    const PasswordVerdict v
        = PasswordPolicy::judge(password, { m_member.name, m_username->text() });
    m_strength->setText(
        v.acceptable ? tr("Strong enough (about %1 bits).").arg(int(v.entropyBits)) : v.reason);
}

bool AccountDialog::save()
{
    m_messageBar->clear();
    if (m_password->text() != m_repeat->text()) {
        m_messageBar->showMessage(tr("The two passwords differ."));
        return false;
    }
    Status s = AccountStore(m_context.database())
                   .setCredentials(m_member.id, m_username->text().trimmed(), m_password->text());
    if (!s) {
        m_messageBar->showMessage(s.error().fullMessage());
        return false;
    }
    m_password->clear();
    m_repeat->clear();
    return true;
}

} // namespace stepwise
