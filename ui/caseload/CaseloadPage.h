// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Participant.h"
#include "storage/CaseloadQuery.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace stepwise {

class AppContext;
class CaseloadFilterModel;
class CaseloadModel;
class MessageBar;

// The counselor's starting point: everyone in the program not discharged (the discharged a tick
// away), searchable and filterable.
class CaseloadPage : public QWidget
{
    Q_OBJECT
public:
    explicit CaseloadPage(AppContext& context, QWidget* parent = nullptr);
    ~CaseloadPage() override;

    QAction* newParticipantAction() const { return m_newAction; }
    QAction* findAction() const { return m_findAction; }
    QAction* refreshAction() const { return m_refreshAction; }
    QAction* openAction() const { return m_openAction; }
    QAction* exportSummariesAction() const { return m_exportSummariesAction; }

    QTableView* view() const { return m_view; }
    QLineEdit* searchBox() const { return m_search; }
    CaseloadModel* model() const { return m_model; }
    CaseloadFilterModel* filterModel() const { return m_filter; }
    QString countText() const;
    // The rows the search and filters show, in the view's order.
    QList<CaseloadRow> visibleRows() const;
    int totalCount() const;
    QCheckBox* includeDischargedBox() const { return m_dischargedCheck; }

    void reload();
    void selectParticipant(Id participantId);
    Id currentParticipantId() const;
    void saveState() const;

public slots:
    void addParticipant();
    void focusSearch();
    void clearFilters();

signals:
    void participantActivated(stepwise::Id participantId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* createFilterBar();
    QWidget* createEmptyState();
    void createActions();
    void restoreState();
    void rebuildCounselorFilter();
    // The discharged are read only when asked for: ticked, or the Discharged status chosen.
    bool wantsDischarged() const;
    void applyFilters();
    void updateCount();
    void openCurrent();
    void exportSummaries();

    AppContext& m_context;
    CaseloadModel* m_model;
    CaseloadFilterModel* m_filter;
    MessageBar* m_messageBar;
    QLineEdit* m_search = nullptr;
    QComboBox* m_phaseCombo = nullptr;
    QComboBox* m_statusCombo = nullptr;
    QCheckBox* m_attentionCheck = nullptr;
    QCheckBox* m_dischargedCheck = nullptr;
    bool m_loadedDischarged = false; // whether the rows loaded include the discharged
    QComboBox* m_counselorCombo = nullptr;
    QLabel* m_countLabel = nullptr;
    QPushButton* m_newButton = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QPushButton* m_clearButton = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_exportSummariesAction = nullptr;
};

} // namespace stepwise
