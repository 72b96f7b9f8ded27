// SPDX-License-Identifier: GPL-3.0-or-later
#include "FirstRunDialog.h"

#include "common/FieldErrors.h"
#include "common/MessageBar.h"
#include "security/PasswordPolicy.h"
#include "storage/AccountStore.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace stepwise {

namespace {

constexpr auto RepeatKey = "password_repeat";

QLineEdit* field(QWidget* parent, const QString& key, const QString& accessibleName)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(key);
    edit->setAccessibleName(accessibleName);
    return edit;
}

} // namespace

FirstRunDialog::FirstRunDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_messageBar(new MessageBar(this))
    , m_errors(new FieldErrors(this))
    , m_name(field(this, QStringLiteral("name"), tr("Your name")))
    , m_username(field(this, QStringLiteral("username"), tr("User name")))
    , m_password(field(this, QStringLiteral("password"), tr("Password")))
    , m_repeat(field(this, QString::fromLatin1(RepeatKey), tr("Password again")))
    , m_strength(new QLabel(this))
    , m_counselor(new QCheckBox(tr("&Counselor"), this))
    , m_supervisor(new QCheckBox(tr("Su&pervisor"), this))
{
    setObjectName(QStringLiteral("FirstRunDialog"));
    setWindowTitle(tr("Welcome to Stepwise"));

    auto* title = new QLabel(tr("Create the administrator account"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    title->setFont(big);
    auto* intro = new QLabel(tr("This database has no administrator yet. The administrator adds "
                                "staff accounts and changes settings; they see participants' "
                                "records only if they are also given a clinical role."),
        this);
    intro->setWordWrap(true);

    m_name->setPlaceholderText(tr("e.g. Jordan Ellis"));
    m_username->setPlaceholderText(tr("e.g. jellis"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_password->setMinimumWidth(fontMetrics().averageCharWidth() * 36);
    m_strength->setObjectName(QStringLiteral("passwordStrength"));
    m_strength->setTextFormat(Qt::PlainText);
    m_strength->setWordWrap(true);
    m_strength->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Your &name:"), m_errors->wrap(m_name->objectName(), m_name));
    form->addRow(tr("&User name:"), m_errors->wrap(m_username->objectName(), m_username));
    form->addRow(tr("&Password:"), m_errors->wrap(m_password->objectName(), m_password));
    form->addRow(QString(), m_strength);
    form->addRow(tr("Password &again:"), m_errors->wrap(m_repeat->objectName(), m_repeat));
    // In a small program the administrator often carries a caseload too.
    auto* roles = new QHBoxLayout;
    roles->addWidget(m_counselor);
    roles->addWidget(m_supervisor);
    roles->addStretch(1);
    form->addRow(tr("Also works as:"), roles);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_create = buttons->button(QDialogButtonBox::Ok);
    m_create->setText(tr("&Create Account"));
    m_create->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Quit"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : { m_name, m_username, m_password })
        connect(edit, &QLineEdit::textChanged, this, &FirstRunDialog::updateStrength);
    // A new password replaces the old verdict: the live line speaks for it from now on.
    connect(m_password, &QLineEdit::textEdited, this, [this] {
        QList<FieldError> kept;
        for (const FieldError& e : std::as_const(m_shownErrors)) {
            if (e.field != QLatin1String("password"))
                kept.append(e);
        }
        if (kept.size() != m_shownErrors.size())
            showFieldErrors(kept);
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 14);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addWidget(m_messageBar);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
    updateStrength();
    m_name->setFocus(Qt::OtherFocusReason);
}

QList<FieldError> FirstRunDialog::showFieldErrors(const QList<FieldError>& errors)
{
    m_shownErrors = errors;
    const QList<FieldError> elsewhere = m_errors->show(errors);
    // The reason stands beside the field; the live line below it would only repeat it.
    m_strength->setVisible(m_errors->message(QStringLiteral("password")).isEmpty());
    return elsewhere;
}

QString FirstRunDialog::username() const
{
    return m_username->text().trimmed();
}

void FirstRunDialog::updateStrength()
{
    const QString password = m_password->text();
    QPalette palette = m_strength->palette();
    if (password.isEmpty()) {
        m_strength->setText(tr("At least %1 characters. A few unrelated words make a strong "
                               "password that is easy to type.")
                                .arg(PasswordPolicy::MinimumLength));
        palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    } else {
        const PasswordVerdict verdict = PasswordPolicy::judge(
            password, { m_name->text().simplified(), m_username->text().trimmed() });
        if (verdict.acceptable) {
            m_strength->setText(tr("Strong enough."));
            palette.setColor(QPalette::WindowText, QColor(0x2e, 0x7d, 0x32));
        } else {
            m_strength->setText(verdict.reason);
            palette.setColor(QPalette::WindowText, QColor(0xb4, 0x53, 0x09));
        }
    }
    m_strength->setPalette(palette);
}

bool FirstRunDialog::create()
{
    m_messageBar->clear();
    showFieldErrors({});
    const QString password = m_password->text();
    if (password != m_repeat->text()) {
        showFieldErrors({ { QString::fromLatin1(RepeatKey),
            tr("The two passwords are not the same; type it again.") } });
        m_repeat->clear();
        m_repeat->setFocus(Qt::OtherFocusReason);
        FieldErrors::makeRoom(this);
        return false;
    }
    StaffMember member;
    member.name = m_name->text().simplified();
    member.username = username();
    member.roles = { StaffRole::Administrator };
    if (m_counselor->isChecked())
        member.roles.add(StaffRole::Counselor);
    if (m_supervisor->isChecked())
        member.roles.add(StaffRole::Supervisor);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto created = AccountStore(m_db).createFirstAdministrator(member, password);
    QApplication::restoreOverrideCursor();
    if (!created) {
        const QList<FieldError> elsewhere = showFieldErrors(created.error().fields);
        QStringList lines;
        for (const FieldError& e : elsewhere)
            lines << e.message;
        if (created.error().fields.isEmpty())
            lines << tr("The account was not created: %1").arg(created.error().message);
        if (!lines.isEmpty())
            m_messageBar->showMessage(lines.join(QLatin1Char('\n')));
        if (QWidget* first = m_errors->firstInvalidField())
            first->setFocus(Qt::OtherFocusReason);
        FieldErrors::makeRoom(this);
        return false;
    }
    m_created = created.value();
    accept();
    return true;
}

} // namespace stepwise
