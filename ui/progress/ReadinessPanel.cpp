// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReadinessPanel.h"

#include "AppContext.h"
#include "DecisionModel.h"
#include "IndicatorModel.h"
#include "ReadinessDecisionDialog.h"
#include "common/Clock.h"
#include "common/Format.h"
#include "common/PlainLabel.h"
#include "common/ReadOnlyTable.h"
#include "storage/Database.h"
#include "storage/ReadinessStore.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace stepwise {

ReadinessPanel::ReadinessPanel(AppContext& context, QWidget* parent)
    : QGroupBox(tr("Step-down readiness"), parent)
    , m_context(context)
    , m_indicators(new IndicatorModel(this))
    , m_decisions(new DecisionModel(this))
    , m_indicatorView(new ReadOnlyTable(tr("Readiness indicators"), this))
    , m_decisionView(new ReadOnlyTable(tr("Readiness decisions"), this))
    , m_status(new QLabel(this))
    , m_decide(new QPushButton(tr("Record &Decision\u2026"), this))
{
    m_indicatorView->setModel(m_indicators);
    m_indicatorView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_indicatorView->horizontalHeader()->setSectionResizeMode(
        IndicatorModel::Data, QHeaderView::Stretch);
    m_indicatorView->wrapLongText();
    m_decisionView->setModel(m_decisions);
    m_decisionView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_decisionView->horizontalHeader()->setSectionResizeMode(
        DecisionModel::Reason, QHeaderView::Stretch);
    connect(m_decisionView, &QTableView::activated, this, &ReadinessPanel::showDecisionIndicators);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    connect(m_decide, &QPushButton::clicked, this, &ReadinessPanel::recordDecision);

    auto* note = new QLabel(tr("Indicators inform the team's review; the decision and its "
                               "reason are the clinician's."),
        this);
    note->setWordWrap(true);
    note->setTextFormat(Qt::PlainText);
    auto* row = new QHBoxLayout;
    row->addWidget(note, 1);
    row->addWidget(m_decide);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_indicatorView, 3);
    layout->addLayout(row);
    layout->addWidget(
        new QLabel(tr("Decisions recorded (open one to see the indicators then):"), this));
    layout->addWidget(m_decisionView, 2);
}

void ReadinessPanel::showParticipant(Id participantId, std::optional<PhaseKind> phase)
{
    m_participantId = participantId;
    m_phase = phase;
    ReadinessStore store(m_context.database());
    if (phase) {
        auto indicators = store.indicators(participantId, Clock::instance().today());
        m_indicators->setRows(indicators ? *indicators : QList<ReadinessIndicator> {});
        int met = 0;
        for (const ReadinessIndicator& i : m_indicators->rows()) {
            if (i.state == ReadinessIndicator::State::Met)
                ++met;
        }
        m_status->setText(indicators ? tr("%1 phase: %2 of %3 indicators support stepping down.")
                                           .arg(label(*phase))
                                           .arg(met)
                                           .arg(m_indicators->rowCount())
                                     : indicators.error().message);
    } else {
        m_indicators->setRows({});
        m_status->setText(tr("Not in care: there is no phase to review."));
    }
    m_indicatorView->resizeRowsToContents();
    m_decide->setEnabled(phase.has_value());
    auto decisions = store.decisions(participantId);
    m_decisions->setRows(decisions ? *decisions : QList<ReadinessDecision> {});
}

void ReadinessPanel::recordDecision()
{
    if (!m_phase)
        return;
    ReadinessDecisionDialog dialog(
        m_context, m_participantId, *m_phase, m_indicators->rows(), this);
    dialog.exec();
}

void ReadinessPanel::showDecisionIndicators()
{
    const ReadinessDecision* d = m_decisions->rowAt(m_decisionView->currentIndex());
    if (!d)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Indicators at the decision of %1")
                              .arg(Format::date(d->decidedAt.toLocalTime().date())));
    auto* model = new IndicatorModel(&dialog);
    model->setRows(d->indicators);
    auto* view = new ReadOnlyTable(tr("Indicators then"), &dialog);
    view->setModel(model);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(IndicatorModel::Data, QHeaderView::Stretch);
    view->wrapLongText();
    auto* reason = new PlainLabel(
        tr("%1 by %2: %3").arg(label(d->kind), d->decidedByName, d->reason), &dialog);
    reason->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(reason);
    layout->addWidget(view);
    layout->addWidget(buttons);
    dialog.resize(760, 360);
    dialog.exec();
}

} // namespace stepwise
