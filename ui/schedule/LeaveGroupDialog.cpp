// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeaveGroupDialog.h"

#include "AppContext.h"
#include "common/Clock.h"
#include "common/Format.h"
#include "common/MessageBar.h"
#include "storage/Database.h"
#include "storage/ScheduleStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace stepwise {

LeaveGroupDialog::LeaveGroupDialog(AppContext& context, Id participantId, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_participantId(participantId)
    , m_messageBar(new MessageBar(this))
    , m_group(new QComboBox(this))
    , m_last(new QDateEdit(Clock::instance().today(), this))
{
    setWindowTitle(tr("Leave Group"));
    auto groups = ScheduleStore(context.database()).memberships(participantId);
    if (!groups)
        m_messageBar->showMessage(groups.error().message);
    else if (groups->isEmpty())
        m_messageBar->showMessage(
            tr("This participant is not a member of any group."), MessageBar::Type::Information);
    else
        for (const GroupTemplate& g : *groups)
            m_group->addItem(
                tr("%1 — %2").arg(g.name, g.scheduleText()), QVariant::fromValue<Id>(g.id));
    m_last->setCalendarPopup(true);
    m_last->setDisplayFormat(Format::dateFormat());
    auto* form = new QFormLayout;
    form->addRow(tr("&Group:"), m_group);
    form->addRow(tr("&Last day:"), m_last);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Leave Group"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_group->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &LeaveGroupDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void LeaveGroupDialog::accept()
{
    const Id group = m_group->currentData().value<Id>();
    if (Status s
        = ScheduleStore(m_context.database()).unenroll(group, m_participantId, m_last->date());
        !s) {
        m_messageBar->showMessage(s.error().fullMessage());
        return;
    }
    m_context.notifyParticipantChanged(m_participantId);
    QDialog::accept();
}

} // namespace stepwise
