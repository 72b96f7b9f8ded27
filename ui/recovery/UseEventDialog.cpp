// SPDX-License-Identifier: GPL-3.0-or-later
#include "UseEventDialog.h"

#include "AppContext.h"
#include "WriteAccess.h"
#include "common/Clock.h"
#include "common/FieldErrors.h"
#include "common/Format.h"
#include "common/MessageBar.h"
#include "recovery/Analyte.h"
#include "storage/Database.h"
#include "storage/UseEventStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace stepwise {

UseEventDialog::UseEventDialog(AppContext& context, Id participantId, Id replaces, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_participantId(participantId)
    , m_replaces(replaces)
    , m_messageBar(new MessageBar(this))
    , m_errors(new FieldErrors(this))
    , m_date(new QDateEdit(Clock::instance().today(), this))
    , m_substance(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_note(new QPlainTextEdit(this))
    , m_reason(new QLineEdit(this))
    , m_save(nullptr)
{
    setObjectName(QStringLiteral("UseEventDialog"));
    m_date->setObjectName(QStringLiteral("occurredOn"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(Format::dateFormat());
    m_date->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_substance->setObjectName(QStringLiteral("substance"));
    m_substance->setEditable(true);
    m_substance->setInsertPolicy(QComboBox::NoInsert);
    for (const QString& key : Analytes::all()) {
        if (!Analytes::isSpecimenCheck(key))
            m_substance->addItem(Analytes::label(key), key);
    }
    m_substance->setCurrentIndex(-1);
    m_substance->lineEdit()->setPlaceholderText(tr("A substance from the list, or as named"));
    m_source->setObjectName(QStringLiteral("source"));
    for (UseSource s : allUseSources)
        m_source->addItem(label(s), int(s));
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(m_note->fontMetrics().lineSpacing() * 5 + 12);
    m_reason->setObjectName(QStringLiteral("correctionReason"));
    m_reason->setPlaceholderText(tr("What was wrong in the version recorded"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Date:"), m_errors->wrap(QLatin1String(UseEventRules::OccurredOn), m_date));
    form->addRow(
        tr("&Substance:"), m_errors->wrap(QLatin1String(UseEventRules::Substance), m_substance));
    form->addRow(tr("&Learned from:"), m_source);
    form->addRow(tr("&Note:"), m_note);
    if (replaces)
        form->addRow(tr("&Reason for correction:"),
            m_errors->wrap(QLatin1String(UseEventRules::CorrectionReason), m_reason));
    else
        m_reason->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setText(replaces ? tr("Save Correction") : tr("Record Use"));
    connect(buttons, &QDialogButtonBox::accepted, this, &UseEventDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &UseEventDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 80, sizeHint().height());
    if (const QString refusal = WriteAccess::refusal(context.database(), participantId);
        !refusal.isEmpty()) {
        m_messageBar->showMessage(refusal);
        m_save->setEnabled(false);
    }
}

UseEventDialog::UseEventDialog(AppContext& context, Id participantId, QWidget* parent)
    : UseEventDialog(context, participantId, 0, parent)
{
    setWindowTitle(tr("Record Use"));
}

UseEventDialog::UseEventDialog(AppContext& context, const UseEvent& current, QWidget* parent)
    : UseEventDialog(context, current.participantId, current.id, parent)
{
    setWindowTitle(tr("Correct Recorded Use"));
    m_date->setDate(current.occurredOn);
    const int index = m_substance->findData(current.substance);
    if (index >= 0)
        m_substance->setCurrentIndex(index);
    else
        m_substance->setEditText(current.substance);
    m_source->setCurrentIndex(m_source->findData(int(current.source)));
    m_note->setPlainText(current.note);
}

UseEventInput UseEventDialog::input() const
{
    UseEventInput in;
    in.participantId = m_participantId;
    in.occurredOn = m_date->date();
    // A label picked from the list is stored by its key; typed text as the store normalizes it.
    const QString text = m_substance->currentText().trimmed();
    const int index = m_substance->findText(text);
    in.substance = index >= 0 ? m_substance->itemData(index).toString() : text;
    in.source = UseSource(m_source->currentData().toInt());
    in.note = m_note->toPlainText().trimmed();
    return in;
}

void UseEventDialog::accept()
{
    if (!m_save->isEnabled())
        return;
    UseEventStore store(m_context.database());
    auto saved = m_replaces ? store.correct(m_replaces, input(), m_reason->text().trimmed())
                            : store.record(input());
    if (!saved) {
        m_errors->present(saved.error(), m_messageBar, this);
        return;
    }
    m_savedId = *saved;
    m_context.notifyParticipantChanged(m_participantId);
    QDialog::accept();
}

} // namespace stepwise
