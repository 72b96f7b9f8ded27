// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecuritySettingsDialog.h"

#include "AppContext.h"
#include "common/MessageBar.h"
#include "storage/Backup.h"
#include "storage/SettingsStore.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace stepwise {

namespace {

QSpinBox* spin(
    QWidget* parent, const char* name, int low, int high, int value, const QString& suffix)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(QString::fromLatin1(name));
    box->setRange(low, high);
    box->setValue(value);
    box->setSuffix(suffix);
    return box;
}

} // namespace

SecuritySettingsDialog::SecuritySettingsDialog(AppContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_messageBar(new MessageBar(this))
{
    setWindowTitle(tr("Security and backup settings"));
    if (auto loaded = SettingsStore(context.database()).load())
        m_settings = *loaded;
    else
        m_messageBar->showMessage(loaded.error().message);
    const SecuritySettings& s = m_settings.security;

    m_caseload = new QRadioButton(tr("Their own caseload"), this);
    m_program = new QRadioButton(tr("Every participant in the program"), this);
    m_caseload->setObjectName(QStringLiteral("scope_caseload"));
    m_program->setObjectName(QStringLiteral("scope_program"));
    (s.counselorScope == CounselorScope::Program ? m_program : m_caseload)->setChecked(true);
    auto* scope = new QVBoxLayout;
    scope->addWidget(m_caseload);
    scope->addWidget(m_program);

    m_attempts = spin(this, "lockout_attempts", 1, 100, s.lockoutAttempts, tr(" attempts"));
    m_lockMinutes = spin(this, "lockout_minutes", 1, 24 * 60, s.lockoutMinutes, tr(" min"));
    m_idleMinutes = spin(this, "idle_lock_minutes", 1, 60, s.idleLockMinutes, tr(" min"));
    m_emergencyMinutes
        = spin(this, "emergency_access_minutes", 5, 24 * 60, s.emergencyAccessMinutes, tr(" min"));
    m_keep = spin(this, "backups_to_keep", 1, 365, s.backupsToKeep, tr(" days"));
    m_backupFolder = new QLineEdit(s.backupFolder, this);
    m_backupFolder->setObjectName(QStringLiteral("backup_folder"));
    m_backupFolder->setPlaceholderText(
        QDir::toNativeSeparators(Backup::folderFor(context.database())));
    auto* browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Backup folder"));
        if (!dir.isEmpty())
            m_backupFolder->setText(dir);
    });
    auto* folder = new QHBoxLayout;
    folder->addWidget(m_backupFolder, 1);
    folder->addWidget(browse);

    auto* form = new QFormLayout;
    form->addRow(tr("Counselors see"), scope);
    form->addRow(tr("Lock an account after"), m_attempts);
    form->addRow(tr("…for"), m_lockMinutes);
    form->addRow(tr("Lock the screen after idle"), m_idleMinutes);
    form->addRow(tr("Emergency access lasts"), m_emergencyMinutes);
    form->addRow(tr("Backup folder"), folder);
    form->addRow(tr("Keep daily backups for"), m_keep);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

SecuritySettings SecuritySettingsDialog::values() const
{
    SecuritySettings s;
    s.counselorScope = m_program->isChecked() ? CounselorScope::Program : CounselorScope::Caseload;
    s.lockoutAttempts = m_attempts->value();
    s.lockoutMinutes = m_lockMinutes->value();
    s.idleLockMinutes = m_idleMinutes->value();
    s.emergencyAccessMinutes = m_emergencyMinutes->value();
    s.backupFolder = m_backupFolder->text().trimmed();
    s.backupsToKeep = m_keep->value();
    return s;
}

bool SecuritySettingsDialog::save()
{
    m_messageBar->clear();
    ProgramSettings next = m_settings;
    next.security = values();
    if (Status s = SettingsStore(m_context.database()).save(next); !s) {
        m_messageBar->showMessage(s.error().fullMessage());
        return false;
    }
    m_settings = next;
    return true;
}

} // namespace stepwise
