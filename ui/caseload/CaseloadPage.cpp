// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseloadPage.h"

#include "AppContext.h"
#include "CaseloadFilterModel.h"
#include "CaseloadModel.h"
#include "auth/Access.h"
#include "batch/BatchSummaryDialog.h"
#include "common/Clock.h"
#include "common/EnumCombo.h"
#include "common/MessageBar.h"
#include "common/ReadOnlyTable.h"
#include "common/UiSettings.h"
#include "participant/ParticipantDialog.h"
#include "storage/CaseloadQuery.h"
#include "storage/Database.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <map>

namespace stepwise {

CaseloadPage::CaseloadPage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new CaseloadModel(this))
    , m_filter(new CaseloadFilterModel(this))
    , m_messageBar(new MessageBar(this))
{
    m_filter->setSourceModel(m_model);
    createActions();

    m_view = new ReadOnlyTable(tr("Caseload"), this);
    m_view->setObjectName(QStringLiteral("caseloadView"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    // Enter and double-click both arrive as activated().
    connect(m_view, &QTableView::activated, this, &CaseloadPage::openCurrent);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(createEmptyState());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 6);
    layout->addWidget(m_messageBar);
    layout->addWidget(createFilterBar());
    layout->addWidget(m_stack, 1);

    setTabOrder(m_search, m_phaseCombo);
    setTabOrder(m_phaseCombo, m_statusCombo);
    setTabOrder(m_statusCombo, m_counselorCombo);
    setTabOrder(m_counselorCombo, m_newButton);
    setTabOrder(m_newButton, m_view);

    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &CaseloadPage::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &CaseloadPage::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &CaseloadPage::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &CaseloadPage::updateCount);
    connect(&m_context, &AppContext::participantChanged, this, &CaseloadPage::reload);

    reload();
    restoreState();
}

CaseloadPage::~CaseloadPage()
{
    saveState();
}

void CaseloadPage::createActions()
{
    m_newAction = new QAction(
        QIcon::fromTheme(QStringLiteral("list-add")), tr("&New Participant\u2026"), this);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setToolTip(tr("Add a participant and admit them to the intensive phase"));
    connect(m_newAction, &QAction::triggered, this, &CaseloadPage::addParticipant);

    m_findAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Find"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, &CaseloadPage::focusSearch);

    m_refreshAction
        = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Refresh"), this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, this, &CaseloadPage::reload);

    m_openAction = new QAction(tr("&Open Participant"), this);
    connect(m_openAction, &QAction::triggered, this, &CaseloadPage::openCurrent);

    // Counselors for their caseload, supervisors for anyone: the rows shown, as filtered.
    m_exportSummariesAction = new QAction(tr("Export Progress &Summaries\u2026"), this);
    m_exportSummariesAction->setToolTip(
        tr("Write a progress summary for each participant shown, into a folder"));
    const Database& db = m_context.database();
    m_exportSummariesAction->setEnabled(Access::roleAllows(
        db.session() ? db.session()->roles : RoleSet {}, Permission::ViewOwnReports));
    connect(m_exportSummariesAction, &QAction::triggered, this, &CaseloadPage::exportSummaries);
}

