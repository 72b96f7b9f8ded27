// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffDialog.h"

#include "AppContext.h"
#include "common/MessageBar.h"
#include "storage/StaffStore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace stepwise {

StaffDialog::StaffDialog(AppContext& context, const StaffMember& member, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_original(member)
    , m_messageBar(new MessageBar(this))
    , m_name(new QLineEdit(member.name, this))
    , m_active(new QCheckBox(tr("Active (can be assigned and can sign in)"), this))
{
    setWindowTitle(member.id > 0 ? tr("Edit staff member") : tr("Add staff member"));
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setMaxLength(100);
    m_active->setObjectName(QStringLiteral("active"));
    m_active->setChecked(member.active);
    // A property of the clinician's credential (trainee, intern, unlicensed), not of a role.
    m_cosign = new QCheckBox(tr("&Notes need a supervisor's co-signature"), this);
    m_cosign->setObjectName(QStringLiteral("cosignRequired"));
    m_cosign->setToolTip(tr("For trainees, interns and clinicians whose license requires "
                            "supervision: each note they sign waits for a supervisor."));
    m_cosign->setChecked(member.cosignRequired);

    auto* roles = new QVBoxLayout;
    for (StaffRole role : allValues<StaffRole>()) {
        auto* box = new QCheckBox(label(role), this);
        box->setObjectName(QStringLiteral("role_") + storageKey(role));
        box->setChecked(member.roles.has(role));
        m_roles.insert(role, box);
        roles->addWidget(box);
    }
    m_roles.value(StaffRole::Administrator)
        ->setToolTip(tr("Manages accounts and settings. Sees no clinical records unless also a "
                        "counselor or supervisor."));

    auto* form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("Roles"), roles);
    form->addRow(QString(), m_active);
    form->addRow(QString(), m_cosign);

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

StaffMember StaffDialog::member() const
{
    StaffMember m = m_original;
    m.name = m_name->text();
    m.active = m_active->isChecked();
    m.cosignRequired = m_cosign->isChecked();
    m.roles = {};
    for (auto it = m_roles.cbegin(); it != m_roles.cend(); ++it) {
        if (it.value()->isChecked())
            m.roles.add(it.key());
    }
    return m;
}

bool StaffDialog::save()
{
    m_messageBar->clear();
    StaffStore store(m_context.database());
    const StaffMember m = member();
    if (m.id > 0) {
        if (Status s = store.update(m); !s) {
            m_messageBar->showMessage(s.error().fullMessage());
            return false;
        }
        m_savedId = m.id;
        return true;
    }
    auto id = store.add(m);
    if (!id) {
        m_messageBar->showMessage(id.error().fullMessage());
        return false;
    }
    m_savedId = *id;
    return true;
}

} // namespace stepwise
