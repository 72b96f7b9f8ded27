// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Participant.h"

#include <QDate>
#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace stepwise {

class AppContext;
class MessageBar;
class WeekModel;
struct ScheduledSession;

// A counselor's week: their sessions (or everyone's), who is expected at the one selected, and
// what attendance is not yet taken. Attendance, booking, new groups and cancelling start here.
class WeekPage : public QWidget
{
    Q_OBJECT
public:
    explicit WeekPage(AppContext& context, QWidget* parent = nullptr);

    QDate weekStart() const { return m_weekStart; }
    void showWeek(const QDate& anyDay);
    void reload();
    WeekModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QCheckBox* mineOnly() const { return m_mineOnly; }
    QString summaryText() const;
    void selectSession(Id sessionId);

    QAction* takeAttendanceAction() const { return m_takeAction; }
    QAction* bookAction() const { return m_bookAction; }
    QAction* newGroupAction() const { return m_groupAction; }
    QAction* cancelSessionAction() const { return m_cancelAction; }
    QAction* groupNoteAction() const { return m_groupNoteAction; }

public slots:
    void takeAttendance();
    // The group note of the selected group session (issue 6), once attendance is taken.
    void writeGroupNote();
    // Shows the session's week and opens its attendance sheet (a draft kept at the lock).
    void takeAttendanceFor(stepwise::Id sessionId);
    void bookSession();
    void newGroup();
    void cancelSession();

private:
    QWidget* createNavigation();
    const ScheduledSession* currentSession() const;
    void showExpected();
    void updateActions();

    AppContext& m_context;
    QDate m_weekStart;
    Qt::DayOfWeek m_firstDay = Qt::Monday;
    WeekModel* m_model;
    QTableView* m_view;
    MessageBar* m_messageBar;
    QLabel* m_weekLabel = nullptr;
    QLabel* m_summary = nullptr;
    QCheckBox* m_mineOnly = nullptr;
    QLabel* m_expectedTitle = nullptr;
    QListWidget* m_expected = nullptr;
    QAction* m_takeAction = nullptr;
    QAction* m_bookAction = nullptr;
    QAction* m_groupAction = nullptr;
    QAction* m_cancelAction = nullptr;
    QAction* m_groupNoteAction = nullptr;
};

} // namespace stepwise
