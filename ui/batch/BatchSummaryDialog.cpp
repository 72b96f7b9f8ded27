// SPDX-License-Identifier: GPL-3.0-or-later
#include "BatchSummaryDialog.h"

#include "AppContext.h"
#include "BatchOutcomeModel.h"
#include "common/Clock.h"
#include "common/MessageBar.h"
#include "reports/BatchSummaryExport.h"
#include "reports/DocumentRenderer.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>
#include <cmath>

namespace stepwise {

namespace {

QString timeLeft(double seconds)
{
    if (seconds < 0)
        return {};
    if (seconds < 60)
        return BatchSummaryDialog::tr("about %1 s left").arg(std::max(1, int(std::ceil(seconds))));
    return BatchSummaryDialog::tr("about %1 min left").arg(int(std::ceil(seconds / 60)));
}

} // namespace

BatchSummaryDialog::BatchSummaryDialog(
    AppContext& context, QList<CaseloadRow> rows, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_rows(std::move(rows))
{
    setWindowTitle(tr("Export Progress Summaries"));
    const QDate today = Clock::instance().today();

    m_messageBar = new MessageBar(this);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("batchCount"));
    m_countLabel->setTextFormat(Qt::PlainText);
    m_countLabel->setWordWrap(true);

    m_from = new QDateEdit(today.addDays(-27), this);
    m_to = new QDateEdit(today, this);
    for (QDateEdit* edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setMaximumDate(today);
        connect(edit, &QDateEdit::dateChanged, this, &BatchSummaryDialog::updateCount);
    }
    auto* period = new QHBoxLayout;
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to"), this));
    period->addWidget(m_to);
    period->addStretch(1);

    m_phaseBeganOnly = new QCheckBox(tr("Only those whose current phase began in the period "
                                        "(for example, who stepped down this month)"),
        this);
    connect(m_phaseBeganOnly, &QCheckBox::toggled, this, &BatchSummaryDialog::updateCount);

    // Summaries for someone outside the program need a consent each: one at a time, from the
    // chart, never in bulk.
    m_audience = new QComboBox(this);
    m_audience->addItem(tr("Internal review"), int(SummaryAudience::Internal));
    m_audience->addItem(tr("Copies for the participants"), int(SummaryAudience::Participant));

    m_paper = new QComboBox(this);
    m_paper->addItem(tr("Letter"), int(QPageSize::Letter));
    m_paper->addItem(tr("A4"), int(QPageSize::A4));
    m_paper->setCurrentIndex(DocumentRenderer::defaultPageSize().id() == QPageSize::Letter ? 0 : 1);

    m_folder = new QLineEdit(this);
    m_folder->setText(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                          .filePath(tr("Progress summaries %1").arg(today.toString(Qt::ISODate))));
    m_browse = new QPushButton(tr("&Browse\u2026"), this);
    connect(m_browse, &QPushButton::clicked, this, &BatchSummaryDialog::chooseFolder);
    auto* folder = new QHBoxLayout;
    folder->addWidget(m_folder, 1);
    folder->addWidget(m_browse);

    auto* form = new QFormLayout;
    // A row holding a layout gets no buddy by itself: without one the & would show.
    auto* periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_from);
    form->addRow(periodLabel, period);
    form->addRow(QString(), m_phaseBeganOnly);
    form->addRow(tr("&For:"), m_audience);
    form->addRow(tr("Pa&per:"), m_paper);
    auto* folderLabel = new QLabel(tr("F&older:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folder);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("batchProgress"));
    m_progress->setVisible(false);
    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(QStringLiteral("batchProgressText"));
    m_progressLabel->setTextFormat(Qt::PlainText);

    m_failures = new BatchOutcomeModel(this);
    m_failureView = new QTableView(this);
    m_failureView->setModel(m_failures);
    m_failureView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_failureView->verticalHeader()->hide();
    m_failureView->horizontalHeader()->setStretchLastSection(true);
    m_failureView->setVisible(false);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_startButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_openFolderButton = m_buttons->addButton(tr("&Open Folder"), QDialogButtonBox::ActionRole);
    m_openFolderButton->setVisible(false);
    connect(m_startButton, &QPushButton::clicked, this, &BatchSummaryDialog::startExport);
    connect(m_openFolderButton, &QPushButton::clicked, this,
        [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_folder->text())); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BatchSummaryDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_countLabel);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_progressLabel);
    layout->addWidget(m_failureView, 1);
    layout->addWidget(m_buttons);
    resize(640, 360);
    updateCount();
}

BatchSummaryDialog::~BatchSummaryDialog() = default;

void BatchSummaryDialog::setFolder(const QString& folder)
{
    m_folder->setText(folder);
}

QList<CaseloadRow> BatchSummaryDialog::selectedRows() const
{
    QList<CaseloadRow> rows;
    for (const CaseloadRow& row : m_rows) {
        if (m_phaseBeganOnly->isChecked()
            && (!row.phaseStart.isValid() || row.phaseStart < m_from->date()
                || row.phaseStart > m_to->date()))
            continue;
        rows.append(row);
    }
    return rows;
}

int BatchSummaryDialog::selectedCount() const
{
    return int(selectedRows().size());
}

