// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssessmentsTab.h"

#include "AppContext.h"
#include "AssessmentDetailView.h"
#include "AssessmentDialog.h"
#include "AssessmentHistoryModel.h"
#include "TrendChart.h"
#include "common/Clock.h"
#include "common/Format.h"
#include "common/MessageBar.h"
#include "common/ReadOnlyTable.h"
#include "storage/AssessmentStore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace stepwise {

AssessmentsTab::AssessmentsTab(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_messageBar(new MessageBar(this))
    , m_due(new QLabel(this))
    , m_change(new QLabel(this))
    , m_recordButton(new QToolButton(this))
    , m_correctButton(new QToolButton(this))
    , m_recordMenu(new QMenu(this))
    , m_model(new AssessmentHistoryModel(this))
    , m_view(new ReadOnlyTable(tr("Assessments"), this))
    , m_chartInstrument(new QComboBox(this))
    , m_chart(new TrendChart(this))
    , m_detail(new AssessmentDetailView(this))
{
    m_due->setObjectName(QStringLiteral("dueAssessments"));
    m_due->setTextFormat(Qt::PlainText);
    m_due->setWordWrap(true);
    m_change->setObjectName(QStringLiteral("scoreChange"));
    m_change->setTextFormat(Qt::PlainText);
    m_change->setWordWrap(true);

    // One menu entry per instrument, each with a mnemonic so Alt+R then a letter or digit works.
    int n = 1;
    for (const InstrumentDefinition& d : Instruments::all()) {
        QAction* action = m_recordMenu->addAction(n <= 9
                ? QStringLiteral("&%1  %2 \u2014 %3").arg(n).arg(d.name, d.title)
                : QStringLiteral("%1 \u2014 %2").arg(d.name, d.title));
        action->setData(d.id);
        const QString id = d.id;
        connect(action, &QAction::triggered, this, [this, id] { record(id); });
        ++n;
    }
    m_recordButton->setText(tr("&Record Assessment"));
    m_recordButton->setObjectName(QStringLiteral("recordAssessment"));
    m_recordButton->setMenu(m_recordMenu);
    m_recordButton->setPopupMode(QToolButton::InstantPopup);
    m_recordButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_correctButton->setText(tr("C&orrect Selected\u2026"));
    m_correctButton->setObjectName(QStringLiteral("correctAssessment"));
    connect(m_correctButton, &QToolButton::clicked, this, &AssessmentsTab::correctSelected);

    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("assessmentHistory"));
    m_view->horizontalHeader()->setSectionResizeMode(
        AssessmentHistoryModel::Result, QHeaderView::Stretch);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->resizeSection(AssessmentHistoryModel::Date,
        fontMetrics().horizontalAdvance(QStringLiteral("00 MMM 0000")) + 24);
    m_view->horizontalHeader()->resizeSection(AssessmentHistoryModel::Instrument,
        fontMetrics().horizontalAdvance(QStringLiteral("Progress rating")) + 16);
    m_view->horizontalHeader()->resizeSection(AssessmentHistoryModel::Flags,
        fontMetrics().horizontalAdvance(QStringLiteral("Next level of intervention")) + 16);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &AssessmentsTab::showDetail);
    connect(m_view, &QAbstractItemView::activated, this, &AssessmentsTab::correctSelected);

    m_chartInstrument->setObjectName(QStringLiteral("chartInstrument"));
    for (const InstrumentDefinition& d : Instruments::all())
        m_chartInstrument->addItem(d.name, d.id);
    connect(m_chartInstrument, &QComboBox::currentIndexChanged, this, &AssessmentsTab::updateChart);
    // A choice the user made stays while they look at this participant.
    connect(m_chartInstrument, &QComboBox::activated, this,
        [this] { m_chartInstrument->setProperty("userChose", true); });

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_recordButton);
    actions->addWidget(m_correctButton);
    actions->addStretch(1);
    actions->addWidget(new QLabel(tr("Chart:"), this));
    actions->addWidget(m_chartInstrument);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_view, 3);
    leftLayout->addWidget(m_detail, 2);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_chart);
    split->setStretchFactor(0, 11);
    split->setStretchFactor(1, 9);
    split->setSizes({ 550, 450 });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_due);
    layout->addWidget(m_change);
    layout->addLayout(actions);
    layout->addWidget(split, 1);
    m_detail->clearAssessment();
}

QString AssessmentsTab::dueText(const QList<DueAssessment>& due, const QDate& today)
{
    if (due.isEmpty())
        return tr("Nothing is scheduled.");
    QStringList overdue, upcoming;
    for (const DueAssessment& d : due) {
        const InstrumentDefinition* def = Instruments::find(d.instrument);
        const QString name = def ? def->name : d.instrument;
        if (d.isOverdue(today))
            overdue.append(tr("\u26A0 %1 overdue by %2: due %3, %4")
                               .arg(name, Format::days(d.daysOverdue(today)),
                                   Format::date(d.dueDate), d.reason));
        else
            upcoming.append(tr("%1 due %2: %3").arg(name, Format::date(d.dueDate), d.reason));
    }
    return (overdue + upcoming).join(QLatin1Char('\n'));
}

