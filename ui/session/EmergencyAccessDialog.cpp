// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmergencyAccessDialog.h"

#include "auth/Access.h"
#include "common/FieldErrors.h"
#include "common/MessageBar.h"
#include "storage/Database.h"
#include "storage/ParticipantStore.h"
#include "storage/SettingsStore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace stepwise {

namespace {
const QString RecordKey = QStringLiteral("record_number");
const QString ReasonKey = QStringLiteral("reason");
} // namespace

EmergencyAccessDialog::EmergencyAccessDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_messageBar(new MessageBar(this))
    , m_errors(new FieldErrors(this))
    , m_recordNumber(new QLineEdit(this))
    , m_reason(new QPlainTextEdit(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("EmergencyAccessDialog"));
    setWindowTitle(tr("Emergency Access"));

    int minutes = SecuritySettings().emergencyAccessMinutes;
    if (auto settings = SettingsStore(db).load())
        minutes = settings->security.emergencyAccessMinutes;
    auto* intro
        = new QLabel(tr("Open a chart that is not on your caseload, for an emergency. "
                        "Access lasts %1. Your reason, the access and every view of the "
                        "chart are logged and reviewed by supervisors.")
                         .arg(minutes == 1 ? tr("1 minute") : tr("%1 minutes").arg(minutes)),
            this);
    intro->setWordWrap(true);

    m_recordNumber->setObjectName(RecordKey);
    m_recordNumber->setAccessibleName(tr("Record number"));
    m_reason->setObjectName(ReasonKey);
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("e.g. participant in crisis at the front desk; their "
                                    "counselor is away today"));
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 4 + 12);
    m_count->setObjectName(QStringLiteral("reasonCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Record number:"), m_errors->wrap(RecordKey, m_recordNumber));
    form->addRow(tr("&Reason:"), m_errors->wrap(ReasonKey, m_reason));
    form->addRow(QString(), m_count);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_open = buttons->button(QDialogButtonBox::Ok);
    m_open->setText(tr("&Open Chart"));
    m_open->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &EmergencyAccessDialog::requestAccess);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &EmergencyAccessDialog::updateCount);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_messageBar);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    updateCount();
}

void EmergencyAccessDialog::updateCount()
{
    const int missing
        = EmergencyAccess::MinimumReasonLength - int(m_reason->toPlainText().simplified().size());
    if (missing > 1)
        m_count->setText(tr("%1 more characters needed.").arg(missing));
    else if (missing == 1)
        m_count->setText(tr("1 more character needed."));
    else
        m_count->setText(tr("Thank you; supervisors will see this reason."));
}

bool EmergencyAccessDialog::requestAccess()
{
    m_messageBar->clear();
    m_errors->clear();
    const QString record = m_recordNumber->text().trimmed();
    if (record.isEmpty()) {
        m_errors->show({ { RecordKey, tr("Type the participant's record number.") } });
        m_recordNumber->setFocus(Qt::OtherFocusReason);
        return false;
    }
    auto found = ParticipantStore(m_db).findByRecordNumber(record);
    if (!found) {
        m_messageBar->showMessage(found.error().message);
        return false;
    }
    if (!*found) {
        m_errors->show({ { RecordKey, tr("No participant has record number %1.").arg(record) } });
        m_recordNumber->setFocus(Qt::OtherFocusReason);
        return false;
    }
    const Id id = **found;
    // Within reach already (own caseload, or an earlier grant still running): no new grant.
    if (auto reaches = Access::reaches(m_db, id); reaches && *reaches) {
        m_participantId = id;
        accept();
        return true;
    }
    auto granted = EmergencyAccess::grant(m_db, id, m_reason->toPlainText());
    if (!granted) {
        const QList<FieldError> elsewhere = m_errors->show(granted.error().fields);
        QStringList lines;
        for (const FieldError& e : elsewhere)
            lines << e.message;
        if (granted.error().fields.isEmpty())
            lines << granted.error().message;
        if (!lines.isEmpty())
            m_messageBar->showMessage(lines.join(QLatin1Char('\n')));
        if (QWidget* first = m_errors->firstInvalidField())
            first->setFocus(Qt::OtherFocusReason);
        FieldErrors::makeRoom(this);
        return false;
    }
    m_participantId = id;
    m_grant = granted.value();
    accept();
    return true;
}

} // namespace stepwise
