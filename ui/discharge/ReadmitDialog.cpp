// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReadmitDialog.h"

#include "AppContext.h"
#include "common/Clock.h"
#include "common/FieldErrors.h"
#include "common/MessageBar.h"
#include "common/PlainLabel.h"
#include "storage/Database.h"
#include "storage/EpisodeStore.h"
#include "storage/SettingsStore.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

namespace stepwise {

ReadmitDialog::ReadmitDialog(
    AppContext& context, Id participantId, const QList<Episode>& episodes, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_participantId(participantId)
    , m_messageBar(new MessageBar(this))
    , m_errors(new FieldErrors(this))
    , m_date(new QDateEdit(this))
    , m_reason(new QLineEdit(this))
{
    setWindowTitle(tr("Readmit"));
    QStringList earlier;
    QDate lastDischarge;
    for (const Episode& e : episodes) {
        earlier.append(
            tr("%1 to %2: %3")
                .arg(e.admissionDate.toString(Qt::ISODate),
                    e.isOpen() ? tr("in care") : e.dischargeDate.toString(Qt::ISODate),
                    e.dischargeReason.isEmpty() ? tr("no reason recorded") : e.dischargeReason));
        if (!e.isOpen())
            lastDischarge = std::max(lastDischarge, e.dischargeDate);
    }
    auto* history = new PlainLabel(
        tr("Earlier episodes (kept as they are):\n%1").arg(earlier.join(QLatin1Char('\n'))), this);
    history->setWordWrap(true);

    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    if (lastDischarge.isValid())
        m_date->setMinimumDate(lastDischarge.addDays(1));
    m_date->setMaximumDate(Clock::instance().today());
    m_date->setDate(Clock::instance().today());
    m_reason->setPlaceholderText(tr("e.g. Return to use after discharge; referred by court"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Admission date"), m_errors->wrap(QStringLiteral("admission_date"), m_date));
    form->addRow(tr("&Reason"), m_errors->wrap(QStringLiteral("reason"), m_reason));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("&Readmit"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(history);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void ReadmitDialog::accept()
{
    m_messageBar->clear();
    m_errors->clear();
    if (m_reason->text().trimmed().isEmpty()) {
        m_errors->show({ { QStringLiteral("reason"), tr("Say why the participant returns.") } });
        m_reason->setFocus(Qt::OtherFocusReason);
        return;
    }
    auto settings = SettingsStore(m_context.database()).load();
    if (!settings) {
        m_messageBar->showMessage(settings.error().message);
        return;
    }
    auto id = EpisodeStore(m_context.database())
                  .admit(m_participantId, m_date->date(),
                      settings->defaultPlan(PhaseKind::Intensive), m_reason->text().trimmed());
    if (!id) {
        const QList<FieldError> rest = m_errors->show(id.error().fields);
        QStringList lines { id.error().message };
        for (const FieldError& e : rest)
            lines.append(e.message);
        m_messageBar->showMessage(lines.join(QLatin1Char(' ')));
        return;
    }
    m_episodeId = id.value();
    m_context.notifyParticipantChanged(m_participantId);
    QDialog::accept();
}

} // namespace stepwise
