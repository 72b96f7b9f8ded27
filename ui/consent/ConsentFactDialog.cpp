// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsentFactDialog.h"

#include "AppContext.h"
#include "common/Clock.h"
#include "common/FieldErrors.h"
#include "common/Format.h"
#include "common/MessageBar.h"
#include "common/PlainLabel.h"
#include "consent/ConsentRules.h"
#include "recovery/WriteAccess.h"
#include "storage/ConsentStore.h"
#include "storage/Database.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace stepwise {

ConsentFactDialog::ConsentFactDialog(
    AppContext& context, const Consent& consent, Fact fact, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_consent(consent)
    , m_fact(fact)
    , m_messageBar(new MessageBar(this))
    , m_errors(new FieldErrors(this))
    , m_date(new QDateEdit(Clock::instance().today(), this))
{
    setObjectName(QStringLiteral("ConsentFactDialog"));
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(Format::dateFormat());
    m_date->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);

    QString title;
    QString dateLabel;
    QString saveText;
    QString explanation;
    const char* dateField = ConsentRules::RevokedDate;
    switch (fact) {
    case Fact::Revocation:
        title = tr("Revoke Consent");
        dateLabel = tr("&Revoked on:");
        saveText = tr("Revoke Consent");
        explanation = tr("From this day on the consent allows no disclosure. What was already "
                         "disclosed relying on it stays in the accounting.");
        break;
    case Fact::Signature:
        title = tr("Record Signature");
        dateLabel = tr("&Signed on:");
        saveText = tr("Record Signature");
        explanation = tr("The consent allows disclosures from the day it was signed.");
        dateField = ConsentRules::SignedDate;
        break;
    case Fact::ExpiryEvent:
        title = tr("Record Expiry Event");
        dateLabel = tr("&Occurred on:");
        saveText = tr("Record Event");
        explanation = tr("The consent ends on %1: from the day it occurred it allows no "
                         "disclosure.")
                          .arg(consent.expiryEvent.trimmed());
        dateField = ConsentRules::EventOccurredOn;
        break;
    }
    setWindowTitle(title);
    auto* about = new PlainLabel(
        tr("Consent for %1: %2").arg(ConsentRules::recipientText(consent), consent.purpose), this);
    about->setWordWrap(true);
    auto* explain = new PlainLabel(explanation, this);
    explain->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(dateLabel, m_errors->wrap(QLatin1String(dateField), m_date));
    if (fact == Fact::Revocation) {
        m_reason = new QPlainTextEdit(this);
        m_reason->setObjectName(QStringLiteral("reason"));
        m_reason->setTabChangesFocus(true);
        m_reason->setPlaceholderText(tr("How it was revoked (in writing, orally) and why, if the "
                                        "participant said"));
        m_reason->setMaximumHeight(m_reason->fontMetrics().lineSpacing() * 4 + 12);
        form->addRow(tr("&How and why:"),
            m_errors->wrap(QLatin1String(ConsentRules::RevocationReason), m_reason));
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setText(saveText);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConsentFactDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConsentFactDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(about);
    layout->addLayout(form);
    layout->addWidget(explain);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 64, sizeHint().height());
    if (const QString refusal = WriteAccess::refusal(context.database(), consent.participantId);
        !refusal.isEmpty()) {
        m_messageBar->showMessage(refusal);
        m_save->setEnabled(false);
    }
}

void ConsentFactDialog::accept()
{
    if (!m_save->isEnabled())
        return;
    ConsentStore store(m_context.database());
    Status done;
    switch (m_fact) {
    case Fact::Revocation:
        done = store.revoke(m_consent.id, m_date->date(), m_reason->toPlainText());
        break;
    case Fact::Signature:
        done = store.recordSignature(m_consent.id, m_date->date());
        break;
    case Fact::ExpiryEvent:
        done = store.recordExpiryEvent(m_consent.id, m_date->date());
        break;
    }
    if (!done) {
        m_errors->present(done.error(), m_messageBar, this);
        return;
    }
    m_context.notifyParticipantChanged(m_consent.participantId);
    QDialog::accept();
}

} // namespace stepwise
