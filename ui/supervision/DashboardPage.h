// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QSplitter;

namespace stepwise {

class AppContext;
class DashboardListModel;
class DashboardModel;
class MessageBar;
class ReadOnlyTable;

// The supervisors' caseload review (issue 8): per counselor, participants in care by phase and
// how many carry each flag. Clicking a count lists the participants behind it below; Enter or a
// double click on one opens their chart. Reassign… moves the listed participants chosen to
// another counselor's caseload.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPage(AppContext& context, QWidget* parent = nullptr);

    DashboardModel* model() const { return m_model; }
    DashboardListModel* listModel() const { return m_listModel; }
    ReadOnlyTable* countsView() const { return m_countsView; }
    ReadOnlyTable* listView() const { return m_listView; }
    QLabel* listHeading() const { return m_listHeading; }
    QAction* reassignAction() const { return m_reassign; }
    MessageBar* messageBar() const { return m_messageBar; }

signals:
    void participantActivated(qint64 participantId);

public slots:
    void reload();
    // Lists the participants a count cell stands for.
    void showCount(const QModelIndex& index);
    void reassignSelected();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void updateActions();

    AppContext& m_context;
    MessageBar* m_messageBar;
    QLabel* m_heading;
    DashboardModel* m_model;
    DashboardListModel* m_listModel;
    ReadOnlyTable* m_countsView;
    ReadOnlyTable* m_listView;
    QLabel* m_listHeading;
    QAction* m_reassign;
    QPushButton* m_reassignButton;
    QSplitter* m_splitter = nullptr;
    int m_shownRow = -1;
    int m_shownColumn = -1;
};

} // namespace stepwise
