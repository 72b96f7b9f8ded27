// SPDX-License-Identifier: GPL-3.0-or-later
#include "ParticipantAgreementDialog.h"

#include "AppContext.h"
#include "common/Clock.h"
#include "common/FieldErrors.h"
#include "common/Format.h"
#include "common/MessageBar.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace stepwise {

ParticipantAgreementDialog::ParticipantAgreementDialog(
    AppContext& context, const PlanVersion& version, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_version(version)
    , m_messageBar(new MessageBar(this))
    , m_errors(new FieldErrors(this))
    , m_date(new QDateEdit(Clock::instance().today(), this))
    , m_how(new QComboBox(this))
{
    setObjectName(QStringLiteral("ParticipantAgreementDialog"));
    setWindowTitle(tr("Participant Agreement"));
    const QDate finalizedOn = version.finalizedAt.toLocalTime().date();
    auto* intro = new QLabel(tr("Record that the participant agreed to version %1 of the "
                                "treatment plan, finalized on %2 by %3.")
                                 .arg(version.version)
                                 .arg(Format::date(finalizedOn), version.finalizedByName),
        this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(Format::dateFormat());
    m_date->setObjectName(QStringLiteral("agreedOn"));
    m_how->setEditable(true);
    m_how->setObjectName(QStringLiteral("agreement"));
    m_how->addItems(
        { tr("Participant signed the printed plan"), tr("Participant agreed verbally in session"),
            tr("Participant agreed by telehealth and will sign at the next visit") });
    m_how->setInsertPolicy(QComboBox::NoInsert);
    m_how->lineEdit()->setPlaceholderText(tr("Who agreed and how"));

    auto* form = new QFormLayout;
    form->addRow(tr("Agreed &on:"), m_errors->wrap(QStringLiteral("agreed_on"), m_date));
    form->addRow(tr("&Who and how:"), m_errors->wrap(QStringLiteral("agreement"), m_how));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Record Agreement"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ParticipantAgreementDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 80, sizeHint().height());
}

void ParticipantAgreementDialog::accept()
{
    m_messageBar->clear();
    m_errors->clear();
    const Status s
        = TreatmentPlanStore(m_context.database())
              .recordParticipantAgreement(m_version.id, m_date->date(), m_how->currentText());
    if (!s) {
        const QList<FieldError> elsewhere = m_errors->show(s.error().fields);
        QStringList lines;
        for (const FieldError& f : elsewhere)
            lines.append(f.message);
        if (s.error().fields.isEmpty())
            lines.append(tr("The agreement was not recorded: %1").arg(s.error().message));
        if (!lines.isEmpty())
            m_messageBar->showMessage(lines.join(QLatin1Char('\n')));
        if (QWidget* first = m_errors->firstInvalidField())
            first->setFocus(Qt::OtherFocusReason);
        FieldErrors::makeRoom(this);
        return;
    }
    m_context.notifyParticipantChanged(m_version.participantId);
    QDialog::accept();
}

} // namespace stepwise
