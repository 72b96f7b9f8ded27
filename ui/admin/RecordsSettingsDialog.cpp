// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordsSettingsDialog.h"

#include "AppContext.h"
#include "common/MessageBar.h"
#include "storage/Database.h"
#include "storage/SettingsStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSpinBox>
#include <QVBoxLayout>

namespace stepwise {

RecordsSettingsDialog::RecordsSettingsDialog(AppContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_reviewDays(new QSpinBox(this))
    , m_initialDays(new QSpinBox(this))
    , m_format(new QComboBox(this))
    , m_unsignedHours(new QSpinBox(this))
    , m_messageBar(new MessageBar(this))
{
    setWindowTitle(tr("Plans and Notes"));
    if (auto loaded = SettingsStore(m_context.database()).load())
        m_settings = loaded.value();
    else
        m_messageBar->showMessage(loaded.error().message);
    const RecordsSettings& r = m_settings.records;

    // The ranges are RecordsSettings::validate's, so nothing the boxes allow is refused.
    m_reviewDays->setRange(7, 180);
    m_reviewDays->setSuffix(tr(" days"));
    m_reviewDays->setValue(r.planReviewDays);
    m_initialDays->setRange(1, 60);
    m_initialDays->setSuffix(tr(" days after admission"));
    m_initialDays->setValue(r.initialPlanDays);
    for (NoteFormat f : allNoteFormats())
        m_format->addItem(label(f), int(f));
    m_format->setCurrentIndex(m_format->findData(int(r.defaultNoteFormat)));
    m_unsignedHours->setRange(1, 720);
    m_unsignedHours->setSuffix(tr(" hours after the service"));
    m_unsignedHours->setValue(r.unsignedNoteHours);

    auto* form = new QFormLayout;
    form->addRow(tr("Review treatment plans &every"), m_reviewDays);
    form->addRow(tr("&First plan due"), m_initialDays);
    form->addRow(tr("New notes &start as"), m_format);
    form->addRow(tr("Unsigned notes are &late"), m_unsignedHours);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void RecordsSettingsDialog::accept()
{
    ProgramSettings next = m_settings;
    next.records.planReviewDays = m_reviewDays->value();
    next.records.initialPlanDays = m_initialDays->value();
    next.records.defaultNoteFormat = NoteFormat(m_format->currentData().toInt());
    next.records.unsignedNoteHours = m_unsignedHours->value();
    if (Status s = SettingsStore(m_context.database()).save(next); !s) {
        m_messageBar->showMessage(s.error().fullMessage());
        return;
    }
    QDialog::accept();
}

} // namespace stepwise
