// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardPage.h"

#include "AppContext.h"
#include "DashboardListModel.h"
#include "DashboardModel.h"
#include "ReassignDialog.h"
#include "common/Clock.h"
#include "common/MessageBar.h"
#include "common/PlainLabel.h"
#include "common/ReadOnlyTable.h"
#include "storage/DashboardQuery.h"
#include "storage/Database.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QVBoxLayout>

namespace stepwise {

DashboardPage::DashboardPage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_messageBar(new MessageBar(this))
    , m_heading(new PlainLabel(this))
    , m_model(new DashboardModel(this))
    , m_listModel(new DashboardListModel(this))
    , m_countsView(new ReadOnlyTable(tr("Counts per counselor"), this))
    , m_listView(new ReadOnlyTable(tr("Participants behind the count"), this))
    , m_listHeading(new PlainLabel(this))
    , m_reassign(new QAction(tr("&Reassign\u2026"), this))
    , m_reassignButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("DashboardPage"));
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_heading->setFont(big);

    m_countsView->setModel(m_model);
    m_countsView->setObjectName(QStringLiteral("dashboardCounts"));
    // A count is a cell, not a row: the cell is what is chosen and listed.
    m_countsView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_countsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_countsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_countsView->horizontalHeader()->setStretchLastSection(false);
    m_countsView->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_countsView->setWordWrap(true);
    connect(m_countsView, &QAbstractItemView::clicked, this, &DashboardPage::showCount);
    connect(m_countsView, &QAbstractItemView::activated, this, &DashboardPage::showCount);

    m_listView->setModel(m_listModel);
    m_listView->setObjectName(QStringLiteral("dashboardList"));
    m_listView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_listView->horizontalHeader()->setStretchLastSection(true);
    connect(m_listView, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        if (const DashboardEntry* e = m_listModel->rowAt(index))
            emit participantActivated(e->participantId);
    });
    connect(m_listView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &DashboardPage::updateActions);

    m_reassign->setObjectName(QStringLiteral("reassignAction"));
    m_reassign->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_reassign->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_reassign);
    connect(m_reassign, &QAction::triggered, this, &DashboardPage::reassignSelected);
    m_reassignButton->setText(m_reassign->text());
    m_reassignButton->setObjectName(QStringLiteral("reassignButton"));
    connect(m_reassignButton, &QPushButton::clicked, m_reassign, &QAction::trigger);
    auto* refresh = new QPushButton(tr("Refresh"), this);
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QPushButton::clicked, this, &DashboardPage::reload);

    auto* top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(refresh);
    auto* listBar = new QHBoxLayout;
    listBar->addWidget(m_listHeading, 1);
    listBar->addWidget(m_reassignButton);

    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addLayout(listBar);
    lowerLayout->addWidget(m_listView);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_countsView);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    m_splitter = splitter;

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    m_listHeading->setText(tr("Click a count to list the participants behind it."));
    updateActions();
}

void DashboardPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void DashboardPage::reload()
{
    const QDate today = Clock::instance().today();
    auto dashboard = DashboardQuery::load(m_context.database(), today);
    if (!dashboard) {
        m_messageBar->showMessage(dashboard.error().message);
        return;
    }
    m_messageBar->clear();
    m_heading->setText(tr("Caseload review \u2014 %1 in care on %2")
                           .arg(dashboard->total().inCare)
                           .arg(QLocale().toString(today, QLocale::LongFormat)));
    m_model->setDashboard(std::move(dashboard).value());
    // The counts take the room their lines need (up to two thirds of the page), the list the rest.
    m_countsView->resizeRowsToContents();
    const int wanted = m_countsView->horizontalHeader()->height()
        + m_countsView->verticalHeader()->length()
        + m_countsView->horizontalScrollBar()->sizeHint().height() + 2 * m_countsView->frameWidth();
    const int total = m_splitter->height() > 0 ? m_splitter->height() : height();
    const int counts = std::min(wanted, total * 2 / 3);
    m_splitter->setSizes({ counts, std::max(0, total - counts) });
    // The list shown before stays shown, with today's participants.
    if (m_shownRow >= 0 && m_shownRow < m_model->rowCount())
        showCount(m_model->index(m_shownRow, m_shownColumn));
    else
        m_listModel->setEntries({}, {});
    updateActions();
}

void DashboardPage::showCount(const QModelIndex& index)
{
    const auto selection = m_model->selectionAt(index);
    if (!selection)
        return;
    m_shownRow = index.row();
    m_shownColumn = index.column();
    QHash<Id, QString> names;
    for (const CounselorLoad& l : m_model->dashboard().loads())
        names.insert(l.counselorId, l.name);
    const QList<DashboardEntry> entries = m_model->dashboard().select(*selection);
    const QString who = m_model->describe(index);
    m_listHeading->setText(entries.size() == 1
            ? tr("%1: 1 participant").arg(who)
            : tr("%1: %2 participants").arg(who).arg(entries.size()));
    m_listModel->setEntries(entries, names);
    m_listView->resizeColumnsToContents();
    updateActions();
}

void DashboardPage::updateActions()
{
    const bool may = m_context.database().session()
        && m_context.database().session()->roles.has(StaffRole::Supervisor);
    const bool chosen = m_listView->selectionModel()->hasSelection();
    m_reassign->setEnabled(may && chosen);
    m_reassignButton->setEnabled(may && chosen);
    m_reassignButton->setVisible(may);
    m_reassignButton->setToolTip(
        chosen ? QString() : tr("Choose participants in the list to move them"));
}

void DashboardPage::reassignSelected()
{
    QList<ReassignDialog::Chosen> chosen;
    for (const QModelIndex& row : m_listView->selectionModel()->selectedRows()) {
        if (const DashboardEntry* e = m_listModel->rowAt(row))
            chosen.append(
                { e->participantId, tr("%1  %2").arg(e->recordNumber, e->name), e->counselorId });
    }
    if (chosen.isEmpty())
        return;
    // Window-modal, so that the review stays readable behind it and tests can drive it.
    auto* dialog = new ReassignDialog(m_context.database(), chosen, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const int moved = dialog->moved();
        reload();
        m_messageBar->showMessage(moved == 1
                ? tr("1 participant moved to the new caseload.")
                : tr("%1 participants moved to the new caseload.").arg(moved),
            MessageBar::Type::Positive);
    });
    dialog->open();
}

} // namespace stepwise
