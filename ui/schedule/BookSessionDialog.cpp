// SPDX-License-Identifier: GPL-3.0-or-later
#include "BookSessionDialog.h"

#include "AppContext.h"
#include "ParticipantChoice.h"
#include "StaffChoice.h"
#include "attendance/SessionType.h"
#include "common/Clock.h"
#include "common/Format.h"
#include "common/MessageBar.h"
#include "storage/Database.h"
#include "storage/ScheduleStore.h"
#include "storage/SettingsStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace stepwise {

BookSessionDialog::BookSessionDialog(AppContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_messageBar(new MessageBar(this))
    , m_type(new QComboBox(this))
    , m_participant(new ParticipantChoice(context.database(), this))
    , m_date(new QDateEdit(Clock::instance().today(), this))
    , m_start(new QTimeEdit(QTime(10, 0), this))
    , m_end(new QTimeEdit(QTime(11, 0), this))
    , m_location(new QLineEdit(this))
    , m_telehealth(new QCheckBox(tr("Telehealth (video or phone)"), this))
    , m_topic(new QLineEdit(this))
    , m_facilitator(new StaffChoice(context.database(), StaffRole::Counselor, this))
{
    setWindowTitle(tr("Book Session"));
    QStringList types = SessionTypes::builtIn();
    if (auto settings = SettingsStore(context.database()).load())
        types = settings->attendance.sessionTypes();
    // One-to-one types first: that is what is booked one at a time.
    std::stable_partition(
        types.begin(), types.end(), [](const QString& t) { return !SessionTypes::isGroup(t); });
    for (const QString& t : types)
        m_type->addItem(SessionTypes::label(t), t);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(Format::dateFormat());
    m_start->setDisplayFormat(QStringLiteral("HH:mm"));
    m_end->setDisplayFormat(QStringLiteral("HH:mm"));
    m_location->setPlaceholderText(tr("Room, or the video service for telehealth"));
    m_topic->setPlaceholderText(tr("Optional"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Participant:"), m_participant);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Starts:"), m_start);
    form->addRow(tr("&Ends:"), m_end);
    form->addRow(tr("&Room:"), m_location);
    form->addRow(QString(), m_telehealth);
    form->addRow(tr("T&opic:"), m_topic);
    form->addRow(tr("&Led by:"), m_facilitator);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Book"));
    connect(buttons, &QDialogButtonBox::accepted, this, &BookSessionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_participant->setFocus();
}

void BookSessionDialog::setParticipant(Id participantId)
{
    m_participant->setParticipantId(participantId);
}

QDate BookSessionDialog::bookedDate() const
{
    return m_date->date();
}

void BookSessionDialog::accept()
{
    SessionInput input;
    input.sessionType = m_type->currentData().toString();
    input.date = m_date->date();
    input.start = m_start->time();
    input.end = m_end->time();
    input.location = m_location->text();
    input.telehealth = m_telehealth->isChecked();
    input.topic = m_topic->text();
    if (m_facilitator->staffId() > 0)
        input.facilitatorIds.append(m_facilitator->staffId());
    if (m_participant->participantId() > 0)
        input.participantIds.append(m_participant->participantId());
    auto id = ScheduleStore(m_context.database()).book(input);
    if (!id) {
        m_messageBar->showMessage(id.error().fullMessage());
        return;
    }
    m_bookedId = *id;
    QDialog::accept();
}

} // namespace stepwise