QWidget* CaseloadPage::createFilterBar()
{
    auto* bar = new QWidget(this);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("caseloadSearch"));
    m_search->setPlaceholderText(tr("Name or record number (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search participants"));
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 36);
    m_search->installEventFilter(this);
    // The count and the empty-state text quote the search, so refresh them on every keystroke,
    // not only when rows come and go.
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setSearchText(text);
        updateCount();
    });

    m_phaseCombo = new QComboBox(bar);
    m_phaseCombo->setAccessibleName(tr("Phase filter"));
    EnumCombo::fill<PhaseKind>(m_phaseCombo, tr("All phases"));
    m_phaseCombo->addItem(tr("Not in care"), CaseloadFilterModel::NotInCare);

    m_statusCombo = new QComboBox(bar);
    m_statusCombo->setAccessibleName(tr("Status filter"));
    EnumCombo::fill<ParticipantStatus>(m_statusCombo, tr("All statuses"));

    m_counselorCombo = new QComboBox(bar);
    m_counselorCombo->setAccessibleName(tr("Counselor filter"));
    m_counselorCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    for (QComboBox* combo : { m_phaseCombo, m_statusCombo, m_counselorCombo })
        connect(combo, &QComboBox::currentIndexChanged, this, &CaseloadPage::applyFilters);

    m_attentionCheck = new QCheckBox(tr("Needs a&ttention"), bar);
    m_attentionCheck->setObjectName(QStringLiteral("attentionFilter"));
    m_attentionCheck->setToolTip(tr("Only participants with an open safety alert or an overdue "
                                    "assessment"));
    connect(m_attentionCheck, &QCheckBox::toggled, this, &CaseloadPage::applyFilters);

    m_dischargedCheck = new QCheckBox(tr("Include &discharged"), bar);
    m_dischargedCheck->setObjectName(QStringLiteral("includeDischarged"));
    m_dischargedCheck->setToolTip(tr("Also list participants who have been discharged"));
    m_dischargedCheck->setChecked(UiSettings::value(UiKey::CaseloadIncludeDischarged).toBool());
    connect(m_dischargedCheck, &QCheckBox::toggled, this, [this](bool checked) {
        UiSettings::setValue(UiKey::CaseloadIncludeDischarged, checked);
        applyFilters();
    });

    m_countLabel = new QLabel(bar);
    m_countLabel->setObjectName(QStringLiteral("caseloadCount"));
    m_countLabel->setTextFormat(Qt::PlainText);

    m_newButton = new QPushButton(m_newAction->icon(), tr("New Participant\u2026"), bar);
    connect(m_newButton, &QPushButton::clicked, m_newAction, &QAction::trigger);
    auto* exportButton = new QPushButton(tr("Export Summaries\u2026"), bar);
    exportButton->setObjectName(QStringLiteral("exportSummaries"));
    exportButton->setToolTip(m_exportSummariesAction->toolTip());
    exportButton->setEnabled(m_exportSummariesAction->isEnabled());
    connect(exportButton, &QPushButton::clicked, m_exportSummariesAction, &QAction::trigger);

    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->addWidget(m_search, 2);
    layout->addWidget(m_phaseCombo);
    layout->addWidget(m_statusCombo);
    layout->addWidget(m_counselorCombo);
    layout->addWidget(m_attentionCheck);
    layout->addWidget(m_dischargedCheck);
    layout->addStretch(1);
    layout->addWidget(m_countLabel);
    layout->addSpacing(12);
    layout->addWidget(exportButton);
    layout->addWidget(m_newButton);
    return bar;
}

QWidget* CaseloadPage::createEmptyState()
{
    auto* page = new QWidget(this);
    m_emptyLabel = new QLabel(page);
    m_emptyLabel->setObjectName(QStringLiteral("caseloadEmpty"));
    m_emptyLabel->setTextFormat(Qt::PlainText);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    QFont font = m_emptyLabel->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    m_emptyLabel->setFont(font);

    m_clearButton = new QPushButton(tr("Clear Search and Filters"), page);
    connect(m_clearButton, &QPushButton::clicked, this, &CaseloadPage::clearFilters);

    auto* layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_clearButton, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    return page;
}

void CaseloadPage::reload()
{
    const Id selected = currentParticipantId();
    CaseloadFilter scope;
    scope.excludeDischarged = !wantsDischarged();
    auto rows = CaseloadQuery::rows(m_context.database(), scope, Clock::instance().today());
    if (!rows) {
        m_messageBar->showMessage(
            tr("The caseload could not be loaded: %1").arg(rows.error().message));
        return;
    }
    m_messageBar->clear();
    m_loadedDischarged = !scope.excludeDischarged;
    m_model->setRows(std::move(rows).value());
    rebuildCounselorFilter();
    if (selected != 0)
        selectParticipant(selected);
    updateCount();
}

void CaseloadPage::rebuildCounselorFilter()
{
    // Offer the counselors who have someone on the caseload, by name.
    std::map<QString, Id> counselors;
    bool anyUnassigned = false;
    for (const CaseloadRow& row : m_model->rows()) {
        if (row.counselorId == 0)
            anyUnassigned = true;
        else
            counselors.emplace(row.counselorName, row.counselorId);
    }
    const QVariant previous = m_counselorCombo->currentData();
    const QSignalBlocker blocker(m_counselorCombo);
    m_counselorCombo->clear();
    m_counselorCombo->addItem(tr("All counselors"));
    for (const auto& [name, id] : counselors)
        m_counselorCombo->addItem(name, id);
    if (anyUnassigned)
        m_counselorCombo->addItem(tr("Unassigned"), Id(0));
    const int index = previous.isValid() ? m_counselorCombo->findData(previous) : 0;
    m_counselorCombo->setCurrentIndex(qMax(0, index));
    applyFilters();
}

bool CaseloadPage::wantsDischarged() const
{
    return m_dischargedCheck->isChecked()
        || EnumCombo::current<ParticipantStatus>(m_statusCombo) == ParticipantStatus::Discharged;
}

