// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutcomesPage.h"

#include "AppContext.h"
#include "OutcomeCharts.h"
#include "OutcomeLinesModel.h"
#include "common/Clock.h"
#include "common/FieldErrors.h"
#include "common/MessageBar.h"
#include "common/PlainLabel.h"
#include "common/ReadOnlyTable.h"
#include "outcomes/OutcomeText.h"
#include "reports/DocumentRenderer.h"
#include "reports/OutcomeExport.h"
#include "storage/Database.h"
#include "storage/OutcomeQuery.h"
#include "storage/StaffStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>

namespace stepwise {

namespace {

QChartView* chartView(QWidget* parent)
{
    auto* view = new QChartView(parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(view->fontMetrics().lineSpacing() * 14);
    view->setMinimumWidth(view->fontMetrics().averageCharWidth() * 60);
    return view;
}

} // namespace

OutcomesPage::OutcomesPage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_messageBar(new MessageBar(this))
    , m_errors(new FieldErrors(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_phase(new QComboBox(this))
    , m_focus(new QComboBox(this))
    , m_counselor(new QComboBox(this))
    , m_heading(new PlainLabel(this))
    , m_summary(new OutcomeLinesModel(tr("Measure"), this))
    , m_discharges(new OutcomeLinesModel(tr("Reason"), this))
    , m_stays(new OutcomeLinesModel(tr("Phase"), this))
    , m_retention(new OutcomeLinesModel(tr("Since admission"), this))
    , m_scores(new OutcomeLinesModel(tr("Measure"), this))
    , m_dischargeChart(chartView(this))
    , m_stayChart(chartView(this))
    , m_retentionChart(chartView(this))
{
    setObjectName(QStringLiteral("OutcomesPage"));
    // The last full quarter is what programs report on most; any period can be chosen.
    const QDate today = Clock::instance().today();
    const QDate quarterStart(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
    for (QDateEdit* edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_from->setObjectName(QStringLiteral("fromEdit"));
    m_to->setObjectName(QStringLiteral("toEdit"));
    m_from->setDate(quarterStart.addMonths(-3));
    m_to->setDate(quarterStart.addDays(-1));

    m_phase->addItem(tr("All phases"));
    for (PhaseKind p : allValues<PhaseKind>())
        m_phase->addItem(label(p), QVariant(int(p)));
    m_focus->addItem(tr("All"));
    for (PrimaryFocus f : allValues<PrimaryFocus>())
        m_focus->addItem(label(f), QVariant(int(f)));
    m_counselor->addItem(tr("Everyone"));
    if (auto staff = StaffStore(m_context.database()).list(true)) {
        for (const StaffMember& s : std::as_const(*staff)) {
            if (s.roles.has(StaffRole::Counselor))
                m_counselor->addItem(s.name, QVariant::fromValue(s.id));
        }
    }

    auto* filters = new QHBoxLayout;
    const auto add = [this, filters](const QString& text, QWidget* field, const QString& key) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        filters->addWidget(label);
        filters->addWidget(key.isEmpty() ? field : m_errors->wrap(key, field));
    };
    add(tr("&From:"), m_from, QStringLiteral("from"));
    add(tr("&To:"), m_to, QStringLiteral("to"));
    add(tr("&Phase:"), m_phase, {});
    add(tr("F&ocus:"), m_focus, {});
    add(tr("&Counselor:"), m_counselor, {});
    auto* show = new QPushButton(tr("&Show"), this);
    show->setDefault(true);
    connect(show, &QPushButton::clicked, this, &OutcomesPage::reload);
    filters->addWidget(show);
    filters->addStretch(1);
    auto* csv = new QPushButton(tr("Export &CSV\u2026"), this);
    csv->setObjectName(QStringLiteral("exportCsvButton"));
    connect(csv, &QPushButton::clicked, this, [this] { chooseFile(Format::Csv); });
    filters->addWidget(csv);
    auto* pdf = new QPushButton(tr("Export P&DF\u2026"), this);
    pdf->setObjectName(QStringLiteral("exportPdfButton"));
    pdf->setToolTip(tr("The printable report: these figures with their charts"));
    connect(pdf, &QPushButton::clicked, this, [this] { chooseFile(Format::Pdf); });
    filters->addWidget(pdf);

    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_heading->setFont(big);

    auto* content = new QWidget(this);
    auto* grid = new QGridLayout(content);
    auto* summaryView = new ReadOnlyTable(tr("Summary"), content);
    summaryView->setModel(m_summary);
    summaryView->setObjectName(QStringLiteral("summaryTable"));
    auto* scoresView = new ReadOnlyTable(tr("PHQ-9 and GAD-7"), content);
    scoresView->setModel(m_scores);
    for (ReadOnlyTable* t : { summaryView, scoresView })
        t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* summaryBox = new QWidget(content);
    auto* summaryLayout = new QVBoxLayout(summaryBox);
    summaryLayout->setContentsMargins(0, 0, 0, 0);
    summaryLayout->addWidget(new PlainLabel(tr("Summary"), summaryBox));
    summaryLayout->addWidget(summaryView);
    summaryLayout->addWidget(new PlainLabel(tr("PHQ-9 and GAD-7 change"), summaryBox));
    summaryLayout->addWidget(scoresView);
    grid->addWidget(summaryBox, 0, 0);
    grid->addWidget(block(tr("Discharges by reason"), m_dischargeChart, m_discharges), 0, 1);
    grid->addWidget(block(tr("Retention"), m_retentionChart, m_retention), 1, 0);
    grid->addWidget(block(tr("Median length of stay"), m_stayChart, m_stays), 1, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_heading);
    layout->addLayout(filters);
    layout->addWidget(scroll, 1);
}

QWidget* OutcomesPage::block(const QString& title, QChartView* chart, OutcomeLinesModel* model)
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new PlainLabel(title, box));
    auto* row = new QHBoxLayout;
    row->addWidget(chart, 3);
    auto* table = new ReadOnlyTable(title, box);
    table->setModel(model);
    // The figures always show whole; a long label gives way (its tooltip is the chart).
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setStretchLastSection(false);
    row->addWidget(table, 2);
    layout->addLayout(row);
    return box;
}

void OutcomesPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce)
        reload();
}

OutcomeFilter OutcomesPage::filter() const
{
    OutcomeFilter f;
    f.from = m_from->date();
    f.to = m_to->date();
    if (m_phase->currentData().isValid())
        f.phase = PhaseKind(m_phase->currentData().toInt());
    if (m_focus->currentData().isValid())
        f.focus = PrimaryFocus(m_focus->currentData().toInt());
    if (m_counselor->currentData().isValid())
        f.counselorId = m_counselor->currentData().toLongLong();
    return f;
}

void OutcomesPage::reload()
{
    m_loadedOnce = true;
    const QDate today = Clock::instance().today();
    auto outcomes = OutcomeQuery::compute(m_context.database(), filter(), today);
    if (!outcomes) {
        m_errors->present(outcomes.error(), m_messageBar, this);
        return;
    }
    m_errors->clear();
    m_messageBar->clear();
    m_outcomes = std::move(outcomes).value();
    const QLocale locale;
    m_heading->setText(tr("Program outcomes, %1 to %2")
                           .arg(locale.toString(m_outcomes.filter.from, QLocale::ShortFormat),
                               locale.toString(m_outcomes.filter.to, QLocale::ShortFormat)));
    m_summary->setRows(OutcomeText::summary(m_outcomes));
    m_discharges->setRows(OutcomeText::discharges(m_outcomes));
    m_stays->setRows(OutcomeText::stays(m_outcomes));
    m_retention->setRows(OutcomeText::retention(m_outcomes));
    m_scores->setRows(OutcomeText::scores(m_outcomes));
    // setChart() does not delete the chart it replaces.
    for (auto [view, chart] :
        { std::pair { m_dischargeChart, OutcomeCharts::discharges(m_outcomes) },
            std::pair { m_retentionChart, OutcomeCharts::retention(m_outcomes) },
            std::pair { m_stayChart, OutcomeCharts::stays(m_outcomes) } }) {
        QChart* old = view->chart();
        view->setChart(chart);
        delete old;
    }
}

void OutcomesPage::chooseFile(Format format)
{
    if (!m_loadedOnce)
        reload();
    const bool csv = format == Format::Csv;
    const QString suggested = QStringLiteral("outcomes-%1-%2.%3")
                                  .arg(m_outcomes.filter.from.toString(Qt::ISODate),
                                      m_outcomes.filter.to.toString(Qt::ISODate),
                                      csv ? QStringLiteral("csv") : QStringLiteral("pdf"));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Program Outcomes"),
        QDir(folder).filePath(suggested), csv ? tr("CSV files (*.csv)") : tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (csv)
        exportCsv(path);
    else
        exportPdf(path);
}

QString OutcomesPage::counselorName() const
{
    return m_counselor->currentData().isValid() ? m_counselor->currentText() : QString();
}

bool OutcomesPage::exportPdf(const QString& path)
{
    if (!m_loadedOnce)
        reload();
    const auto pages = OutcomeExport::writePdf(m_context.database(), m_outcomes, counselorName(),
        path, DocumentRenderer::defaultPageSize());
    if (!pages) {
        m_messageBar->showMessage(pages.error().message);
        return false;
    }
    m_messageBar->showMessage(
        tr("Saved %1.").arg(QDir::toNativeSeparators(path)), MessageBar::Type::Positive);
    return true;
}

bool OutcomesPage::exportCsv(const QString& path)
{
    if (!m_loadedOnce)
        reload();
    const QString counselor = counselorName();
    auto bytes = OutcomeQuery::exportCsv(m_context.database(), m_outcomes, counselor);
    if (!bytes) {
        m_messageBar->showMessage(bytes.error().message);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) < 0 || !file.commit()) {
        m_messageBar->showMessage(
            tr("The outcomes could not be saved to %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_messageBar->showMessage(
        tr("Saved %1.").arg(QDir::toNativeSeparators(path)), MessageBar::Type::Positive);
    return true;
}

} // namespace stepwise
