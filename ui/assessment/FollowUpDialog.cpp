// SPDX-License-Identifier: GPL-3.0-or-later
#include "FollowUpDialog.h"

#include "AppContext.h"
#include "common/FieldErrors.h"
#include "common/Format.h"
#include "common/MessageBar.h"
#include "common/PlainLabel.h"
#include "storage/SafetyAlertStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace stepwise {

FollowUpDialog::FollowUpDialog(AppContext& context, const SafetyAlert& alert, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_alert(alert)
    , m_action(new QComboBox(this))
    , m_note(new QPlainTextEdit(this))
    , m_messageBar(new MessageBar(this))
    , m_errors(new FieldErrors(this))
{
    setWindowTitle(tr("Safety Alert Follow-up"));
    const InstrumentDefinition* d = Instruments::find(alert.instrument);
    auto* what = new PlainLabel(
        tr("%1 given on %2: %3")
            .arg(d ? d->name : alert.instrument, Format::date(alert.administeredOn), alert.message),
        this);
    what->setWordWrap(true);

    m_action->setObjectName(QStringLiteral("followUpAction"));
    for (FollowUpAction a : allFollowUpActions())
        m_action->addItem(label(a), storageKey(a));
    m_note->setObjectName(QStringLiteral("followUpNote"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("What was done, with whom, and what happens next"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Action taken:"), m_action);
    form->addRow(tr("&Note:"), m_errors->wrap(QStringLiteral("note"), m_note));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &FollowUpDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FollowUpDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(what);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 90, sizeHint().height());
    m_action->setFocus();
}

void FollowUpDialog::accept()
{
    m_messageBar->clear();
    const auto action = parseFollowUpAction(m_action->currentData().toString());
    if (!action)
        return;
    Status s = SafetyAlertStore(m_context.database())
                   .followUp(m_alert.id, *action, m_note->toPlainText());
    if (!s) {
        const QList<FieldError> rest = m_errors->show(s.error().fields);
        if (s.error().code != ErrorCode::Validation || !rest.isEmpty())
            m_messageBar->showMessage(s.error().message);
        return;
    }
    m_context.notifyParticipantChanged(m_alert.participantId);
    QDialog::accept();
}

} // namespace stepwise
