// SPDX-License-Identifier: GPL-3.0-or-later
#include "GroupDialog.h"

#include "AppContext.h"
#include "ParticipantChoice.h"
#include "StaffChoice.h"
#include "attendance/Hours.h"
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
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace stepwise {

GroupDialog::GroupDialog(AppContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_messageBar(new MessageBar(this))
    , m_name(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_start(new QTimeEdit(QTime(18, 0), this))
    , m_end(new QTimeEdit(QTime(21, 0), this))
    , m_phase(new QComboBox(this))
    , m_location(new QLineEdit(this))
    , m_telehealth(new QCheckBox(tr("Telehealth (video)"), this))
    , m_topic(new QLineEdit(this))
    , m_facilitator(new StaffChoice(context.database(), StaffRole::Counselor, this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_skip(new QLineEdit(this))
    , m_members(new QListWidget(this))
{
    setWindowTitle(tr("New Group"));
    Qt::DayOfWeek firstDay = Qt::Monday;
    QStringList types = SessionTypes::builtIn();
    if (auto settings = SettingsStore(context.database()).load()) {
        types = settings->attendance.sessionTypes();
        firstDay = settings->attendance.weekStartsOn;
    }
    std::stable_partition(
        types.begin(), types.end(), [](const QString& t) { return SessionTypes::isGroup(t); });
    for (const QString& t : types)
        m_type->addItem(SessionTypes::label(t), t);

    m_name->setPlaceholderText(tr("e.g. Evening IOP"));
    auto* days = new QHBoxLayout;
    for (int d = 1; d <= 7; ++d) {
        auto* box = new QCheckBox(QLocale().dayName(d, QLocale::ShortFormat), this);
        m_days.append(box);
        days->addWidget(box);
    }
    days->addStretch(1);
    for (int d : { 1, 3, 5 })
        m_days[d - 1]->setChecked(true);
    m_start->setDisplayFormat(QStringLiteral("HH:mm"));
    m_end->setDisplayFormat(QStringLiteral("HH:mm"));
    m_phase->addItem(tr("Any phase"), QString());
    for (PhaseKind k : allValues<PhaseKind>())
        m_phase->addItem(label(k), storageKey(k));
    m_phase->setCurrentIndex(1);
    m_location->setPlaceholderText(tr("Room, or the video service for telehealth"));
    m_topic->setPlaceholderText(tr("Optional"));
    const QDate today = Clock::instance().today();
    const QDate start = AttendanceHours::weekStart(today, firstDay);
    for (QDateEdit* e : { m_from, m_to }) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(Format::dateFormat());
    }
    m_from->setDate(start);
    m_to->setDate(start.addDays(12 * 7 - 1)); // a 12-week intensive course
    m_skip->setPlaceholderText(tr("Holidays, as YYYY-MM-DD separated by commas"));
    m_members->setAccessibleName(tr("Members"));
    for (const auto& [id, text] : ParticipantChoice::inCare(context.database())) {
        auto* item = new QListWidgetItem(text, m_members);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setData(Qt::UserRole, QVariant::fromValue<Id>(id));
    }

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("Meets on:"), days);
    auto* times = new QHBoxLayout;
    times->addWidget(m_start);
    times->addWidget(new QLabel(tr("to"), this));
    times->addWidget(m_end);
    times->addStretch(1);
    // Rows holding a layout get a label with a buddy, so their mnemonic reaches the first field.
    auto* timeLabel = new QLabel(tr("T&ime:"), this);
    timeLabel->setBuddy(m_start);
    form->addRow(timeLabel, times);
    form->addRow(tr("&Phase:"), m_phase);
    form->addRow(tr("&Room:"), m_location);
    form->addRow(QString(), m_telehealth);
    form->addRow(tr("T&opic:"), m_topic);
    form->addRow(tr("&Led by:"), m_facilitator);
    auto* range = new QHBoxLayout;
    range->addWidget(m_from);
    range->addWidget(new QLabel(tr("to"), this));
    range->addWidget(m_to);
    range->addStretch(1);
    auto* rangeLabel = new QLabel(tr("&Sessions from:"), this);
    rangeLabel->setBuddy(m_from);
    form->addRow(rangeLabel, range);
    form->addRow(tr("S&kip dates:"), m_skip);
    form->addRow(tr("&Members:"), m_members);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Create Group"));
    connect(buttons, &QDialogButtonBox::accepted, this, &GroupDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(620, 640);
}

QDate GroupDialog::firstDate() const
{
    return m_from->date();
}

QSet<QDate> GroupDialog::skipDates(QString* problem) const
{
    QSet<QDate> dates;
    QStringList bad;
    const auto parts
        = m_skip->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        const QDate d = QDate::fromString(part, Qt::ISODate);
        if (d.isValid())
            dates.insert(d);
        else
            bad.append(part);
    }
    if (problem)
        *problem = bad.isEmpty()
            ? QString()
            : tr("Not a date: %1. Write dates as YYYY-MM-DD.").arg(bad.join(QStringLiteral(", ")));
    return dates;
}

void GroupDialog::accept()
{
    QString problem;
    const QSet<QDate> skip = skipDates(&problem);
    if (!problem.isEmpty()) {
        m_messageBar->showMessage(problem);
        m_skip->setFocus();
        return;
    }
    GroupTemplate t;
    t.name = m_name->text();
    t.sessionType = m_type->currentData().toString();
    for (int d = 0; d < 7; ++d) {
        if (m_days.at(d)->isChecked())
            t.weekdays.append(Qt::DayOfWeek(d + 1));
    }
    t.start = m_start->time();
    t.end = m_end->time();
    const QString phase = m_phase->currentData().toString();
    if (!phase.isEmpty())
        t.phase = parsePhaseKind(phase);
    t.location = m_location->text();
    t.telehealth = m_telehealth->isChecked();
    t.topic = m_topic->text();
    t.facilitatorId = m_facilitator->staffId();
    QList<Id> members;
    for (int i = 0; i < m_members->count(); ++i) {
        if (m_members->item(i)->checkState() == Qt::Checked)
            members.append(m_members->item(i)->data(Qt::UserRole).value<Id>());
    }
    auto id = ScheduleStore(m_context.database())
                  .createGroup(t, members, m_from->date(), m_to->date(), skip);
    if (!id) {
        m_messageBar->showMessage(id.error().fullMessage());
        return;
    }
    QDialog::accept();
}

} // namespace stepwise