void BatchSummaryDialog::updateCount()
{
    const int n = selectedCount();
    m_countLabel->setText(n == 1
            ? tr("1 participant from the caseload as it is filtered. Each summary is entered in "
                 "that participant's accounting of disclosures.")
            : tr("%1 participants from the caseload as it is filtered. Each summary is entered in "
                 "that participant's accounting of disclosures.")
                  .arg(n));
    m_startButton->setEnabled(n > 0 && !m_batch);
}

void BatchSummaryDialog::chooseFolder()
{
    const QString chosen
        = QFileDialog::getExistingDirectory(this, tr("Export Summaries Into"), m_folder->text());
    if (!chosen.isEmpty())
        m_folder->setText(chosen);
}

void BatchSummaryDialog::setEditable(bool editable)
{
    for (QWidget* w : std::initializer_list<QWidget*> {
             m_from, m_to, m_phaseBeganOnly, m_audience, m_paper, m_folder, m_browse })
        w->setEnabled(editable);
}

void BatchSummaryDialog::startExport()
{
    m_messageBar->clear();
    if (m_from->date() > m_to->date()) {
        m_messageBar->showMessage(tr("The period must start on or before its last day."));
        return;
    }
    const QString folder = m_folder->text().trimmed();
    if (folder.isEmpty() || !QDir().mkpath(folder)) {
        m_messageBar->showMessage(
            tr("The folder %1 cannot be created. Choose another.").arg(folder));
        return;
    }
    Database& db = m_context.database();
    if (!db.session())
        return;
    BatchSummaryExport::Job job;
    job.databasePath = db.path();
    job.session = *db.session();
    job.workstation = db.workstation();
    job.request.from = m_from->date();
    job.request.to = m_to->date();
    job.request.options.audience = SummaryAudience(m_audience->currentData().toInt());
    for (const CaseloadRow& row : selectedRows())
        job.items.append({ row.participantId, row.recordNumber, row.name });
    job.folder = folder;
    job.pageSize = QPageSize(QPageSize::PageSizeId(m_paper->currentData().toInt()));
    job.today = Clock::instance().today();

    m_failures->setRows({});
    m_batch = std::make_unique<BatchSummaryExport>(job);
    connect(
        m_batch.get(), &BatchSummaryExport::progressed, this, &BatchSummaryDialog::showProgress);
    connect(m_batch.get(), &BatchSummaryExport::finished, this, &BatchSummaryDialog::finish);
    setEditable(false);
    m_startButton->setEnabled(false);
    m_openFolderButton->setVisible(false);
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("&Cancel Export"));
    m_progress->setRange(0, m_batch->total());
    m_progress->setValue(0);
    m_progress->setVisible(true);
    showProgress(0, m_batch->total());
    m_batch->start();
}

void BatchSummaryDialog::showProgress(int done, int total)
{
    m_progress->setValue(done);
    QString text = tr("%1 of %2 done").arg(done).arg(total);
    if (m_batch) {
        const QString left = timeLeft(m_batch->secondsLeft());
        if (!left.isEmpty() && done < total)
            text += QStringLiteral(" \u00B7 ") + left;
    }
    m_progressLabel->setText(text);
}

void BatchSummaryDialog::cancelExport()
{
    if (!m_batch || !m_batch->isRunning())
        return;
    m_batch->cancel();
    m_progressLabel->setText(
        tr("Cancelling: the summaries being written finish, no more start\u2026"));
}

void BatchSummaryDialog::finish(bool cancelled)
{
    int written = 0;
    QList<BatchSummaryOutcome> failed;
    int notStarted = 0;
    for (const BatchSummaryOutcome& o : m_batch->outcomes()) {
        if (o.state == BatchSummaryOutcome::State::Written)
            ++written;
        else if (o.state == BatchSummaryOutcome::State::Failed)
            failed.append(o);
        else
            ++notStarted;
    }
    m_failures->setRows(failed);
    m_failureView->setVisible(!failed.isEmpty());
    m_failureView->resizeColumnsToContents();
    QString text = written == 1
        ? tr("1 summary written to %1.").arg(m_folder->text())
        : tr("%1 summaries written to %2.").arg(written).arg(m_folder->text());
    if (!failed.isEmpty())
        text += QLatin1Char(' ')
            + (failed.size() == 1
                    ? tr("1 was not written; the reason is below.")
                    : tr("%1 were not written; the reasons are below.").arg(failed.size()));
    if (cancelled)
        text += QLatin1Char(' ')
            + (notStarted == 1 ? tr("Cancelled: 1 was not started.")
                               : tr("Cancelled: %1 were not started.").arg(notStarted));
    m_progressLabel->setText(text);
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    m_openFolderButton->setVisible(written > 0);
    setEditable(true);
    // Called from the batch's own signal: it goes once the signal has returned.
    m_batch.release()->deleteLater();
    updateCount();
    Q_EMIT exportFinished(cancelled);
}

void BatchSummaryDialog::reject()
{
    if (m_batch && m_batch->isRunning()) {
        cancelExport(); // Close becomes Cancel while it runs; the dialog stays for the result
        return;
    }
    QDialog::reject();
}

} // namespace stepwise
