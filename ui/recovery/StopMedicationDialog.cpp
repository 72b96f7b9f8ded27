// SPDX-License-Identifier: GPL-3.0-or-later
#include "StopMedicationDialog.h"

#include "AppContext.h"
#include "WriteAccess.h"
#include "common/Clock.h"
#include "common/FieldErrors.h"
#include "common/Format.h"
#include "common/MessageBar.h"
#include "common/PlainLabel.h"
#include "storage/Database.h"
#include "storage/MedicationStore.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace stepwise {

StopMedicationDialog::StopMedicationDialog(
    AppContext& context, const Medication& medication, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_medication(medication)
    , m_messageBar(new MessageBar(this))
    , m_errors(new FieldErrors(this))
    , m_end(new QDateEdit(
          medication.endDate.isValid() ? medication.endDate : Clock::instance().today(), this))
    , m_save(nullptr)
{
    setObjectName(QStringLiteral("StopMedicationDialog"));
    setWindowTitle(tr("Stop Medication"));
    auto* intro = new PlainLabel(tr("%1, started %2. Screens already recorded keep their "
                                    "expected marks.")
                                     .arg(medication.name, Format::date(medication.startDate)),
        this);
    intro->setWordWrap(true);
    m_end->setObjectName(QStringLiteral("endDate"));
    m_end->setCalendarPopup(true);
    m_end->setDisplayFormat(Format::dateFormat());
    m_end->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    auto* form = new QFormLayout;
    form->addRow(
        tr("&Last day taken:"), m_errors->wrap(QLatin1String(MedicationRules::EndDate), m_end));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setText(tr("Stop Medication"));
    connect(buttons, &QDialogButtonBox::accepted, this, &StopMedicationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StopMedicationDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 60, sizeHint().height());
    if (const QString refusal = WriteAccess::refusal(context.database(), medication.participantId);
        !refusal.isEmpty()) {
        m_messageBar->showMessage(refusal);
        m_save->setEnabled(false);
    }
}

void StopMedicationDialog::accept()
{
    if (!m_save->isEnabled())
        return;
    auto done = MedicationStore(m_context.database()).end(m_medication.id, m_end->date());
    if (!done) {
        m_errors->present(done.error(), m_messageBar, this);
        return;
    }
    m_context.notifyParticipantChanged(m_medication.participantId);
    QDialog::accept();
}

} // namespace stepwise
