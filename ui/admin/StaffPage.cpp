// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffPage.h"

#include "AccountDialog.h"
#include "AppContext.h"
#include "StaffDialog.h"
#include "StaffModel.h"
#include "common/MessageBar.h"
#include "common/ReadOnlyTable.h"
#include "storage/AccountStore.h"
#include "storage/StaffStore.h"

#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace stepwise {

StaffPage::StaffPage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_messageBar(new MessageBar(this))
    , m_model(new StaffModel(this))
    , m_table(new ReadOnlyTable(tr("Staff"), this))
{
    setObjectName(QStringLiteral("staff_page"));
    auto* title = new QLabel(tr("Staff and accounts"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    title->setFont(big);

    m_table->setModel(m_model);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QAbstractItemView::doubleClicked, this, &StaffPage::editStaff);

    auto* add = new QPushButton(tr("&Add…"), this);
    auto* edit = new QPushButton(tr("&Edit…"), this);
    auto* password = new QPushButton(tr("Account and &password…"), this);
    auto* unlock = new QPushButton(tr("&Unlock"), this);
    unlock->setToolTip(tr("Lets a locked-out person try again now instead of waiting."));
    connect(add, &QPushButton::clicked, this, &StaffPage::addStaff);
    connect(edit, &QPushButton::clicked, this, &StaffPage::editStaff);
    connect(password, &QPushButton::clicked, this, &StaffPage::setPassword);
    connect(unlock, &QPushButton::clicked, this, &StaffPage::unlockSelected);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    for (QPushButton* b : { add, edit, password, unlock })
        buttons->addWidget(b);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    reload();
}

void StaffPage::reload()
{
    auto staff = StaffStore(m_context.database()).list(true);
    if (!staff) {
        m_messageBar->showMessage(staff.error().message);
        return;
    }
    AccountStore accounts(m_context.database());
    QList<StaffRow> rows;
    for (const StaffMember& m : *staff) {
        StaffRow row { m, {} };
        if (auto a = accounts.account(m.id))
            row.account = *a;
        rows.append(row);
    }
    m_model->setRows(rows);
    m_table->resizeColumnsToContents();
}

const StaffRow* StaffPage::selected() const
{
    return m_model->rowAt(m_table->currentIndex());
}

bool StaffPage::selectStaff(const QString& name)
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->rows().at(r).member.name == name) {
            m_table->setCurrentIndex(m_model->index(r, 0));
            return true;
        }
    }
    return false;
}

void StaffPage::addStaff()
{
    StaffDialog dialog(m_context, StaffMember {}, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void StaffPage::editStaff()
{
    const StaffRow* row = selected();
    if (!row)
        return;
    StaffDialog dialog(m_context, row->member, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void StaffPage::setPassword()
{
    const StaffRow* row = selected();
    if (!row)
        return;
    AccountDialog dialog(m_context, row->member, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_messageBar->showMessage(tr("%1 can sign in with the new password.").arg(row->member.name),
            MessageBar::Type::Positive);
        reload();
    }
}

bool StaffPage::unlockSelected()
{
    const StaffRow* row = selected();
    if (!row)
        return false;
    const QString name = row->member.name;
    if (Status s = AccountStore(m_context.database()).unlock(row->member.id); !s) {
        m_messageBar->showMessage(s.error().message);
        return false;
    }
    m_messageBar->showMessage(
        tr("%1 can try to sign in again.").arg(name), MessageBar::Type::Positive);
    reload();
    return true;
}

} // namespace stepwise
