// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnrolDialog.h"

#include "AppContext.h"
#include "attendance/SessionType.h"
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

EnrolDialog::EnrolDialog(AppContext& context, Id participantId, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_participantId(participantId)
    , m_messageBar(new MessageBar(this))
    , m_group(new QComboBox(this))
    , m_from(new QDateEdit(Clock::instance().today(), this))
{
    setWindowTitle(tr("Enrol in Group"));
    auto groups = ScheduleStore(context.database()).templates();
    if (!groups)
        m_messageBar->showMessage(groups.error().message);
    else
        for (const GroupTemplate& g : *groups) {
            QString text = tr("%1 — %2").arg(g.name, g.scheduleText());
            if (g.phase)
                text += tr(", %1 phase").arg(label(*g.phase).toLower());
            m_group->addItem(text, QVariant::fromValue<Id>(g.id));
        }
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(Format::dateFormat());
    auto* form = new QFormLayout;
    form->addRow(tr("&Group:"), m_group);
    form->addRow(tr("&From:"), m_from);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Enrol"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_group->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &EnrolDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void EnrolDialog::accept()
{
    const Id group = m_group->currentData().value<Id>();
    if (Status s
        = ScheduleStore(m_context.database()).enroll(group, m_participantId, m_from->date());
        !s) {
        m_messageBar->showMessage(s.error().fullMessage());
        return;
    }
    m_context.notifyParticipantChanged(m_participantId);
    QDialog::accept();
}

} // namespace stepwise