void CaseloadPage::applyFilters()
{
    if (wantsDischarged() != m_loadedDischarged) {
        reload(); // which filters again once the rows are in
        return;
    }
    const QVariant phase = m_phaseCombo->currentData();
    m_filter->setPhaseFilter(phase.isValid() ? std::optional<int>(phase.toInt()) : std::nullopt);
    m_filter->setStatusFilter(EnumCombo::current<ParticipantStatus>(m_statusCombo));
    const QVariant counselor = m_counselorCombo->currentData();
    m_filter->setCounselorFilter(
        counselor.isValid() ? std::optional<Id>(counselor.toLongLong()) : std::nullopt);
    m_filter->setAttentionOnly(m_attentionCheck->isChecked());
    updateCount();
}

void CaseloadPage::clearFilters()
{
    m_search->clear();
    m_attentionCheck->setChecked(false);
    m_phaseCombo->setCurrentIndex(0);
    m_statusCombo->setCurrentIndex(0);
    m_counselorCombo->setCurrentIndex(0);
}

int CaseloadPage::totalCount() const
{
    return m_model->rowCount();
}

QString CaseloadPage::countText() const
{
    return m_countLabel->text();
}

void CaseloadPage::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    const QString shownText = QLocale().toString(shown);
    const QString totalText = QLocale().toString(total);
    m_countLabel->setText(total == 1 ? tr("%1 of %2 participant").arg(shownText, totalText)
                                     : tr("%1 of %2 participants").arg(shownText, totalText));
    if (shown > 0) {
        m_stack->setCurrentWidget(m_view);
        return;
    }
    if (total == 0) {
        m_emptyLabel->setText(m_loadedDischarged
                ? tr("No participants yet.\nAdd the first one with New Participant (Ctrl+N).")
                : tr("No participants in care.\nAdd one with New Participant (Ctrl+N), or tick "
                     "Include discharged to list those discharged."));
        m_clearButton->hide();
    } else {
        m_emptyLabel->setText(m_search->text().trimmed().isEmpty()
                ? tr("No participants match these filters.")
                : tr("No participants match \u201C%1\u201D with these filters.")
                      .arg(m_search->text().trimmed()));
        m_clearButton->show();
    }
    m_stack->setCurrentIndex(1);
}

Id CaseloadPage::currentParticipantId() const
{
    return m_filter->participantIdAt(m_view->currentIndex());
}

void CaseloadPage::selectParticipant(Id participantId)
{
    const int sourceRow = m_model->rowOfParticipant(participantId);
    if (sourceRow < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void CaseloadPage::openCurrent()
{
    const Id id = currentParticipantId();
    if (id != 0)
        emit participantActivated(id);
}

QList<CaseloadRow> CaseloadPage::visibleRows() const
{
    QList<CaseloadRow> rows;
    for (int i = 0; i < m_filter->rowCount(); ++i) {
        if (const CaseloadRow* row = m_model->rowAt(m_filter->mapToSource(m_filter->index(i, 0))))
            rows.append(*row);
    }
    return rows;
}

void CaseloadPage::exportSummaries()
{
    BatchSummaryDialog dialog(m_context, visibleRows(), this);
    dialog.exec();
}

void CaseloadPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CaseloadPage::addParticipant()
{
    auto* dialog = new ParticipantDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ParticipantDialog::saved, this, [this](Id id) {
        reload();
        selectParticipant(id);
    });
    dialog->open();
}

bool CaseloadPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down && m_filter->rowCount() > 0) {
            // From the search box straight into the results.
            m_view->setFocus(Qt::TabFocusReason);
            if (!m_view->currentIndex().isValid())
                m_view->setCurrentIndex(m_filter->index(0, 0));
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && m_filter->rowCount() == 1) {
            emit participantActivated(m_filter->participantIdAt(m_filter->index(0, 0)));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CaseloadPage::restoreState()
{
    QHeaderView* header = m_view->horizontalHeader();
    const QByteArray state = UiSettings::value(UiKey::CaseloadHeaderState).toByteArray();
    if (!state.isEmpty() && header->restoreState(state))
        return;
    const int ch = m_view->fontMetrics().averageCharWidth();
    const int widths[CaseloadModel::ColumnCount] = { 12, 30, 6, 13, 12, 20, 10, 30 };
    for (int column = 0; column < CaseloadModel::ColumnCount; ++column)
        header->resizeSection(column, widths[column] * ch + 24);
    m_view->sortByColumn(CaseloadModel::Name, Qt::AscendingOrder);
}

void CaseloadPage::saveState() const
{
    UiSettings::setValue(UiKey::CaseloadHeaderState, m_view->horizontalHeader()->saveState());
}

} // namespace stepwise
