// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsentDialog.h"

#include "AppContext.h"
#include "common/Clock.h"
#include "common/FieldErrors.h"
#include "common/Format.h"
#include "common/MessageBar.h"
#include "consent/ConsentRules.h"
#include "plans/OptionalDateEdit.h"
#include "recovery/WriteAccess.h"
#include "storage/ConsentStore.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace stepwise {

ConsentDialog::ConsentDialog(AppContext& context, Id participantId, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_participantId(participantId)
    , m_messageBar(new MessageBar(this))
    , m_errors(new FieldErrors(this))
    , m_recipientName(new QLineEdit(this))
    , m_organization(new QLineEdit(this))
    , m_purpose(new QLineEdit(this))
    , m_information(new QPlainTextEdit(this))
    , m_start(new QDateEdit(Clock::instance().today(), this))
    , m_expiry(new OptionalDateEdit(tr("On this &day:"), this))
    , m_expiryEvent(new QLineEdit(this))
    , m_signed(new OptionalDateEdit(tr("Si&gned on:"), this))
    , m_save(nullptr)
{
    setObjectName(QStringLiteral("ConsentDialog"));
    setWindowTitle(tr("Add Consent to Disclose"));
    m_recipientName->setObjectName(QStringLiteral("recipientName"));
    m_recipientName->setPlaceholderText(tr("A person, if the form names one"));
    m_organization->setObjectName(QStringLiteral("organization"));
    m_organization->setPlaceholderText(tr("The organization, if the form names one"));
    m_purpose->setObjectName(QStringLiteral("purpose"));
    m_purpose->setPlaceholderText(tr("As the form states it: \u201cReport attendance to the "
                                     "probation officer\u201d"));
    m_information->setObjectName(QStringLiteral("information"));
    m_information->setPlaceholderText(
        tr("How much and what kind: \u201cAttendance and drug screen results\u201d"));
    m_information->setTabChangesFocus(true);
    m_information->setMaximumHeight(m_information->fontMetrics().lineSpacing() * 4 + 12);
    m_start->setObjectName(QStringLiteral("startDate"));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(Format::dateFormat());
    m_start->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_expiry->setObjectName(QStringLiteral("expiryDate"));
    m_expiry->checkBox()->setToolTip(tr("The last day the consent is in effect"));
    m_expiry->dateEdit()->setAccessibleName(tr("Expiry date"));
    m_expiryEvent->setObjectName(QStringLiteral("expiryEvent"));
    m_expiryEvent->setPlaceholderText(tr("Or on an event: \u201ccompletion of probation\u201d"));
    m_expiryEvent->setAccessibleName(tr("Expiry event"));
    m_signed->setObjectName(QStringLiteral("signedDate"));
    m_signed->setDate(Clock::instance().today());
    m_signed->dateEdit()->setAccessibleName(tr("Signature date"));

    auto* expiry = new QWidget(this);
    auto* expiryLayout = new QVBoxLayout(expiry);
    expiryLayout->setContentsMargins(0, 0, 0, 0);
    expiryLayout->addWidget(m_expiry);
    expiryLayout->addWidget(m_expiryEvent);
    // One message for the pair: a date, an event or both.
    auto* note = new QLabel(tr("A recorded consent cannot be changed. If it was entered wrong, "
                               "add it again and revoke the wrong one."),
        this);
    note->setTextFormat(Qt::PlainText);
    note->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(
        tr("&Recipient:"), m_errors->wrap(QLatin1String(ConsentRules::Recipient), m_recipientName));
    form->addRow(tr("&Organization:"), m_organization);
    form->addRow(tr("&Purpose:"), m_errors->wrap(QLatin1String(ConsentRules::Purpose), m_purpose));
    form->addRow(tr("&Information:"),
        m_errors->wrap(QLatin1String(ConsentRules::Information), m_information));
    form->addRow(
        tr("&Takes effect:"), m_errors->wrap(QLatin1String(ConsentRules::StartDate), m_start));
    form->addRow(tr("&Expires:"), m_errors->wrap(QLatin1String(ConsentRules::Expiry), expiry));
    form->addRow(
        tr("Signature:"), m_errors->wrap(QLatin1String(ConsentRules::SignedDate), m_signed));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setText(tr("Add Consent"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConsentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConsentDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 80, sizeHint().height());

    if (const QString refusal = WriteAccess::refusal(context.database(), participantId);
        !refusal.isEmpty()) {
        m_messageBar->showMessage(refusal);
        m_save->setEnabled(false);
    }
}

Consent ConsentDialog::consent() const
{
    Consent c;
    c.participantId = m_participantId;
    c.recipientName = m_recipientName->text().trimmed();
    c.recipientOrganization = m_organization->text().trimmed();
    c.purpose = m_purpose->text().trimmed();
    c.information = m_information->toPlainText().trimmed();
    c.startDate = m_start->date();
    c.expiryDate = m_expiry->date();
    c.expiryEvent = m_expiryEvent->text().trimmed();
    c.signedDate = m_signed->date();
    return c;
}

void ConsentDialog::accept()
{
    if (!m_save->isEnabled())
        return;
    auto saved = ConsentStore(m_context.database()).add(consent());
    if (!saved) {
        m_errors->present(saved.error(), m_messageBar, this);
        return;
    }
    m_savedId = *saved;
    m_context.notifyParticipantChanged(m_participantId);
    QDialog::accept();
}

} // namespace stepwise