QString AssessmentsTab::changeText(const QString& name, const ScoreChange& c)
{
    QString text = tr("%1: %2 on %3 \u2192 %4 on %5 (%6%7)")
                       .arg(name)
                       .arg(c.baseline.total)
                       .arg(Format::date(c.baseline.date))
                       .arg(c.latest.total)
                       .arg(Format::date(c.latest.date))
                       .arg(c.change > 0 ? QStringLiteral("+") : QString())
                       .arg(c.change);
    QStringList marks;
    if (!c.eligible)
        marks.append(tr("baseline below %1: response and remission not judged")
                         .arg(ScoreChangeRules::MinimumBaseline));
    if (c.remission)
        marks.append(tr("remission"));
    else if (c.response)
        marks.append(tr("response"));
    else if (c.eligible)
        marks.append(tr("no response yet"));
    if (c.worsened)
        marks.append(tr("worse by %1 or more").arg(ScoreChangeRules::WorseningPoints));
    return text + QStringLiteral(": ") + marks.join(QStringLiteral(", "));
}

void AssessmentsTab::showParticipant(
    const Participant& participant, const std::optional<Episode>& episode)
{
    const bool inCare = episode && episode->isOpen();
    m_episode = episode;
    if (!m_participant || m_participant->id != participant.id)
        m_chartInstrument->setProperty("userChose", QVariant());
    m_participant = participant;
    m_recordButton->setEnabled(inCare);
    m_recordMenu->menuAction()->setEnabled(inCare); // also in the Participant menu
    m_recordButton->setToolTip(
        inCare ? QString() : tr("Assessments are recorded during an episode of care."));
    reload();
}

void AssessmentsTab::reload()
{
    if (!m_participant)
        return;
    m_messageBar->clear();
    AssessmentStore store(m_context.database());
    const Id id = m_participant->id;
    const Id selectedId = selected() ? selected()->id : 0;
    auto history = store.history(id);
    if (!history) {
        m_messageBar->showMessage(
            tr("The assessments could not be loaded: %1").arg(history.error().message));
        return;
    }
    m_history = history.value();
    m_model->setRows(m_history);
    m_correctButton->setEnabled(!m_history.isEmpty());

    auto due = store.due(id);
    const QDate today = Clock::instance().today();
    m_due->setText(due ? dueText(due.value(), today) : due.error().message);
    bool overdue = false;
    if (due) {
        for (const DueAssessment& d : due.value())
            overdue = overdue || d.isOverdue(today);
    }
    m_due->setStyleSheet(
        overdue ? QStringLiteral("color: #92400e; font-weight: bold;") : QString());

    QStringList changes;
    for (const QString& instrument : { QStringLiteral("phq9"), QStringLiteral("gad7") }) {
        auto c = store.change(id, instrument);
        if (c && *c)
            changes.append(changeText(Instruments::find(instrument)->name, **c));
    }
    m_change->setText(changes.isEmpty()
            ? tr("Change over time shows once PHQ-9 or GAD-7 has two scores in this episode.")
            : changes.join(QLatin1Char('\n')));

    // Chart the instrument used most recently unless the user picked one.
    if (!m_history.isEmpty() && m_chartInstrument->property("userChose").isNull()) {
        const int at = m_chartInstrument->findData(
            m_history.first().instrument == QLatin1String("phq9") || m_history.size() < 2
                ? m_history.first().instrument
                : QStringLiteral("phq9"));
        QSignalBlocker block(m_chartInstrument);
        if (at >= 0)
            m_chartInstrument->setCurrentIndex(at);
    }
    updateChart();
    int row = 0;
    for (int i = 0; i < m_history.size(); ++i) {
        if (m_history.at(i).id == selectedId)
            row = i;
    }
    if (!m_history.isEmpty())
        m_view->setCurrentIndex(m_model->index(row, 0));
    else
        m_detail->clearAssessment();
}

void AssessmentsTab::updateChart()
{
    const InstrumentDefinition* d = Instruments::find(m_chartInstrument->currentData().toString());
    if (!d)
        return;
    QList<Assessment> episodeResults;
    for (const Assessment& a : std::as_const(m_history)) {
        if (m_episode && a.episodeId == m_episode->id)
            episodeResults.append(a);
    }
    m_chart->setAssessments(*d, episodeResults);
    if (m_episode && m_chart->pointCount() > 0)
        m_chart->chart()->setTitle(
            tr("%1 in this episode (admitted %2)")
                .arg(d->name, Format::date(m_episode->admissionDate)));
}

std::optional<Assessment> AssessmentsTab::selected() const
{
    const Assessment* a = m_model->rowAt(m_view->currentIndex());
    return a ? std::optional(*a) : std::nullopt;
}

void AssessmentsTab::showDetail()
{
    const auto a = selected();
    if (!a) {
        m_detail->clearAssessment();
        return;
    }
    auto versions = AssessmentStore(m_context.database()).versions(a->id);
    m_detail->showAssessment(*a, versions ? versions.value() : QList<Assessment> {});
}

void AssessmentsTab::record(const QString& instrumentId)
{
    const InstrumentDefinition* d = Instruments::find(instrumentId);
    if (!d || !m_participant)
        return;
    auto* dialog = new AssessmentDialog(m_context, *m_participant, *d, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void AssessmentsTab::correctSelected()
{
    const auto a = selected();
    if (!a || !m_participant)
        return;
    auto* dialog = new AssessmentDialog(m_context, *m_participant, *a, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace stepwise
