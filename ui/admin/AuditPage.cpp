// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditPage.h"

#include "AppContext.h"
#include "AuditModel.h"
#include "common/Clock.h"
#include "common/MessageBar.h"
#include "common/ReadOnlyTable.h"
#include "io/AuditCsv.h"
#include "storage/Database.h"
#include "storage/ParticipantStore.h"
#include "storage/StaffStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace stepwise {

namespace {

// The verbs people filter by most; any other prefix can be typed.
QStringList knownActions()
{
    return { QStringLiteral("auth."), QStringLiteral("auth.sign_in_failed"),
        QStringLiteral("auth.account_locked"), QStringLiteral("chart.view"),
        QStringLiteral("emergency_access.grant"), QStringLiteral("access.denied"),
        QStringLiteral("participant."), QStringLiteral("episode."), QStringLiteral("phase."),
        QStringLiteral("participants.export"), QStringLiteral("participants.import"),
        QStringLiteral("staff."), QStringLiteral("account."), QStringLiteral("settings.update"),
        QStringLiteral("backup."), QStringLiteral("draft."), QStringLiteral("audit.export") };
}

} // namespace

AuditPage::AuditPage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_messageBar(new MessageBar(this))
    , m_person(new QComboBox(this))
    , m_participant(new QLineEdit(this))
    , m_action(new QComboBox(this))
    , m_useFrom(new QCheckBox(tr("From"), this))
    , m_from(new QDateEdit(this))
    , m_useTo(new QCheckBox(tr("To"), this))
    , m_to(new QDateEdit(this))
    , m_model(new AuditModel(this))
    , m_table(new ReadOnlyTable(tr("Audit log"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("audit_page"));
    m_person->setObjectName(QStringLiteral("audit_person"));
    m_participant->setObjectName(QStringLiteral("audit_participant"));
    m_participant->setPlaceholderText(tr("Record number"));
    m_participant->setClearButtonEnabled(true);
    m_action->setObjectName(QStringLiteral("audit_action"));
    m_action->setEditable(true);
    m_action->addItem(tr("Any action"), QString());
    for (const QString& a : knownActions())
        m_action->addItem(a, a);
    const QDate today = Clock::instance().today();
    for (QDateEdit* edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setDate(today);
        edit->setEnabled(false);
    }
    m_from->setDate(today.addDays(-30));
    connect(m_useFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useTo, &QCheckBox::toggled, m_to, &QWidget::setEnabled);

    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Person"), this));
    filters->addWidget(m_person, 1);
    filters->addWidget(new QLabel(tr("Participant"), this));
    filters->addWidget(m_participant, 1);
    filters->addWidget(new QLabel(tr("Action"), this));
    filters->addWidget(m_action, 1);
    filters->addWidget(m_useFrom);
    filters->addWidget(m_from);
    filters->addWidget(m_useTo);
    filters->addWidget(m_to);

    auto* show = new QPushButton(tr("&Show"), this);
    show->setDefault(true);
    auto* verify = new QPushButton(tr("&Verify integrity"), this);
    verify->setObjectName(QStringLiteral("audit_verify"));
    verify->setToolTip(tr("Recompute the hash chain: any row changed or removed outside "
                          "Stepwise is reported."));
    auto* exportButton = new QPushButton(tr("&Export CSV…"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(show);
    buttons->addWidget(verify);
    buttons->addWidget(exportButton);
    connect(show, &QPushButton::clicked, this, &AuditPage::reload);
    connect(m_participant, &QLineEdit::returnPressed, this, &AuditPage::reload);
    connect(verify, &QPushButton::clicked, this, &AuditPage::verifyChain);
    connect(exportButton, &QPushButton::clicked, this, &AuditPage::exportCsv);

    m_table->setModel(m_model);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_status->setTextFormat(Qt::PlainText);

    auto* title = new QLabel(tr("Audit log"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    title->setFont(big);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_messageBar);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    loadStaff();
    reload();
}

void AuditPage::loadStaff()
{
    m_person->clear();
    m_person->addItem(tr("Anyone"), 0);
    auto staff = StaffStore(m_context.database()).list(true);
    if (!staff)
        return;
    for (const StaffMember& m : *staff)
        m_person->addItem(m.name, m.id);
}

std::optional<AuditFilter> AuditPage::currentFilter()
{
    AuditFilter f;
    f.staffId = m_person->currentData().toLongLong();
    const QString typed = m_action->currentText().trimmed();
    f.action = m_action->currentIndex() == 0 && typed == m_action->itemText(0) ? QString() : typed;
    if (m_useFrom->isChecked())
        f.from = m_from->date();
    if (m_useTo->isChecked())
        f.to = m_to->date();
    f.limit = RowLimit;
    const QString participant = m_participant->text().trimmed();
    if (!participant.isEmpty()) {
        // Clinical readers find a participant by record number; others (an administrator
        // without a clinical role) may give the participant's number as shown in the table.
        auto found = ParticipantStore(m_context.database()).findByRecordNumber(participant);
        if (found && *found) {
            f.participantId = **found;
        } else {
            bool numeric = false;
            const Id id = QString(participant).remove(QLatin1Char('#')).toLongLong(&numeric);
            if (!numeric) {
                m_messageBar->showMessage(
                    tr("No participant has the record number %1.").arg(participant));
                return std::nullopt;
            }
            f.participantId = id;
        }
    }
    return f;
}

void AuditPage::reload()
{
    m_messageBar->clear();
    const auto filter = currentFilter();
    if (!filter)
        return;
    auto rows = AuditTrail::entries(m_context.database(), *filter);
    if (!rows) {
        m_model->setRows({});
        m_messageBar->showMessage(rows.error().message);
        m_status->clear();
        return;
    }
    const qsizetype count = rows->size();
    m_model->setRows(std::move(rows).value());
    m_table->resizeColumnsToContents();
    m_status->setText(count >= RowLimit
            ? tr("The newest %1 rows; narrow the dates to see older ones.").arg(count)
            : (count == 1 ? tr("1 row") : tr("%1 rows").arg(count)));
}

QString AuditPage::statusText() const
{
    return m_status->text();
}

void AuditPage::verifyChain()
{
    auto report = AuditTrail::verify(m_context.database());
    if (!report) {
        m_messageBar->showMessage(report.error().message);
        return;
    }
    if (report->intact()) {
        m_messageBar->showMessage(tr("The audit log is intact: %1 rows checked, none changed "
                                     "or removed outside Stepwise. Newest row's hash: %2")
                                      .arg(report->rowsChecked)
                                      .arg(report->headHash.left(16)),
            MessageBar::Type::Positive);
        return;
    }
    m_messageBar->showMessage(tr("The audit log has been tampered with: %1")
                                  .arg(report->problems.join(QLatin1Char(' '))));
}

void AuditPage::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export audit log"), QStringLiteral("audit.csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

bool AuditPage::exportTo(const QString& path)
{
    const auto filter = currentFilter();
    if (!filter)
        return false;
    auto csv = AuditCsv::exportCsv(m_context.database(), *filter);
    if (!csv) {
        m_messageBar->showMessage(csv.error().message);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*csv) != csv->size() || !file.commit()) {
        m_messageBar->showMessage(tr("%1 could not be written: %2").arg(path, file.errorString()));
        return false;
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    m_messageBar->showMessage(tr("Exported to %1.").arg(path), MessageBar::Type::Positive);
    reload(); // the export is itself a row
    return true;
}

} // namespace stepwise
